// Customer types, external and internal: the record and its value guards (read with every stored
// workshop). Edits live in customer-type-edits.ts, which loads with the walk-through.

export const CUSTOMER_KINDS = ['external', 'internal'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export interface CustomerType {
  id: string;
  name: string;
  kind: CustomerKind;
  description: string;
  /** What this customer concretely expects, a few lines. */
  expectations: string;
}

export function isCustomerKind(value: unknown): value is CustomerKind {
  return typeof value === 'string' && (CUSTOMER_KINDS as readonly string[]).includes(value);
}

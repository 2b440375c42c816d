// The four tslib helpers intl-messageformat imports (its ES5 output), in the few lines today's
// browsers need: build/substitutions.ts swaps them in for tslib, which the first load would otherwise
// carry whole. tests/unit/tslib-lite.test.ts checks each against tslib itself.

/** Object spread. */
export const __assign = Object.assign;

/** Object rest: own enumerable keys and symbols of `source`, except `excluded`. */
export function __rest(
  source: object,
  excluded: readonly PropertyKey[],
): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = { ...source };
  for (const key of excluded) delete out[key];
  return out;
}

/** Array spread: `to` followed by the items of `from`. */
export function __spreadArray<T>(to: T[], from: ArrayLike<T>): T[] {
  return to.concat(Array.from(from));
}

/** ES5 class inheritance: `derived` extends `base`, statics included. */
export function __extends(derived: object, base: (new (...args: never[]) => unknown) | null): void {
  Object.setPrototypeOf(derived, base ?? Function.prototype);
  (derived as { prototype: unknown }).prototype = Object.create(
    base ? (base.prototype as object) : null,
    {
      constructor: { value: derived, writable: true, configurable: true },
    },
  );
}

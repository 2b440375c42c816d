// Starting a follow-up (pure): a new workshop dated today with its baseline's setup (who, customer
// types, moments without their ratings, the actions not done yet) and a link back to the baseline.
import { BANK_VERSION } from './bank-ids';
import { newWorkshopBank } from './site-bank';
import { localDate, type Workshop } from './workshop';

/** The question bank the follow-up is answered with: the one new workshops use (the site's, or ours). */
export interface FollowUpBank {
  id: string;
  version: number;
}

export function startFollowUp(
  baseline: Workshop,
  newId: string,
  now: Date,
  bank: FollowUpBank = newWorkshopBank(BANK_VERSION),
): Workshop {
  const stamp = now.toISOString();
  const copy = structuredClone({
    meta: baseline.meta,
    customerTypes: baseline.customerTypes,
    moments: baseline.moments,
    actions: baseline.actions.filter((a) => a.status !== 'done'),
  });
  return {
    id: newId,
    title: baseline.title,
    createdAt: stamp,
    updatedAt: stamp,
    meta: { ...copy.meta, date: localDate(now) },
    bank: { id: bank.id, version: bank.version },
    ratings: {},
    prompts: {},
    comments: {},
    customerTypes: copy.customerTypes,
    // The same moments (and ids, which open actions point to), to be rated again.
    moments: copy.moments.map((m) => ({
      ...m,
      importance: null,
      expectation: null,
      promise: null,
      delivered: null,
    })),
    actions: copy.actions,
    followUpOf: { id: baseline.id, title: baseline.title, date: baseline.meta.date },
  };
}

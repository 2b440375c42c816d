// Edits of the customer types on the open workshop (shared by the two customer steps).
import * as edits from '../../domain/customer-type-edits';
import type { Moment } from '../../domain/moments';
import { WorkshopEditor } from '../../state/workshop-editor';

export class CustomerTypesEditor extends WorkshopEditor {
  add(input: edits.CustomerTypeInput) {
    return this.commit(edits.addCustomerType(this.workshop, input, this.newId(), this.now()));
  }

  update(id: string, patch: edits.CustomerTypePatch): void {
    this.store.apply(edits.updateCustomerType(this.workshop, id, patch, this.now()));
  }

  move(id: string, delta: number): void {
    this.store.apply(edits.moveCustomerType(this.workshop, id, delta, this.now()));
  }

  /** Moments that would be left without a customer type if this one went. */
  orphansOf(id: string): Moment[] {
    return edits.orphansOf(this.workshop, id);
  }

  remove(id: string, outcome: edits.OrphanOutcome): void {
    this.store.apply(edits.removeCustomerType(this.workshop, id, outcome, this.now()));
  }
}

/**
 * The plan's unvalidated read model (what readCheckedPlan gives), read again
 * at every history batch and compaction. Decoding all of a 200-step plan
 * each time made the history the largest single cost of the planning hour
 * (15 % of the endpoint's busy time), though a batch changes a few steps:
 * this reader keeps each step it decoded until a transaction changes it.
 *
 * Yjs lists every type a transaction changed, with all its ancestors, in
 * `changedParentTypes`; a step changed in any way (a text, its status, its
 * partners, its order) is among them and is dropped, so the next read
 * decodes it again. Kept steps are frozen: plans read here share them, and
 * nothing may change one in place.
 */
import type * as Y from 'yjs';
import { decodeStep, readCheckedPlan, type YItem } from '../../../src/domain/plan/model';
import type { Plan, Step } from '../../../src/domain/plan/schema';

export class PlanReader {
  private readonly steps = new WeakMap<object, Step>();
  private readonly onTransaction = (tr: Y.Transaction) => {
    for (const type of tr.changedParentTypes.keys()) this.steps.delete(type);
  };

  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.onTransaction);
  }

  /** The plan now, as readCheckedPlan reads it, with the unchanged steps kept from before. */
  read(): Plan {
    return readCheckedPlan(this.doc, this.step);
  }

  stop(): void {
    this.doc.off('afterTransaction', this.onTransaction);
  }

  private readonly step = (s: YItem): Step => {
    let step = this.steps.get(s);
    if (!step) {
      step = decodeStep(s) as unknown as Step;
      Object.freeze(step.partners);
      Object.freeze(step.practices);
      this.steps.set(s, Object.freeze(step));
    }
    return step;
  };
}

/**
 * Where a complaint stands and whether it is overdue. Open items are judged against the data's
 * as-of instant: the imported export's (the demo data is frozen at 2019-06-30 18:00), or the
 * present when no export was imported, so the demo's open items do not all turn overdue with time.
 */
import type { ComplaintDoc } from './serviceModels';

export type ComplaintStatus = 'RECEIVED' | 'IN_PROGRESS' | 'CONCLUDED';

export function complaintStatus(doc: ComplaintDoc): ComplaintStatus {
  if (doc.concludedAt) return 'CONCLUDED';
  return doc.repliedAt ? 'IN_PROGRESS' : 'RECEIVED';
}

/** Late, or still missing after the due instant. */
function overdue(doneAt: Date | null | undefined, dueAt: Date, asOf: Date): boolean {
  return doneAt ? doneAt.getTime() > dueAt.getTime() : asOf.getTime() > dueAt.getTime();
}

export function replyOverdue(doc: ComplaintDoc, asOf: Date): boolean {
  return overdue(doc.repliedAt, doc.replyDueAt, asOf);
}

export function resultOverdue(doc: ComplaintDoc, asOf: Date): boolean {
  return overdue(doc.concludedAt, doc.resultDueAt, asOf);
}

import type { ComplaintResolvers } from '../__generated__/resolvers-types';
import type { ProcuratorateContext } from '../context';
import { complaintStatus, replyOverdue, resultOverdue } from '../data/complaintState';
import { procuratorateName } from './names';

/** The instant open items are judged against: the imported data's as-of, else the present. */
export async function asOfOf(context: ProcuratorateContext): Promise<Date> {
  return (await context.loaders.exportAsOf()) ?? context.now();
}

export const Complaint: ComplaintResolvers = {
  id: (complaint) => complaint._id,
  procuratorateName: (complaint) => procuratorateName(complaint.procuratorateCode),
  servicePoint: (complaint, _args, { loaders }) => loaders.servicePoint(complaint.servicePointId),
  case: (complaint) => (complaint.caseId ? { id: complaint.caseId } : null),
  status: (complaint) => complaintStatus(complaint),
  replyOverdue: async (complaint, _args, context) => replyOverdue(complaint, await asOfOf(context)),
  resultOverdue: async (complaint, _args, context) => resultOverdue(complaint, await asOfOf(context)),
};

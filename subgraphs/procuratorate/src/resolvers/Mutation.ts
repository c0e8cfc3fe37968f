import type { MutationResolvers } from '../__generated__/resolvers-types';
import * as writes from '../data/writes';

export const Mutation: MutationResolvers = {
  applyForBriberyRecordCheck: (_root, { input }, context) => writes.applyForCheck(input, context),
  issueBriberyRecordCertificate: (_root, { checkId }, context) => writes.issueCertificate(checkId, context),
  refuseBriberyRecordCheck: (_root, { checkId, reason }, context) => writes.refuseCheck(checkId, reason, context),
  applyForFileReview: (_root, { input }, context) => writes.applyForFileReview(input, context),
  approveFileReview: (_root, { applicationId, appointment }, context) => writes.approveFileReview(applicationId, appointment, context),
  refuseFileReview: (_root, { applicationId, reason }, context) => writes.refuseFileReview(applicationId, reason, context),
  registerComplaint: (_root, { input }, context) => writes.registerComplaint(input, context),
  replyToComplaint: (_root, { complaintId }, context) => writes.replyToComplaint(complaintId, context),
  concludeComplaint: (_root, { complaintId, result, summary }, context) => writes.concludeComplaint(complaintId, result, summary, context),
};

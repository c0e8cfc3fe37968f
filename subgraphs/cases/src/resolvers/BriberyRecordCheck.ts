import type { BriberyRecordCheckResolvers } from '../__generated__/resolvers-types';
import { subjectPersonIds } from '../data/briberyCheck';

export const BriberyRecordCheck: BriberyRecordCheckResolvers = {
  // The check is the procuratorate's: this subgraph keeps what the gateway brought (@requires).
  __resolveReference: (reference) => reference,
  subjectPersonIds: (check, _args, context) => subjectPersonIds(check, context),
};

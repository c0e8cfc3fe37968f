import { asTimelineEvents } from '@hub/subgraph-kit';
import type { ProsecutionResolvers } from '../__generated__/resolvers-types';

export const Prosecution: ProsecutionResolvers = {
  events: (record) => asTimelineEvents('PROCURATORATE', record.events),
  case: (record) => ({ id: record._id }),
};

import { asTimelineEvents } from '@hub/subgraph-kit';
import type { PoliceCaseResolvers, SuspectResolvers } from '../__generated__/resolvers-types';

export const PoliceCase: PoliceCaseResolvers = {
  events: (record) => asTimelineEvents('POLICE', record.events),
  case: (record) => ({ id: record._id }),
};

export const Suspect: SuspectResolvers = {
  person: (suspect) => ({ id: suspect.personId }),
};

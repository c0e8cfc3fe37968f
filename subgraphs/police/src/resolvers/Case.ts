import { asTimelineEvents, toAccessLogEntryView } from '@hub/subgraph-kit';
import type { CaseResolvers } from '../__generated__/resolvers-types';

export const Case: CaseResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  policeCase: ({ id }, _args, { loaders }) => loaders.policeCaseByCaseId.load(id),
  policeEvents: async ({ id }, _args, { loaders }) => asTimelineEvents('POLICE', (await loaders.policeCaseByCaseId.load(id))?.events),
  policeAccessLog: async ({ id }, _args, { accessLog }) => (await accessLog.entriesFor({ kind: 'case', id })).map(toAccessLogEntryView),
};

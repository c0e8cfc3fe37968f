import { asTimelineEvents, toAccessLogEntryView } from '@hub/subgraph-kit';
import type { CaseResolvers } from '../__generated__/resolvers-types';

export const Case: CaseResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  courtCases: async ({ id }, _args, { loaders }) => (await loaders.courtFileByCaseId.load(id))?.courtCases ?? [],
  courtEvents: async ({ id }, _args, { loaders }) => asTimelineEvents('COURT', (await loaders.courtFileByCaseId.load(id))?.events),
  courtAccessLog: async ({ id }, _args, { accessLog }) => (await accessLog.entriesFor({ kind: 'case', id })).map(toAccessLogEntryView),
};

import { asTimelineEvents, toAccessLogEntryView } from '@hub/subgraph-kit';
import type { CaseResolvers } from '../__generated__/resolvers-types';

export const Case: CaseResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  executions: async ({ id }, _args, { loaders }) => (await loaders.executionFileByCaseId.load(id))?.executions ?? [],
  justiceEvents: async ({ id }, _args, { loaders }) => asTimelineEvents('JUSTICE', (await loaders.executionFileByCaseId.load(id))?.events),
  legalAid: async ({ id }, _args, { loaders }) => (await loaders.executionFileByCaseId.load(id))?.legalAid ?? [],
  justiceAccessLog: async ({ id }, _args, { accessLog }) => (await accessLog.entriesFor({ kind: 'case', id })).map(toAccessLogEntryView),
};

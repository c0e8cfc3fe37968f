import { asTimelineEvents } from '@hub/subgraph-kit';
import type { CaseResolvers } from '../__generated__/resolvers-types';

export const Case: CaseResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  prosecution: ({ id }, _args, { loaders }) => loaders.prosecutionByCaseId.load(id),
  procuratorateEvents: async ({ id }, _args, { loaders }) =>
    asTimelineEvents('PROCURATORATE', (await loaders.prosecutionByCaseId.load(id))?.events),
};

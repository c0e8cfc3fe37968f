import type { CaseConnectionResolvers } from '../__generated__/resolvers-types';

export const CaseConnection: CaseConnectionResolvers = {
  totalCount: (connection) => connection.countTotal(),
};

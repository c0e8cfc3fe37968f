import { SHANDONG_HIGH_COURT, ZIBO_COURTS } from '@hub/domain';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  courts: () => [SHANDONG_HIGH_COURT, ...ZIBO_COURTS],
};

import { SHANDONG_HIGH_COURT, ZIBO_COURTS } from '@hub/domain';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { verifyJudgmentCode } from '../data/verification';

export const Query: QueryResolvers = {
  courts: () => [SHANDONG_HIGH_COURT, ...ZIBO_COURTS],
  judgment: (_parent, { id }, { loaders }) => loaders.judgmentById.load(id),
  verifyJudgment: (_parent, { code, documentSha256 }, { loaders, trustList }) =>
    verifyJudgmentCode(code, documentSha256, { trustList, findJudgment: (id) => loaders.judgmentById.load(id) }),
  courtSigningKeys: (_parent, _args, { trustList }) => trustList().keys,
};

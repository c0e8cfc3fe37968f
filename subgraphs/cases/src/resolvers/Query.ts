import { CaseNumberFormatError, normalizeCaseNumber } from '@hub/domain';
import { badUserInput, metricsKey } from '@hub/subgraph-kit';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { listCases } from '../data/caseList';

export const Query: QueryResolvers = {
  case: (_root, { id }, { loaders }) => loaders.caseById.load(id),
  caseByNumber: async (_root, { number }, { loaders }) => {
    let key: string;
    try {
      key = normalizeCaseNumber(number).key;
    } catch (error) {
      if (error instanceof CaseNumberFormatError) {
        throw badUserInput(error.message, { argument: 'number', acceptedFormats: error.acceptedFormats });
      }
      throw error;
    }
    const entry = await loaders.caseNumberByKey.load(key);
    return entry ? loaders.caseById.load(entry.caseId) : null;
  },
  cases: (_root, args, { models }) => listCases(models, args),
  person: (_root, { id }, { loaders }) => loaders.personById.load(id),
  metrics: (_root, { year, division }) => metricsKey(year, division),
};

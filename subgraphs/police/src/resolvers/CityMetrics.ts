import { metricsKey } from '@hub/subgraph-kit';
import type { CityMetricsResolvers } from '../__generated__/resolvers-types';

/** This agency's part of the city's figures; a representation's key is checked like the query's arguments. */
export const CityMetrics: CityMetricsResolvers = {
  __resolveReference: (reference) => metricsKey(reference.year, reference.divisionCode),
  casesFiled: async (key, _args, { metrics }) => (await metrics(key)).casesFiled,
  casesSolved: async (key, _args, { metrics }) => (await metrics(key)).casesSolved,
  suspectsCaught: async (key, _args, { metrics }) => (await metrics(key)).suspectsCaught,
};

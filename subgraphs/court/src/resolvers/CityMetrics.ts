import { metricsKey } from '@hub/subgraph-kit';
import type { CityMetricsResolvers } from '../__generated__/resolvers-types';

/** This agency's part of the city's figures; a representation's key is checked like the query's arguments. */
export const CityMetrics: CityMetricsResolvers = {
  __resolveReference: (reference) => metricsKey(reference.year, reference.divisionCode),
  courtCasesRegistered: async (key, _args, { metrics }) => (await metrics(key)).courtCasesRegistered,
  registeredOnTheSpotRate: async (key, _args, { metrics }) => (await metrics(key)).registeredOnTheSpotRate,
};

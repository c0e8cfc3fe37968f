import { divisionByCode, ZIBO_CITY } from '@hub/domain';
import { metricsKey } from '@hub/subgraph-kit';
import type { CityMetricsResolvers } from '../__generated__/resolvers-types';

/** The city's figures: the key is checked here; every agency's service adds the figures it counts. */
export const CityMetrics: CityMetricsResolvers = {
  __resolveReference: (reference) => metricsKey(reference.year, reference.divisionCode),
  divisionName: ({ divisionCode }) => divisionByCode(divisionCode)?.name ?? ZIBO_CITY.name,
};

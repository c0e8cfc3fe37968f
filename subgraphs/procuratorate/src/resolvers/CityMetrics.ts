import { metricsKey, share } from '@hub/subgraph-kit';
import type { CityMetricsResolvers } from '../__generated__/resolvers-types';

/** The procuratorate's part of the city's figures; a representation's key is checked like the query's arguments. */
export const CityMetrics: CityMetricsResolvers = {
  __resolveReference: (reference) => metricsKey(reference.year, reference.divisionCode),
  briberyRecordChecksAnswered: async (key, _args, { metrics }) => (await metrics(key)).briberyRecordChecksAnswered,
  complaintsRepliedWithin7DaysRate: async (key, _args, { metrics }) => {
    const { complaintsReceived, complaintsRepliedWithin7Days } = await metrics(key);
    return share(complaintsRepliedWithin7Days, complaintsReceived);
  },
};

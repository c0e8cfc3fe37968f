import { CITY_DIVISION_CODE, memoizeMetrics, metricsKey, share, type MetricsKey } from '@hub/subgraph-kit';
import type { CityMetricsResolvers } from '../__generated__/resolvers-types';
import type { ProcuratorateContext } from '../context';
import { serviceStatistics, type ServiceStatistics } from '../data/statistics';

type Statistics = (key: MetricsKey) => Promise<ServiceStatistics>;
const perServices = new WeakMap<ProcuratorateContext['services'], Statistics>();

/** The year's service figures of the division's procuratorate (all nine for the city), cached a few minutes. */
function statistics({ services }: ProcuratorateContext): Statistics {
  let compute = perServices.get(services);
  if (!compute) {
    compute = memoizeMetrics((key) => serviceStatistics(services, key.year, key.divisionCode === CITY_DIVISION_CODE ? null : key.divisionCode));
    perServices.set(services, compute);
  }
  return compute;
}

/** The procuratorate's part of the city's figures; a representation's key is checked like the query's arguments. */
export const CityMetrics: CityMetricsResolvers = {
  __resolveReference: (reference) => metricsKey(reference.year, reference.divisionCode),
  briberyRecordChecksAnswered: async (key, _args, context) => (await statistics(context)(key)).briberyRecordChecksAnswered,
  complaintsRepliedWithin7DaysRate: async (key, _args, context) => {
    const { complaintsReceived, complaintsRepliedWithin7Days } = await statistics(context)(key);
    return share(complaintsRepliedWithin7Days, complaintsReceived);
  },
};

import { CITY_DIVISION_CODE, memoizeMetrics, type MetricsKey } from '@hub/subgraph-kit';
import type { ServiceModels } from './serviceModels';
import { serviceStatistics, type ServiceStatistics } from './statistics';

/** The year's service figures of the division's procuratorate (all nine for the city); definitions in schema.graphql (CityMetrics). */
export function createProcuratorateMetrics(services: ServiceModels): (key: MetricsKey) => Promise<ServiceStatistics> {
  return memoizeMetrics((key) => serviceStatistics(services, key.year, key.divisionCode === CITY_DIVISION_CODE ? null : key.divisionCode));
}

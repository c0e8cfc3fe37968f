import type { BaseContext, MetricsKey } from '@hub/subgraph-kit';
import type { PoliceLoaders } from './data/loaders';
import type { PoliceMetrics } from './data/metrics';

export interface PoliceContext extends BaseContext {
  loaders: PoliceLoaders;
  /** This agency's yearly figures (cached for a few minutes). */
  metrics: (key: MetricsKey) => Promise<PoliceMetrics>;
}

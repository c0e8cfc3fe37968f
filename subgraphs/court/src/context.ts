import type { BaseContext, MetricsKey } from '@hub/subgraph-kit';
import type { TrustList } from '@hub/judgment-seal';
import type { CourtLoaders } from './data/loaders';
import type { CourtMetrics } from './data/metrics';

export interface CourtContext extends BaseContext {
  loaders: CourtLoaders;
  /** This agency's yearly figures (cached for a few minutes). */
  metrics: (key: MetricsKey) => Promise<CourtMetrics>;
  /** The published court keys (public only), refreshed from the key directory now and then. */
  trustList: () => TrustList;
  /** The verification page a QR opens. */
  verifyBaseUrl: string;
}

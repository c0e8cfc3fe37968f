import type { BaseContext } from '@hub/subgraph-kit';
import type { TrustList } from '@hub/judgment-seal';
import type { CourtLoaders } from './data/loaders';

export interface CourtContext extends BaseContext {
  loaders: CourtLoaders;
  /** The published court keys (public only), refreshed from the key directory now and then. */
  trustList: () => TrustList;
  /** The verification page a QR opens. */
  verifyBaseUrl: string;
}

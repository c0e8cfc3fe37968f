import type { IssuerTrustList } from '@hub/judgment-seal';
import type { BaseContext, MetricsKey, PersonalDataProtector as Sealer } from '@hub/subgraph-kit';
import type { ProcuratorateLoaders } from './data/loaders';
import type { ServiceModels } from './data/serviceModels';
import type { ServiceStatistics } from './data/statistics';
import type { CertificateSigning } from './data/signing';

export interface ProcuratorateContext extends BaseContext {
  loaders: ProcuratorateLoaders;
  /** For lists and writes, which no loader batches. */
  services: ServiceModels;
  /** This agency's yearly figures (cached for a few minutes). */
  metrics: (key: MetricsKey) => Promise<ServiceStatistics>;
  /** Opens a check subject's sealed name and ID number, for the cases subgraph only. */
  sealer: Sealer;
  /** The procuratorates' keys: certificates are signed when rendered (deterministically). */
  signing: CertificateSigning;
  /** The published procuratorate keys, refreshed now and then. */
  trustList: () => IssuerTrustList;
  /** The present, for what the hub records itself (applications, replies); tests may fix it. */
  now: () => Date;
}

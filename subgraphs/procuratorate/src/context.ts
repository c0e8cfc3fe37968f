import type { BaseContext } from '@hub/subgraph-kit';
import type { ProcuratorateLoaders } from './data/loaders';

export interface ProcuratorateContext extends BaseContext {
  loaders: ProcuratorateLoaders;
}

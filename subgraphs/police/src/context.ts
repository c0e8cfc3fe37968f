import type { BaseContext } from '@hub/subgraph-kit';
import type { PoliceLoaders } from './data/loaders';

export interface PoliceContext extends BaseContext {
  loaders: PoliceLoaders;
}

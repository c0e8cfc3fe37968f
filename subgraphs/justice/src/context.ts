import type { BaseContext } from '@hub/subgraph-kit';
import type { JusticeLoaders } from './data/loaders';

export interface JusticeContext extends BaseContext {
  loaders: JusticeLoaders;
}

import type { BaseContext } from '@hub/subgraph-kit';
import type { JusticeLoaders } from './data/loaders';
import type { JusticeModels } from './data/models';

export interface JusticeContext extends BaseContext {
  loaders: JusticeLoaders;
  /** For the lists, which query by filter rather than by key. */
  models: JusticeModels;
}

import type { BaseContext } from '@hub/subgraph-kit';
import type { CourtLoaders } from './data/loaders';

export interface CourtContext extends BaseContext {
  loaders: CourtLoaders;
}

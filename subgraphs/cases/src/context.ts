import type { BaseContext } from '@hub/subgraph-kit';
import type { CasesLoaders } from './data/loaders';
import type { CasesModels } from './data/models';

export interface CasesContext extends BaseContext {
  loaders: CasesLoaders;
  /** For list queries, which no loader can batch. */
  models: CasesModels;
}

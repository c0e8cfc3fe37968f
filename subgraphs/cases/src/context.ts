import type { BaseContext } from '@hub/subgraph-kit';
import type { CasesLoaders } from './data/loaders';
import type { CasesModels } from './data/models';
import type { PersonalDataProtector } from '@hub/subgraph-kit';

export interface CasesContext extends BaseContext {
  loaders: CasesLoaders;
  /** For list queries, which no loader can batch. */
  models: CasesModels;
  /** Opens sealed names and ID numbers, for the fields that may show them. */
  protector: PersonalDataProtector;
}

import { createByIdLoader } from '@hub/subgraph-kit';
import type { ProcuratorateModels, ProsecutionDoc } from './models';

export type ProcuratorateLoaders = ReturnType<typeof createLoaders>;

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: ProcuratorateModels) {
  return {
    prosecutionByCaseId: createByIdLoader<ProsecutionDoc>((filter) => models.Prosecution.find(filter).lean<ProsecutionDoc[]>().exec()),
  };
}

import { createByIdLoader } from '@hub/subgraph-kit';
import type { PoliceCaseDoc, PoliceModels } from './models';

export type PoliceLoaders = ReturnType<typeof createLoaders>;

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: PoliceModels) {
  return {
    policeCaseByCaseId: createByIdLoader<PoliceCaseDoc>((filter) => models.PoliceCase.find(filter).lean<PoliceCaseDoc[]>().exec()),
  };
}

import { createByIdLoader } from '@hub/subgraph-kit';
import type { ExecutionFileDoc, JusticeModels } from './models';

export type JusticeLoaders = ReturnType<typeof createLoaders>;

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: JusticeModels) {
  return {
    executionFileByCaseId: createByIdLoader<ExecutionFileDoc>((filter) => models.ExecutionFile.find(filter).lean<ExecutionFileDoc[]>().exec()),
  };
}

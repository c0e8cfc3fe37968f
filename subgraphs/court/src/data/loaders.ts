import { createByIdLoader } from '@hub/subgraph-kit';
import type { CourtFileDoc, CourtModels } from './models';

export type CourtLoaders = ReturnType<typeof createLoaders>;

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: CourtModels) {
  return {
    courtFileByCaseId: createByIdLoader<CourtFileDoc>((filter) => models.CourtFile.find(filter).lean<CourtFileDoc[]>().exec()),
  };
}

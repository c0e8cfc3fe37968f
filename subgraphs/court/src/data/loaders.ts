import DataLoader from 'dataloader';
import { createByIdLoader } from '@hub/subgraph-kit';
import type { CourtFileDoc, CourtModels, DefendantIndexDoc, JudgmentDoc, JudgmentIndexDoc } from './models';

export type CourtLoaders = ReturnType<typeof createLoaders>;

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: CourtModels) {
  const courtFileByCaseId = createByIdLoader<CourtFileDoc>((filter) => models.CourtFile.find(filter).lean<CourtFileDoc[]>().exec());
  const judgmentIndexById = createByIdLoader<JudgmentIndexDoc>((filter) => models.JudgmentIndex.find(filter).lean<JudgmentIndexDoc[]>().exec());
  /** A document by id: its index entry names the court file, which holds it. Both reads are by primary key. */
  const judgmentById = new DataLoader<string, JudgmentDoc | null>(async (ids) =>
    Promise.all(
      ids.map(async (id) => {
        const entry = await judgmentIndexById.load(id);
        const file = entry ? await courtFileByCaseId.load(entry.caseId) : null;
        return file?.courtCases.flatMap((courtCase) => courtCase.documents ?? []).find((doc) => doc.id === id) ?? null;
      }),
    ),
  );
  const defendantIndexById = createByIdLoader<DefendantIndexDoc>((filter) => models.DefendantIndex.find(filter).lean<DefendantIndexDoc[]>().exec());
  return { courtFileByCaseId, judgmentById, defendantIndexById };
}

import DataLoader from 'dataloader';
import { createByIdLoader } from '@hub/subgraph-kit';
import type { ExecutionFileDoc, JusticeModels } from './models';
import type { CorrectionDoc, JudicialOfficeDoc, MediationCaseDoc, MediationCommitteeDoc, StatisticsDoc } from './serviceModels';

export type JusticeLoaders = ReturnType<typeof createLoaders>;

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: JusticeModels) {
  const { ExecutionFile, JudicialOffice, Correction, MediationCommittee, MediationCase, Statistics } = models;
  return {
    executionFileByCaseId: createByIdLoader<ExecutionFileDoc>((filter) => ExecutionFile.find(filter).lean<ExecutionFileDoc[]>().exec()),
    officeById: createByIdLoader<JudicialOfficeDoc>((filter) => JudicialOffice.find(filter).lean<JudicialOfficeDoc[]>().exec()),
    correctionById: createByIdLoader<CorrectionDoc>((filter) => Correction.find(filter).lean<CorrectionDoc[]>().exec()),
    committeeById: createByIdLoader<MediationCommitteeDoc>((filter) => MediationCommittee.find(filter).lean<MediationCommitteeDoc[]>().exec()),
    mediationCaseById: createByIdLoader<MediationCaseDoc>((filter) => MediationCase.find(filter).lean<MediationCaseDoc[]>().exec()),
    statisticsById: createByIdLoader<StatisticsDoc>((filter) => Statistics.find(filter).lean<StatisticsDoc[]>().exec()),
    /** The committees an office guides, for a page of offices in one query. */
    committeesByOfficeId: new DataLoader<string, MediationCommitteeDoc[]>(async (officeIds) => {
      const found = await MediationCommittee.find({ officeId: { $in: [...officeIds] } }).sort({ _id: 1 }).lean<MediationCommitteeDoc[]>().exec();
      return officeIds.map((id) => found.filter((committee) => committee.officeId === id));
    }),
  };
}

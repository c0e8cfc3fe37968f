import { createByIdLoader } from '@hub/subgraph-kit';
import type { CaseDoc, CaseNumberDoc, CasesModels, PersonDoc, PersonDigestDoc } from './models';

export type CasesLoaders = ReturnType<typeof createLoaders>;

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: CasesModels) {
  return {
    caseById: createByIdLoader<CaseDoc>((filter) => models.Case.find(filter).lean<CaseDoc[]>().exec()),
    caseNumberByKey: createByIdLoader<CaseNumberDoc>((filter) => models.CaseNumber.find(filter).lean<CaseNumberDoc[]>().exec()),
    personById: createByIdLoader<PersonDoc>((filter) => models.Person.find(filter).lean<PersonDoc[]>().exec()),
    personByIdDigest: createByIdLoader<PersonDigestDoc>((filter) => models.PersonDigest.find(filter).lean<PersonDigestDoc[]>().exec()),
  };
}

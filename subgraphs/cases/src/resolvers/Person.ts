import type { CasePartyResolvers, PersonCaseResolvers, PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.personById.load(reference.id),
  id: (doc) => doc._id,
  cases: (doc) => doc.cases,
};

export const PersonCase: PersonCaseResolvers = {
  case: async ({ caseId }, _args, { loaders }) => {
    const doc = await loaders.caseById.load(caseId);
    if (!doc) throw new Error('person refers to a case missing from the index');
    return doc;
  },
};

export const CaseParty: CasePartyResolvers = {
  person: async ({ personId }, _args, { loaders }) => {
    const doc = await loaders.personById.load(personId);
    if (!doc) throw new Error('case refers to a person missing from the index');
    return doc;
  },
};

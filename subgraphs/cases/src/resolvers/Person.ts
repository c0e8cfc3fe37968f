import { toAccessLogEntryView } from '@hub/subgraph-kit';
import type { CasePartyResolvers, PersonCaseResolvers, PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.personById.load(reference.id),
  id: (doc) => doc._id,
  cases: (doc) => doc.cases,
  // Opened only here, for callers the SDL lets through (`person:identity`).
  name: (doc, _args, { protector }) => protector.open(doc.sealedName),
  idNumber: (doc, _args, { protector }) => protector.open(doc.sealedIdNumber),
  accessLog: async (doc, _args, { accessLog }) => (await accessLog.entriesFor({ kind: 'person', id: doc._id })).map(toAccessLogEntryView),
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

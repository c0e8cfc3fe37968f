import { GraphQLError } from 'graphql';
import type { BriberyConvictionResolvers, BriberyRecordCheckResolvers } from '../__generated__/resolvers-types';
import { convictionsIn, instantOf } from '../data/briberyFindings';
import type { CourtFileDoc } from '../data/models';

export const BriberyRecordCheck: BriberyRecordCheckResolvers = {
  // The check is the procuratorate's: this subgraph keeps what the gateway brought (@requires).
  __resolveReference: (reference) => reference,
  courtFindings: async (check, _args, { loaders }) => {
    const personIds = new Set(check.subjectPersonIds ?? []);
    const from = instantOf(check.periodFrom);
    const to = instantOf(check.periodTo);
    if (personIds.size === 0 || !from || !to) return [];
    const entries = await Promise.all([...personIds].map((id) => loaders.defendantIndexById.load(id)));
    const caseIds = [...new Set(entries.flatMap((entry) => entry?.caseIds ?? []))];
    const files = (await Promise.all(caseIds.map((id) => loaders.courtFileByCaseId.load(id)))).filter((file): file is CourtFileDoc => file !== null);
    return files
      .flatMap((file) => convictionsIn(file, personIds, from, to))
      .sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime() || (a.documentNumber < b.documentNumber ? -1 : 1));
  },
};

export const BriberyConviction: BriberyConvictionResolvers = {
  judgment: async (finding, _args, { loaders }) => {
    const judgment = await loaders.judgmentById.load(finding.judgmentId);
    if (!judgment) throw new GraphQLError('A finding without its judgment in stored data', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    return judgment;
  },
};

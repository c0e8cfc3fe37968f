import { ZIBO_CITY } from '@hub/domain';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { checkDivisionCode, checkYear, listCommittees, listMediationCases, listOffices } from '../data/serviceLists';
import { statisticsId } from '../data/statistics';
import { mediatorsOf } from './Mediation';

/** `GW370303007-03` → `SFS370303007`; `TWH370303004-07` → `TWH370303004`. */
const ADVISER_ID = /^GW(\d{9})-\d{2,3}$/;
const MEDIATOR_ID = /^(TWH\d{9})-\d{2,3}$/;

export const Query: QueryResolvers = {
  judicialOffice: (_root, { id }, { loaders }) => loaders.officeById.load(id),
  judicialOffices: (_root, args, { models }) => listOffices(models, args),
  communityCorrection: (_root, { id }, { loaders }) => loaders.correctionById.load(id),
  legalAdviser: async (_root, { id }, { loaders }) => {
    const townCode = ADVISER_ID.exec(id)?.[1];
    const office = townCode ? await loaders.officeById.load(`SFS${townCode}`) : null;
    return office?.advisers.find((adviser) => adviser.adviserId === id) ?? null;
  },
  mediationCommittee: (_root, { id }, { loaders }) => loaders.committeeById.load(id),
  mediationCommittees: (_root, args, { models }) => listCommittees(models, args),
  mediator: async (_root, { id }, { loaders }) => {
    const committeeId = MEDIATOR_ID.exec(id)?.[1];
    const committee = committeeId ? await loaders.committeeById.load(committeeId) : null;
    return (committee && mediatorsOf(committee).find((mediator) => mediator.mediatorId === id)) ?? null;
  },
  mediationCase: (_root, { id }, { loaders }) => loaders.mediationCaseById.load(id),
  mediationCases: (_root, args, { models }) => listMediationCases(models, {}, args),
  justiceStatistics: (_root, { year, divisionCode }, { loaders }) => {
    const code = checkDivisionCode(divisionCode ?? ZIBO_CITY.code, 'divisionCode', true);
    return loaders.statisticsById.load(statisticsId(checkYear(year), code));
  },
};

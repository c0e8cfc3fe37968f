import { divisionByCode, type Division } from '@hub/domain';
import type {
  JudicialOfficeResolvers,
  LegalAdviserResolvers,
  OfficeStaffMemberResolvers,
  StarOfficeTitleResolvers,
} from '../__generated__/resolvers-types';
import { listCorrections, listMediationCases } from '../data/serviceLists';
import type { JudicialOfficeDoc, LegalAdviserDoc } from '../data/serviceModels';
import { stored } from './stored';

/** Imports accept only Zibo's divisions. */
function divisionOf(office: JudicialOfficeDoc): Division {
  return stored(divisionByCode(office.divisionCode), 'Unknown division code');
}

function adviserOf(office: JudicialOfficeDoc, adviserId: string): LegalAdviserDoc {
  return stored(office.advisers.find((a) => a.adviserId === adviserId), 'A village without its adviser');
}

export const JudicialOffice: JudicialOfficeResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.officeById.load(reference.id),
  id: (office) => office._id,
  divisionName: (office) => divisionOf(office).name,
  justiceBureau: (office) => divisionOf(office).justiceBureau,
  starTitle: (office) => office.star ?? null,
  responsibilities: (office) =>
    office.responsibilities.map(({ area, duty, basis, staffIds }) => ({
      area,
      duty,
      basis,
      carriedBy: office.staff.filter((member) => staffIds.includes(member.staffId)),
    })),
  villages: (office) => office.villages.map(({ name, kind, adviserId }) => ({ name, kind, legalAdviser: adviserOf(office, adviserId) })),
  legalAdvisers: (office) => office.advisers,
  mediationCommittees: (office, _args, { loaders }) => loaders.committeesByOfficeId.load(office._id),
  corrections: (office, args, { models }) => listCorrections(models, office._id, args),
  mediationCases: (office, args, { models }) => listMediationCases(models, { officeId: office._id }, args),
};

export const OfficeStaffMember: OfficeStaffMemberResolvers = {
  id: (member) => member.staffId,
};

const STAR_WORDS: Record<number, string> = { 3: '三', 4: '四', 5: '五' };

export const StarOfficeTitle: StarOfficeTitleResolvers = {
  title: (star) => `${STAR_WORDS[star.stars] ?? star.stars}星级司法所`,
};

export const LegalAdviser: LegalAdviserResolvers = {
  id: (adviser) => adviser.adviserId,
  office: async (adviser, _args, { loaders }) => stored(await loaders.officeById.load(adviser.officeId), 'An adviser without its office'),
};

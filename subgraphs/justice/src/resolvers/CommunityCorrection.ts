import type { CommunityCorrectionResolvers } from '../__generated__/resolvers-types';
import { stored } from './stored';

export const CommunityCorrection: CommunityCorrectionResolvers = {
  id: (record) => record._id,
  person: (record) => ({ id: record.personId }),
  case: (record) => ({ id: record.caseId }),
  judgment: (record) => ({ id: record.judgmentId }),
  office: async (record, _args, { loaders }) => stored(await loaders.officeById.load(record.officeId), 'A correction without its office'),
  officer: async (record, _args, { loaders }) => {
    const office = await loaders.officeById.load(record.officeId);
    return stored(office?.staff.find((member) => member.staffId === record.officerStaffId), 'A correction without its officer');
  },
  endedAt: (record) => record.endedAt ?? null,
  warnings: (record) => record.events.filter((event) => event.type === 'WARNED').length,
  lastReportedAt: (record) => record.events.filter((event) => event.type === 'REPORTED').at(-1)?.at ?? null,
};

import { LAWYER_LICENSE_PATTERN, ZIBO_DIVISIONS, SERVICE_POINT_KINDS } from '@hub/domain';
import { badUserInput } from '@hub/subgraph-kit';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { verifyCertificateCode } from '../data/certificateVerification';
import { nearestPoints } from '../data/geo';
import { listChecks, listComplaints } from '../data/lists';
import { serviceStatistics } from '../data/statistics';
import { APPLICATION_ID } from '../data/validate';
import { asOfOf } from './Complaint';

const KIND_ORDER = new Map<string, number>(SERVICE_POINT_KINDS.map((kind, k) => [kind, k]));

export const Query: QueryResolvers = {
  servicePoints: async (_root, { kind, divisionCode }, { loaders }) => {
    if (divisionCode != null && !ZIBO_DIVISIONS.some((d) => d.code === divisionCode)) {
      throw badUserInput(`"divisionCode" must be the GB/T 2260 code of a district or county of Zibo: ${ZIBO_DIVISIONS.map((d) => d.code).join(', ')}.`, { argument: 'divisionCode' });
    }
    return (await loaders.allServicePoints())
      .filter((point) => (!kind || point.kind === kind) && (!divisionCode || point.divisionCode === divisionCode))
      .sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || (a._id < b._id ? -1 : 1));
  },
  servicePoint: (_root, { id }, { loaders }) => loaders.servicePoint(id),
  nearestServicePoints: async (_root, { lat, lng, kind, first }, { loaders }) => nearestPoints(await loaders.allServicePoints(), { lat, lng }, kind, first),
  briberyRecordCheck: (_root, { id }, { loaders }) => loaders.checkById.load(id),
  briberyRecordChecks: (_root, args, { services }) => listChecks(services, args),
  verifyBriberyRecordCertificate: (_root, { code, documentSha256 }, { loaders, trustList }) =>
    verifyCertificateCode(code, documentSha256, { trustList, findCheck: (id) => loaders.checkById.load(id) }),
  procuratorateSigningKeys: (_root, _args, { trustList }) => trustList().keys,
  fileReviewApplication: async (_root, { id }, { loaders }) => {
    const caseId = APPLICATION_ID.exec(id)?.[1];
    if (!caseId) return null;
    return (await loaders.fileReviewsByCaseId.load(caseId))?.applications.find((application) => application.id === id) ?? null;
  },
  lawyerAdmissions: async (_root, { lawyerId }, { loaders }) => {
    if (!LAWYER_LICENSE_PATTERN.test(lawyerId)) {
      throw badUserInput('"lawyerId" must be a lawyer\'s 17-digit practising certificate number, e.g. "13703201010123456".', { argument: 'lawyerId' });
    }
    const lawyer = await loaders.lawyerById.load(lawyerId);
    return [...(lawyer?.admissions ?? [])].sort((a, b) => b.admittedAt.getTime() - a.admittedAt.getTime());
  },
  complaint: (_root, { id }, { loaders }) => loaders.complaintById.load(id),
  complaints: async (_root, args, context) => listComplaints(context.services, await asOfOf(context), args),
  procuratorateServiceStatistics: (_root, { year, divisionCode }, { services }) => serviceStatistics(services, year, divisionCode),
};

import type {
  BriberyRecordCertificateResolvers,
  BriberyRecordCheckResolvers,
  CertificateFindingResolvers,
  CertificateQrResolvers,
  ProcuratorateSigningKeyResolvers,
} from '../__generated__/resolvers-types';
import { renderCertificate, renderedQr, type CheckParent } from '../data/certificate';
import { procuratorateName } from './names';

export const BriberyRecordCheck: BriberyRecordCheckResolvers = {
  __resolveReference: async (reference, { loaders }) => {
    const doc = await loaders.checkById.load(reference.id);
    if (!doc) return null;
    // Keep the court's findings the gateway brought for `certificate` (@requires).
    const { courtFindings } = reference as Partial<CheckParent>;
    return { ...doc, courtFindings };
  },
  id: (check) => check._id,
  procuratorateName: (check) => procuratorateName(check.procuratorateCode),
  servicePoint: (check, _args, { loaders }) => loaders.servicePoint(check.servicePointId),
  // Only the cases subgraph asks for these (the fields are @inaccessible): it matches the subject to a person.
  subjectName: ({ subject }, _args, { sealer }) => (subject.kind === 'PERSON' ? (subject.sealedName ? sealer.open(subject.sealedName) : null) : subject.name),
  subjectIdNumber: ({ subject }, _args, { sealer }) => (subject.sealedIdNumber ? sealer.open(subject.sealedIdNumber) : null),
  certificate: (check, _args, { signing }) => renderCertificate(check, signing),
};

export const BriberyRecordCertificate: BriberyRecordCertificateResolvers = {};

export const CertificateFinding: CertificateFindingResolvers = {
  judgment: (finding) => ({ id: finding.judgmentId }),
};

export const CertificateQr: CertificateQrResolvers = {
  text: (source) => source.code,
  svg: async (source) => (await renderedQr(source)).svg,
  pngBase64: async (source) => (await renderedQr(source)).pngBase64,
};

export const ProcuratorateSigningKey: ProcuratorateSigningKeyResolvers = {
  procuratorateCode: (key) => key.issuer,
  procuratorateName: (key) => key.issuer_name,
  algorithm: (key) => key.alg,
  publicKey: (key) => key.x,
  notBefore: (key) => new Date(key.nbf * 1000),
  notAfter: (key) => (key.exp === undefined ? null : new Date(key.exp * 1000)),
};

import { GraphQLError } from 'graphql';
import { courtByCode, type Court } from '@hub/domain';
import type {
  CourtSigningKeyResolvers,
  JudgmentPartyResolvers,
  JudgmentQrResolvers,
  JudgmentResolvers,
  JudgmentRevocationResolvers,
  PublicJudgmentResolvers,
} from '../__generated__/resolvers-types';
import type { CourtContext } from '../context';
import type { JudgmentDoc } from '../data/models';
import { qrSource, rendered } from '../data/qr';

/** Imports accept only known courts, so a miss is a data error worth an alert, not user input. */
export function courtOf(code: string): Court {
  const court = courtByCode(code);
  if (!court) throw new GraphQLError('Unknown court code in stored data', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return court;
}

async function loadJudgment(id: string | null | undefined, { loaders }: CourtContext): Promise<JudgmentDoc | null> {
  return id ? loaders.judgmentById.load(id) : null;
}

export const Judgment: JudgmentResolvers = {
  __resolveReference: (reference, context) => loadJudgment(reference.id, context),
  caseNumber: (doc) => doc.courtCaseNumber,
  court: (doc) => courtOf(doc.courtCode),
  textSha256: (doc) => Buffer.from(doc.textSha256, 'base64url').toString('hex'),
  status: (doc) => (doc.revocation ? 'REVOKED' : doc.supersededById ? 'SUPERSEDED' : 'IN_FORCE'),
  supersedes: (doc, _args, context) => loadJudgment(doc.supersedesId, context),
  supersededBy: (doc, _args, context) => loadJudgment(doc.supersededById, context),
  revocation: (doc) => doc.revocation ?? null,
  signingKeyId: (doc) => doc.seal.kid,
  qr: (doc, _args, { verifyBaseUrl }) => qrSource(doc.seal.code, verifyBaseUrl),
  courtCase: async (doc, _args, { loaders }) => {
    const file = await loaders.courtFileByCaseId.load(doc.caseId);
    const courtCase = file?.courtCases.find((c) => c.number === doc.courtCaseNumber);
    if (!courtCase) throw new GraphQLError('A document without its court case in stored data', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    return courtCase;
  },
};

export const JudgmentParty: JudgmentPartyResolvers = {
  person: (party) => ({ id: party.personId }),
};

export const JudgmentRevocation: JudgmentRevocationResolvers = {
  by: async (revocation, _args, context) => {
    const by = await loadJudgment(revocation.byId, context);
    if (!by) throw new GraphQLError('A revocation without its document in stored data', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    return by;
  },
};

export const JudgmentQr: JudgmentQrResolvers = {
  text: (source) => source.code,
  url: (source) => source.url,
  svg: async (source) => (await rendered(source)).svg,
  pngBase64: async (source) => (await rendered(source)).pngBase64,
  version: async (source) => (await rendered(source)).version,
  modules: async (source) => (await rendered(source)).modules,
};

/** Only public facts: masked names, no text, no person ids. */
export const PublicJudgment: PublicJudgmentResolvers = {
  caseNumber: (doc) => doc.courtCaseNumber,
  court: (doc) => courtOf(doc.courtCode),
  maskedParties: (doc) => doc.parties.map((party) => party.maskedName),
  verificationUrl: (doc, _args, { verifyBaseUrl }) => qrSource(doc.seal.code, verifyBaseUrl).url,
};

export const CourtSigningKey: CourtSigningKeyResolvers = {
  court: (key) => courtOf(key.court),
  algorithm: (key) => key.alg,
  publicKey: (key) => key.x,
  notBefore: (key) => new Date(key.nbf * 1000),
  notAfter: (key) => (key.exp === undefined ? null : new Date(key.exp * 1000)),
};

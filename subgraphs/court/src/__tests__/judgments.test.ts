import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPORT_FILES, maskName, type CourtCaseExport, type CourtDocumentExport, type PersonExport } from '@hub/domain';
import { canonicalDocumentText, createCourtKeyStore, documentSha256, sealDocument, SEAL_FORMAT_VERSION } from '@hub/judgment-seal';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import type { Database } from '@hub/subgraph-kit';
import { importCourtExport } from '../data/importer';
import { loadCourtSigning } from '../data/signing';
import { createCourtSubgraph } from '../server';

const exported = readFixture<CourtCaseExport>(EXPORT_FILES.court);
const persons = new Map(readFixture<PersonExport>(EXPORT_FILES.persons).map((person) => [person.personId, person]));
const documents = exported.flatMap((courtCase) => courtCase.documents.map((doc) => ({ ...doc, courtCase })));
const byKind = (test: (doc: CourtDocumentExport) => boolean) => {
  const found = documents.find(test);
  if (!found) throw new Error('the fixture export lacks a document this test needs');
  return found;
};

const VERIFY = `query ($code: String!, $sha: String) {
  verifyJudgment(code: $code, documentSha256: $sha) {
    status reason signatureValid keyId
    judgment { id documentNumber kind caseNumber court { code name } issuedOn maskedParties verificationUrl }
    supersededBy { id documentNumber kind }
    revokedAt revocationReason revokedBy { id documentNumber }
  }
}`;
const JUDGMENT = `query ($id: ID!) {
  judgment(id: $id) {
    id documentNumber kind caseNumber court { code } issuedAt issuedOn prosecutor text textSha256 status signingKeyId
    parties { role maskedName person { id } }
    supersedes { id } supersededBy { id } revocation { revokedAt reason by { id } }
    qr { text url svg pngBase64 version modules }
    courtCase { number }
  }
}`;

let database: Database;
let subgraph: TestSubgraph;

async function judgment(id: string) {
  const res = await graphql(subgraph.url, JUDGMENT, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.judgment;
}
async function verify(code: string, sha?: string) {
  const res = await graphql(subgraph.url, VERIFY, { code, sha });
  expect(res.errors).toBeUndefined();
  return res.data!.verifyJudgment;
}

beforeAll(async () => {
  database = await connectTestDatabase('court');
  await importCourtExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createCourtSubgraph);
});
afterAll(() => subgraph?.stop());

test('every decided court case has its documents, numbered by the 案号, parties masked', async () => {
  const decided = exported.filter((courtCase) => courtCase.judgment);
  expect(decided.length).toBeGreaterThan(100);
  const reps = decided.slice(0, 40).map((courtCase) => ({ __typename: 'Case', id: courtCase.caseId }));
  const res = await graphql(
    subgraph.url,
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { courtCases { number judgments { id documentNumber kind issuedOn parties { maskedName person { id } } } } } } }`,
    { reps },
  );
  expect(res.errors).toBeUndefined();
  const served = new Map<string, Array<{ id: string; documentNumber: string; kind: string; parties: Array<{ maskedName: string; person: { id: string } }> }>>();
  for (const found of res.data!._entities) for (const courtCase of found.courtCases) served.set(courtCase.number, courtCase.judgments);
  for (const courtCase of decided.slice(0, 40)) {
    const judgments = served.get(courtCase.caseNumber)!;
    expect(judgments.map((j) => j.id)).toEqual(courtCase.documents.map((doc) => doc.documentId));
    expect(judgments[0]).toMatchObject({ documentNumber: courtCase.caseNumber, kind: courtCase.judgment!.kind });
    for (const party of judgments.flatMap((j) => j.parties)) {
      const person = persons.get(party.person.id)!;
      expect(party.maskedName).toBe(maskName(person.name));
      expect(party.maskedName).not.toBe(person.name);
    }
  }
});

test('a judgment carries its text, the hash of its canonical text, its signing key and a QR of its verification URL', async () => {
  const doc = byKind((d) => d.kind === 'JUDGMENT' && !d.revocation && !documents.some((o) => o.supersedesDocumentId === d.documentId));
  const found = await judgment(doc.documentId);
  expect(found).toMatchObject({ id: doc.documentId, documentNumber: doc.documentNumber, kind: 'JUDGMENT', status: 'IN_FORCE', text: doc.text, courtCase: { number: doc.courtCase.caseNumber } });
  expect(found.textSha256).toBe(createHash('sha256').update(canonicalDocumentText(doc.text)).digest('hex'));
  expect(found.qr.text).toMatch(/^ZBJ1:[A-Z2-7]+$/);
  expect(found.qr.url).toBe(`http://localhost:4000/verify?c=${found.qr.text}`);
  expect(found.qr.svg).toMatch(/^<svg[\s\S]+<\/svg>\s*$/);
  expect(Buffer.from(found.qr.pngBase64, 'base64').subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(found.qr.version).toBeLessThanOrEqual(12);
  expect(found.qr.modules).toBe(17 + 4 * found.qr.version);
});

test('a genuine code verifies as VALID with the public facts only, from the code text or the scanned URL', async () => {
  const doc = byKind((d) => d.kind === 'JUDGMENT' && !d.revocation && !documents.some((o) => o.supersedesDocumentId === d.documentId));
  const { qr } = await judgment(doc.documentId);
  for (const input of [qr.text, qr.url, ` ${qr.url}\n`]) {
    const result = await verify(input);
    expect(result).toMatchObject({
      status: 'VALID',
      signatureValid: true,
      judgment: { id: doc.documentId, documentNumber: doc.documentNumber, caseNumber: doc.courtCase.caseNumber, court: { code: doc.courtCase.courtCode } },
      supersededBy: null,
      revokedBy: null,
    });
    expect(result.judgment.maskedParties).toEqual(doc.parties.map((party) => maskName(party.name)));
    expect(JSON.stringify(result)).not.toContain(doc.parties[0]!.name);
  }
});

test('the text someone holds is checked against the signed hash: same text VALID, one character changed HASH_MISMATCH', async () => {
  const doc = byKind((d) => d.kind === 'JUDGMENT' && !d.revocation && !documents.some((o) => o.supersedesDocumentId === d.documentId));
  const { qr, text, textSha256 } = await judgment(doc.documentId);
  expect((await verify(qr.text, textSha256)).status).toBe('VALID');
  expect((await verify(qr.text, documentSha256(`${text}\r\n  `))).status).toBe('VALID');
  const altered = text.replace('判处', '判决');
  expect(altered).not.toBe(text);
  const mismatch = await verify(qr.text, documentSha256(altered));
  expect(mismatch).toMatchObject({ status: 'HASH_MISMATCH', signatureValid: true, judgment: { id: doc.documentId } });
});

test('a malformed documentSha256 is the caller\'s error, with a message that says what is expected', async () => {
  const doc = documents[0]!;
  const { qr } = await judgment(doc.documentId);
  const res = await graphql(subgraph.url, VERIFY, { code: qr.text, sha: 'not-a-hash' });
  expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(res.errors?.[0]?.message).toMatch(/64 hex digits or 43 base64url/);
});

test('a document corrected by a correction ruling is SUPERSEDED and names the ruling; the ruling itself is VALID', async () => {
  const correction = byKind((d) => d.kind === 'CORRECTION_RULING' && !d.revocation);
  const original = await judgment(correction.supersedesDocumentId!);
  expect(original).toMatchObject({ status: 'SUPERSEDED', supersededBy: { id: correction.documentId } });
  const result = await verify(original.qr.url);
  expect(result).toMatchObject({ status: 'SUPERSEDED', signatureValid: true, supersededBy: { id: correction.documentId, kind: 'CORRECTION_RULING' } });
  const ruling = await judgment(correction.documentId);
  expect(ruling).toMatchObject({ documentNumber: `${original.documentNumber}之一`, supersedes: { id: original.id } });
  expect((await verify(ruling.qr.text)).status).toBe('VALID');
});

test('a first-instance judgment set aside on appeal is REVOKED, with when, why and by which document', async () => {
  const revoked = byKind((d) => d.revocation !== undefined && d.kind !== 'CORRECTION_RULING');
  const found = await judgment(revoked.documentId);
  expect(found).toMatchObject({ status: 'REVOKED', revocation: { reason: revoked.revocation!.reason, by: { id: revoked.revocation!.byDocumentId } } });
  const result = await verify(found.qr.text);
  expect(result).toMatchObject({ status: 'REVOKED', revocationReason: revoked.revocation!.reason, revokedBy: { id: revoked.revocation!.byDocumentId } });
  expect(Date.parse(result.revokedAt)).toBe(Date.parse(revoked.revocation!.revokedAt));
});

test('tampering and garbage never verify and never fail the request', async () => {
  const { qr } = await judgment(documents[0]!.documentId);
  const code: string = qr.text;
  const middle = 5 + Math.floor((code.length - 5) / 2);
  const flipped = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
  const inputs = [flipped, code.slice(0, -4), `${code}AAAA`, '', 'hello', 'ZBJ1:', 'ZBJ1:!!!!', 'http://evil.example/verify?c=x', 'ZBJ1:' + 'A'.repeat(5000), '\u0000\uffff'];
  for (const input of inputs) {
    const result = await verify(input);
    expect(result.status).not.toBe('VALID');
    expect(['MALFORMED', 'INVALID_SIGNATURE']).toContain(result.status);
    expect(result.judgment).toBeNull();
    expect(result.reason).not.toContain(input.slice(5, 40) || '\u0001');
  }
});

test('a code signed with a key that is not in the published list is UNKNOWN_KEY', async () => {
  const doc = documents[0]!;
  const rogue = createCourtKeyStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'rogue-keys-')), 'courts'));
  const key = rogue.ensureCourtKey(doc.courtCase.courtCode, new Date('2015-01-01T00:00:00+08:00'));
  const issued = new Date(Date.parse(doc.issuedAt) + 8 * 3600e3).toISOString().slice(0, 10);
  const code = await sealDocument(
    { v: SEAL_FORMAT_VERSION, kid: key.kid, doc: doc.documentId, no: doc.courtCase.caseNumber, court: doc.courtCase.courtCode, kind: doc.kind, issued, sha: documentSha256(doc.text) },
    key,
  );
  expect(await verify(code)).toMatchObject({ status: 'UNKNOWN_KEY', signatureValid: false, judgment: null });
});

test('each court has rotated its key: older documents carry the old key, newer the new, and both verify', async () => {
  const res = await graphql(subgraph.url, `{ courtSigningKeys { kid court { code } algorithm publicKey notBefore notAfter } }`);
  expect(res.errors).toBeUndefined();
  const keys: Array<{ kid: string; court: { code: string }; algorithm: string; notBefore: string; notAfter: string | null }> = res.data!.courtSigningKeys;
  const courtCode = documents[0]!.courtCase.courtCode;
  const ofCourt = keys.filter((key) => key.court.code === courtCode);
  expect(ofCourt).toHaveLength(2);
  expect(ofCourt.every((key) => key.algorithm === 'EdDSA')).toBe(true);
  expect(Date.parse(ofCourt[0]!.notAfter!)).toBe(Date.parse(ofCourt[1]!.notBefore));
  expect(ofCourt[1]!.notAfter).toBeNull();
  const rotation = Date.parse(ofCourt[1]!.notBefore);
  const docs = documents.filter((d) => d.courtCase.courtCode === courtCode);
  const older = docs.find((d) => Date.parse(d.issuedAt) < rotation)!;
  const newer = docs.find((d) => Date.parse(d.issuedAt) >= rotation)!;
  const [a, b] = [await judgment(older.documentId), await judgment(newer.documentId)];
  expect(a.signingKeyId).toBe(ofCourt[0]!.kid);
  expect(b.signingKeyId).toBe(ofCourt[1]!.kid);
  expect((await verify(a.qr.text)).signatureValid).toBe(true);
  expect((await verify(b.qr.text)).signatureValid).toBe(true);
});

test('importing the same export again writes nothing: signatures are deterministic', async () => {
  const again = await importCourtExport(database, testExportDir(), () => undefined);
  expect(again.written).toBe(0);
});

test('production refuses to start without a configured key directory', () => {
  expect(() => loadCourtSigning({ NODE_ENV: 'production' })).toThrow(/COURT_KEYS_DIR is required in production/);
  expect(() => loadCourtSigning({ COURT_KEYS_DIR: '/tmp/x', VERIFY_BASE_URL: 'ftp://x/verify' })).toThrow(/VERIFY_BASE_URL must be an http\(s\) URL/);
});

/**
 * The courts' signing keys and where verification URLs point. Private keys never enter the
 * database or the repository: they live in COURT_KEYS_DIR (a mounted secret directory in
 * production; in development `.hub/keys/courts`, generated at first use).
 */
import path from 'node:path';
import { createCourtKeyStore, type CourtKey, type CourtKeyStore } from '@hub/judgment-seal';
import { readVerifyBaseUrl } from '@hub/subgraph-kit';
import { stateDir } from '@hub/workspace';

export interface CourtSigning {
  keys: CourtKeyStore;
  keysDir: string;
  /** The verification page a QR opens, e.g. `http://localhost:4000/verify`. */
  verifyBaseUrl: string;
  production: boolean;
}

/**
 * Demo key history for development: each court's first key from 2015, rotated at the start of
 * 2018, so the demo data shows rotation: older judgments carry the old key, which stays valid.
 */
const DEMO_FIRST_KEY_FROM = new Date('2015-01-01T00:00:00+08:00');
const DEMO_ROTATION_AT = new Date('2018-01-01T00:00:00+08:00');

export class SigningConfigError extends Error {
  override name = 'SigningConfigError';
}

export function loadCourtSigning(env: NodeJS.ProcessEnv = process.env): CourtSigning {
  const production = env.NODE_ENV === 'production';
  const problems: string[] = [];
  const keysDir = env.COURT_KEYS_DIR || (production ? undefined : path.join(stateDir(), 'keys', 'courts'));
  if (!keysDir) problems.push('COURT_KEYS_DIR is required in production: the directory holding the courts\' signing keys (one <kid>.key.json per key).');
  const url = readVerifyBaseUrl(env);
  if (!url.ok) problems.push(url.problem);
  if (problems.length > 0 || !keysDir || !url.ok) {
    throw new SigningConfigError(`The court subgraph cannot sign or verify judgments:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`);
  }
  return { keys: createCourtKeyStore(keysDir), keysDir, verifyBaseUrl: url.url, production };
}

/**
 * The key that signs a document of `courtCode` issued at `issuedAt`. In development a court
 * without keys gets the demo history; in production a missing key is an error for the operator.
 */
export function signingKeyFor(signing: CourtSigning, courtCode: string, issuedAt: Date): CourtKey {
  const { keys } = signing;
  const found = keys.signingKeyFor(courtCode, issuedAt);
  if (found) return found;
  const courtHasKeys = keys.trustList().keys.some((key) => key.court === courtCode);
  if (!signing.production && !courtHasKeys) {
    keys.ensureCourtKey(courtCode, DEMO_FIRST_KEY_FROM);
    keys.rotateCourtKey(courtCode, DEMO_ROTATION_AT);
    const demo = keys.signingKeyFor(courtCode, issuedAt);
    if (demo) return demo;
  }
  throw new Error(
    `No signing key of court ${courtCode} is valid at ${issuedAt.toISOString()}: add one to COURT_KEYS_DIR (see the judgment-seal README) before importing its documents.`,
  );
}

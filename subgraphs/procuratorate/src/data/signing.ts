/**
 * The procuratorates' certificate signing keys and where verification URLs point. Private keys
 * never enter the database or the repository: they live in PROCURATORATE_KEYS_DIR (a mounted
 * secret directory in production; in development `.hub/keys/procuratorates`, with a demo key
 * history generated at first start, as the courts have).
 */
import path from 'node:path';
import { ZIBO_PROCURATORATES } from '@hub/domain';
import { createIssuerKeyStore, type IssuerKey, type IssuerKeyStore, type IssuerTrustList } from '@hub/judgment-seal';
import { readVerifyBaseUrl } from '@hub/subgraph-kit';
import { stateDir } from '@hub/workspace';

export interface CertificateSigning {
  keys: IssuerKeyStore;
  keysDir: string;
  /** The verification page a certificate's QR opens, e.g. `http://localhost:4000/verify`. */
  verifyBaseUrl: string;
  production: boolean;
}

/** Demo key history in development: first keys from 2015, rotated at the start of 2018 (as the courts'). */
const DEMO_FIRST_KEY_FROM = new Date('2015-01-01T00:00:00+08:00');
const DEMO_ROTATION_AT = new Date('2018-01-01T00:00:00+08:00');
/** Keys an operator adds show up in the published list within this time. */
const TRUST_LIST_REFRESH_MS = 60_000;

export class CertificateSigningConfigError extends Error {
  override name = 'CertificateSigningConfigError';
}

export function loadCertificateSigning(env: NodeJS.ProcessEnv = process.env): CertificateSigning {
  const production = env.NODE_ENV === 'production';
  const problems: string[] = [];
  const keysDir = env.PROCURATORATE_KEYS_DIR || (production ? undefined : path.join(stateDir(), 'keys', 'procuratorates'));
  if (!keysDir) problems.push('PROCURATORATE_KEYS_DIR is required in production: the directory holding the procuratorates\' signing keys (one <kid>.issuer-key.json per key).');
  const url = readVerifyBaseUrl(env);
  if (!url.ok) problems.push(url.problem);
  if (problems.length > 0 || !keysDir || !url.ok) {
    throw new CertificateSigningConfigError(
      `The procuratorate subgraph cannot sign or verify certificates:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`,
    );
  }
  const keys = createIssuerKeyStore(keysDir);
  if (!production) {
    // Development: every procuratorate gets the demo key history once, before anything is signed.
    for (const { code } of ZIBO_PROCURATORATES) {
      if (keys.trustList().keys.some((key) => key.issuer === code)) continue;
      keys.ensureKey(code, DEMO_FIRST_KEY_FROM);
      keys.rotateKey(code, DEMO_ROTATION_AT);
    }
  }
  return { keys, keysDir, verifyBaseUrl: url.url, production };
}

/** The key that signs a certificate issued at `issuedAt`; in production a missing key is an error for the operator. */
export function certificateKeyFor(signing: CertificateSigning, procuratorateCode: string, issuedAt: Date): IssuerKey {
  const key = signing.keys.signingKeyFor(procuratorateCode, issuedAt);
  if (!key) {
    throw new Error(`No signing key of procuratorate ${procuratorateCode} is valid at ${issuedAt.toISOString()}: add one to PROCURATORATE_KEYS_DIR.`);
  }
  return key;
}

/** The published key list, rebuilt now and then, one object between rebuilds (verification indexes a list once). */
export function trustListSource(signing: CertificateSigning): () => IssuerTrustList {
  let list = signing.keys.trustList();
  let builtAt = Date.now();
  return () => {
    if (Date.now() - builtAt > TRUST_LIST_REFRESH_MS) {
      list = createIssuerKeyStore(signing.keysDir).trustList();
      builtAt = Date.now();
    }
    return list;
  };
}

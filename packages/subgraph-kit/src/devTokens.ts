/**
 * Development tokens: what an identity provider would issue, signed by a local key generated at
 * first use into `.hub/keys/auth/` (git-ignored). The gateway accepts them only outside production
 * (production verifies against the provider's JWKS); `npm run token` and the tests sign with it.
 */
import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { SignJWT } from 'jose';
import { stateDir } from '@hub/workspace';
import type { ExplicitRight, Role } from './identity';
import { developmentKeyFile } from './keyFiles';

/** The issuer of development tokens; production names its identity provider in AUTH_ISSUER. */
export const DEV_TOKEN_ISSUER = 'zibo-hub-dev';
/** The audience every hub token must name (AUTH_AUDIENCE). */
export const DEFAULT_TOKEN_AUDIENCE = 'zibo-political-legal-hub';

export function devTokenKeyFile(): string {
  return path.join(stateDir(), 'keys', 'auth', 'dev-token-signing.key.pem');
}

/** The development token key, generated at first use. */
export function loadDevTokenKey(): KeyObject {
  return developmentKeyFile(devTokenKeyFile());
}

export interface DevTokenClaims {
  role: Role;
  org?: string;
  cases?: string[];
  person?: string;
  rights?: ExplicitRight[];
  sub?: string;
  /** Lifetime in seconds (default 8 hours). */
  ttlSeconds?: number;
  audience?: string;
}

export async function signDevToken(claims: DevTokenClaims): Promise<string> {
  return new SignJWT({
    role: claims.role,
    org: claims.org,
    cases: claims.cases?.length ? claims.cases : undefined,
    person: claims.person,
    rights: claims.rights?.length ? claims.rights : undefined,
  })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(claims.sub ?? `dev-${claims.role}${claims.org ? `-${claims.org}` : ''}`)
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(claims.audience ?? process.env.AUTH_AUDIENCE ?? DEFAULT_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (claims.ttlSeconds ?? 8 * 3600))
    .sign(loadDevTokenKey());
}

/**
 * Verifies the caller's bearer JWT (jose): issuer, audience, expiry, an algorithm allow-list, keys
 * from the identity provider's JWKS URL in production or, in development, the local key that
 * `npm run token` signs with. No token means the public role; a bad token is refused outright.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims, loadDevTokenKey, PUBLIC_IDENTITY, type Identity } from '@hub/subgraph-kit';

export interface CallerTokenConfig {
  issuer: string;
  audience: string;
  algorithms: string[];
  /** The identity provider's JWKS (production). */
  jwksUrl: string | null;
  production: boolean;
}

export type CallerCheck = { ok: true; identity: Identity } | { ok: false; reason: string };

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

export function createCallerVerifier(config: CallerTokenConfig): (authorization: string | undefined, purpose: string | undefined) => Promise<CallerCheck> {
  let keys: JWTVerifyGetKey | KeyObject;
  if (config.jwksUrl) keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  else if (config.production) throw new Error('AUTH_JWKS_URL is required in production: the identity provider\'s JWKS endpoint.');
  else keys = createPublicKey(loadDevTokenKey());

  return async (authorization, purpose) => {
    const cleanPurpose = purpose && purpose.length <= 200 ? purpose : null;
    if (authorization === undefined || authorization === '') return { ok: true, identity: { ...PUBLIC_IDENTITY, purpose: cleanPurpose } };
    const match = BEARER.exec(authorization);
    if (!match?.[1]) return { ok: false, reason: 'The Authorization header must be "Bearer <JWT>".' };
    try {
      const { payload } = await jwtVerify(match[1], keys as KeyObject, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      });
      const identity = identityFromClaims(payload);
      if (!identity) return { ok: false, reason: 'The token\'s claims are incomplete: it needs sub and a known role.' };
      return { ok: true, identity: { ...identity, purpose: cleanPurpose } };
    } catch (error) {
      const code = (error as { code?: string }).code;
      const reason =
        code === 'ERR_JWT_EXPIRED'
          ? 'The token has expired; get a new one.'
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
            ? 'The token is not for this hub (issuer, audience or claims do not match).'
            : code === 'ERR_JOSE_ALG_NOT_ALLOWED'
              ? 'The token\'s signature algorithm is not accepted.'
              : 'The token could not be verified.';
      return { ok: false, reason };
    }
  };
}

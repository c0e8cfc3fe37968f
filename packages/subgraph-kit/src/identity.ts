/**
 * Who is asking, as the gateway verified it and forwarded it to the subgraphs (DESIGN.md §7).
 *
 * The gateway verifies the caller's bearer JWT, then signs a short-lived identity token of its own
 * (EdDSA) that it sends to every subgraph in the `x-hub-identity` header. A subgraph verifies that
 * token with the gateway's public key and answers nothing but its health checks without it, so
 * calling a subgraph directly bypasses nothing.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { stateDir } from '@hub/workspace';
import { developmentKeyFile } from './keyFiles';

export const ROLES = ['police', 'procuratorate', 'court', 'justice', 'committee', 'lawyer', 'citizen', 'public'] as const;
export type Role = (typeof ROLES)[number];
export const AGENCY_ROLES = ['police', 'procuratorate', 'court', 'justice'] as const;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

/** Rights that a role does not carry by itself and must be granted explicitly in the token. */
export const EXPLICIT_RIGHTS = ['person:identity'] as const;
export type ExplicitRight = (typeof EXPLICIT_RIGHTS)[number];

export interface Identity {
  /** The caller's id at the identity provider (`anonymous` for the public). */
  subject: string;
  role: Role;
  /** Organisation code of an agency officer, e.g. 鲁0303 for a court, 370303 for a police bureau. */
  org: string | null;
  /** Cases a lawyer is admitted to. */
  cases: readonly string[];
  /** The hub person id of a citizen looking at their own record. */
  person: string | null;
  rights: readonly ExplicitRight[];
  /** Why the caller is looking (the `x-access-purpose` header), recorded in the access log. */
  purpose: string | null;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ subject: 'anonymous', role: 'public', org: null, cases: [], person: null, rights: [], purpose: null });

export const IDENTITY_HEADER = 'x-hub-identity';
const ISSUER = 'hub-gateway';
const AUDIENCE = 'hub-subgraph';
/** Long enough for one request's subgraph fetches, short enough that a leaked token is useless soon. */
const LIFETIME_SECONDS = 60;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isAgencyRole(role: Role): role is AgencyRole {
  return (AGENCY_ROLES as readonly string[]).includes(role);
}

const stringList = (value: unknown, limit: number): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.length <= 64).slice(0, limit) : [];

/** The identity in a verified set of claims; anything malformed is dropped, never trusted. */
export function identityFromClaims(claims: Record<string, unknown>): Identity | null {
  if (!isRole(claims.role) || typeof claims.sub !== 'string' || claims.sub.length === 0 || claims.sub.length > 128) return null;
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null);
  return {
    subject: claims.sub,
    role: claims.role,
    org: text(claims.org),
    cases: claims.role === 'lawyer' ? stringList(claims.cases, 1000) : [],
    person: claims.role === 'citizen' ? text(claims.person) : null,
    rights: stringList(claims.rights, 10).filter((right): right is ExplicitRight => (EXPLICIT_RIGHTS as readonly string[]).includes(right)),
    purpose: text(claims.purpose),
  };
}

export interface IdentitySigner {
  sign(identity: Identity): Promise<string>;
}

export interface IdentityVerifier {
  /** The identity in a forwarded token, or null when the token is missing, forged or expired. */
  verify(token: string | undefined): Promise<Identity | null>;
}

export function createIdentitySigner(privateKey: KeyObject): IdentitySigner {
  return {
    sign: (identity) =>
      new SignJWT({
        role: identity.role,
        org: identity.org ?? undefined,
        cases: identity.cases.length > 0 ? [...identity.cases] : undefined,
        person: identity.person ?? undefined,
        rights: identity.rights.length > 0 ? [...identity.rights] : undefined,
        purpose: identity.purpose ?? undefined,
      })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject(identity.subject)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${LIFETIME_SECONDS}s`)
        .sign(privateKey),
  };
}

export function createIdentityVerifier(publicKey: KeyObject): IdentityVerifier {
  return {
    async verify(token) {
      if (!token || token.length > 8192) return null;
      try {
        const { payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['EdDSA'], requiredClaims: ['exp', 'iat', 'sub'] });
        return identityFromClaims(payload);
      } catch {
        return null;
      }
    },
  };
}

export interface IdentityKeys {
  publicKey: KeyObject;
  /** Only the gateway gets it. */
  privateKey?: KeyObject;
}

/**
 * The gateway's identity-signing key pair. Production: HUB_IDENTITY_PUBLIC_KEY (every service) and
 * HUB_IDENTITY_PRIVATE_KEY (gateway only), PEM. Development: generated at first start into
 * `.hub/keys/identity/` by whichever service starts first; the others read it.
 */
export function loadIdentityKeys(options: { withPrivateKey: boolean; env?: NodeJS.ProcessEnv }): IdentityKeys {
  const env = options.env ?? process.env;
  const configuredPublic = env.HUB_IDENTITY_PUBLIC_KEY;
  const configuredPrivate = env.HUB_IDENTITY_PRIVATE_KEY;
  if (configuredPublic || configuredPrivate) {
    if (!configuredPublic) throw new Error('HUB_IDENTITY_PUBLIC_KEY must be set with HUB_IDENTITY_PRIVATE_KEY (PEM of the gateway\'s Ed25519 identity key).');
    if (options.withPrivateKey && !configuredPrivate) throw new Error('The gateway needs HUB_IDENTITY_PRIVATE_KEY (PKCS8 PEM of its Ed25519 identity key) to sign identities for the subgraphs.');
    return {
      publicKey: createPublicKey(configuredPublic),
      privateKey: options.withPrivateKey && configuredPrivate ? createPrivateKey(configuredPrivate) : undefined,
    };
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'HUB_IDENTITY_PUBLIC_KEY (every service) and HUB_IDENTITY_PRIVATE_KEY (gateway) are required in production: an Ed25519 key pair in PEM, e.g. `openssl genpkey -algorithm ed25519`.',
    );
  }
  const privateKey = developmentKeyFile(path.join(stateDir(), 'keys', 'identity', 'gateway-identity.key.pem'));
  return { publicKey: createPublicKey(privateKey), privateKey: options.withPrivateKey ? privateKey : undefined };
}

/**
 * The courts' published signing keys, read from the graph (the court subgraph owns them) and
 * served as a JWKS trust list. The last good list is kept, so a verifier page still gets keys
 * while the court subgraph restarts.
 */
import type { TrustedCourtJwk, TrustList } from '@hub/judgment-seal';

const REFRESH_MS = 60_000;

export const COURT_KEYS_QUERY = `query CourtSigningKeys {
  courtSigningKeys { kid publicKey algorithm court { code name } notBefore notAfter }
}`;

interface KeyRow {
  kid: string;
  publicKey: string;
  algorithm: string;
  court: { code: string; name: string };
  notBefore: string;
  notAfter: string | null;
}

export type ExecuteQuery = (query: string) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly unknown[] }>;

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export function toTrustList(rows: readonly KeyRow[]): TrustList {
  return {
    keys: rows.map((row): TrustedCourtJwk => ({
      kty: 'OKP',
      crv: 'Ed25519',
      x: row.publicKey,
      kid: row.kid,
      use: 'sig',
      alg: 'EdDSA',
      court: row.court.code,
      court_name: row.court.name,
      nbf: seconds(row.notBefore),
      ...(row.notAfter ? { exp: seconds(row.notAfter) } : {}),
    })),
  };
}

export interface CourtKeysSource {
  /** The trust list, or null when the graph has never answered. */
  get(): Promise<TrustList | null>;
}

export function courtKeysFromGraph(execute: ExecuteQuery): CourtKeysSource {
  let cached: { list: TrustList; at: number } | null = null;
  let pending: Promise<TrustList | null> | null = null;
  const refresh = async (): Promise<TrustList | null> => {
    try {
      const result = await execute(COURT_KEYS_QUERY);
      const rows = result.data?.courtSigningKeys;
      if (!result.errors?.length && Array.isArray(rows)) cached = { list: toTrustList(rows as KeyRow[]), at: Date.now() };
    } catch {
      // Keep the last good list; the caller answers 503 only when there never was one.
    }
    return cached?.list ?? null;
  };
  return {
    async get() {
      if (cached && Date.now() - cached.at < REFRESH_MS) return cached.list;
      pending ??= refresh().finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}

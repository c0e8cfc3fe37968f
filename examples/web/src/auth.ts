/**
 * The development token: pasted by the user, kept in sessionStorage (gone when the tab closes) and
 * sent as `Authorization: Bearer …` by api.ts. Its claims are decoded for display only: the app
 * never trusts them, the gateway verifies the token.
 */
const STORAGE_KEY = 'hub.token';

export function loadToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: behave as logged out
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled: the token lives only as long as the page's state
  }
}

/** The payload of a JWT (the middle part, base64url JSON), or null when the text is not a JWT. */
export function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part)) || !parts[1]) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(parts[1].length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** What the header shows about the logged-in user: role, organisation, subject, expiry. */
export interface TokenClaims {
  role: string | null;
  org: string | null;
  subject: string | null;
  /** A lawyer's admitted cases; a citizen's own person id. */
  cases: string | null;
  person: string | null;
  expiresAt: Date | null;
}

export function tokenClaims(payload: Record<string, unknown>): TokenClaims {
  const text = (...names: string[]) => {
    for (const name of names) {
      const value = payload[name];
      if (typeof value === 'string' && value) return value;
      if (Array.isArray(value) && value.length > 0) return value.map(String).join(', ');
    }
    return null;
  };
  return {
    // The claims `npm run token` (and the identity provider) put in a hub token.
    role: text('role'),
    org: text('org'),
    subject: text('sub'),
    cases: text('cases'),
    person: text('person'),
    expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null,
  };
}

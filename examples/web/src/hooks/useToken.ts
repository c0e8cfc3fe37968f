import { useCallback, useState } from 'react';
import { decodeJwtPayload, loadToken, saveToken, tokenClaims, type TokenClaims } from '../auth';

export interface TokenState {
  token: string | null;
  /** Decoded for display only; null when logged out. */
  claims: TokenClaims | null;
  /** Stores the token; returns false (and keeps the current one) when the text is not a JWT. */
  logIn(token: string): boolean;
  logOut(): void;
}

export function useToken(): TokenState {
  const [token, setToken] = useState(loadToken);
  const logIn = useCallback((text: string) => {
    const trimmed = text.trim().replace(/^Bearer\s+/i, '');
    if (!decodeJwtPayload(trimmed)) return false;
    saveToken(trimmed);
    setToken(trimmed);
    return true;
  }, []);
  const logOut = useCallback(() => {
    saveToken(null);
    setToken(null);
  }, []);
  const payload = token ? decodeJwtPayload(token) : null;
  return { token, claims: payload ? tokenClaims(payload) : null, logIn, logOut };
}

import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (see README, "Errors"). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
}

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;
const BASE64URL_SHA256 = /^[A-Za-z0-9_-]{43}$/;

/**
 * A caller's SHA-256 of a document's canonical text — hex (as `sha256sum` prints it) or base64url —
 * as base64url; anything else is the caller's error, naming `what` was hashed.
 */
export function parseSha256Argument(value: string, what: string, argument = 'documentSha256'): string {
  const text = value.trim();
  if (HEX_SHA256.test(text)) return Buffer.from(text, 'hex').toString('base64url');
  if (BASE64URL_SHA256.test(text)) {
    const bytes = Buffer.from(text, 'base64url');
    if (bytes.length === 32 && bytes.toString('base64url') === text) return text;
  }
  throw badUserInput(`${argument} must be the SHA-256 of ${what}'s canonical text: 64 hex digits or 43 base64url characters.`, { argument });
}

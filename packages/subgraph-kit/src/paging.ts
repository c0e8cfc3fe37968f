import { badUserInput } from './errors';

/** Paging rules shared by every connection field (documented in the README). */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

export function checkPageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max) {
    throw badUserInput(`"first" must be an integer from 1 to ${PAGE_SIZE.max}; got ${first}.`, { argument: 'first' });
  }
  return first;
}

/**
 * Opaque cursors: base64url of `<kind>|<part>|<part>…`. The kind ties a cursor to the connection
 * that issued it, so a cursor from another list is refused instead of silently mis-paging.
 */
export function encodeCursor(kind: string, parts: readonly string[]): string {
  return Buffer.from([kind, ...parts].join('|'), 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, partCount: number): string[] {
  const foreign = () =>
    badUserInput(`"after" is not a cursor of this list; pass the endCursor or an edge cursor this field returned.`, { argument: 'after' });
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw foreign();
  const [cursorKind, ...parts] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (cursorKind !== kind || parts.length !== partCount || parts.some((p) => p.length === 0)) throw foreign();
  return parts;
}

/**
 * Persisted operations: the manifest that `npm run codegen` writes for the front-ends' operations
 * (packages/sdk; "sha256:<hex>" → operation text). A request names its operation by hash in
 * `extensions.persistedQuery.sha256Hash` (Apollo's format) and may omit the text. In production
 * only operations in the manifest run; in development ad-hoc operations are allowed too.
 */
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';

export interface PersistedOperationsOptions {
  manifestPath: string;
  allowAdHoc: boolean;
}

type Manifest = ReadonlyMap<string, string>;

export function readManifest(file: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`Cannot read the persisted-operation manifest at ${file}; run "npm run codegen" (or set PERSISTED_OPERATIONS_PATH).`);
  }
  const entries = Object.entries(parsed as Record<string, unknown>).flatMap(([key, text]) => {
    const hash = key.replace(/^sha256:/, '');
    return /^[0-9a-f]{64}$/.test(hash) && typeof text === 'string' ? [[hash, text] as const] : [];
  });
  return new Map(entries);
}

const refuse = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

export function persistedOperations(options: PersistedOperationsOptions): { handler: RequestHandler; size: number } {
  const manifest = readManifest(options.manifestPath);
  const handler: RequestHandler = (req, res, next) => {
    const body = req.body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
    // GET could carry any query in its URL: with persisted operations only, operations come by POST.
    if (req.method === 'GET' && !options.allowAdHoc) {
      res.status(400).json(refuse('This hub accepts persisted operations by POST only.', 'PERSISTED_QUERY_NOT_ALLOWED'));
      return;
    }
    if (req.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return next();
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    const known = typeof hash === 'string' ? manifest.get(hash.toLowerCase()) : undefined;
    if (known !== undefined) {
      if (body.query !== undefined && body.query !== known) {
        res.status(400).json(refuse('The operation text does not match its persisted hash.', 'PERSISTED_QUERY_MISMATCH'));
        return;
      }
      body.query = known;
      return next();
    }
    if (options.allowAdHoc) return next();
    res
      .status(400)
      .json(
        refuse(
          'This hub accepts only persisted operations: send extensions.persistedQuery.sha256Hash of an operation in the manifest (see docs/developer-guide.md, "Add an operation").',
          'PERSISTED_QUERY_NOT_ALLOWED',
        ),
      );
  };
  return { handler, size: manifest.size };
}

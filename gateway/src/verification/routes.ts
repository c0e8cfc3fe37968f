/**
 * Public verification endpoints of the gateway:
 * - `GET /.well-known/court-keys.json`: the courts' signing keys (JWKS with each key's court and
 *   validity), for offline verifiers;
 * - `GET /verify?c=ZBJ1:…`: the page a phone opens from a judgment's QR. It checks the signature in
 *   the browser against the keys embedded in the page, then asks the graph for the current status.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import type { CourtKeysSource } from './courtKeys';

export const COURT_KEYS_PATH = '/.well-known/court-keys.json';
export const VERIFY_PATH = '/verify';

const PUBLIC_DIR = path.join(__dirname, '..', '..', 'public', 'verify');

/** Where the browser modules the page imports live in node_modules and the workspace. */
function packageDir(id: string, from?: string): string {
  return path.dirname(require.resolve(id, from ? { paths: [from] } : undefined));
}

const IMPORT_MAP = JSON.stringify({
  imports: {
    cbor2: `${VERIFY_PATH}/vendor/cbor2/index.js`,
    '@cto.af/wtf8': `${VERIFY_PATH}/vendor/wtf8/index.js`,
  },
});

/** JSON inside a <script> element: `<` escaped so no text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function verificationRoutes(keys: CourtKeysSource, graphqlPath: string): Router {
  const router = express.Router();
  const template = readFileSync(path.join(PUBLIC_DIR, 'index.html'), 'utf8');
  // Only our own scripts and the one inline import map run; the page talks only to this origin.
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${cspHash(IMPORT_MAP)}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  router.get(COURT_KEYS_PATH, async (_req, res) => {
    const list = await keys.get();
    if (!list) {
      res.status(503).json({ error: 'The court signing keys are unavailable right now; try again shortly.' });
      return;
    }
    res.set('Cache-Control', 'public, max-age=300').json(list);
  });

  router.get(VERIFY_PATH, async (_req, res) => {
    const list = (await keys.get()) ?? { keys: [] };
    const html = template
      .replace('<!--IMPORT_MAP-->', () => IMPORT_MAP)
      .replace('<!--COURT_KEYS-->', () => scriptJson(list))
      .replace('<!--GRAPHQL_PATH-->', () => scriptJson(graphqlPath));
    res
      .set('Content-Security-Policy', csp)
      .set('Referrer-Policy', 'no-referrer')
      .set('X-Content-Type-Options', 'nosniff')
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(html);
  });

  const assets = { immutable: false, maxAge: '5m', index: false, fallthrough: false } as const;
  router.use(`${VERIFY_PATH}/assets`, express.static(PUBLIC_DIR, assets));
  router.use(`${VERIFY_PATH}/lib`, express.static(path.join(packageDir('@hub/judgment-seal/package.json'), 'browser'), assets));
  router.use(`${VERIFY_PATH}/vendor/cbor2`, express.static(packageDir('cbor2'), assets));
  // cbor2's own dependency, resolved from cbor2 as the browser would need it.
  router.use(`${VERIFY_PATH}/vendor/wtf8`, express.static(packageDir('@cto.af/wtf8', packageDir('cbor2')), assets));
  return router;
}

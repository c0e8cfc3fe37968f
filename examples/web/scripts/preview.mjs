// Builds the app with Vite's JS API (`build()`) and serves the result with `preview()`, /graphql
// proxied to the hub's gateway (vite.config.mts reads HUB_GATEWAY_URL). Prints one JSON line,
// {"url": "http://127.0.0.1:<port>/"}, once it is serving; stops on SIGTERM/SIGINT or when its
// standard input closes (the process that started it is gone).
//
// The end-to-end test runs it as a child process because Vite is ESM-only, which Jest's CommonJS
// runtime cannot load. By hand, with the hub running:
//   HUB_GATEWAY_URL=http://127.0.0.1:4000 node examples/web/scripts/preview.mjs
//
// Environment: WEB_OUT_DIR (default: examples/web/dist), WEB_PORT (default 4173), HUB_GATEWAY_URL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.resolve(process.env.WEB_OUT_DIR || path.join(root, 'dist'));
const port = Number(process.env.WEB_PORT || 4173);

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
process.stdout.write(`${JSON.stringify({ url, outDir })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();

// Where things live: the content-addressed cache of the embedded database binary, under the
// runtime state directory of @hub/workspace (re-exported here for the launcher's users).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot, stateDir } from '@hub/workspace';

export { findRepoRoot, stateDir };

/** FerretDB version pinned in go/go.mod (shown in progress messages; a test keeps them in sync). */
export const FERRETDB_VERSION = '1.24.2';

const BINARY_NAME = process.platform === 'win32' ? 'hub-ferretdb.exe' : 'hub-ferretdb';

/** The Go program's folder (packages/embedded-db/go); same from src/ (ts-jest) and dist/. */
export function goSourceDir(): string {
  return path.resolve(__dirname, '..', 'go');
}

/**
 * First 16 hex digits of the SHA-256 of go.mod, go.sum and every *.go file of the Go
 * program (names and contents, in sorted order): any change of the sources or of the
 * pinned dependencies yields a new cache entry, so a stale binary is never reused.
 */
export function goSourceHash(dir: string = goSourceDir()): string {
  const files = readdirSync(dir)
    .filter((f) => f === 'go.mod' || f === 'go.sum' || f.endsWith('.go'))
    .sort();
  if (!files.includes('go.mod')) throw new Error(`no go.mod in ${dir}`);
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f}\0`);
    hash.update(readFileSync(path.join(dir, f)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** <state>/cache/ferretdb/<source hash>: the folder holding the built binary. */
export function ferretDbCacheDir(): string {
  return path.join(stateDir(), 'cache', 'ferretdb', goSourceHash());
}

/** <state>/cache/ferretdb/<source hash>/hub-ferretdb: where the binary is (or will be). */
export function ferretDbBinaryPath(): string {
  return path.join(ferretDbCacheDir(), BINARY_NAME);
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The monorepo root: the nearest ancestor of `from` (default: this file's folder) whose
 * package.json declares "workspaces".
 */
export function findRepoRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const json = JSON.parse(readFileSync(pkg, 'utf8')) as { workspaces?: unknown };
        if (json.workspaces) return dir;
      } catch {
        // unreadable package.json: keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`cannot find the repository root (a package.json with "workspaces") above ${from}; set HUB_STATE_DIR`);
    }
    dir = parent;
  }
}

/** Runtime state (database files, caches, exports, dev keys): $HUB_STATE_DIR, or <repo root>/.hub (git-ignored). */
export function stateDir(): string {
  const configured = process.env.HUB_STATE_DIR;
  return configured && configured.trim() !== '' ? path.resolve(configured) : path.join(findRepoRoot(), '.hub');
}

/** Where exports go by default: `<repo root>/.hub/exports/cases-<N>-seed-<S>`, or under HUB_STATE_DIR. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function isWorkspaceRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return 'workspaces' in manifest;
  } catch {
    return false;
  }
}

/** The monorepo root: the nearest folder above `from` whose package.json declares workspaces. */
export function findRepoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    if (isWorkspaceRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json with "workspaces" above ${from}; set HUB_STATE_DIR`);
    dir = parent;
  }
}

export function stateDir(): string {
  const configured = process.env.HUB_STATE_DIR;
  return configured && configured.trim() !== '' ? resolve(configured) : join(findRepoRoot(), '.hub');
}

export function defaultExportDir(cases: number, seed: number): string {
  return join(stateDir(), 'exports', `cases-${cases}-seed-${seed}`);
}

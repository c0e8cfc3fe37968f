/**
 * `npm run schema:check` (scripts/schema-breaking-check.mjs is a thin CLI over this): compares
 * schema/supergraph.graphql as it is now with the same file at a base commit and fails on any
 * breaking change (see ./schemaCheck).
 *
 * The base:
 *  - `SCHEMA_BASE_REF` when set (any commit-ish: a branch, a tag, a sha);
 *  - else, when `origin/main` exists and HEAD is not on it (a branch), the merge-base with it;
 *  - else (on main): HEAD^, the previous commit — or HEAD itself when the supergraph has
 *    uncommitted changes, so that a check before committing compares with the last commit.
 * When the file does not exist at the base, there is nothing to break: the check says so and passes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './apiSchema';
import { compareSchemas, formatComparison } from './schemaCheck';

export interface SchemaCheckOptions {
  /** The git work tree; the repository this package is in by default. */
  repoRoot?: string;
  /** The supergraph, relative to repoRoot. */
  schemaFile?: string;
  env?: NodeJS.ProcessEnv;
}

export interface SchemaCheckResult {
  ok: boolean;
  report: string;
}

interface Base {
  ref: string;
  label: string;
}

type Git = (...args: string[]) => string | null;

/** Git of the work tree at `cwd`, even when run from a git hook (which exports GIT_DIR, GIT_INDEX_FILE…). */
export function gitEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^GIT_(DIR|WORK_TREE|INDEX_FILE|COMMON_DIR|PREFIX)$/.test(name)));
}

function gitIn(cwd: string): Git {
  const env = gitEnvironment();
  return (...args) => {
    try {
      return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      return null;
    }
  };
}

const short = (git: Git, ref: string) => git('rev-parse', '--short', ref)?.trim() ?? ref;

function resolveBase(git: Git, env: NodeJS.ProcessEnv, schemaFile: string, current: string): Base | { error: string } | { skip: string } {
  const requested = env.SCHEMA_BASE_REF?.trim();
  if (requested) {
    const sha = git('rev-parse', '--verify', '--quiet', `${requested}^{commit}`)?.trim();
    if (!sha) return { error: `SCHEMA_BASE_REF=${requested} is not a commit of this repository (fetch it first, e.g. git fetch origin ${requested}).` };
    return { ref: sha, label: `${requested} (${short(git, sha)}, from SCHEMA_BASE_REF)` };
  }
  if (!git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}')) {
    return { skip: 'this is not a git work tree with a commit: nothing to compare with.' };
  }
  if (git('rev-parse', '--verify', '--quiet', 'origin/main^{commit}') && git('merge-base', '--is-ancestor', 'HEAD', 'origin/main') === null) {
    const mergeBase = git('merge-base', 'HEAD', 'origin/main')?.trim();
    if (mergeBase) return { ref: mergeBase, label: `the merge-base with origin/main (${short(git, mergeBase)})` };
  }
  const atHead = git('show', `HEAD:${schemaFile}`);
  if (atHead !== null && atHead !== current) return { ref: 'HEAD', label: `HEAD (${short(git, 'HEAD')}; ${schemaFile} has uncommitted changes)` };
  if (!git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}^')) {
    return { skip: 'HEAD has no parent commit (the first commit, or a shallow clone: git fetch --deepen=1) and no SCHEMA_BASE_REF is set: nothing to compare with.' };
  }
  return { ref: 'HEAD^', label: `the previous commit HEAD^ (${short(git, 'HEAD^')})` };
}

export async function runSchemaBreakingCheck(options: SchemaCheckOptions = {}): Promise<SchemaCheckResult> {
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const schemaFile = (options.schemaFile ?? 'schema/supergraph.graphql').split(path.sep).join('/');
  const env = options.env ?? process.env;
  const git = gitIn(repoRoot);

  let current: string;
  try {
    current = readFileSync(path.join(repoRoot, schemaFile), 'utf8');
  } catch {
    return { ok: false, report: `Cannot read ${schemaFile}; run "npm run compose" to create it.` };
  }
  const base = resolveBase(git, env, schemaFile, current);
  if ('error' in base) return { ok: false, report: base.error };
  if ('skip' in base) return { ok: true, report: `Schema check skipped: ${base.skip}` };

  const baseSdl = git('show', `${base.ref}:${schemaFile}`);
  if (baseSdl === null) {
    return { ok: true, report: `${schemaFile} does not exist at ${base.label}: no earlier schema, so nothing can break.` };
  }
  const comparison = await compareSchemas(baseSdl, current);
  return { ok: comparison.breaking.length === 0, report: formatComparison(comparison, base.label) };
}

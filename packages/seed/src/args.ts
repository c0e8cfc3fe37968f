/** Command-line arguments of the seed CLI, checked with messages that say what to do. */
import { MAX_CASES, MAX_SEED } from './generate';

export const USAGE = `usage: npm run seed -- --cases N --seed S [--out DIR]
       node packages/seed/dist/cli.js --cases N --seed S [--out DIR]

  --cases N   how many criminal cases to generate (1 to ${MAX_CASES})
  --seed S    seed of the generator (0 to ${MAX_SEED}); the same N and S give identical files
  --out DIR   output folder (default: <repo>/.hub/exports/cases-N-seed-S, or under $HUB_STATE_DIR)`;

export interface CliArgs {
  cases: number;
  seed: number;
  out?: string;
  help: boolean;
}

export class UsageError extends Error {}

function integer(name: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined || text === '') throw new UsageError(`--${name} needs a value, e.g. --${name} ${min === 0 ? 42 : 2000}`);
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`--${name} must be from ${min} to ${max}, got ${value}`);
  return value;
}

function splitArgs(argv: readonly string[]): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') {
      values.set('help', '');
      continue;
    }
    const match = /^--(cases|seed|out)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new UsageError(`unknown argument "${arg}"`);
    if (values.has(match[1])) throw new UsageError(`--${match[1]} given twice`);
    const next = argv[i + 1];
    if (match[2] !== undefined) values.set(match[1], match[2]);
    else if (next !== undefined && !next.startsWith('--')) values.set(match[1], argv[++i]);
    else values.set(match[1], undefined);
  }
  return values;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const values = splitArgs(argv);
  if (values.has('help')) return { cases: 0, seed: 0, help: true };
  if (!values.has('cases')) throw new UsageError('missing --cases: say how many cases to generate, e.g. --cases 2000');
  if (!values.has('seed')) throw new UsageError('missing --seed: pick any number, e.g. --seed 42');
  const out = values.get('out');
  if (values.has('out') && (out === undefined || out.trim() === '')) {
    throw new UsageError('--out needs a folder, e.g. --out /tmp/seed');
  }
  return {
    cases: integer('cases', values.get('cases'), 1, MAX_CASES),
    seed: integer('seed', values.get('seed'), 0, MAX_SEED),
    out,
    help: false,
  };
}

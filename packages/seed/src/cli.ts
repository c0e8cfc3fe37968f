#!/usr/bin/env node
/** `node packages/seed/dist/cli.js --cases N --seed S [--out DIR]` */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_FILES, type ExportManifest } from '@hub/domain';
import { USAGE, UsageError, parseArgs } from './args';
import { generateExport } from './generate';
import { defaultExportDir } from './paths';

function progressPrinter(): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    const quarter = Math.floor((done / total) * 4);
    for (; shown < quarter; shown++) process.stdout.write(` ${(shown + 1) * 25}%${shown < 3 ? ' …' : '\n'}`);
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

async function printSummary(dir: string, manifest: ExportManifest, seconds: number): Promise<void> {
  console.log(`wrote ${dir} in ${seconds.toFixed(1)} s`);
  for (const [key, count] of Object.entries(manifest.counts)) {
    const file = EXPORT_FILES[key as keyof typeof EXPORT_FILES];
    const { size } = await stat(join(dir, file));
    console.log(`  ${file.padEnd(20)} ${String(count).padStart(8)} records  ${megabytes(size).padStart(9)}`);
  }
}

function advice(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `${message}\ncannot write there: pass --out with a folder you can write to.`;
  }
  if (code === 'ENOSPC') return `${message}\nthe disk is full: free some space or pass --out on another disk.`;
  return `${message}\nfix the problem above and run the command again.`;
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = args.out ?? defaultExportDir(args.cases, args.seed);
  process.stdout.write(`generating ${args.cases} cases (seed ${args.seed}) …`);
  const started = process.hrtime.bigint();
  const manifest = await generateExport({ cases: args.cases, seed: args.seed, outDir, onProgress: progressPrinter() });
  await printSummary(outDir, manifest, Number(process.hrtime.bigint() - started) / 1e9);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`\nerror: ${advice(error)}`);
    process.exitCode = 1;
  },
);

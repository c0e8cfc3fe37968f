#!/usr/bin/env node
// node dist/cli.js build                               build (first time) and print the binary path
// node dist/cli.js start [--data-dir DIR] [--port N]   run the embedded database in the foreground
import path from 'node:path';
import { ensureFerretDbBinary } from './build';
import { stateDir } from './paths';
import { startEmbeddedDatabase } from './server';

const USAGE = `Usage:
  node packages/embedded-db/dist/cli.js build
      Build the embedded database (FerretDB) binary if needed and print its path.
  node packages/embedded-db/dist/cli.js start [--data-dir DIR] [--port N] [--log-level L]
      Run the embedded database in the foreground on 127.0.0.1 and print its URI;
      Ctrl-C (SIGINT) or SIGTERM stops it.
      --data-dir DIR   data directory (default: <state dir>/data/embedded-db)
      --port N         TCP port (default: 0 = any free port)
      --log-level L    debug, info, warn (default; also logs every failed command) or error`;

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

class UsageError extends Error {}

const progress = (msg: string) => process.stderr.write(`${msg}\n`);

function parseStartArgs(args: string[]): { dataDir: string; port: number; logLevel: LogLevel } {
  let dataDir: string | undefined;
  let port = 0;
  let logLevel: LogLevel = 'warn';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // Both `--flag value` and `--flag=value`.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value`);
      }
      return v;
    };
    switch (flag) {
      case '--data-dir':
        dataDir = value();
        break;
      case '--port': {
        const v = value();
        port = Number(v);
        if (!/^\d+$/.test(v) || port > 65535) {
          throw new UsageError(`--port must be an integer between 0 and 65535, got ${v}`);
        }
        break;
      }
      case '--log-level': {
        const v = value();
        if (!(LOG_LEVELS as readonly string[]).includes(v)) {
          throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
        }
        logLevel = v as LogLevel;
        break;
      }
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  return { dataDir: path.resolve(dataDir ?? path.join(stateDir(), 'data', 'embedded-db')), port, logLevel };
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'build': {
      if (rest.length > 0) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
      process.stdout.write(`${await ensureFerretDbBinary({ onProgress: progress })}\n`);
      return;
    }
    case 'start': {
      const { dataDir, port, logLevel } = parseStartArgs(rest);
      const db = await startEmbeddedDatabase({ dataDir, port, logLevel, onProgress: progress, onLog: progress });
      process.stderr.write(`embedded database listening (data dir ${db.dataDir}); Ctrl-C to stop\n`);
      process.stdout.write(`${db.uri}\n`);
      const code = await new Promise<number | null | 'signal'>((resolve) => {
        const onSignal = (signal: NodeJS.Signals) => {
          process.stderr.write(`${signal}: stopping the embedded database…\n`);
          resolve('signal');
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        // Ctrl-C in a terminal also reaches the server itself (same process group): it then
        // exits cleanly with code 0, possibly before our own handler runs.
        void db.exited.then(resolve);
      });
      if (code !== 'signal' && code !== 0) {
        throw new Error(`the embedded database exited unexpectedly (code ${code}; see its log above)`);
      }
      await db.stop();
      return;
    }
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new UsageError(command ? `unknown command: ${command}` : 'missing command');
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);

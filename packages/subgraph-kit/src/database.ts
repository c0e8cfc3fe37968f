import { AsyncLocalStorage } from 'node:async_hooks';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from './logger';

/** Database commands issued while serving one request, counted through the driver's command monitoring. */
export interface CommandTally {
  count: number;
}

const requestTally = new AsyncLocalStorage<CommandTally>();

/** Runs `fn` so that every command the driver starts inside it, however deep, is counted in `tally`. */
export function runWithCommandTally<T>(tally: CommandTally, fn: () => T): T {
  return requestTally.run(tally, fn);
}

export interface Database {
  connection: Connection;
  /** Data commands sent since the connection opened (exposed at /metrics; tests and benchmarks diff it). */
  commandsSent(): number;
  /** Commands that wrote or read the access log, counted apart so data costs stay comparable. */
  accessLogCommandsSent(): number;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function connectDatabase(uri: string, dbName: string, logger: Logger): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    monitorCommands: true,
    serverSelectionTimeoutMS: 15_000,
  });
  let total = 0;
  let accessLogTotal = 0;
  connection.getClient().on('commandStarted', (event) => {
    const target = (event.command as Record<string, unknown>)[event.commandName];
    if (typeof target === 'string' && target.startsWith('access_log')) {
      accessLogTotal += 1;
      return;
    }
    total += 1;
    const tally = requestTally.getStore();
    if (tally) tally.count += 1;
  });
  try {
    await connection.asPromise();
  } catch (error) {
    throw new Error(
      `Cannot reach the database "${dbName}" (${redactUri(uri)}). Start the whole hub with "npm start" (it runs the embedded database), or check the MongoDB URI. Cause: ${(error as Error).message}`,
    );
  }
  logger.info('database connected', { database: dbName, uri: redactUri(uri) });
  return {
    connection,
    commandsSent: () => total,
    accessLogCommandsSent: () => accessLogTotal,
    async ping() {
      try {
        await connection.db?.command({ ping: 1 });
        return true;
      } catch {
        return false;
      }
    },
    close: () => connection.close(),
  };
}

/** Credentials never reach logs or error messages. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}

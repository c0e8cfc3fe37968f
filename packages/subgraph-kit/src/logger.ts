/**
 * Structured JSON-lines logging. Callers pass only operational fields (ids, names, counts,
 * durations): never variables, arguments or documents, which may carry personal data.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVEL_RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, string | number | boolean | null | undefined | Record<string, number>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function createLogger(service: string, level: LogLevel = 'info', write: (line: string) => void = defaultWrite): Logger {
  const log = (at: LogLevel, msg: string, fields?: LogFields) => {
    if (LEVEL_RANK[at] < LEVEL_RANK[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, service, msg, ...fields }));
  };
  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}

function defaultWrite(line: string): void {
  process.stdout.write(line + '\n');
}

/** The error's class and code only: messages of driver errors can quote documents. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { errorName: error.name, errorCode: typeof code === 'string' || typeof code === 'number' ? code : undefined };
  }
  return { errorName: typeof error };
}

/** Apollo's own messages (start-up notes, warnings) as JSON lines of the same log. */
export function apolloLogger(logger: Logger): { debug(m: unknown): void; info(m: unknown): void; warn(m: unknown): void; error(m: unknown): void } {
  const text = (message: unknown) => (message instanceof Error ? message.name : String(message)).slice(0, 500);
  return {
    debug: (message) => logger.debug('apollo', { detail: text(message) }),
    info: (message) => logger.debug('apollo', { detail: text(message) }),
    warn: (message) => logger.warn('apollo', { detail: text(message) }),
    error: (message) => logger.error('apollo', { detail: text(message) }),
  };
}

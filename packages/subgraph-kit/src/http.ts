import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Request } from 'express';
import { describeError, type Logger } from './logger';

/** The caller's X-Request-Id when it is a plain token, else a new one (it goes into logs verbatim). */
export function requestIdOf(req: Request): string {
  const header = req.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : randomUUID();
}

/** Malformed or oversized bodies get a GraphQL-shaped JSON error, never an HTML page with a stack. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      status === 413
        ? 'Request body is too large.'
        : status === 400
          ? 'Request body must be valid JSON: {"query": "...", "variables": {...}}.'
          : 'Internal server error';
    if (status === 500) logger.error('request failed', describeError(error));
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
}

const STOP_DEADLINE_MS = 15_000;

/** Stops once on SIGTERM or SIGINT (graceful: in-flight requests finish), then exits. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    // A graceful stop that hangs (say, on a database that is already gone) must not keep the port.
    setTimeout(() => {
      logger.error('stop timed out; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('stop failed', describeError(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
  // Started by `npm start` or a test (HUB_EXIT_WITH_PARENT=1), a service reads a pipe from its
  // parent: when the parent dies, even by SIGKILL, the pipe closes and the service stops too.
  if (process.env.HUB_EXIT_WITH_PARENT === '1') {
    process.stdin.on('end', () => handle('parent exited')).resume();
  }
}

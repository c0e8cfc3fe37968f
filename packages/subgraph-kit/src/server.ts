import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type Request } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { runWithCommandTally, type CommandTally, type Database } from './database';
import { apolloLogger, describeError, type LogFields, type Logger } from './logger';
import { ErrorCode } from './errors';
import { jsonErrorHandler, requestIdOf } from './http';
import { withAccessRules, type SubjectOf } from './authorization';
import { createAccessLog, type AccessLog, type AccessRecorder } from './accessLog';
import { IDENTITY_HEADER, type Identity, type IdentityVerifier } from './identity';

/** What every resolver context carries besides the subgraph's own loaders. */
export interface BaseContext {
  requestId: string;
  /** Database commands this request has caused so far (logged with the request). */
  dbCommands: CommandTally;
  /** Who is asking, as the gateway verified and signed it. */
  identity: Identity;
  /** Notes reads of case and person data for the access log. */
  access: AccessRecorder;
  /** This service's access log, for the fields that show it. */
  accessLog: Pick<AccessLog, 'entriesFor'>;
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  database: Database;
  logger: Logger;
  /** Builds a fresh context (fresh DataLoaders) for every request. */
  createContext(base: BaseContext): TContext;
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** Checks the identity the gateway forwards; without a valid one, nothing but /health and /ready answers. */
  identityVerifier: IdentityVerifier;
  /** How the access rules find the case or person a guarded object is about (default: caseId / id). */
  subjectOf?: SubjectOf;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface RequestLocals {
  requestId: string;
  tally: CommandTally;
  identity: Identity;
}

type FlushingRecorder = AccessRecorder & { flush(operation: string | null): Promise<void> };

const requestLocals = new WeakMap<Request, RequestLocals>();

/** Builds and starts the HTTP server of one subgraph: /graphql, /health, /ready, /metrics. */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
  listen: { port: number; host: string },
): Promise<RunningServer> {
  const { logger, database } = options;
  const app = express();
  const httpServer = http.createServer(app);
  let requests = 0;

  const accessLog: AccessLog = createAccessLog(database.connection, options.name);
  const resolvers = withAccessRules(options.typeDefs, options.resolvers, options.subjectOf);
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }),
    includeStacktraceInErrorResponses: false,
    logger: apolloLogger(logger),
    formatError: (formatted, error) => hideInternalErrors(formatted, error, logger),
    // No federated traces: the gateway does not report usage anywhere, and traces cost per field.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // Each request's recorder travels in its context (Apollo may copy the context object, so no side table).
      accessLogPlugin<TContext>((context) => context.access as FlushingRecorder, logger),
      operationLogPlugin<TContext>(logger, (context) => ({ dbCommands: context.dbCommands.count, role: context.identity.role })),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const databaseUp = await database.ping();
    res.status(databaseUp ? 200 : 503).json({ status: databaseUp ? 'ready' : 'unavailable', service: options.name, database: databaseUp });
  });
  // Everything below needs the identity the gateway signed: a direct call gets nothing.
  const identities = new WeakMap<Request, Identity>();
  app.use(async (req, res, next) => {
    const identity = await options.identityVerifier.verify(req.get(IDENTITY_HEADER));
    if (!identity) {
      res.status(401).json({ errors: [{ message: 'This service answers only the hub gateway: the request carries no valid gateway identity.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    identities.set(req, identity);
    next();
  });
  app.get('/metrics', (_req, res) => {
    res.json({ service: options.name, requests, dbCommands: database.commandsSent(), accessLogCommands: database.accessLogCommandsSent() });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    (req, _res, next) => {
      requests += 1;
      const requestId = requestIdOf(req);
      const tally: CommandTally = { count: 0 };
      requestLocals.set(req, { requestId, tally, identity: identities.get(req) as Identity });
      // The tally follows the request through every async continuation of its resolvers.
      runWithCommandTally(tally, () => next());
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const locals = requestLocals.get(req);
        if (!locals) throw new Error('request without verified identity reached GraphQL');
        const access = accessLog.recorder(locals.identity, locals.requestId);
        return options.createContext({ requestId: locals.requestId, dbCommands: locals.tally, identity: locals.identity, access, accessLog });
      },
    }),
  );
  app.use(jsonErrorHandler(logger));

  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${listen.host}:${port}/graphql`;
  logger.info('subgraph listening', { url });

  return {
    url,
    port,
    async stop() {
      await apollo.stop();
      await database.close();
      logger.info('subgraph stopped');
    },
  };
}

/**
 * One log line per operation: request id, operation name, duration, error codes, and what `fields`
 * adds from the context (database commands, subgraph timings). Never variables or documents.
 */
export function operationLogPlugin<TContext extends { requestId: string }>(
  logger: Logger,
  fields: (context: TContext) => LogFields,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, errors, operationName }) {
          logger.info('operation', {
            requestId: contextValue.requestId,
            operation: operationName ?? request.operationName ?? null,
            durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
            ...fields(contextValue),
            errorCodes: errors?.map((e) => String(e.extensions?.code ?? 'UNKNOWN')).join(',') || undefined,
          });
        },
      };
    },
  };
}

/**
 * Appends what the request read (or was refused) to the access log before the answer leaves: a
 * read that cannot be recorded is not served.
 */
function accessLogPlugin<TContext extends BaseContext>(recorderOf: (context: TContext) => FlushingRecorder | undefined, logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ request, operationName, response }) {
          try {
            // The gateway names its subgraph fetches `<client operation>__<subgraph>__<n>`: log the client's name.
            const operation = (operationName ?? request.operationName ?? null)?.replace(/__[a-z]+__\d+$/, '') ?? null;
            await recorderOf(contextValue)?.flush(operation || null);
          } catch (error) {
            logger.error('access log write failed; answer withheld', describeError(error));
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: 'The access log could not be written; nothing was served.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
            }
          }
        },
      };
    },
  };
}

/** Unexpected errors reach clients as a bare INTERNAL_SERVER_ERROR; details stay in the log. */
function hideInternalErrors(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  const original = (error as { originalError?: unknown }).originalError ?? error;
  logger.error('resolver failed', { path: formatted.path?.join('.') ?? null, ...describeError(original) });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

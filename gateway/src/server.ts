import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { apolloLogger, describeError, jsonErrorHandler, operationLogPlugin, PUBLIC_IDENTITY, requestIdOf, type Identity, type Logger } from '@hub/subgraph-kit';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { TimedDataSource } from './dataSource';
import { checkReadiness } from './readiness';
import { supergraphForGateway, type SubgraphName } from './supergraph';
import { courtKeysFromGraph } from './verification/courtKeys';
import { verificationRoutes } from './verification/routes';
import { createCallerVerifier } from './security/callerTokens';
import { cors } from './security/cors';
import { identityForwarder } from './security/identityForwarding';
import { lawyerAdmissions } from './security/lawyerAdmissions';
import { operationLimitsPlugin } from './security/operationLimits';
import { persistedOperations } from './security/persistedOperations';
import { memoryStore, rateLimit, redisStore } from './security/rateLimit';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The gateway: one GraphQL endpoint over the static supergraph in schema/. It starts even when a
 * subgraph is down and serves whatever does not need that subgraph.
 */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const supergraphSdl = supergraphForGateway(readSupergraph(config.supergraphPath));
  const forwardIdentity = identityForwarder();
  const verifyCaller = createCallerVerifier({ ...config.auth, production: config.production });
  const persisted = persistedOperations(config.persistedOperations);
  const rateLimitStore = config.redisUrl ? redisStore(config.redisUrl) : memoryStore();
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) =>
      new TimedDataSource(name, config.subgraphUrls[name as SubgraphName] ?? url ?? '', forwardIdentity, config.limits.subgraphTimeoutMs),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    logger: apolloLogger(logger),
    introspection: !config.production,
    // Refuses simple (form-like) requests a browser would send cross-site without a preflight.
    csrfPrevention: true,
    formatError: (formatted, error) => hideInternalErrors(formatted, error, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationLimitsPlugin<GatewayContext>(config.limits),
      operationLogPlugin<GatewayContext>(logger, (context) => ({
        subgraphs: Object.fromEntries(Object.entries(context.subgraphTimings).map(([name, t]) => [name, t.ms])),
      })),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const readiness = await checkReadiness(config.subgraphUrls);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  // The key list comes from the graph itself, so the court subgraph stays its only source.
  const courtKeys = courtKeysFromGraph(async (query) => {
    const response = await apollo.executeOperation({ query }, { contextValue: { requestId: 'court-keys', identity: PUBLIC_IDENTITY, subgraphTimings: {} } });
    return response.body.kind === 'single' ? response.body.singleResult : { errors: ['incremental delivery'] };
  });
  app.use(verificationRoutes(courtKeys, '/graphql'));
  const withAdmissions = lawyerAdmissions(
    async (query, variables, identity) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: { requestId: 'lawyer-admissions', identity, subgraphTimings: {} } });
      return response.body.kind === 'single' ? response.body.singleResult : { errors: ['incremental delivery'] };
    },
    (error) => logger.warn('lawyer admissions unavailable; only the token\'s cases apply', describeError(error)),
  );
  const callers = new WeakMap<express.Request, Identity>();
  app.use(
    '/graphql',
    cors(config.corsOrigins),
    express.json({ limit: config.bodyLimit }),
    // Who is asking: a bad token is refused here, before anything else runs.
    async (req, res, next) => {
      const check = await verifyCaller(req.get('authorization'), req.get('x-access-purpose'));
      if (!check.ok) {
        logger.warn('token refused', { requestId: requestIdOf(req), reason: check.reason });
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ errors: [{ message: check.reason, extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      callers.set(req, await withAdmissions(check.identity));
      next();
    },
    rateLimit(
      rateLimitStore,
      config.rateLimitPerMinute,
      (req) => {
        const identity = callers.get(req);
        return identity && identity.role !== 'public' ? `sub:${identity.subject}` : `ip:${req.ip ?? 'unknown'}`;
      },
      (error) => logger.error('rate limit store unavailable; request let through', describeError(error)),
    ),
    persisted.handler,
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ requestId: requestIdOf(req), identity: callers.get(req) ?? PUBLIC_IDENTITY, subgraphTimings: {} }),
    }),
  );
  app.use(jsonErrorHandler(logger));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host}:${port}/graphql`;
  logger.info('gateway listening', { url, persistedOperations: persisted.size, adHocOperations: config.persistedOperations.allowAdHoc });
  return {
    url,
    port,
    async stop() {
      await apollo.stop();
      await rateLimitStore.close();
      logger.info('gateway stopped');
    },
  };
}

function readSupergraph(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Cannot read the supergraph at ${file}; run "npm run compose" to create it.`);
  }
}


/** Internal failures (including a subgraph that does not answer) reach clients without internals. */
function hideInternalErrors(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const serviceName = formatted.extensions?.serviceName;
  if (code && code !== 'INTERNAL_SERVER_ERROR' && code !== 'DOWNSTREAM_SERVICE_ERROR') {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code, ...pickPublic(formatted.extensions) } };
  }
  const original = (error as { originalError?: unknown }).originalError ?? error;
  logger.error('operation failed', { path: formatted.path?.join('.') ?? null, serviceName: typeof serviceName === 'string' ? serviceName : null, ...describeError(original) });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Extensions a client may see: the code's details our subgraphs add on purpose. */
function pickPublic(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  const { argument, acceptedFormats, serviceName } = extensions ?? {};
  return Object.fromEntries(Object.entries({ argument, acceptedFormats, serviceName }).filter(([, v]) => v !== undefined));
}

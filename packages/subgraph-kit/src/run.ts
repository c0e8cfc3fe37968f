import { connectDatabase, type Database } from './database';
import { ConfigError, loadSubgraphConfig, type SubgraphName } from './config';
import { createLogger, describeError, type Logger } from './logger';
import { stopOnSignals } from './http';
import { startSubgraphServer, type BaseContext, type SubgraphServerOptions } from './server';
import { createIdentityVerifier, loadIdentityKeys } from './identity';

export type SubgraphFactory<TContext extends BaseContext> = (
  database: Database,
  logger: Logger,
) => Omit<SubgraphServerOptions<TContext>, 'database' | 'logger' | 'identityVerifier'>;

/** The whole life of a subgraph process: config, database, HTTP, graceful stop on SIGTERM/SIGINT. */
export async function runSubgraph<TContext extends BaseContext>(name: SubgraphName, factory: SubgraphFactory<TContext>): Promise<void> {
  let config;
  try {
    config = loadSubgraphConfig(name);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(error instanceof ConfigError ? 78 : 1);
  }
  const logger = createLogger(`subgraph-${name}`, config.logLevel);
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', describeError(reason)));
  try {
    const database = await connectDatabase(config.mongoUri, config.dbName, logger);
    const identityVerifier = createIdentityVerifier(loadIdentityKeys({ withPrivateKey: false }).publicKey);
    const server = await startSubgraphServer({ ...factory(database, logger), database, logger, identityVerifier }, { port: config.port, host: config.host });
    stopOnSignals(logger, () => server.stop());
  } catch (error) {
    logger.error('cannot start', { ...describeError(error), reason: (error as Error).message });
    process.exit(1);
  }
}

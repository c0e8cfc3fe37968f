import { connectDatabase, type Database } from './database';
import { ConfigError, loadSubgraphConfig, type SubgraphName } from './config';
import { createLogger, describeError, type Logger } from './logger';
import { startSubgraphServer, type BaseContext, type SubgraphServerOptions } from './server';

export type SubgraphFactory<TContext extends BaseContext> = (
  database: Database,
  logger: Logger,
) => Omit<SubgraphServerOptions<TContext>, 'database' | 'logger'>;

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
    const server = await startSubgraphServer({ ...factory(database, logger), database, logger }, { port: config.port, host: config.host });
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('stopping', { signal });
      await server.stop();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    logger.error('cannot start', { ...describeError(error), reason: (error as Error).message });
    process.exit(1);
  }
}

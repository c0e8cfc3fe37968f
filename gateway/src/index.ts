import { createLogger, describeError, stopOnSignals } from '@hub/subgraph-kit';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(78);
  }
  const logger = createLogger('gateway', config.logLevel);
  try {
    const gateway = await startGateway(config, logger);
    stopOnSignals(logger, () => gateway.stop());
  } catch (error) {
    logger.error('cannot start', { ...describeError(error), reason: (error as Error).message });
    process.exit(1);
  }
}

void main();

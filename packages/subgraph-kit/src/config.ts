import { z } from 'zod';
import type { LogLevel } from './logger';

export const SUBGRAPH_NAMES = ['police', 'procuratorate', 'court', 'justice', 'cases'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The gateway's default port (`PORT`). */
export const DEFAULT_GATEWAY_PORT = 4000;

/** Default ports of `npm start`; each can be moved with PORT. */
export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  police: 4001,
  procuratorate: 4002,
  court: 4003,
  justice: 4004,
  cases: 4005,
};

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  host: string;
  mongoUri: string;
  /** Each subgraph owns one database named after it. */
  dbName: string;
  logLevel: LogLevel;
  production: boolean;
}

const port = z.coerce.number().int().min(0).max(65535);
const mongoUri = z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI');

/** The MongoDB URI of one subgraph: `<NAME>_MONGODB_URI`, else the shared `MONGODB_URI`. */
export function mongoUriVariable(name: SubgraphName, env: NodeJS.ProcessEnv): string {
  const own = `${name.toUpperCase()}_MONGODB_URI`;
  return env[own] ? own : 'MONGODB_URI';
}

/** Parses the environment once; every problem is reported together, then the process exits. */
export function loadSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const uriVariable = mongoUriVariable(name, env);
  const schema = z.object({
    PORT: port.default(DEFAULT_SUBGRAPH_PORTS[name]),
    HOST: z.string().min(1).default('127.0.0.1'),
    [uriVariable]: mongoUri,
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError(
      `The ${name} subgraph cannot start; fix its configuration:\n${problems.join('\n')}\n` +
        `Set ${name.toUpperCase()}_MONGODB_URI or MONGODB_URI to a MongoDB 7+ server, or run the whole hub with "npm start", which starts the embedded database. See .env.example.`,
    );
  }
  const values = parsed.data as Record<string, unknown>;
  return {
    name,
    port: values.PORT as number,
    host: values.HOST as string,
    mongoUri: values[uriVariable] as string,
    dbName: name,
    logLevel: values.LOG_LEVEL as LogLevel,
    production: values.NODE_ENV === 'production',
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_GATEWAY_PORT } from '@hub/subgraph-kit';
import { SUBGRAPHS, SUPERGRAPH_PATH, type SubgraphName } from './supergraph';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  subgraphUrls: Record<SubgraphName, string>;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  production: boolean;
  bodyLimit: string;
}

const url = z.string().url().regex(/^https?:\/\//, 'must be an http(s) URL');

/** `POLICE_URL`, `COURT_URL`, …: where each subgraph's /graphql endpoint is. */
export function subgraphUrlVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_URL`;
}

/** Parses the environment once; every problem is reported together. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const urlShape = Object.fromEntries(
    SUBGRAPHS.map(({ name, port }) => [subgraphUrlVariable(name), url.default(`http://127.0.0.1:${port}/graphql`)]),
  );
  const schema = z.object({
    PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_GATEWAY_PORT),
    HOST: z.string().min(1).default('127.0.0.1'),
    SUPERGRAPH_PATH: z.string().min(1).default(SUPERGRAPH_PATH),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb').default('100kb'),
    ...urlShape,
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`The gateway cannot start; fix its configuration (see .env.example):\n${problems}`);
  }
  const values = parsed.data as Record<string, unknown>;
  return {
    port: values.PORT as number,
    host: values.HOST as string,
    supergraphPath: path.resolve(values.SUPERGRAPH_PATH as string),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, values[subgraphUrlVariable(name)] as string])) as Record<SubgraphName, string>,
    logLevel: values.LOG_LEVEL as GatewayConfig['logLevel'],
    production: values.NODE_ENV === 'production',
    bodyLimit: values.BODY_LIMIT as string,
  };
}

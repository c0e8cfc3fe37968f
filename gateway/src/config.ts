import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_GATEWAY_PORT, DEFAULT_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER } from '@hub/subgraph-kit';
import { SUBGRAPHS, SUPERGRAPH_PATH, type SubgraphName } from './supergraph';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  subgraphUrls: Record<SubgraphName, string>;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  production: boolean;
  bodyLimit: string;
  auth: { issuer: string; audience: string; algorithms: string[]; jwksUrl: string | null };
  limits: { maxDepth: number; maxAliases: number; maxRootFields: number; maxCost: number; subgraphTimeoutMs: number };
  corsOrigins: string[];
  rateLimitPerMinute: number;
  redisUrl: string | null;
  persistedOperations: { manifestPath: string; allowAdHoc: boolean };
}

/** The SDK's manifest, written by `npm run codegen`. */
export const DEFAULT_MANIFEST_PATH = path.join(__dirname, '..', '..', 'packages', 'sdk', 'src', '__generated__', 'persisted-documents.json');
/** Asymmetric algorithms only: no `none`, no shared-secret HS256 a leaked config could forge with. */
const ACCEPTABLE_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'];

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
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_TOKEN_AUDIENCE),
    AUTH_ALGORITHMS: z
      .string()
      .default('EdDSA,ES256')
      .transform((value) => value.split(',').map((a) => a.trim()).filter(Boolean))
      .refine((list) => list.length > 0 && list.every((a) => ACCEPTABLE_ALGORITHMS.includes(a)), `must be a comma-separated subset of ${ACCEPTABLE_ALGORITHMS.join(', ')}`),
    AUTH_JWKS_URL: url.optional(),
    LIMIT_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    LIMIT_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
    LIMIT_ROOT_FIELDS: z.coerce.number().int().min(1).max(100).default(8),
    LIMIT_COST: z.coerce.number().int().min(10).default(20_000),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) => value.split(',').map((o) => o.trim()).filter(Boolean))
      .refine((list) => list.every((o) => /^https?:\/\/[^/]+$/.test(o)), 'must be comma-separated origins like https://app.example.gov.cn (no path)'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
    PERSISTED_OPERATIONS_PATH: z.string().min(1).default(DEFAULT_MANIFEST_PATH),
    ALLOW_AD_HOC_OPERATIONS: z.enum(['true', 'false']).optional(),
    ...urlShape,
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`The gateway cannot start; fix its configuration (see .env.example):\n${problems}`);
  }
  const values = parsed.data as Record<string, unknown>;
  const production = values.NODE_ENV === 'production';
  const missing = production
    ? [
        ['AUTH_ISSUER', 'the identity provider\'s issuer'],
        ['AUTH_JWKS_URL', 'the identity provider\'s JWKS URL'],
        ['REDIS_URL', 'the rate-limit store shared by the gateway instances'],
      ].filter(([name]) => !values[name as string])
    : [];
  if (missing.length > 0) {
    throw new Error(`The gateway cannot start in production; set (see .env.example):\n${missing.map(([name, what]) => `  - ${name}: ${what}`).join('\n')}`);
  }
  return {
    port: values.PORT as number,
    host: values.HOST as string,
    supergraphPath: path.resolve(values.SUPERGRAPH_PATH as string),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, values[subgraphUrlVariable(name)] as string])) as Record<SubgraphName, string>,
    logLevel: values.LOG_LEVEL as GatewayConfig['logLevel'],
    production,
    bodyLimit: values.BODY_LIMIT as string,
    auth: {
      issuer: (values.AUTH_ISSUER as string | undefined) ?? DEV_TOKEN_ISSUER,
      audience: values.AUTH_AUDIENCE as string,
      algorithms: values.AUTH_ALGORITHMS as string[],
      jwksUrl: (values.AUTH_JWKS_URL as string | undefined) ?? null,
    },
    limits: {
      maxDepth: values.LIMIT_DEPTH as number,
      maxAliases: values.LIMIT_ALIASES as number,
      maxRootFields: values.LIMIT_ROOT_FIELDS as number,
      maxCost: values.LIMIT_COST as number,
      subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS as number,
    },
    corsOrigins: values.CORS_ORIGINS as string[],
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE as number,
    redisUrl: (values.REDIS_URL as string | undefined) ?? null,
    persistedOperations: {
      manifestPath: path.resolve(values.PERSISTED_OPERATIONS_PATH as string),
      // Ad-hoc operations are a development convenience; production runs only the manifest.
      allowAdHoc: values.ALLOW_AD_HOC_OPERATIONS ? values.ALLOW_AD_HOC_OPERATIONS === 'true' : !production,
    },
  };
}

import { randomBytes } from 'node:crypto';
import {
  connectDatabase,
  createIdentitySigner,
  createIdentityVerifier,
  createLogger,
  IDENTITY_HEADER,
  loadIdentityKeys,
  PUBLIC_IDENTITY,
  signDevToken,
  startSubgraphServer,
  type DevTokenClaims,
  type Identity,
  type BaseContext,
  type Database,
  type RunningServer,
  type SubgraphFactory,
} from '@hub/subgraph-kit';

export interface TestSubgraph {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through jest with the @hub/testing globalSetup`);
  return value;
}

export const testMongoUri = (): string => requireEnv('HUB_TEST_MONGODB_URI');
export const testExportDir = (): string => requireEnv('HUB_TEST_EXPORT_DIR');

/** A database of its own for one test file, on the run's real embedded server. */
export async function connectTestDatabase(prefix: string): Promise<Database> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  return connectDatabase(testMongoUri(), name, createLogger(`test-${prefix}`, 'error'));
}

/** The political-legal committee reads everything: the identity tests use unless they say otherwise. */
export const COMMITTEE: Identity = { ...PUBLIC_IDENTITY, subject: 'test-committee', role: 'committee', org: 'ZB-ZFW' };

/** An identity as the gateway would forward it, signed with the run's test identity key (see globalSetup). */
export async function identityHeaders(identity: Identity): Promise<Record<string, string>> {
  const { privateKey } = loadIdentityKeys({ withPrivateKey: true });
  if (!privateKey) throw new Error('no identity private key in the test environment');
  return { [IDENTITY_HEADER]: await createIdentitySigner(privateKey).sign(identity) };
}

/** URLs of the subgraphs this process started: `graphql()` sends them the committee's identity by default. */
const testSubgraphUrls = new Set<string>();

/** Starts a subgraph in this process on a free port, serving real HTTP over a real database. */
export async function startTestSubgraph<TContext extends BaseContext>(
  database: Database,
  factory: SubgraphFactory<TContext>,
): Promise<TestSubgraph> {
  const logger = createLogger('test-subgraph', 'error');
  const identityVerifier = createIdentityVerifier(loadIdentityKeys({ withPrivateKey: false }).publicKey);
  const server: RunningServer = await startSubgraphServer({ ...factory(database, logger), database, logger, identityVerifier }, { port: 0, host: '127.0.0.1' });
  testSubgraphUrls.add(server.url);
  return {
    url: server.url,
    database,
    stop: () => {
      testSubgraphUrls.delete(server.url);
      return server.stop();
    },
  };
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL operation and returns the HTTP status with the parsed body. */
// Tests read answers of many shapes and check them with expect at run time; a loose type keeps them short.
export async function graphql<TData = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  // A test subgraph gets the committee's identity unless the test sets the header (to '' for none).
  const identity = testSubgraphUrls.has(url) && !(IDENTITY_HEADER in headers) ? await identityHeaders(COMMITTEE) : {};
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...identity, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** The Authorization header of a development token, as `npm run token` would make it. */
export async function bearer(claims: DevTokenClaims): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signDevToken(claims)}` };
}

/** The political-legal committee's token: reads every case. */
export const committeeBearer = (): Promise<Record<string, string>> => bearer({ role: 'committee', org: 'ZB-ZFW', sub: 'test-committee' });

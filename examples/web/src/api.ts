/**
 * A tiny typed GraphQL client for the hub: one function, typed by the SDK's documents.
 *
 *   const { data, errors } = await request(CaseByNumberDocument, { number: '(2019)鲁0303刑初20号' });
 *   //      ^ CaseByNumberQuery | null                              ^ variables checked against the document
 *
 * Every request carries the operation text and its hash (Apollo's automatic persisted queries), so a
 * gateway that keeps only known operations can match it against the SDK's manifest. GraphQL errors
 * are returned, not thrown, beside whatever data did arrive: a screen shows what it can and says what
 * is missing. Only a request that got no GraphQL answer at all (network down, a non-JSON reply)
 * throws, as a HubError too, so screens handle one error type.
 */
import { operationHash, operationText, type TypedDocumentNode } from '@hub/sdk';
import { loadToken } from './auth';

/** Where the app sends queries: the same origin, which forwards /graphql to the gateway. */
export const GRAPHQL_PATH = '/graphql';

/** The error codes the hub uses (see docs/developer-guide.md, "Errors clients see"), and ours. */
export type HubErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR'
  /** Ours: no GraphQL answer at all (network failure, or the reply was not JSON). */
  | 'NETWORK_ERROR'
  // Codes added later still arrive as strings; screens show them in general words.
  | (string & {});

interface GraphQLErrorJson {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; serviceName?: unknown; argument?: unknown; acceptedFormats?: unknown; [key: string]: unknown };
}

/** One error of an answer, with the details the hub gives on purpose. */
export class HubError extends Error {
  override name = 'HubError';
  readonly code: HubErrorCode;
  /** The field that failed, e.g. ['case', 'executions']. */
  readonly path: ReadonlyArray<string | number>;
  /** For SERVICE_UNAVAILABLE: which subgraph did not answer (police, procuratorate, court, justice, cases). */
  readonly serviceName: string | null;
  /** For BAD_USER_INPUT: which argument was malformed, and for numbers the formats the hub accepts. */
  readonly argument: string | null;
  readonly acceptedFormats: readonly string[];
  /** The HTTP status of the answer that carried the error (0 when there was none). */
  readonly status: number;

  constructor(init: { code: HubErrorCode; message: string; path?: ReadonlyArray<string | number>; serviceName?: string | null; argument?: string | null; acceptedFormats?: readonly string[]; status?: number }) {
    super(init.message);
    this.code = init.code;
    this.path = init.path ?? [];
    this.serviceName = init.serviceName ?? null;
    this.argument = init.argument ?? null;
    this.acceptedFormats = init.acceptedFormats ?? [];
    this.status = init.status ?? 0;
  }

  static fromJson(error: GraphQLErrorJson, status: number): HubError {
    const ext = error.extensions ?? {};
    const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    return new HubError({
      code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
      message: typeof error.message === 'string' ? error.message : 'Unknown error',
      path: Array.isArray(error.path) ? error.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number') : [],
      serviceName: typeof ext.serviceName === 'string' ? ext.serviceName : null,
      argument: typeof ext.argument === 'string' ? ext.argument : null,
      acceptedFormats: strings(ext.acceptedFormats),
      status,
    });
  }
}

/** An answer: the data that arrived (possibly partial, or null) and the errors beside it. */
export interface HubResult<TResult> {
  data: TResult | null;
  errors: HubError[];
}

/** Sends one SDK operation; the variables and the result are typed by the document. */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<HubResult<TResult>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = loadToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify({
    query: operationText(document),
    variables,
    // The hash without its "sha256:" prefix, as Apollo's automatic persisted queries expect.
    extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(document).replace(/^sha256:/, '') } },
  });

  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new HubError({ code: 'NETWORK_ERROR', message: 'The hub could not be reached.' });
  }
  let json: { data?: TResult | null; errors?: GraphQLErrorJson[] };
  try {
    json = (await response.json()) as typeof json;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new HubError({ code: 'NETWORK_ERROR', message: `The hub answered HTTP ${response.status} without a GraphQL answer.`, status: response.status });
  }
  const errors = (json.errors ?? []).map((error) => HubError.fromJson(error, response.status));
  // A gateway may answer 401/403 before GraphQL runs, with or without a GraphQL body.
  if (errors.length === 0 && (response.status === 401 || response.status === 403)) {
    errors.push(new HubError({ code: response.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: `HTTP ${response.status}`, status: response.status }));
  }
  return { data: json.data ?? null, errors };
}

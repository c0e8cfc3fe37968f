import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import { IDENTITY_HEADER } from '@hub/subgraph-kit';

/** Signs the request's identity for the subgraphs (once per request). */
export type ForwardIdentity = (context: GatewayContext) => Promise<string>;

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

const contextOf = (options: Options): Partial<GatewayContext> | undefined =>
  'context' in options ? (options.context as Partial<GatewayContext>) : undefined;

/**
 * Forwards the request id and the caller's identity (signed by the gateway) to subgraphs, gives
 * each fetch a deadline, times every subgraph fetch for the request log, and turns a subgraph that
 * does not answer into SERVICE_UNAVAILABLE (its address and the socket error stay out).
 */
export class TimedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly forwardIdentity: ForwardIdentity,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async willSendRequest(options: Options): Promise<void> {
    const context = contextOf(options);
    if (context?.requestId) options.request.http?.headers.set('x-request-id', context.requestId);
    // Every fetch carries an identity; the gateway's own health fetches carry none and get nothing.
    if (context?.identity) options.request.http?.headers.set(IDENTITY_HEADER, await this.forwardIdentity(context as GatewayContext));
  }

  override async process(options: Options): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = process.hrtime.bigint();
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw new GraphQLError(`The ${this.subgraphName} service is not available; try again later.`, {
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.subgraphName },
      });
    } finally {
      const timings = contextOf(options)?.subgraphTimings;
      if (timings) {
        const entry = (timings[this.subgraphName] ??= { fetches: 0, ms: 0 });
        entry.fetches += 1;
        entry.ms = Math.round((entry.ms + Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10;
      }
    }
  }
}

import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

const contextOf = (options: Options): Partial<GatewayContext> | undefined =>
  'context' in options ? (options.context as Partial<GatewayContext>) : undefined;

/**
 * Forwards the request id to subgraphs, times every subgraph fetch for the request log, and turns
 * a subgraph that does not answer into SERVICE_UNAVAILABLE (its address and the socket error stay out).
 */
export class TimedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
  ) {
    super({ url });
  }

  override willSendRequest(options: Options): void {
    const requestId = contextOf(options)?.requestId;
    if (requestId) options.request.http?.headers.set('x-request-id', requestId);
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

import type { Identity } from '@hub/subgraph-kit';

/** Per-request state of the gateway. */
export interface GatewayContext {
  requestId: string;
  /** Who is asking (the public when no token was sent). */
  identity: Identity;
  /** The identity signed for the subgraphs, made once per request on first use. */
  forwardedIdentity?: Promise<string>;
  /** Per subgraph: how many fetches this request made and how long they took in all. */
  subgraphTimings: Record<string, { fetches: number; ms: number }>;
}

/** Per-request state of the gateway. */
export interface GatewayContext {
  requestId: string;
  /** Per subgraph: how many fetches this request made and how long they took in all. */
  subgraphTimings: Record<string, { fetches: number; ms: number }>;
}

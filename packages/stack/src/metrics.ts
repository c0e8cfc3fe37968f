import type { RunningHub } from './hub';
import { SUBGRAPH_NAMES, type SubgraphName } from './layout';

/** Database commands each subgraph has sent so far, from its /metrics (the driver's command monitoring). */
export async function dbCommandsSent(hub: RunningHub): Promise<Record<SubgraphName, number>> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const metrics = (await (await fetch(new URL('/metrics', hub.subgraphUrls[name]))).json()) as { dbCommands: number };
      return [name, metrics.dbCommands] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, number>;
}

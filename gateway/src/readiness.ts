import type { SubgraphName } from './supergraph';

export interface Readiness {
  ready: boolean;
  subgraphs: Record<string, 'ready' | 'unavailable'>;
}

/** Ready when every subgraph's /ready answers 200 within the timeout (each checks its database). */
export async function checkReadiness(urls: Record<SubgraphName, string>, timeoutMs = 2000): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, graphqlUrl]) => {
      const readyUrl = new URL('/ready', graphqlUrl);
      try {
        const response = await fetch(readyUrl, { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ready' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return { ready: entries.every(([, state]) => state === 'ready'), subgraphs: Object.fromEntries(entries) };
}

import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@hub/sdk';
import { HubError, request } from '../api';

export interface QueryState<TResult> {
  loading: boolean;
  /** What arrived, possibly partial; null while loading the first time or when nothing arrived. */
  data: TResult | null;
  /** The answer's errors, or the one error of a request that got no answer. */
  errors: HubError[];
  reload(): void;
}

/**
 * Runs an SDK operation when the component mounts and whenever its variables change; `null`
 * variables mean "not now". A newer request cancels the one in flight, so an old answer never
 * replaces a newer one.
 */
export function useHubQuery<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables | null): QueryState<TResult> {
  const [state, setState] = useState<{ loading: boolean; data: TResult | null; errors: HubError[] }>({ loading: variables !== null, data: null, errors: [] });
  const [attempt, setAttempt] = useState(0);
  // Variables are plain JSON: their text is a stable dependency whatever object the caller builds.
  const key = variables === null ? null : JSON.stringify(variables);

  useEffect(() => {
    if (key === null) {
      setState({ loading: false, data: null, errors: [] });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    request(document, JSON.parse(key) as TVariables, { signal: controller.signal })
      .then(({ data, errors }) => setState({ loading: false, data, errors }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof HubError ? error : new HubError({ code: 'NETWORK_ERROR', message: String(error) });
        setState({ loading: false, data: null, errors: [failure] });
      });
    return () => controller.abort();
  }, [document, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

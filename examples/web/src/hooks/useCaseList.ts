import { useCallback, useEffect, useRef, useState } from 'react';
import { SearchCasesDocument, type SearchCasesQuery } from '@hub/sdk';
import { HubError, request } from '../api';

type Edge = SearchCasesQuery['cases']['edges'][number];

export interface CaseListState {
  edges: Edge[];
  totalCount: number | null;
  hasNextPage: boolean;
  loading: boolean;
  errors: HubError[];
  loadMore(): void;
  /** Asks again for the page that failed (the first, or the one after the last that arrived). */
  retry(): void;
}

const PAGE_SIZE = 20;

/** The most recently filed cases, a page at a time: "load more" asks for the page after the last cursor. */
export function useCaseList(): CaseListState {
  const [edges, setEdges] = useState<Edge[]>([]);
  const [totalCount, setTotalCount] = useState<number | null>(null);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [loading, setLoading] = useState(true);
  const [errors, setErrors] = useState<HubError[]>([]);
  const controller = useRef<AbortController | null>(null);

  const fetchPage = useCallback((after: string | null) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setLoading(true);
    request(SearchCasesDocument, { first: PAGE_SIZE, after }, { signal: current.signal })
      .then(({ data, errors: answerErrors }) => {
        setErrors(answerErrors);
        if (data) {
          setEdges((previous) => (after === null ? data.cases.edges : [...previous, ...data.cases.edges]));
          setTotalCount(data.cases.totalCount);
          setEndCursor(data.cases.pageInfo.endCursor);
          setHasNextPage(data.cases.pageInfo.hasNextPage);
        }
        setLoading(false);
      })
      .catch((error: unknown) => {
        if (current.signal.aborted) return;
        setErrors([error instanceof HubError ? error : new HubError({ code: 'NETWORK_ERROR', message: String(error) })]);
        setLoading(false);
      });
  }, []);

  useEffect(() => {
    fetchPage(null);
    return () => controller.current?.abort();
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (!loading && hasNextPage) fetchPage(endCursor);
  }, [loading, hasNextPage, endCursor, fetchPage]);

  const retry = useCallback(() => {
    if (!loading) fetchPage(endCursor);
  }, [loading, endCursor, fetchPage]);

  return { edges, totalCount, hasNextPage, loading, errors, loadMore, retry };
}

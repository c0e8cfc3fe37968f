import { useRef, useState, type FormEvent } from 'react';
import { CaseByNumberDocument } from '@hub/sdk';
import { HubError, request } from '../api';
import { useCaseList } from '../hooks/useCaseList';
import { hrefOf, navigate } from '../hooks/useHashRoute';
import { chinaDate, label, STAGES, CLOSURE_REASONS } from '../labels';
import { Bi, BiLabel } from './Bi';
import { Empty, Errors, Loading } from './Status';

type SearchState = { kind: 'idle' } | { kind: 'searching' } | { kind: 'not-found'; number: string } | { kind: 'failed'; errors: HubError[] };

/** Find a case by any number an agency gave it, or pick one of the most recently filed. */
export function SearchScreen() {
  return (
    <>
      <NumberSearch />
      <RecentCases />
    </>
  );
}

function NumberSearch() {
  const [number, setNumber] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = number.trim();
    if (!text) return;
    const attempt = ++latest.current;
    setState({ kind: 'searching' });
    try {
      const { data, errors } = await request(CaseByNumberDocument, { number: text });
      if (attempt !== latest.current) return;
      if (data?.caseByNumber) navigate({ screen: 'case', caseId: data.caseByNumber.id });
      else if (errors.length > 0) setState({ kind: 'failed', errors });
      else setState({ kind: 'not-found', number: text });
    } catch (error) {
      if (attempt !== latest.current) return;
      setState({ kind: 'failed', errors: [error instanceof HubError ? error : new HubError({ code: 'NETWORK_ERROR', message: String(error) })] });
    }
  };

  return (
    <section className="card" id="number-search">
      <h2>
        <Bi zh="按编号查找案件" en="Find a case by any number" />
      </h2>
      <form onSubmit={submit}>
        <label htmlFor="number-input">
          <Bi zh="案号（全角或半角括号）、公安案件编号、文书编号或罪犯编号" en="Court case number (either bracket style), police case number, document number or prisoner number" />
        </label>
        <div className="inline-form">
          <input
            id="number-input"
            type="search"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            placeholder="(2019)鲁0303刑初20号"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          <button type="submit" disabled={!number.trim() || state.kind === 'searching'}>
            <Bi zh="查找" en="Find" />
          </button>
        </div>
      </form>
      <div id="search-result" data-state={state.kind}>
        {state.kind === 'searching' && <Loading zh="查找中…" en="Searching…" />}
        {state.kind === 'not-found' && (
          <Empty zh="没有案件使用此编号" en="No case has that number">
            <p className="hint">
              <q>{state.number}</q>{' '}
              <Bi zh="格式正确，但数据中心没有记录。" en="is a valid number, but the hub holds no case with it." />
            </p>
          </Empty>
        )}
        {state.kind === 'failed' && <Errors errors={state.errors} />}
      </div>
    </section>
  );
}

function RecentCases() {
  const list = useCaseList();
  return (
    <section className="card" id="recent-cases">
      <h2>
        <Bi zh="最近立案" en="Recently filed cases" />
        {list.totalCount !== null && (
          <span className="count" id="case-count">
            {' '}
            {list.edges.length} / {list.totalCount}
          </span>
        )}
      </h2>
      <Errors errors={list.errors} onRetry={list.retry} />
      {list.edges.length === 0 && list.loading && <Loading />}
      {list.edges.length === 0 && !list.loading && list.errors.length === 0 && <Empty zh="暂无案件" en="No cases yet" />}
      <ul className="case-list">
        {list.edges.map(({ cursor, node }) => (
          <li key={cursor}>
            <a href={hrefOf({ screen: 'case', caseId: node.id })} className="case-row" data-case-id={node.id}>
              <span className="case-row-top">
                <b className="mono">{node.id}</b>
                <span className={`stage stage-${node.stage}`}>
                  <BiLabel value={label(STAGES, node.stage)} />
                </span>
              </span>
              <span className="case-row-bottom">
                {node.offence} · <Bi zh="立案" en="filed" /> {chinaDate(node.filedAt)}
                {node.closureReason && (
                  <>
                    {' · '}
                    <BiLabel value={label(CLOSURE_REASONS, node.closureReason)} />
                  </>
                )}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button type="button" className="secondary wide" id="load-more" onClick={list.loadMore} disabled={list.loading}>
          {list.loading ? <Bi zh="加载中…" en="Loading…" /> : <Bi zh="加载更多" en="Load more" />}
        </button>
      )}
    </section>
  );
}

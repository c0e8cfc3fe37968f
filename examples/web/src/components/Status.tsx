import type { ReactNode } from 'react';
import type { HubError } from '../api';
import { loadToken } from '../auth';
import { describeError } from '../labels';
import { Bi } from './Bi';

export function Loading({ zh = '加载中…', en = 'Loading…' }: { zh?: string; en?: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      <Bi zh={zh} en={en} />
    </p>
  );
}

export function Empty({ zh, en, children }: { zh: string; en: string; children?: ReactNode }) {
  return (
    <div className="state empty" role="status">
      <p>
        <Bi zh={zh} en={en} />
      </p>
      {children}
    </div>
  );
}

/** The answer's errors in plain words, one line per distinct problem; `null` when there are none. */
export function Errors({ errors, onRetry }: { errors: readonly HubError[]; onRetry?: () => void }) {
  if (errors.length === 0) return null;
  const loggedIn = loadToken() !== null;
  const seen = new Set<string>();
  const distinct = errors.filter((error) => {
    const key = `${error.code}/${error.serviceName ?? ''}/${error.code === 'BAD_USER_INPUT' || error.code === 'FORBIDDEN' ? error.message : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const retryable = distinct.some((error) => error.code === 'SERVICE_UNAVAILABLE' || error.code === 'NETWORK_ERROR' || error.code === 'INTERNAL_SERVER_ERROR');
  return (
    <div className="errors" role="alert">
      {distinct.map((error, index) => {
        const { zh, en, detail } = describeError(error, loggedIn);
        return (
          <div className={`error error-${error.code === 'SERVICE_UNAVAILABLE' ? 'partial' : 'failed'}`} data-code={error.code} data-service={error.serviceName ?? undefined} key={index}>
            <p className="error-title">
              <Bi zh={zh} en={en} />
            </p>
            {detail && <p className="error-detail">{detail}</p>}
            {error.acceptedFormats.length > 0 && (
              <>
                <p className="error-formats-title">
                  <Bi zh="可用的编号格式" en="Accepted formats" />
                </p>
                <ul className="accepted-formats">
                  {error.acceptedFormats.map((format) => (
                    <li key={format}>{format}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        );
      })}
      {onRetry && retryable && (
        <button type="button" className="secondary" onClick={onRetry}>
          <Bi zh="重试" en="Retry" />
        </button>
      )}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import type { TokenState } from '../hooks/useToken';
import { chinaTime, label, ROLES } from '../labels';
import { Bi } from './Bi';

/**
 * Log in by pasting a development token (`npm run token -- --role <role> [--org <code>]`). Without
 * one the app still works, anonymously: the hub then shows only what is public (judgment
 * verification), and says so for the rest. The claims shown are decoded, not verified: the
 * gateway verifies the token on every request.
 */
export function LoginPanel({ auth }: { auth: TokenState }) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);

  if (auth.token) {
    const claims = auth.claims;
    return (
      <section className="login logged-in" id="login" aria-label="login">
        <p>
          <Bi zh="已登录" en="Logged in" />
          {': '}
          <span className="claim" id="token-role" data-role={claims?.role ?? ''}>
            <Bi zh="角色" en="role" /> <b>{claims?.role ? label(ROLES, claims.role)[0] : '—'}</b> <span lang="en">{claims?.role ?? ''}</span>
          </span>{' '}
          <span className="claim" id="token-org">
            <Bi zh="机构" en="org" /> <b>{claims?.org ?? '—'}</b>
          </span>
          {claims?.cases && (
            <span className="claim">
              {' '}
              <Bi zh="案件" en="cases" /> <span className="mono">{claims.cases}</span>
            </span>
          )}
          {claims?.person && (
            <span className="claim">
              {' '}
              <Bi zh="本人" en="person" /> <span className="mono">{claims.person}</span>
            </span>
          )}
          {claims?.expiresAt && (
            <span className="claim">
              {' '}
              {claims.expiresAt.getTime() < Date.now() ? <Bi zh="已过期" en="expired" /> : <Bi zh="有效至" en="until" />} {chinaTime(claims.expiresAt.toISOString())}
            </span>
          )}
        </p>
        <button type="button" className="secondary" id="logout" onClick={auth.logOut}>
          <Bi zh="退出登录" en="Log out" />
        </button>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = auth.logIn(text);
    setInvalid(!ok);
    if (ok) setText('');
  };
  return (
    <details className="login" id="login">
      <summary>
        <Bi zh="未登录 · 使用开发令牌登录" en="Not logged in · log in with a development token" />
      </summary>
      <form onSubmit={submit}>
        <label htmlFor="token-input">
          <Bi zh="粘贴令牌" en="Paste a token" /> (<code>npm run token -- --role &lt;role&gt; [--org &lt;code&gt;]</code>)
        </label>
        <textarea id="token-input" rows={3} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" spellCheck={false} placeholder="eyJ…" />
        {invalid && (
          <p className="field-error" role="alert">
            <Bi zh="这不是 JWT 令牌" en="This is not a JWT (three base64url parts separated by dots)" />
          </p>
        )}
        <button type="submit" disabled={!text.trim()}>
          <Bi zh="登录" en="Log in" />
        </button>
        <p className="hint">
          <Bi zh="令牌仅保存在本标签页中。未登录时按匿名访问，只能使用公开功能（如文书核验）。" en="The token is kept in this tab only. Without one, requests are anonymous and only public features (such as judgment verification) work." />
        </p>
      </form>
    </details>
  );
}

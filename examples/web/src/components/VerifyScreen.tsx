import { useState, type FormEvent } from 'react';
import { VerifyJudgmentDocument, type PublicJudgmentFieldsFragment, type VerifyJudgmentQueryVariables } from '@hub/sdk';
import { useHubQuery } from '../hooks/useHubQuery';
import { hrefOf } from '../hooks/useHashRoute';
import { chinaTime, JUDGMENT_KINDS, label, VERIFICATION } from '../labels';
import { Bi, BiLabel } from './Bi';
import { Facts } from './Facts';
import { Errors, Loading } from './Status';

/** The code inside a verification URL (`…/verify?c=ZBJ1:…`), for an in-app link; else the text itself. */
function codeOf(urlOrCode: string): string {
  try {
    return new URL(urlOrCode).searchParams.get('c') ?? urlOrCode;
  } catch {
    return urlOrCode;
  }
}

function publicFacts(doc: PublicJudgmentFieldsFragment) {
  return [
    ['法院', 'Court', doc.court.name],
    ['案号', 'Case number', <span className="mono">{doc.caseNumber}</span>],
    ['文书编号', 'Document number', <span className="mono">{doc.documentNumber}</span>],
    ['文书', 'Document', <BiLabel value={label(JUDGMENT_KINDS, doc.kind)} />],
    ['签发日期', 'Issued on', doc.issuedOn],
    ['当事人', 'Parties', doc.maskedParties.join('、')],
  ] as const;
}

/**
 * Verification without a camera: paste the code (or the whole scanned URL) and, to check the text
 * you hold as well, its SHA-256. The hub checks the signature and the court registry's status.
 */
export function VerifyScreen({ initialCode, initialSha256 }: { initialCode: string; initialSha256: string }) {
  const [code, setCode] = useState(initialCode);
  const [sha256, setSha256] = useState(initialSha256);
  const [submitted, setSubmitted] = useState<VerifyJudgmentQueryVariables | null>(
    initialCode ? { code: initialCode, documentSha256: initialSha256 || null } : null,
  );
  const result = useHubQuery(VerifyJudgmentDocument, submitted);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return;
    const next = { code: code.trim(), documentSha256: sha256.trim() || null };
    // The same question again (e.g. after a network failure) asks again.
    if (submitted && submitted.code === next.code && submitted.documentSha256 === next.documentSha256) result.reload();
    else setSubmitted(next);
  };

  const answer = result.data?.verifyJudgment ?? null;
  const verdict = answer ? (VERIFICATION[answer.status] ?? [answer.status, answer.status, '', '']) : null;

  return (
    <>
      <section className="card" id="verify-card">
        <h2>
          <Bi zh="裁判文书核验" en="Judgment verification" />
        </h2>
        <form id="verify-form" onSubmit={submit}>
          <label htmlFor="code-input">
            <Bi zh="输入或粘贴文书二维码内容或核验地址" en="Enter or paste the code from the QR, or its verification URL" />
          </label>
          <textarea id="code-input" rows={3} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} placeholder="ZBJ1:… / https://…/verify?c=ZBJ1:…" />
          <label htmlFor="sha-input">
            <Bi zh="文书文本的 SHA-256（可选）" en="SHA-256 of the document text (optional)" />
          </label>
          <input id="sha-input" type="text" value={sha256} onChange={(e) => setSha256(e.target.value)} autoComplete="off" spellCheck={false} placeholder="64 hex / 43 base64url" />
          <button type="submit" disabled={!code.trim() || result.loading}>
            <Bi zh="核验" en="Verify" />
          </button>
        </form>
      </section>

      {result.loading && <Loading zh="核验中…" en="Verifying…" />}
      <Errors errors={result.errors} onRetry={result.reload} />
      {answer && verdict && !result.loading && (
        <section className="card" id="verify-result" data-status={answer.status} aria-live="polite">
          <p className="verdict">
            <span id="verdict-zh">{verdict[0]}</span> <span id="verdict-en" lang="en">{verdict[1]}</span>
          </p>
          {verdict[2] && (
            <p className="explanation">
              <Bi zh={verdict[2]} en={verdict[3]} />
            </p>
          )}
          {answer.judgment && <Facts id="verify-facts" rows={publicFacts(answer.judgment)} />}
          {answer.supersededBy && (
            <p className="notice" id="verify-replacement">
              <Bi zh="补正裁定" en="Correction ruling" />:{' '}
              <a href={hrefOf({ screen: 'verify', code: codeOf(answer.supersededBy.verificationUrl), sha256: '' })} className="mono">
                {answer.supersededBy.documentNumber}
              </a>
            </p>
          )}
          {answer.revokedAt && (
            <p className="notice" id="verify-revocation">
              <Bi zh="撤销于" en="Set aside on" /> {chinaTime(answer.revokedAt)}
              {answer.revocationReason && ` · ${answer.revocationReason}`}
              {answer.revokedBy && (
                <>
                  {' · '}
                  <a href={hrefOf({ screen: 'verify', code: codeOf(answer.revokedBy.verificationUrl), sha256: '' })} className="mono">
                    {answer.revokedBy.documentNumber}
                  </a>
                </>
              )}
            </p>
          )}
          <ul className="checks">
            <li data-state={answer.signatureValid ? 'ok' : 'bad'}>
              <Bi zh="签名" en="Signature" />: {answer.signatureValid ? <Bi zh="有效" en="valid" /> : <Bi zh="无效" en="not valid" />}
              {answer.keyId && <span className="mono small"> ({answer.keyId})</span>}
            </li>
            <li className="hint">{answer.reason}</li>
          </ul>
        </section>
      )}
    </>
  );
}

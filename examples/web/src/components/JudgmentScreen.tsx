import { CaseJudgmentsDocument, JudgmentByIdDocument } from '@hub/sdk';
import { useHubQuery } from '../hooks/useHubQuery';
import { hrefOf } from '../hooks/useHashRoute';
import { chinaTime, JUDGMENT_KINDS, JUDGMENT_STATUSES, label, PARTY_ROLES } from '../labels';
import { Bi, BiLabel } from './Bi';
import { Facts } from './Facts';
import { Empty, Errors, Loading } from './Status';

/**
 * The graph's QR SVG as an image: an <img> never runs what the markup contains, unlike innerHTML.
 * Base64 of the UTF-8 bytes, since btoa() takes only Latin-1.
 */
export function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** One decision document: what it is, whether it still stands, and its QR code for verification. */
export function JudgmentScreen({ caseId, judgmentId }: { caseId: string; judgmentId: string }) {
  // The QR images come with the case's documents; the full text and the court with the document.
  const ofCase = useHubQuery(CaseJudgmentsDocument, { id: caseId });
  const byId = useHubQuery(JudgmentByIdDocument, { id: judgmentId });
  const loading = ofCase.loading || byId.loading;
  const errors = [...ofCase.errors, ...byId.errors];

  const courtCase = ofCase.data?.case?.courtCases?.find((c) => c.judgments.some((j) => j.id === judgmentId)) ?? null;
  const listed = courtCase?.judgments.find((j) => j.id === judgmentId) ?? null;
  const full = byId.data?.judgment ?? null;
  const doc = listed ?? full;
  const back = (
    <p>
      <a href={hrefOf({ screen: 'case', caseId })}>
        ← <Bi zh="返回案件" en="Back to the case" /> <span className="mono">{caseId}</span>
      </a>
    </p>
  );

  if (!doc && loading) return <Loading />;
  const retry = () => {
    ofCase.reload();
    byId.reload();
  };
  if (!doc)
    return (
      <section className="card">
        <Errors errors={errors} onRetry={retry} />
        {errors.length === 0 && <Empty zh="没有此裁判文书" en={`No decision document has the id ${judgmentId}`} />}
        {back}
      </section>
    );

  const qr = listed?.qr ?? null;
  const verificationUrl = listed?.qr.url ?? full?.qr.url ?? null;
  const code = listed?.qr.text ?? full?.qr.text ?? null;
  const linkTo = (target: { id: string; documentNumber: string }) => (
    <a href={hrefOf({ screen: 'judgment', caseId, judgmentId: target.id })} className="mono">
      {target.documentNumber}
    </a>
  );

  return (
    <div id="judgment-view" data-judgment-id={doc.id}>
      {back}
      <Errors errors={errors} />
      <section className="card" id="judgment-card">
        <h2>
          <BiLabel value={label(JUDGMENT_KINDS, doc.kind)} />
        </h2>
        <p className="doc-number mono" id="judgment-number">
          {doc.documentNumber}
        </p>
        <p className="badge big" id="judgment-status" data-status={doc.status}>
          <BiLabel value={label(JUDGMENT_STATUSES, doc.status)} />
        </p>
        {doc.supersededBy && (
          <p className="notice" id="superseded-by">
            <Bi zh="已被补正裁定取代，请以新文书为准" en="Superseded by a correction ruling; rely on" />: {linkTo(doc.supersededBy)}
          </p>
        )}
        {doc.revocation && (
          <p className="notice" id="revoked-by">
            <Bi zh="已被撤销" en="Set aside" /> {chinaTime(doc.revocation.revokedAt)} · {doc.revocation.reason} · <Bi zh="撤销文书" en="by" /> {linkTo(doc.revocation.by)}
          </p>
        )}
        <Facts
          id="judgment-facts"
          rows={[
            ['案号', 'Case number', <span className="mono">{doc.caseNumber}</span>],
            ['法院', 'Court', full?.court.name ?? courtCase?.court.name],
            ['签发日期', 'Issued on', doc.issuedOn],
            ['宣判时间', 'Pronounced', chinaTime(doc.issuedAt)],
            ['当事人', 'Parties', doc.parties.map((p) => `${label(PARTY_ROLES, p.role)[0]} ${p.maskedName}`).join('、')],
            ['公诉机关', 'Prosecutor', full?.prosecutor],
            ['文本 SHA-256', 'Text SHA-256', <span className="mono small">{doc.textSha256}</span>],
            ['签名密钥', 'Signing key', <span className="mono">{doc.signingKeyId}</span>],
          ]}
        />
      </section>

      <section className="card" id="qr-card">
        <h3>
          <Bi zh="文书二维码" en="QR code for verification" />
        </h3>
        {qr ? (
          <figure className="qr">
            <img id="qr-image" src={svgDataUrl(qr.svg)} alt={`二维码 QR code: ${qr.url}`} width={qr.modules + 8} height={qr.modules + 8} />
            <figcaption className="hint">
              <Bi zh="扫码即可在手机上核验" en="Scan it with a phone to verify" /> · QR v{qr.version}, {qr.modules}×{qr.modules} ·{' '}
              <a href={`data:image/png;base64,${qr.pngBase64}`} download={`${doc.id}.png`}>
                PNG
              </a>
            </figcaption>
          </figure>
        ) : (
          <p className="hint unavailable">
            <Bi zh="二维码图像暂时无法显示" en="The QR image cannot be shown right now" />
          </p>
        )}
        {verificationUrl && (
          <p>
            <Bi zh="核验地址" en="Verification URL" />
            {': '}
            <a id="verification-url" className="mono small" href={verificationUrl} target="_blank" rel="noreferrer">
              {verificationUrl}
            </a>
          </p>
        )}
        {code && (
          <p className="actions">
            <a className="button" id="verify-here" href={hrefOf({ screen: 'verify', code, sha256: '' })}>
              <Bi zh="在本应用核验" en="Verify in this app" />
            </a>
            <a className="button secondary" id="verify-with-hash" href={hrefOf({ screen: 'verify', code, sha256: doc.textSha256 })}>
              <Bi zh="连同文本哈希核验" en="Verify with the text hash" />
            </a>
          </p>
        )}
      </section>

      {full && (
        <section className="card">
          <details>
            <summary>
              <Bi zh="文书全文" en="Full text" />
            </summary>
            <pre className="judgment-text">{full.text}</pre>
          </details>
        </section>
      )}
    </div>
  );
}

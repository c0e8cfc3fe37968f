// The verification page. Step 1 checks the code's signature here, in the browser, against the
// court keys embedded in the page (no network needed). Step 2 asks the graph whether the document
// still stands. What the page shows never comes from the code before the signature checked out.
import { verifyJudgmentCode } from '/verify/lib/verifyJudgmentCode.mjs';

const keys = JSON.parse(document.getElementById('court-keys').textContent);
const graphqlPath = JSON.parse(document.getElementById('graphql-path').textContent);

const VERDICTS = {
  VALID: ['真实有效', 'Genuine and in force', '该文书由签发法院签名，且现行有效。', 'Signed by the issuing court and still in force.'],
  SUPERSEDED: ['已被补正裁定取代', 'Superseded by a correction ruling', '文书真实，但已被补正裁定取代，请以新文书为准。', 'Genuine, but a correction ruling replaced it; rely on the new document.'],
  REVOKED: ['已被撤销', 'Set aside', '文书真实，但已被上级法院撤销。', 'Genuine, but a higher court set it aside.'],
  HASH_MISMATCH: ['内容不符', 'Text does not match', '您持有的文书内容与签名的内容不一致。', 'The text you hold is not the text that was signed.'],
  INVALID_SIGNATURE: ['签名无效', 'Invalid signature', '签名与法院公钥不符，文书可能被伪造或篡改。', 'The signature does not match the court key: possibly forged or altered.'],
  UNKNOWN_KEY: ['未知签名密钥', 'Unknown signing key', '签名密钥不在法院公布的公钥列表中。', 'Signed with a key that is not in the courts\u2019 published list.'],
  KEY_NOT_VALID_AT_ISSUE: ['签名密钥无效', 'Key not valid at issue', '签名密钥在文书签发日不在有效期内。', 'The signing key was not valid on the issue date.'],
  MALFORMED: ['无法识别', 'Not a judgment code', '这不是有效的裁判文书二维码，或二维码不完整。', 'This is not a judgment code, or the code is incomplete.'],
  UNKNOWN_DOCUMENT: ['登记中无此文书', 'Not in the registry', '签名有效，但法院登记中没有此文书。', 'The signature is genuine, but the court registry has no such document.'],
  OFFLINE_ONLY: ['签名有效', 'Signature genuine', '签名已在本机核验；暂时无法查询当前状态（是否被补正或撤销）。', 'The signature checked out on this device; the current status could not be fetched.'],
};
const CERTIFICATE_VERDICTS = {
  VALID: VERDICTS.VALID,
  UNKNOWN_CERTIFICATE: ['登记中无此告知函', 'Not in the registry', '签名有效，但检察院登记中没有此告知函。', 'The signature is genuine, but the procuratorate\u2019s registry has no such certificate.'],
};
const RESULTS = { NO_RECORD: ['未发现行贿犯罪记录', 'No bribery conviction on record'], RECORD_FOUND: ['有行贿犯罪记录', 'Bribery conviction(s) on record'] };

const KINDS = { JUDGMENT: ['刑事判决书', 'Judgment'], RULING: ['刑事裁定书', 'Ruling'], CORRECTION_RULING: ['补正裁定书', 'Correction ruling'] };

const QUERY = `query VerifyJudgment($code: String!) {
  verifyJudgment(code: $code) {
    status reason
    judgment { id documentNumber kind caseNumber court { name } issuedOn maskedParties }
    supersededBy { documentNumber verificationUrl }
    revokedAt revocationReason revokedBy { documentNumber verificationUrl }
  }
}`;

const CERTIFICATE_QUERY = `query VerifyCertificate($code: String!) {
  verifyBriberyRecordCertificate(code: $code) { status reason certificateNumber procuratorateName issuedOn result }
}`;

const $ = (id) => document.getElementById(id);

function text(element, zh, en) {
  element.textContent = '';
  element.append(zh, ' ');
  const span = document.createElement('span');
  span.lang = 'en';
  span.textContent = en;
  element.append(span);
}

function showVerdict(status, table = VERDICTS) {
  const [zh, en, explainZh, explainEn] = table[status] ?? VERDICTS[status] ?? VERDICTS.MALFORMED;
  const result = $('result');
  result.hidden = false;
  result.dataset.status = status;
  $('verdict-zh').textContent = zh;
  $('verdict-en').textContent = en;
  text($('explanation'), explainZh, explainEn);
}

function showFacts(facts) {
  const list = $('facts');
  list.textContent = '';
  for (const [zh, en, value] of facts) {
    if (value === undefined || value === null || value === '') continue;
    const dt = document.createElement('dt');
    text(dt, zh, en);
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
}

function check(id, state, zh, en) {
  const item = $(id);
  item.dataset.state = state;
  text(item.querySelector('b'), zh, en);
}

function kindLabel(kind) {
  const [zh, en] = KINDS[kind] ?? [kind, kind];
  return `${zh} (${en})`;
}

function offlineFacts(payload) {
  const key = keys.keys.find((k) => k.kid === payload.kid);
  return [
    ['法院', 'Court', key?.court_name ?? payload.court],
    ['案号', 'Case number', payload.no],
    ['文书', 'Document', kindLabel(payload.kind)],
    ['签发日期', 'Issued on', payload.issued],
  ];
}

async function ask(query, code, field) {
  const response = await fetch(graphqlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables: { code } }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = await response.json();
  const answer = body?.data?.[field];
  if (!answer) throw new Error('no answer');
  return answer;
}

const askRegistry = (code) => ask(QUERY, code, 'verifyJudgment');

/** The code inside a scanned URL or as typed, to tell a judgment's code from a certificate's. */
function codeText(input) {
  try {
    return new URL(input).searchParams.get('c') ?? input;
  } catch {
    return input.trim();
  }
}

/**
 * A bribery-record certificate (结果告知函, `ZBC1:`), signed by a procuratorate: the procuratorate's
 * service checks its signature and registry; the page shows what the signed code states.
 */
async function verifyCertificate(code) {
  check('offline-check', 'unavailable', '告知函由检察院服务核验', 'certificates are checked by the procuratorate\u2019s service');
  let online;
  try {
    online = await ask(CERTIFICATE_QUERY, code, 'verifyBriberyRecordCertificate');
  } catch {
    check('online-check', 'unavailable', '暂时无法查询', 'unavailable right now');
    showVerdict('OFFLINE_ONLY');
    $('verdict-zh').textContent = '暂时无法核验';
    $('verdict-en').textContent = 'Cannot check right now';
    return;
  }
  showVerdict(online.status, CERTIFICATE_VERDICTS);
  check('online-check', online.status === 'VALID' ? 'ok' : 'bad', online.status === 'VALID' ? '有效' : VERDICTS[online.status]?.[0] ?? online.status, online.status);
  const result = RESULTS[online.result];
  showFacts([
    ['文书', 'Document', '行贿犯罪档案查询结果告知函 (Bribery-record certificate)'],
    ['编号', 'Number', online.certificateNumber],
    ['出具机关', 'Issued by', online.procuratorateName],
    ['出具日期', 'Issued on', online.issuedOn],
    ['查询结果', 'Result', result ? `${result[0]} (${result[1]})` : null],
  ]);
}

function showReplacement(label, doc) {
  const element = $('replacement');
  if (!doc) {
    element.hidden = true;
    return;
  }
  element.hidden = false;
  element.textContent = '';
  const link = document.createElement('a');
  link.href = doc.verificationUrl;
  link.textContent = doc.documentNumber;
  element.append(`${label[0]} `, Object.assign(document.createElement('span'), { lang: 'en', textContent: label[1] }), ': ', link);
}

async function verify(code) {
  $('result').hidden = true;
  showReplacement(null, null);
  check('offline-check', 'pending', '核验中', 'checking');
  check('online-check', 'pending', '查询中', 'asking');
  if (codeText(code).startsWith('ZBC1:')) return verifyCertificate(code);

  const offline = await verifyJudgmentCode(code, keys);
  if (offline.status !== 'VALID') {
    // The signature failed: nothing in the code is shown, and the registry cannot make it genuine.
    showVerdict(offline.status);
    showFacts([]);
    check('offline-check', 'bad', '未通过', 'failed');
    check('online-check', 'pending', '未查询', 'not asked');
    return;
  }
  check('offline-check', 'ok', '通过', 'passed');
  showVerdict('OFFLINE_ONLY');
  showFacts(offlineFacts(offline.payload));

  let online;
  try {
    online = await askRegistry(code);
  } catch {
    check('online-check', 'unavailable', '暂时无法查询', 'unavailable right now');
    return;
  }
  showVerdict(online.status);
  check('online-check', online.status === 'VALID' ? 'ok' : 'bad', online.status === 'VALID' ? '现行有效' : VERDICTS[online.status]?.[0] ?? online.status, online.status);
  const doc = online.judgment;
  if (doc) {
    showFacts([
      ['法院', 'Court', doc.court.name],
      ['案号', 'Case number', doc.caseNumber],
      ['文书编号', 'Document number', doc.documentNumber],
      ['文书', 'Document', kindLabel(doc.kind)],
      ['签发日期', 'Issued on', doc.issuedOn],
      ['当事人', 'Parties', doc.maskedParties.join('、')],
      ['撤销原因', 'Set aside because', online.revocationReason],
    ]);
  }
  if (online.status === 'SUPERSEDED') showReplacement(['取代它的文书', 'Replaced by'], online.supersededBy);
  if (online.status === 'REVOKED') showReplacement(['撤销它的文书', 'Set aside by'], online.revokedBy);
}

$('verify-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const code = $('code-input').value.trim();
  if (code) void verify(code);
});

const fromUrl = new URLSearchParams(location.search).get('c');
if (fromUrl) {
  $('code-input').value = fromUrl;
  void verify(fromUrl);
}
document.body.dataset.ready = 'true';

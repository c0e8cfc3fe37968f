/**
 * Chinese labels with English beside them for the hub's enums and error codes, and dates shown in
 * China time. Enums may gain values (schema rule 4): an unknown value is shown as it is.
 */
import type { HubError } from './api';

export type Label = readonly [zh: string, en: string];

export function label(table: Readonly<Record<string, Label>>, value: string | null | undefined): Label {
  if (value === null || value === undefined) return ['—', '—'];
  return table[value] ?? [value, value];
}

export const AGENCIES: Readonly<Record<string, Label>> = {
  POLICE: ['公安机关', 'Police'],
  PROCURATORATE: ['人民检察院', 'Procuratorate'],
  COURT: ['人民法院', 'Court'],
  JUSTICE: ['司法行政机关', 'Justice administration'],
};

/** The roles of hub tokens (`npm run token -- --role …`). */
export const ROLES: Readonly<Record<string, Label>> = {
  police: ['公安', 'police'],
  procuratorate: ['检察', 'procuratorate'],
  court: ['法院', 'court'],
  justice: ['司法行政', 'justice'],
  committee: ['政法委', 'committee'],
  lawyer: ['律师', 'lawyer'],
  citizen: ['公民', 'citizen'],
  public: ['公众', 'public'],
};

/** Subgraph names, as SERVICE_UNAVAILABLE errors give them, to the agency whose system it is. */
export const SERVICES: Readonly<Record<string, Label>> = {
  police: ['公安机关', 'police'],
  procuratorate: ['人民检察院', 'procuratorate'],
  court: ['人民法院', 'court'],
  justice: ['司法行政机关', 'justice administration'],
  cases: ['案件索引', 'case index'],
};

export const STAGES: Readonly<Record<string, Label>> = {
  INVESTIGATION: ['侦查', 'Investigation'],
  PROSECUTION_REVIEW: ['审查起诉', 'Prosecution review'],
  TRIAL: ['审判', 'Trial'],
  APPEAL: ['二审', 'Appeal'],
  EXECUTION: ['执行', 'Execution'],
  CLOSED: ['结案', 'Closed'],
};

export const CLOSURE_REASONS: Readonly<Record<string, Label>> = {
  WITHDRAWN: ['撤销案件', 'Withdrawn by the police'],
  NOT_PROSECUTED: ['不起诉', 'Not prosecuted'],
  ACQUITTED: ['无罪', 'Acquitted'],
  EXEMPTED: ['免予刑事处罚或单处罚金', 'Exempted or fine only'],
  SENTENCE_COMPLETED: ['刑罚执行完毕', 'Sentence completed'],
};

export const PARTY_ROLES: Readonly<Record<string, Label>> = {
  SUSPECT: ['犯罪嫌疑人', 'Suspect'],
  DEFENDANT: ['被告人', 'Defendant'],
  VICTIM: ['被害人', 'Victim'],
  WITNESS: ['证人', 'Witness'],
  APPELLANT: ['上诉人', 'Appellant'],
};

export const POLICE_STATUSES: Readonly<Record<string, Label>> = {
  INVESTIGATING: ['侦查中', 'Investigating'],
  TRANSFERRED: ['已移送审查起诉', 'Transferred for prosecution'],
  WITHDRAWN: ['已撤销', 'Withdrawn'],
};

export const MEASURES: Readonly<Record<string, Label>> = {
  NONE: ['无', 'None'],
  DETENTION: ['刑事拘留', 'Criminal detention'],
  ARREST: ['逮捕', 'Arrest'],
  BAIL: ['取保候审', 'Bail pending trial'],
  RESIDENTIAL_SURVEILLANCE: ['监视居住', 'Residential surveillance'],
};

export const PROSECUTION_STATUSES: Readonly<Record<string, Label>> = {
  ARREST_REVIEW: ['审查逮捕', 'Arrest review'],
  PROSECUTION_REVIEW: ['审查起诉', 'Prosecution review'],
  SUPPLEMENTARY_INVESTIGATION: ['退回补充侦查', 'Supplementary investigation'],
  INDICTED: ['已提起公诉', 'Indicted'],
  NOT_PROSECUTED: ['不起诉', 'Not prosecuted'],
};

export const ARREST_DECISIONS: Readonly<Record<string, Label>> = {
  APPROVED: ['批准逮捕', 'Approved'],
  DENIED: ['不批准逮捕', 'Denied'],
};

export const NON_PROSECUTION_GROUNDS: Readonly<Record<string, Label>> = {
  STATUTORY: ['法定不起诉', 'Statutory'],
  DISCRETIONARY: ['酌定不起诉', 'Discretionary'],
  INSUFFICIENT_EVIDENCE: ['存疑不起诉', 'Insufficient evidence'],
};

export const INSTANCES: Readonly<Record<string, Label>> = {
  FIRST: ['一审', 'First instance'],
  SECOND: ['二审', 'Second instance'],
};

export const PROCEDURES: Readonly<Record<string, Label>> = {
  ORDINARY: ['普通程序', 'Ordinary'],
  SUMMARY: ['简易程序', 'Summary'],
  FAST_TRACK: ['速裁程序', 'Fast-track'],
};

export const COURT_CASE_STATUSES: Readonly<Record<string, Label>> = {
  PENDING: ['审理中', 'Pending'],
  DECIDED: ['已宣判（上诉期内）', 'Decided, appeal window open'],
  APPEALED: ['已上诉或抗诉', 'Appealed or protested'],
  EFFECTIVE: ['已生效', 'Effective'],
};

export const OUTCOMES: Readonly<Record<string, Label>> = {
  ACQUITTED: ['无罪', 'Acquitted'],
  CRIMINAL_DETENTION: ['拘役', 'Criminal detention'],
  DEATH: ['死刑', 'Death penalty'],
  EXEMPTED: ['免予刑事处罚', 'Exempted from punishment'],
  FINE_ONLY: ['单处罚金', 'Fine only'],
  FIXED_TERM_IMPRISONMENT: ['有期徒刑', 'Fixed-term imprisonment'],
  LIFE_IMPRISONMENT: ['无期徒刑', 'Life imprisonment'],
  PUBLIC_SURVEILLANCE: ['管制', 'Public surveillance'],
};

export const APPEAL_OUTCOMES: Readonly<Record<string, Label>> = {
  UPHELD: ['驳回上诉，维持原判', 'Appeal dismissed, upheld'],
  REVISED: ['改判', 'Revised'],
  REMANDED: ['发回重审', 'Sent back for retrial'],
};

export const EXECUTION_KINDS: Readonly<Record<string, Label>> = {
  PRISON: ['监狱', 'Prison'],
  COMMUNITY_CORRECTIONS: ['社区矫正', 'Community corrections'],
};

export const EXECUTION_STATUSES: Readonly<Record<string, Label>> = {
  SERVING: ['执行中', 'Serving'],
  RELEASED: ['刑满释放', 'Released'],
  PAROLED: ['假释', 'Paroled'],
  ENDED: ['矫正解除', 'Corrections ended'],
};

export const JUDGMENT_KINDS: Readonly<Record<string, Label>> = {
  JUDGMENT: ['刑事判决书', 'Judgment'],
  RULING: ['刑事裁定书', 'Ruling'],
  CORRECTION_RULING: ['补正裁定书', 'Correction ruling'],
};

export const JUDGMENT_STATUSES: Readonly<Record<string, Label>> = {
  IN_FORCE: ['现行有效', 'In force'],
  SUPERSEDED: ['已被补正裁定取代', 'Superseded by a correction ruling'],
  REVOKED: ['已被撤销', 'Set aside'],
};

/** The same words as the gateway's /verify page: verdict and explanation, each in both languages. */
export const VERIFICATION: Readonly<Record<string, readonly [zh: string, en: string, explainZh: string, explainEn: string]>> = {
  VALID: ['真实有效', 'Genuine and in force', '该文书由签发法院签名，且现行有效。', 'Signed by the issuing court and still in force.'],
  SUPERSEDED: ['已被补正裁定取代', 'Superseded by a correction ruling', '文书真实，但已被补正裁定取代，请以新文书为准。', 'Genuine, but a correction ruling replaced it; rely on the new document.'],
  REVOKED: ['已被撤销', 'Set aside', '文书真实，但已被上级法院撤销。', 'Genuine, but a higher court set it aside.'],
  HASH_MISMATCH: ['内容不符', 'Text does not match', '您持有的文书内容与签名的内容不一致。', 'The text you hold is not the text that was signed.'],
  INVALID_SIGNATURE: ['签名无效', 'Invalid signature', '签名与法院公钥不符，文书可能被伪造或篡改。', 'The signature does not match the court key: possibly forged or altered.'],
  UNKNOWN_KEY: ['未知签名密钥', 'Unknown signing key', '签名密钥不在法院公布的公钥列表中。', 'Signed with a key that is not in the courts’ published list.'],
  KEY_NOT_VALID_AT_ISSUE: ['签名密钥无效', 'Key not valid at issue', '签名密钥在文书签发日不在有效期内。', 'The signing key was not valid on the issue date.'],
  MALFORMED: ['无法识别', 'Not a judgment code', '这不是有效的裁判文书二维码，或二维码不完整。', 'This is not a judgment code, or the code is incomplete.'],
  UNKNOWN_DOCUMENT: ['登记中无此文书', 'Not in the registry', '签名有效，但法院登记中没有此文书。', 'The signature is genuine, but the court registry has no such document.'],
};

/** An error in plain words, for people rather than developers. */
export function describeError(error: HubError, loggedIn: boolean): { zh: string; en: string; detail: string | null } {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      // The server's message says what is expected; the accepted formats are listed separately.
      return { zh: '输入格式不正确', en: 'That input is not in a format the hub accepts', detail: error.acceptedFormats.length > 0 ? error.message.split(' Accepted formats:')[0] ?? error.message : error.message };
    case 'UNAUTHENTICATED':
      return { zh: '请先登录：令牌缺失、已过期或无效', en: 'Please log in: your token is missing, expired or invalid', detail: null };
    case 'FORBIDDEN':
      // The hub's message says who may read it ("… it is for the courts, the committee and …").
      return loggedIn
        ? { zh: '您的角色无权查看此内容', en: 'You are not allowed to see this with your role', detail: error.message }
        : { zh: '您无权查看此内容，请先登录', en: 'You are not allowed to see this: please log in', detail: error.message };
    case 'SERVICE_UNAVAILABLE': {
      const [zh, en] = label(SERVICES, error.serviceName ?? '');
      return error.serviceName
        ? { zh: `${zh}的系统暂未响应，其余内容照常显示`, en: `The ${en} system is not answering; the rest is shown`, detail: null }
        : { zh: '部分机关的系统暂未响应，其余内容照常显示', en: 'An agency’s system is not answering; the rest is shown', detail: null };
    }
    case 'NETWORK_ERROR':
      return { zh: '无法连接数据中心，请稍后重试', en: 'The hub cannot be reached; try again later', detail: error.message };
    case 'INTERNAL_SERVER_ERROR':
      return { zh: '数据中心内部错误', en: 'The hub had an internal error; please report it', detail: null };
    default:
      return { zh: '请求失败', en: 'The request failed', detail: `${error.code}: ${error.message}` };
  }
}

const CHINA_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as a date and time in China (UTC+8), e.g. "2019-02-07 09:48"; dates pass through. */
export function chinaTime(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const part = (type: Intl.DateTimeFormatPartTypes) => CHINA_TIME.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** An instant as a date in China, e.g. "2019-02-07". */
export function chinaDate(value: string | null | undefined): string {
  return chinaTime(value).split(' ')[0] ?? '—';
}

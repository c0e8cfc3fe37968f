/**
 * The decision documents of a case's court cases: the judgment or ruling each court pronounced,
 * the occasional correction ruling (补正裁定) that supersedes a document with a clerical error,
 * and the setting aside (撤销原判) of a first-instance judgment by a revising or remanding court of
 * second instance. Texts follow the structure of real criminal judgments, shortened.
 *
 * Documents draw from their own random stream per case, so adding them changed nothing else the
 * generator makes.
 */
import type { CourtDocumentExport } from '@hub/domain';
import { AS_OF, DAY_MS, chinaDay, dayStart, iso, sometime, type Ms } from './clock';
import { deriveSeed, Rng, STREAMS } from './random';
import type { CaseScript, CourtScript } from './script';
import type { Sentence } from './sentence';

/** Share of documents that a correction ruling later corrects (笔误). */
const CORRECTION_RATE = 0.04;
const JUDGES = ['王建国', '李秀梅', '张海涛', '刘志强', '陈静', '杨光明', '赵丽华', '孙立新', '周文斌', '吴晓燕'];
const CLERKS = ['郑雪', '冯磊', '何婷', '高峰', '罗佳', '梁晨'];

const DIGITS = '〇一二三四五六七八九';

/** 0–99 in Chinese numerals: 七, 十二, 二十, 三十六. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error(`chineseNumber supports 0–99, got ${n}`);
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units === 0 ? '' : DIGITS[units]}`;
}

/** The China calendar date of an instant, written as on a judgment: 二〇一七年三月二十日. */
export function chineseDate(at: Ms): string {
  const date = new Date(at + 8 * 3600 * 1000);
  const year = [...String(date.getUTCFullYear())].map((d) => DIGITS[Number(d)]).join('');
  return `${year}年${chineseNumber(date.getUTCMonth() + 1)}月${chineseNumber(date.getUTCDate())}日`;
}

/** 一年六个月, 八个月, 三年. */
export function chineseTerm(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years > 0 ? `${chineseNumber(years)}年` : '', rest > 0 ? `${chineseNumber(rest)}个月` : ''];
  return parts.join('');
}

/** The operative words of a sentence, e.g. 判处有期徒刑一年六个月，缓刑二年，并处罚金人民币五千元. */
export function sentenceText(sentence: Sentence): string {
  const fine = sentence.fineYuan ? `，并处罚金人民币${sentence.fineYuan}元` : '';
  const probation = sentence.suspended && sentence.probationMonths ? `，缓刑${chineseTerm(sentence.probationMonths)}` : '';
  const term = chineseTerm(sentence.termMonths ?? 0);
  switch (sentence.verdict) {
    case 'DEATH':
      return '判处死刑，剥夺政治权利终身';
    case 'LIFE_IMPRISONMENT':
      return '判处无期徒刑，剥夺政治权利终身';
    case 'FIXED_TERM_IMPRISONMENT':
      return `判处有期徒刑${term}${probation}${fine}`;
    case 'CRIMINAL_DETENTION':
      return `判处拘役${term}${probation}${fine}`;
    case 'PUBLIC_SURVEILLANCE':
      return `判处管制${term}${fine}`;
    case 'FINE_ONLY':
      return `判处罚金人民币${sentence.fineYuan ?? 0}元`;
    case 'EXEMPTED':
      return '免予刑事处罚';
    case 'ACQUITTED':
      return '无罪';
  }
}

function documentRng(script: CaseScript): Rng {
  return new Rng(deriveSeed(STREAMS.documents, ...[...script.caseId].map((c) => c.charCodeAt(0))));
}

interface Drafting {
  script: CaseScript;
  numberOf: (k: number) => string;
  rng: Rng;
}

function personLine(person: CaseScript['suspects'][number], role: string): string {
  const born = `${person.birthDate.slice(0, 4)}年${Number(person.birthDate.slice(4, 6))}月${Number(person.birthDate.slice(6, 8))}日出生`;
  return `${role}${person.name}，${person.male ? '男' : '女'}，${born}。`;
}

function signature(d: Drafting, record: CourtScript, at: Ms): string[] {
  // Three different people on a collegial bench: consecutive entries from a random start.
  const start = d.rng.int(0, JUDGES.length - 1);
  const judge = (offset: number) => JUDGES[(start + offset) % JUDGES.length] as string;
  const bench =
    record.procedure === 'ORDINARY' || record.instance === 'SECOND'
      ? [`审判长　${judge(0)}`, `审判员　${judge(1)}`, `人民陪审员　${judge(2)}`]
      : [`审判员　${judge(0)}`];
  return [...bench, '', chineseDate(at), '', `书记员　${d.rng.pick(CLERKS)}`];
}

function prosecutorOf(script: CaseScript): string {
  return script.prosecution?.name ?? '淄博市人民检察院';
}

function firstInstanceText(d: Drafting, record: CourtScript, at: Ms, sentence: Sentence): string {
  const { script } = d;
  const caseNumber = d.numberOf(record.caseNumber);
  const names = record.defendants.map((p) => p.name).join('、');
  const indictment = script.prosecution?.indictment ? `以${d.numberOf(script.prosecution.indictment.document)}起诉书` : '';
  const procedure = { ORDINARY: '普通程序', SUMMARY: '简易程序', FAST_TRACK: '速裁程序' }[record.procedure];
  const guilty = sentence.verdict !== 'ACQUITTED';
  const appealCourt = record.courtCode === '鲁03' ? '山东省高级人民法院' : '山东省淄博市中级人民法院';
  return [
    `山东省${record.courtName.startsWith('淄博市') ? '' : '淄博市'}${record.courtName}`,
    '刑 事 判 决 书',
    caseNumber,
    '',
    `公诉机关${prosecutorOf(script)}。`,
    ...record.defendants.map((p) => personLine(p, '被告人')),
    `${prosecutorOf(script)}${indictment}指控被告人${names}犯${script.offence.name}，向本院提起公诉。本院依法适用${procedure}，公开开庭审理了本案。现已审理终结。`,
    guilty
      ? `本院认为，被告人${names}的行为已构成${script.offence.name}。公诉机关指控的罪名成立。依照《中华人民共和国刑法》的有关规定，判决如下：`
      : `本院认为，公诉机关指控被告人${names}犯${script.offence.name}的证据不足，指控的犯罪不能成立。依照《中华人民共和国刑事诉讼法》第二百条第（三）项的规定，判决如下：`,
    ...record.defendants.map((p) => (guilty ? `被告人${p.name}犯${script.offence.name}，${sentenceText(sentence)}。` : `被告人${p.name}无罪。`)),
    `如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向${appealCourt}提出上诉。`,
    '',
    ...signature(d, record, at),
  ].join('\n');
}

function secondInstanceText(d: Drafting, record: CourtScript, first: CourtScript | undefined, at: Ms, sentence: Sentence, outcome: 'UPHELD' | 'REVISED' | 'REMANDED'): string {
  const { script } = d;
  const names = record.defendants.map((p) => p.name).join('、');
  const original = first ? d.numberOf(first.caseNumber) : '原审';
  const originalCourt = first?.courtName ?? '原审人民法院';
  const kind = outcome === 'REVISED' ? '刑 事 判 决 书' : '刑 事 裁 定 书';
  const decision = {
    UPHELD: ['驳回上诉，维持原判。', '本裁定为终审裁定。'],
    REVISED: [
      `一、撤销${originalCourt}${original}刑事判决；`,
      ...record.defendants.map((p) => `二、上诉人（原审被告人）${p.name}犯${script.offence.name}，${sentenceText(sentence)}。`),
      '本判决为终审判决。',
    ],
    REMANDED: [`一、撤销${originalCourt}${original}刑事判决；`, `二、本案发回${originalCourt}重新审判。`, '本裁定为终审裁定。'],
  }[outcome];
  return [
    `山东省${record.courtName.startsWith('淄博市') ? '' : '淄博市'}${record.courtName}`,
    kind,
    d.numberOf(record.caseNumber),
    '',
    `原公诉机关${prosecutorOf(script)}。`,
    ...record.defendants.map((p) => personLine(p, '上诉人（原审被告人）')),
    `${originalCourt}审理${prosecutorOf(script)}指控原审被告人${names}犯${script.offence.name}一案，于${first?.judgment ? chineseDate(first.judgment.at) : '此前'}作出${original}刑事判决。宣判后，上诉人${names}不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。`,
    `本院认为，${outcome === 'UPHELD' ? '原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。' : outcome === 'REVISED' ? '原判认定事实清楚，但量刑不当，应予改判。' : '原判认定事实不清，证据不足。'}依照《中华人民共和国刑事诉讼法》第二百三十六条的规定，${outcome === 'REVISED' ? '判决' : '裁定'}如下：`,
    ...decision,
    '',
    ...signature(d, record, at),
  ].join('\n');
}

function correctionText(d: Drafting, record: CourtScript, corrected: CourtDocumentExport, at: Ms): string {
  const page = d.rng.int(1, 4);
  const line = d.rng.int(3, 24);
  const noun = corrected.kind === 'JUDGMENT' ? '刑事判决书' : '刑事裁定书';
  return [
    `山东省${record.courtName.startsWith('淄博市') ? '' : '淄博市'}${record.courtName}`,
    '刑 事 裁 定 书',
    `${corrected.documentNumber}之一`,
    '',
    ...record.defendants.map((p) => personLine(p, record.instance === 'FIRST' ? '被告人' : '上诉人（原审被告人）')),
    `本院于${chineseDate(Date.parse(corrected.issuedAt))}作出的${corrected.documentNumber}${noun}中，第${chineseNumber(page)}页第${chineseNumber(line)}行存在笔误，现予补正。依照《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》的规定，裁定如下：`,
    `将${corrected.documentNumber}${noun}第${chineseNumber(page)}页第${chineseNumber(line)}行的笔误予以更正，更正后的文书以本裁定为准。`,
    '',
    ...signature(d, record, at),
  ].join('\n');
}

function seen(at: Ms | undefined): at is Ms {
  return at !== undefined && at <= AS_OF;
}

/**
 * The documents of every court case of a script, by court case (same order as script.courts),
 * cut at AS_OF: a document, correction or revocation that came later is not there yet.
 */
export function draftDocuments(script: CaseScript, numberOf: (k: number) => string): CourtDocumentExport[][] {
  const d: Drafting = { script, numberOf, rng: documentRng(script) };
  const perRecord: CourtDocumentExport[][] = script.courts.map(() => []);
  script.courts.forEach((record, k) => {
    const judgment = record.judgment;
    if (!judgment || !seen(judgment.at)) return;
    const first = record.instance === 'SECOND' ? script.courts.slice(0, k).reverse().find((r) => r.instance === 'FIRST') : undefined;
    const outcome = judgment.appealOutcome ?? 'UPHELD';
    const text =
      record.instance === 'FIRST'
        ? firstInstanceText(d, record, judgment.at, judgment.sentence)
        : secondInstanceText(d, record, first, judgment.at, judgment.sentence, outcome);
    const parties = record.defendants.map((p) => ({
      role: record.instance === 'FIRST' ? ('DEFENDANT' as const) : ('APPELLANT' as const),
      personId: p.personId,
      name: p.name,
    }));
    const main: CourtDocumentExport = {
      documentId: `${script.caseId}-${k + 1}`,
      documentNumber: numberOf(record.caseNumber),
      kind: judgment.kind,
      issuedAt: iso(judgment.at),
      parties,
      prosecutor: prosecutorOf(script),
      text,
    };
    perRecord[k]?.push(main);

    // A higher court's revising judgment or remanding ruling sets the first-instance judgment aside.
    if (record.instance === 'SECOND' && first && (outcome === 'REVISED' || outcome === 'REMANDED')) {
      // The correction ruling of a set-aside judgment falls with it.
      for (const doc of perRecord[script.courts.indexOf(first)] ?? []) {
        doc.revocation ??= {
          revokedAt: main.issuedAt,
          byDocumentId: main.documentId,
          reason: outcome === 'REVISED' ? '二审改判，撤销原判' : '二审发回重审，撤销原判',
        };
      }
    }

    const correctedAt = sometime(d.rng, dayStart(chinaDay(judgment.at) + 2), dayStart(chinaDay(judgment.at) + 16) - DAY_MS / 2);
    if (d.rng.chance(CORRECTION_RATE) && seen(correctedAt)) {
      perRecord[k]?.push({
        documentId: `${main.documentId}-1`,
        documentNumber: `${main.documentNumber}之一`,
        kind: 'CORRECTION_RULING',
        issuedAt: iso(correctedAt),
        parties,
        prosecutor: main.prosecutor,
        text: correctionText(d, record, main, correctedAt),
        supersedesDocumentId: main.documentId,
      });
    }
  });
  return perRecord;
}

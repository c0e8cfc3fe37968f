import type { CourtDocumentExport } from '@hub/domain';
import { chineseDate, chineseNumber, chineseTerm, sentenceText } from '../documents';
import { chinaInstant } from '../clock';
import { freshExport, type LoadedExport } from './support/fixture';

describe('Chinese numerals in documents', () => {
  it('writes numbers, dates and terms as judgments do', () => {
    expect([0, 7, 10, 12, 20, 36, 99].map(chineseNumber)).toEqual(['〇', '七', '十', '十二', '二十', '三十六', '九十九']);
    expect(() => chineseNumber(100)).toThrow(/0–99/);
    expect(chineseDate(chinaInstant(2017, 3, 20, 23, 30))).toBe('二〇一七年三月二十日');
    expect(chineseTerm(18)).toBe('一年六个月');
    expect(chineseTerm(24)).toBe('二年');
    expect(chineseTerm(8)).toBe('八个月');
    expect(sentenceText({ verdict: 'FIXED_TERM_IMPRISONMENT', termMonths: 18, suspended: true, probationMonths: 24, fineYuan: 5000 })).toBe(
      '判处有期徒刑一年六个月，缓刑二年，并处罚金人民币5000元',
    );
    expect(sentenceText({ verdict: 'ACQUITTED', suspended: false })).toBe('无罪');
  });
});

describe('court documents over 1,000 cases', () => {
  let data: LoadedExport;
  let documents: Map<string, CourtDocumentExport & { courtCaseNumber: string; instance: string }>;
  beforeAll(async () => {
    data = await freshExport(1000, 4242);
    documents = new Map(
      data.court.flatMap((record) =>
        record.documents.map((doc) => [doc.documentId, { ...doc, courtCaseNumber: record.caseNumber, instance: record.instance }] as const),
      ),
    );
  });
  afterAll(() => data.cleanup());

  it('gives every decided court case its judgment or ruling under the 案号, and no document to an undecided one', () => {
    for (const record of data.court) {
      const main = record.documents.filter((doc) => doc.kind !== 'CORRECTION_RULING');
      if (!record.judgment) {
        expect(record.documents).toEqual([]);
        continue;
      }
      expect(main).toHaveLength(1);
      expect(main[0]).toMatchObject({ documentNumber: record.caseNumber, kind: record.judgment.kind, issuedAt: record.judgment.issuedAt });
      expect(main[0]?.text).toContain(record.caseNumber);
      expect(main[0]?.parties.map((party) => party.personId)).toEqual(record.defendantIds);
    }
  });

  it('has unique document ids', () => {
    const all = data.court.flatMap((record) => record.documents.map((doc) => doc.documentId));
    expect(new Set(all).size).toBe(all.length);
  });

  it('names the parties in the text, which is the authoritative document', () => {
    const persons = new Map(data.persons.map((person) => [person.personId, person.name]));
    for (const doc of documents.values()) {
      for (const party of doc.parties) {
        expect(party.name).toBe(persons.get(party.personId));
        expect(doc.text).toContain(party.name);
      }
    }
  });

  it('has correction rulings (about 4%) that supersede an earlier document of the same court case, numbered 之一', () => {
    const corrections = [...documents.values()].filter((doc) => doc.kind === 'CORRECTION_RULING');
    expect(corrections.length).toBeGreaterThan(documents.size * 0.015);
    expect(corrections.length).toBeLessThan(documents.size * 0.08);
    for (const correction of corrections) {
      const original = documents.get(correction.supersedesDocumentId ?? '');
      expect(original).toBeDefined();
      expect(correction.documentNumber).toBe(`${original?.documentNumber}之一`);
      expect(correction.courtCaseNumber).toBe(original?.courtCaseNumber);
      expect(Date.parse(correction.issuedAt)).toBeGreaterThan(Date.parse(original?.issuedAt ?? ''));
      expect(correction.text).toContain(original?.documentNumber);
    }
  });

  it('revokes a first-instance judgment exactly when a later second-instance decision revised it or sent it back', () => {
    const revoked = [...documents.values()].filter((doc) => doc.revocation);
    expect(revoked.length).toBeGreaterThan(0);
    for (const doc of revoked) {
      const by = documents.get(doc.revocation?.byDocumentId ?? '');
      expect(doc.instance).toBe('FIRST');
      expect(by?.instance).toBe('SECOND');
      expect(by?.text).toContain(`撤销`);
      expect(by?.text).toContain(doc.documentNumber.replace(/之一$/, ''));
      expect(Date.parse(doc.revocation?.revokedAt ?? '')).toBeGreaterThan(Date.parse(doc.issuedAt));
    }
    const revising = data.court.filter((record) => record.judgment?.appealOutcome === 'REVISED' || record.judgment?.appealOutcome === 'REMANDED');
    for (const record of revising) {
      const main = record.documents.find((doc) => doc.kind !== 'CORRECTION_RULING');
      expect(revoked.some((doc) => doc.revocation?.byDocumentId === main?.documentId)).toBe(true);
    }
  });
});

import {
  normalizeCaseNumber,
  parseCourtCaseNumber,
  parseDocumentNumber,
  parsePoliceCaseNumber,
  type CaseIndexExport,
} from '@hub/domain';
import { freshExport, ms, type CaseBundle, type LoadedExport } from './support/fixture';

/** The domain parser has no form for prisoner numbers; they are checked as plain strings. */
function keyOf(entry: CaseIndexExport['numbers'][number]): string {
  if (entry.kind === 'PRISONER') {
    expect(entry.number).toMatch(/^3703\d{6}$/);
    return `PRISONER:${entry.number}`;
  }
  return normalizeCaseNumber(entry.number).key;
}

function expectGapless(series: Map<string, Array<{ serial: number; at: number }>>): void {
  for (const [name, entries] of series) {
    const byTime = [...entries].sort((x, y) => x.at - y.at || x.serial - y.serial);
    const serials = byTime.map((entry) => entry.serial);
    expect({ name, serials }).toEqual({ name, serials: serials.map((_, position) => position + 1) });
  }
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The procuratorate's record opens with the arrest request, or else with the transfer for prosecution. */
function receivedAt(bundle: CaseBundle): string {
  const request = bundle.police?.events.find((event) => event.type === 'ARREST_REQUESTED');
  return request?.at ?? bundle.prosecution?.events.find((event) => event.type === 'PROSECUTION_REVIEW_STARTED')?.at ?? '';
}

/** Every number a case's own records carry, with the instant it was given. */
function recordNumbers(bundle: CaseBundle): Array<{ number: string; at: string }> {
  const found: Array<{ number: string; at: string }> = [];
  const { police, prosecution, courts, executions } = bundle;
  if (police) found.push({ number: police.caseNumber, at: police.filedAt });
  if (prosecution) found.push({ number: prosecution.caseNumber, at: receivedAt(bundle) });
  courts.forEach((record) => found.push({ number: record.caseNumber, at: record.registeredAt }));
  executions.forEach((record) => found.push({ number: record.recordNumber, at: record.startedAt }));
  const records = [police, prosecution, ...courts, ...executions];
  for (const event of records.flatMap((record) => record?.events ?? [])) {
    if (event.documentNumber) found.push({ number: event.documentNumber, at: event.at });
  }
  return found;
}

describe('case numbers and document numbers', () => {
  let data: LoadedExport;
  beforeAll(async () => {
    data = await freshExport(2000, 77);
  });
  afterAll(() => data.cleanup());

  it('gives every court case a canonical 案号 with serials 1..n per court, type and year in order of registration', () => {
    const series = new Map<string, Array<{ serial: number; at: number }>>();
    for (const record of data.court) {
      const parsed = parseCourtCaseNumber(record.caseNumber);
      if (!parsed) throw new Error(`unparsable 案号 ${record.caseNumber}`);
      expect(normalizeCaseNumber(record.caseNumber).canonical).toBe(record.caseNumber);
      expect(parsed.courtCode).toBe(record.courtCode);
      expect(parsed.caseType).toBe(record.caseType);
      expect(parsed.year).toBe(Number(record.registeredAt.slice(0, 4)));
      if (record.judgment) expect(record.judgment.documentNumber).toBe(record.caseNumber);
      add(series, `${parsed.courtCode}${parsed.caseType}${parsed.year}`, { serial: parsed.serial, at: ms(record.registeredAt) });
    }
    expect(series.size).toBeGreaterThan(9);
    expectGapless(series);
    for (const entries of series.values()) {
      const bySerial = [...entries].sort((x, y) => x.serial - y.serial);
      bySerial.slice(1).forEach((entry, k) => expect(entry.at).toBeGreaterThanOrEqual((bySerial[k] as { at: number }).at));
    }
  });

  it('numbers police cases A + agency code + filing month + serial, restarting per agency and month in filing order', () => {
    const series = new Map<string, Array<{ serial: number; at: number }>>();
    for (const record of data.police) {
      const parsed = parsePoliceCaseNumber(record.caseNumber);
      if (!parsed) throw new Error(`unparsable police case number ${record.caseNumber}`);
      expect(parsed.agencyCode).toBe(`${record.divisionCode}000000`);
      expect(`${parsed.year}-${String(parsed.month).padStart(2, '0')}`).toBe(record.filedAt.slice(0, 7));
      add(series, `${parsed.agencyCode}${parsed.year}${parsed.month}`, { serial: parsed.serial, at: ms(record.filedAt) });
    }
    expectGapless(series);
  });

  it('numbers documents per issuer, type and year without gaps, in the order they were issued', () => {
    const series = new Map<string, Array<{ serial: number; at: number }>>();
    const seen = new Set<string>();
    for (const bundle of data.bundles) {
      for (const { number, at } of recordNumbers(bundle)) {
        const parsed = parseDocumentNumber(number);
        if (!parsed || seen.has(number)) continue;
        seen.add(number);
        add(series, `${parsed.prefix}${parsed.year}`, { serial: parsed.serial, at: ms(at) });
      }
    }
    const prefixes = new Set([...series.keys()].map((key) => key.slice(0, -4)));
    for (const expected of ['淄公张立字', '淄公张拘字', '淄公张起诉字', '淄张检刑受', '淄张检刑诉', '淄张检刑批捕', '淄张司矫']) {
      expect(prefixes).toContain(expected);
    }
    expectGapless(series);
  });

  it('indexes every number of every record under its own case, and no number under two cases', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const bundle of data.bundles) {
      const { caseId } = bundle.index;
      const indexed = new Set(bundle.index.numbers.map(keyOf));
      if (indexed.size !== bundle.index.numbers.length) problems.push(`${caseId} lists a number twice`);
      for (const key of indexed) {
        const other = owner.get(key);
        if (other !== undefined && other !== caseId) problems.push(`${key} under ${other} and ${caseId}`);
        owner.set(key, caseId);
      }
      for (const { number } of recordNumbers(bundle)) {
        const key = /^3703\d{6}$/.test(number) ? `PRISONER:${number}` : normalizeCaseNumber(number).key;
        if (!indexed.has(key)) problems.push(`${caseId}: ${number} not in the index`);
      }
    }
    expect(problems).toEqual([]);
    expect(owner.size).toBeGreaterThan(data.cases.length * 5);
  });

  it('numbers commutation and parole rulings (刑更) per court and year without gaps', () => {
    const series = new Map<string, Array<{ serial: number; at: number }>>();
    for (const event of data.justice.flatMap((record) => record.events)) {
      if (!event.documentNumber) continue;
      const parsed = parseCourtCaseNumber(event.documentNumber);
      if (!parsed) throw new Error(`unparsable ruling number ${event.documentNumber}`);
      expect(parsed.caseType).toBe('刑更');
      add(series, `${parsed.courtCode}${parsed.year}`, { serial: parsed.serial, at: ms(event.at) });
    }
    expect(series.size).toBeGreaterThan(0);
    expectGapless(series);
  });

  it('gives the unified case id in filing order, ZB + year + 6-digit sequence', () => {
    const byYear = new Map<string, number>();
    let previous = '';
    for (const index of data.cases) {
      expect(index.caseId).toMatch(/^ZB(2016|2017|2018)\d{6}$/);
      expect(index.caseId.slice(2, 6)).toBe(index.filedAt.slice(0, 4));
      expect(index.filedAt >= previous).toBe(true);
      previous = index.filedAt;
      const year = index.caseId.slice(2, 6);
      const sequence = (byYear.get(year) ?? 0) + 1;
      byYear.set(year, sequence);
      expect(Number(index.caseId.slice(6))).toBe(sequence);
    }
  });
});

/**
 * Serial numbers the way the agencies hand them out: per issuer, document type and year, in the
 * order the documents were made. Pass 1 collects every numbering request of every case; the
 * requests are sorted per series by time, and pass 2 reads the serial of each request back.
 */
import type { Agency } from '@hub/domain';
import { formatCourtCaseNumber, formatDocumentNumber, type Division } from '@hub/domain';
import { chinaYear, type Ms } from './clock';

export type NumberSpec =
  /** Document numbers such as 淄公张立字（2017）00951号 or 淄张检刑诉〔2017〕123号. */
  | { kind: 'DOC'; prefix: string; brackets: '〔〕' | '（）'; digits: number }
  /** 案号 such as （2017）鲁0303刑初12号. */
  | { kind: 'COURT'; courtCode: string; caseType: string }
  /** Prisoner numbers 3703 + 6 digits, one series for the whole city. */
  | { kind: 'PRISONER' };

export interface NumberRequest {
  spec: NumberSpec;
  at: Ms;
  agency: Agency;
  /** What the number stands for in the case index, e.g. COURT_CASE or INDICTMENT. */
  indexKind: string;
}

function seriesKey(spec: NumberSpec, at: Ms): string {
  switch (spec.kind) {
    case 'DOC':
      return `D${spec.prefix}${chinaYear(at)}`;
    case 'COURT':
      return `C${spec.courtCode}${spec.caseType}${chinaYear(at)}`;
    case 'PRISONER':
      return 'P';
  }
}

export function formatNumber(spec: NumberSpec, at: Ms, serial: number): string {
  const year = chinaYear(at);
  switch (spec.kind) {
    case 'DOC':
      return formatDocumentNumber(
        { prefix: spec.prefix, year, serial },
        { brackets: spec.brackets, serialDigits: spec.digits },
      );
    case 'COURT':
      return formatCourtCaseNumber({ year, courtCode: spec.courtCode, caseType: spec.caseType, serial });
    case 'PRISONER':
      return `3703${String(serial).padStart(6, '0')}`;
  }
}

/** Police documents: 淄公 + district abbreviation + type + 字, year in （）, 5-digit serial. */
export function policeDocument(division: Division, type: string): NumberSpec {
  return { kind: 'DOC', prefix: `淄公${division.shortName}${type}字`, brackets: '（）', digits: 5 };
}

/** Procuratorate documents: 淄张检刑诉〔2017〕123号; the city procuratorate's base is 淄检. */
export function procuratorateDocument(base: string, type: string): NumberSpec {
  return { kind: 'DOC', prefix: `${base}刑${type}`, brackets: '〔〕', digits: 0 };
}

/** Community-corrections files: 淄张司矫〔2018〕45号, per justice bureau and year. */
export function correctionsFile(division: Division): NumberSpec {
  return { kind: 'DOC', prefix: `淄${division.shortName}司矫`, brackets: '〔〕', digits: 0 };
}

export function courtCaseNumber(courtCode: string, caseType: string): NumberSpec {
  return { kind: 'COURT', courtCode, caseType };
}

export const PRISONER_NUMBER: NumberSpec = { kind: 'PRISONER' };

/** Grows typed arrays by doubling; a request costs 16 bytes whatever the size of the run. */
class Requests {
  series = new Uint32Array(1024);
  at = new Float64Array(1024);
  length = 0;

  push(series: number, at: Ms): void {
    if (this.length === this.at.length) {
      const series2 = new Uint32Array(this.length * 2);
      series2.set(this.series);
      this.series = series2;
      const at2 = new Float64Array(this.length * 2);
      at2.set(this.at);
      this.at = at2;
    }
    this.series[this.length] = series;
    this.at[this.length] = at;
    this.length++;
  }
}

export class Numbering {
  private readonly seriesIds = new Map<string, number>();
  private readonly requests = new Requests();
  private readonly caseStart: Uint32Array;
  private serials: Uint32Array | null = null;

  constructor(cases: number) {
    this.caseStart = new Uint32Array(cases + 1);
  }

  /** Pass 1, in case order: all numbering requests of case i. */
  collect(i: number, requests: readonly NumberRequest[]): void {
    this.caseStart[i] = this.requests.length;
    for (const request of requests) {
      const key = seriesKey(request.spec, request.at);
      let id = this.seriesIds.get(key);
      if (id === undefined) {
        id = this.seriesIds.size;
        this.seriesIds.set(key, id);
      }
      this.requests.push(id, request.at);
    }
    this.caseStart[i + 1] = this.requests.length;
  }

  /** Serials 1..n per series, by time; ties keep case order, so the result is deterministic. */
  assign(): void {
    const { series, at, length } = this.requests;
    const order = new Uint32Array(length);
    for (let k = 0; k < length; k++) order[k] = k;
    order.sort((x, y) => (series[x] as number) - (series[y] as number) || (at[x] as number) - (at[y] as number) || x - y);
    const serials = new Uint32Array(length);
    const counters = new Uint32Array(this.seriesIds.size);
    for (const k of order) {
      const id = series[k] as number;
      counters[id] = (counters[id] as number) + 1;
      serials[k] = counters[id] as number;
    }
    this.serials = serials;
  }

  /** Pass 2: the formatted number of request k of case i. */
  number(i: number, k: number, request: NumberRequest): string {
    if (!this.serials) throw new Error('serials not assigned yet');
    const start = this.caseStart[i] as number;
    if (start + k >= (this.caseStart[i + 1] as number)) {
      throw new Error(`case ${i} asked for more numbers in the second pass than in the first`);
    }
    return formatNumber(request.spec, request.at, this.serials[start + k] as number);
  }
}

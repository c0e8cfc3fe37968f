/**
 * Cuts a case script at the export instant and shapes what each agency's system would hand over
 * then. Only what happened at or before AS_OF appears; statuses follow from what appears.
 */
import {
  TIMELINE_EVENT_TYPES,
  maskName,
  mergeTimelines,
  type Agency,
  type CaseIndexExport,
  type CourtCaseExport,
  type ExecutionExport,
  type ExportEvent,
  type PoliceCaseExport,
  type ProsecutionExport,
  type TimelineEntry,
} from '@hub/domain';
import { AS_OF, iso, type Ms } from './clock';
import type {
  CaseScript,
  CourtScript,
  ExecutionScript,
  PoliceScript,
  ProsecutionScript,
  ScriptEvent,
  SuspectScript,
} from './script';
import { draftDocuments } from './documents';
import { stageAt } from './stage';

/** Formats request k of the case being rendered. */
export type NumberOf = (k: number) => string;

interface Context {
  numberOf: NumberOf;
  names: Labels;
}

/** Life imprisonment has no planned end; the contract wants a date, so the far future stands for it. */
export const LIFE_SENTENCE_END = '9999-12-31T00:00:00+08:00';

export interface RenderedCase {
  police?: PoliceCaseExport;
  prosecution?: ProsecutionExport;
  courts: CourtCaseExport[];
  executions: ExecutionExport[];
  index: CaseIndexExport;
}

function seen(at: Ms | undefined): at is Ms {
  return at !== undefined && at <= AS_OF;
}

/** How titles name people: 张某, or 张某甲 and 张某乙 when two people of a case share the masked form. */
type Labels = ReadonlyMap<number, string>;

const ORDINALS = '甲乙丙丁戊己庚辛';

function labels(script: CaseScript): Labels {
  const people = [...script.suspects, ...script.victims];
  const masks = people.map((person) => maskName(person.name));
  const result = new Map<number, string>();
  people.forEach((person, k) => {
    const mask = masks[k] as string;
    const same = masks.filter((other) => other === mask).length;
    const rank = masks.slice(0, k).filter((other) => other === mask).length;
    result.set(person.index, same > 1 ? `${mask}${ORDINALS.charAt(rank)}` : mask);
  });
  return result;
}

function title(event: ScriptEvent, names: Labels): string {
  const base = TIMELINE_EVENT_TYPES[event.type].title;
  return event.who ? `${base}（${names.get(event.who.index) ?? '某'}）` : base;
}

function events(list: readonly ScriptEvent[], agency: Agency, { numberOf, names }: Context): ExportEvent[] {
  const entries: TimelineEntry[] = list
    .filter((event) => seen(event.at))
    .map((event) => ({
      at: new Date(event.at),
      agency,
      type: event.type,
      title: title(event, names),
      documentNumber: event.document === undefined ? null : numberOf(event.document),
    }));
  return mergeTimelines(entries).map((entry) => {
    const shaped: ExportEvent = { at: iso(entry.at.getTime()), type: entry.type, title: entry.title };
    if (entry.documentNumber) shaped.documentNumber = entry.documentNumber;
    return shaped;
  });
}

function optionalIso(at: Ms | undefined): string | undefined {
  return seen(at) ? iso(at) : undefined;
}

function measure(suspect: SuspectScript, withdrawn: boolean): PoliceCaseExport['suspects'][number]['measure'] {
  if (withdrawn) return 'NONE';
  if (seen(suspect.arrestedAt)) return 'ARREST';
  if (seen(suspect.bailedAt)) return 'BAIL';
  return seen(suspect.detainedAt) ? 'DETENTION' : 'NONE';
}

function police(script: CaseScript, record: PoliceScript, cx: Context): PoliceCaseExport {
  const withdrawn = seen(record.withdrawnAt);
  return {
    caseId: script.caseId,
    caseNumber: record.caseNumber,
    agencyCode: record.agencyCode,
    agencyName: record.agencyName,
    divisionCode: script.division.code,
    offence: script.offence.name,
    reportedAt: iso(record.reportedAt),
    filedAt: iso(script.filedAt),
    status: withdrawn ? 'WITHDRAWN' : seen(record.transferredAt) ? 'TRANSFERRED' : 'INVESTIGATING',
    suspects: record.suspects.map((suspect) => ({
      personId: suspect.person.personId,
      measure: measure(suspect, withdrawn),
      detainedAt: optionalIso(suspect.detainedAt),
      arrestedAt: optionalIso(suspect.arrestedAt),
    })),
    victimIds: script.victims.map((victim) => victim.personId),
    events: events(record.events, 'POLICE', cx),
  };
}

function prosecutionStatus(record: ProsecutionScript): ProsecutionExport['status'] {
  if (seen(record.nonProsecution?.at)) return 'NOT_PROSECUTED';
  if (seen(record.indictment?.at)) return 'INDICTED';
  const starts = record.reviewStarts.filter(seen).length;
  const returns = record.returns.filter(seen).length;
  if (starts === 0) return 'ARREST_REVIEW';
  return returns >= starts ? 'SUPPLEMENTARY_INVESTIGATION' : 'PROSECUTION_REVIEW';
}

function prosecution(script: CaseScript, record: ProsecutionScript, cx: Context): ProsecutionExport {
  const { numberOf } = cx;
  const { arrestDecision: arrest, indictment, nonProsecution, protest } = record;
  return {
    caseId: script.caseId,
    caseNumber: numberOf(record.caseNumber),
    procuratorateName: record.name,
    divisionCode: record.divisionCode,
    status: prosecutionStatus(record),
    arrestDecision:
      arrest && seen(arrest.at)
        ? { decision: arrest.approved ? 'APPROVED' : 'DENIED', decidedAt: iso(arrest.at), documentNumber: numberOf(arrest.document) }
        : undefined,
    reviewStartedAt: optionalIso(record.reviewStarts[0]),
    supplementaryInvestigations: record.returns.filter(seen).length,
    indictment:
      indictment && seen(indictment.at)
        ? { documentNumber: numberOf(indictment.document), indictedAt: iso(indictment.at), charges: [script.offence.name] }
        : undefined,
    nonProsecution:
      nonProsecution && seen(nonProsecution.at)
        ? { documentNumber: numberOf(nonProsecution.document), decidedAt: iso(nonProsecution.at), ground: nonProsecution.ground }
        : undefined,
    protest: protest && seen(protest.at) ? { documentNumber: numberOf(protest.document), protestedAt: iso(protest.at) } : undefined,
    events: events(record.events, 'PROCURATORATE', cx),
  };
}

function judgment(script: CaseScript, record: CourtScript, caseNumber: string): CourtCaseExport['judgment'] {
  const found = record.judgment;
  if (!found || !seen(found.at)) return undefined;
  const { sentence } = found;
  return {
    documentNumber: caseNumber,
    kind: found.kind,
    issuedAt: iso(found.at),
    verdict: sentence.verdict,
    termMonths: sentence.termMonths,
    suspended: sentence.suspended,
    probationMonths: sentence.probationMonths,
    fineYuan: sentence.fineYuan,
    charges: [script.offence.name],
    appealOutcome: found.appealOutcome,
  };
}

function courtStatus(record: CourtScript): CourtCaseExport['status'] {
  if (seen(record.effectiveAt)) return 'EFFECTIVE';
  if (seen(record.challengedAt)) return 'APPEALED';
  return seen(record.judgment?.at) ? 'DECIDED' : 'PENDING';
}

function court(script: CaseScript, record: CourtScript, cx: Context, documents: CourtCaseExport['documents']): CourtCaseExport {
  const { numberOf } = cx;
  const caseNumber = numberOf(record.caseNumber);
  return {
    caseId: script.caseId,
    caseNumber,
    courtCode: record.courtCode,
    courtName: record.courtName,
    caseType: record.caseType,
    instance: record.instance,
    procedure: record.procedure,
    registeredAt: iso(record.registeredAt),
    registeredOnTheSpot: record.onTheSpot,
    defendantIds: record.defendants.map((person) => person.personId),
    hearings: record.hearings.filter((hearing) => seen(hearing.at)).map(({ at, courtroom }) => ({ at: iso(at), courtroom })),
    judgment: judgment(script, record, caseNumber),
    effectiveAt: optionalIso(record.effectiveAt),
    deliveredForExecutionAt: optionalIso(record.deliveredAt),
    status: courtStatus(record),
    events: events(record.events, 'COURT', cx),
    documents,
  };
}

function plannedEnd(record: ExecutionScript): string {
  if (record.commutation && seen(record.commutation.at)) return iso(record.commutation.endAt);
  return record.plannedEndAt === null ? LIFE_SENTENCE_END : iso(record.plannedEndAt);
}

function execution(script: CaseScript, record: ExecutionScript, cx: Context): ExecutionExport {
  const { numberOf } = cx;
  const paroled = seen(record.paroledAt);
  const ended = seen(record.endedAt);
  const finished = record.kind === 'PRISON' ? 'RELEASED' : 'ENDED';
  return {
    caseId: script.caseId,
    personId: record.person.personId,
    kind: record.kind,
    recordNumber: numberOf(record.recordNumber),
    institutionName: record.institutionName,
    divisionCode: record.divisionCode,
    startedAt: iso(record.startedAt),
    plannedEndAt: plannedEnd(record),
    endedAt: paroled ? optionalIso(record.paroledAt) : optionalIso(record.endedAt),
    status: paroled ? 'PAROLED' : ended ? finished : 'SERVING',
    events: events(record.events, 'JUSTICE', cx),
  };
}

function caseIndex(script: CaseScript, numberOf: NumberOf): CaseIndexExport {
  const { stage, reason } = stageAt(script.stages, AS_OF);
  const numbers: CaseIndexExport['numbers'] = [];
  if (script.police) numbers.push({ agency: 'POLICE', kind: 'POLICE_CASE', number: script.police.caseNumber });
  script.requests
    .map((request, k) => ({ request, k }))
    .filter(({ request }) => seen(request.at))
    .sort((x, y) => x.request.at - y.request.at || x.k - y.k)
    .forEach(({ request, k }) => numbers.push({ agency: request.agency, kind: request.indexKind, number: numberOf(k) }));
  const defendant = seen(script.indictedAt);
  const courts = script.courts.filter((record) => seen(record.registeredAt));
  return {
    caseId: script.caseId,
    stage,
    closureReason: reason,
    offence: script.offence.name,
    divisionCode: script.division.code,
    filedAt: iso(script.filedAt),
    courtCodes: [...new Set(courts.map((record) => record.courtCode))],
    numbers,
    parties: [
      ...script.suspects.map((person) => ({ personId: person.personId, role: defendant ? ('DEFENDANT' as const) : ('SUSPECT' as const) })),
      ...script.victims.map((person) => ({ personId: person.personId, role: 'VICTIM' as const })),
    ],
  };
}

export function renderCase(script: CaseScript, numberOf: NumberOf): RenderedCase {
  const { police: policeRecord, prosecution: prosecutionRecord } = script;
  const cx: Context = { numberOf, names: labels(script) };
  const documents = draftDocuments(script, numberOf);
  return {
    police: policeRecord ? police(script, policeRecord, cx) : undefined,
    prosecution:
      prosecutionRecord && seen(prosecutionRecord.startedAt) ? prosecution(script, prosecutionRecord, cx) : undefined,
    courts: script.courts
      .map((record, k) => ({ record, documents: documents[k] ?? [] }))
      .filter(({ record }) => seen(record.registeredAt))
      .map(({ record, documents }) => court(script, record, cx, documents)),
    executions: script.executions
      .filter((record) => seen(record.startedAt))
      .map((record) => execution(script, record, cx)),
    index: caseIndex(script, numberOf),
  };
}

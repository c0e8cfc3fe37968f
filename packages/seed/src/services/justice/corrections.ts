/**
 * The judicial offices' community-corrections caseload: one record per COMMUNITY_CORRECTIONS
 * execution of justice.jsonl (same case, person, file number and dates), with what the office
 * adds: the officer in charge, monthly reporting (每月到司法所报到), warnings (警告) and the end
 * (解除矫正), and the court decision being executed.
 */
import {
  CORRECTION_EVENT_TYPES,
  judicialOfficeByName,
  type CommunityCorrectionExport,
  type CorrectionEventType,
  type ExecutionExport,
  type JudicialOfficeExport,
  type SupervisionLevel,
} from '@hub/domain';
import { AS_OF, DAY_MS, chinaYear, iso, plusMonths, sometime, type Ms } from '../../clock';
import type { Rng } from '../../random';
import { PURPOSE, serviceRng } from './random';
import type { Numbered } from './serials';
import type { CourtCaseFacts } from './sources';

/** Share of people under corrections who get at least one warning; a few get a second. */
const WARNING_RATE = 0.07;
const SECOND_WARNING_RATE = 0.15;
const WARNING_REASONS = [
  '未按规定时间到司法所报到',
  '未经批准离开所居住的县（区）',
  '无正当理由不参加教育学习',
  '无正当理由不参加社区服务',
  '违反人民法院禁止令',
];

interface DraftEvent {
  at: Ms;
  type: CorrectionEventType;
  note?: string;
  documentNumber?: string;
}

export interface DraftCorrection {
  record: CommunityCorrectionExport;
  /** Warnings awaiting their document numbers (淄张司矫警〔2018〕3号). */
  numbered: Numbered[];
}

/** The court case whose judgment took effect for this person: the one being executed. */
function executedCourtCase(execution: ExecutionExport, courtCases: readonly CourtCaseFacts[]): CourtCaseFacts {
  const found = courtCases.filter((c) => c.effective && c.judgmentId && c.defendantIds.includes(execution.personId)).at(-1);
  if (!found) throw new Error(`community corrections of ${execution.caseId}/${execution.personId} without an effective court decision`);
  return found;
}

function monthlyReports(rng: Rng, startedAt: Ms, until: Ms): DraftEvent[] {
  const reports: DraftEvent[] = [];
  for (let month = 1; ; month++) {
    const due = plusMonths(startedAt, month);
    const at = sometime(rng, due - 3 * DAY_MS, due + 3 * DAY_MS);
    if (at >= until) return reports;
    reports.push({ at, type: 'REPORTED' });
  }
}

function warnings(rng: Rng, startedAt: Ms, until: Ms): DraftEvent[] {
  const from = startedAt + 20 * DAY_MS;
  if (until - from < 10 * DAY_MS || !rng.chance(WARNING_RATE)) return [];
  const count = rng.chance(SECOND_WARNING_RATE) ? 2 : 1;
  return Array.from({ length: count }, () => ({ at: sometime(rng, from, until - DAY_MS), type: 'WARNED' as const, note: rng.pick(WARNING_REASONS) }));
}

/** 严管 at first and after a warning; 普管 or 宽管 once the person has kept the rules half a year. */
function supervisionLevel(rng: Rng, startedAt: Ms, until: Ms, warned: boolean): SupervisionLevel {
  if (warned || until - startedAt < 92 * DAY_MS) return 'STRICT';
  return until - startedAt >= 183 * DAY_MS && rng.chance(0.5) ? 'LENIENT' : 'ORDINARY';
}

export function draftCorrection(seed: number, execution: ExecutionExport, courtCases: readonly CourtCaseFacts[], offices: ReadonlyMap<string, JudicialOfficeExport>): DraftCorrection {
  const site = judicialOfficeByName(execution.institutionName);
  const office = site ? offices.get(site.id) : undefined;
  if (!site || !office) throw new Error(`community corrections at an unknown judicial office: ${execution.institutionName}`);
  const correctionId = `JZ-${execution.caseId}-${execution.personId}`;
  const rng = serviceRng(seed, PURPOSE.correction, correctionId);
  const courtCase = executedCourtCase(execution, courtCases);
  const startedAt = Date.parse(execution.startedAt);
  const ended = execution.status === 'ENDED' && execution.endedAt !== undefined;
  const until = ended ? Date.parse(execution.endedAt as string) : Math.min(AS_OF, Date.parse(execution.plannedEndAt));
  const officers = office.staff.filter((member) => member.role === 'CORRECTIONS_SOCIAL_WORKER' || member.role === 'JUDICIAL_ASSISTANT');
  const warned = warnings(rng, startedAt, until);
  const events: DraftEvent[] = [
    { at: startedAt, type: 'INTAKE' as const, note: '宣告社区矫正，告知应遵守的规定' },
    ...monthlyReports(rng, startedAt, until),
    ...warned,
    ...(ended ? [{ at: until, type: 'ENDED' as const, note: '矫正期满，宣告解除社区矫正' }] : []),
  ].sort((a, b) => a.at - b.at);

  const record: CommunityCorrectionExport = {
    correctionId,
    caseId: execution.caseId,
    personId: execution.personId,
    officeId: site.id,
    divisionCode: site.division.code,
    recordNumber: execution.recordNumber,
    category: courtCase.verdict === 'PUBLIC_SURVEILLANCE' ? 'PUBLIC_SURVEILLANCE' : 'SUSPENDED_SENTENCE',
    judgmentId: courtCase.judgmentId as string,
    courtCaseNumber: courtCase.caseNumber,
    officerStaffId: rng.pick(officers.length > 0 ? officers : office.staff).staffId,
    startedAt: execution.startedAt,
    plannedEndAt: execution.plannedEndAt,
    endedAt: ended ? execution.endedAt : undefined,
    status: ended ? 'ENDED' : 'UNDER_CORRECTIONS',
    supervisionLevel: supervisionLevel(rng, startedAt, until, warned.length > 0),
    events: [],
  };
  const numbered: Numbered[] = [];
  const shaped = events.map((event) => {
    const out: CommunityCorrectionExport['events'][number] = { at: iso(event.at), type: event.type, title: CORRECTION_EVENT_TYPES[event.type] };
    if (event.note) out.note = event.note;
    if (event.type === 'WARNED') {
      numbered.push({
        series: `淄${site.division.shortName}司矫警|${chinaYear(event.at)}`,
        at: event.at,
        assign: (serial) => {
          out.documentNumber = `淄${site.division.shortName}司矫警〔${chinaYear(event.at)}〕${serial}号`;
        },
      });
    }
    return out;
  });
  record.events = shaped;
  return { record, numbered };
}

/**
 * A case's whole life as the simulation writes it, including what happens after the export
 * instant. Rendering cuts it at AS_OF, so one script serves every possible state of the case.
 */
import type { CaseStage, ClosureReason, Division, Offence, TimelineEventType } from '@hub/domain';
import type { Ms } from './clock';
import type { NumberRequest, NumberSpec } from './numbering';
import type { Person } from './people';
import type { Rng } from './random';
import type { Sentence } from './sentence';

export interface ScriptEvent {
  at: Ms;
  type: TimelineEventType;
  /** Named (in 某 form) in the title. */
  who?: Person;
  /** Index into CaseScript.requests of the document that records the event. */
  document?: number;
}

export interface SuspectScript {
  person: Person;
  detainedAt?: Ms;
  arrestedAt?: Ms;
  bailedAt?: Ms;
}

export interface PoliceScript {
  agencyCode: string;
  agencyName: string;
  caseNumber: string;
  reportedAt: Ms;
  suspects: SuspectScript[];
  transferredAt?: Ms;
  withdrawnAt?: Ms;
  events: ScriptEvent[];
}

export type NonProsecutionGround = 'STATUTORY' | 'DISCRETIONARY' | 'INSUFFICIENT_EVIDENCE';

export interface ProsecutionScript {
  name: string;
  divisionCode: string;
  /** 淄张检 for a district procuratorate, 淄检 for the city's. */
  documentBase: string;
  caseNumber: number;
  startedAt: Ms;
  arrestDecision?: { approved: boolean; at: Ms; document: number };
  reviewStarts: Ms[];
  returns: Ms[];
  indictment?: { at: Ms; document: number };
  nonProsecution?: { at: Ms; document: number; ground: NonProsecutionGround };
  protest?: { at: Ms; document: number };
  events: ScriptEvent[];
}

export type Procedure = 'ORDINARY' | 'SUMMARY' | 'FAST_TRACK';

export interface JudgmentScript {
  at: Ms;
  kind: 'JUDGMENT' | 'RULING';
  sentence: Sentence;
  appealOutcome?: 'UPHELD' | 'REVISED' | 'REMANDED';
}

export interface CourtScript {
  courtCode: string;
  courtName: string;
  caseType: '刑初' | '刑终';
  instance: 'FIRST' | 'SECOND';
  procedure: Procedure;
  registeredAt: Ms;
  onTheSpot: boolean;
  caseNumber: number;
  defendants: Person[];
  hearings: Array<{ at: Ms; courtroom: string }>;
  judgment?: JudgmentScript;
  /** Appeal or protest lodged against this court's judgment. */
  challengedAt?: Ms;
  effectiveAt?: Ms;
  deliveredAt?: Ms;
  events: ScriptEvent[];
}

export interface ExecutionScript {
  person: Person;
  kind: 'PRISON' | 'COMMUNITY_CORRECTIONS';
  recordNumber: number;
  institutionName: string;
  divisionCode: string;
  startedAt: Ms;
  /** null for life imprisonment. */
  plannedEndAt: Ms | null;
  commutation?: { at: Ms; endAt: Ms };
  paroledAt?: Ms;
  /** Release from prison or end of community corrections. */
  endedAt?: Ms;
  events: ScriptEvent[];
}

export interface StageChange {
  at: Ms;
  stage: CaseStage;
  reason?: ClosureReason;
}

export interface CaseScript {
  index: number;
  caseId: string;
  division: Division;
  offence: Offence;
  filedAt: Ms;
  policeCaseNumber: string;
  suspects: Person[];
  victims: Person[];
  /** Indicted suspects become defendants. */
  indictedAt?: Ms;
  police?: PoliceScript;
  prosecution?: ProsecutionScript;
  courts: CourtScript[];
  executions: ExecutionScript[];
  stages: StageChange[];
  requests: NumberRequest[];
}

/** What the simulation steps share while building one case. */
export interface CaseBuilder {
  rng: Rng;
  script: CaseScript;
  /** Continuous custody since this instant (detained, then arrested), by person index. */
  custodySince: Map<number, Ms>;
  /** Asks for a number; returns its index in script.requests. */
  request(spec: NumberSpec, at: Ms, agency: NumberRequest['agency'], indexKind: string): number;
}

export function newBuilder(rng: Rng, script: CaseScript): CaseBuilder {
  return {
    rng,
    script,
    custodySince: new Map(),
    request(spec, at, agency, indexKind) {
      script.requests.push({ spec, at, agency, indexKind });
      return script.requests.length - 1;
    },
  };
}

export function stage(builder: CaseBuilder, at: Ms, next: CaseStage, reason?: ClosureReason): void {
  builder.script.stages.push(reason ? { at, stage: next, reason } : { at, stage: next });
}

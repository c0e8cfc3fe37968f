import type { ReactNode } from 'react';
import type { CaseDetailsQuery, CaseJudgmentsQuery } from '@hub/sdk';
import { hrefOf } from '../hooks/useHashRoute';
import {
  AGENCIES,
  APPEAL_OUTCOMES,
  ARREST_DECISIONS,
  chinaTime,
  COURT_CASE_STATUSES,
  EXECUTION_KINDS,
  EXECUTION_STATUSES,
  INSTANCES,
  JUDGMENT_KINDS,
  JUDGMENT_STATUSES,
  label,
  MEASURES,
  NON_PROSECUTION_GROUNDS,
  OUTCOMES,
  POLICE_STATUSES,
  PROCEDURES,
  PROSECUTION_STATUSES,
  type Label,
} from '../labels';
import { Bi, BiLabel } from './Bi';
import { Facts } from './Facts';

export type CaseDetails = NonNullable<CaseDetailsQuery['case']>;
// NonNullable twice: with the security work, fields a role may not read become nullable.
export type CourtCaseJudgments = NonNullable<NonNullable<CaseJudgmentsQuery['case']>['courtCases']>;
type Verdict = NonNullable<NonNullable<CaseDetails['courtCases']>[number]['verdict']>;

const bi = ([zh, en]: Label) => `${zh} ${en}`;

/** One agency's part of a case, framed in its colour. `missing` says why there is nothing to show. */
function Panel({ agency, title, missing, children }: { agency: string; title?: ReactNode; missing: ReactNode | null; children?: ReactNode }) {
  return (
    <section className="card panel" data-agency={agency}>
      <h3>{title ?? <BiLabel value={label(AGENCIES, agency)} />}</h3>
      {missing ?? children}
    </section>
  );
}

/**
 * Why a panel shows nothing: its agency's system did not answer, the caller's role may not read it
 * (with the hub's words for who may), the answer failed because of another agency's (the whole
 * case then comes back empty), or the agency holds nothing for this case.
 */
export type PanelFailure = { kind: 'unavailable' } | { kind: 'forbidden'; message: string } | { kind: 'not-shown' } | null;

function missingReason(failure: PanelFailure, empty: boolean, [zh, en]: Label): ReactNode | null {
  switch (failure?.kind) {
    case 'unavailable':
      return (
        <p className="hint unavailable">
          <Bi zh="该机关系统暂未响应" en="This agency's system is not answering right now" />
        </p>
      );
    case 'forbidden':
      return (
        <div className="hint forbidden" data-code="FORBIDDEN">
          <p>
            <Bi zh="您的角色无权查看该机关的记录" en="Your role may not see this agency's record" />
          </p>
          <p className="small">{failure.message}</p>
        </div>
      );
    case 'not-shown':
      return (
        <p className="hint unavailable">
          <Bi zh="暂时无法显示" en="Cannot be shown right now" />
        </p>
      );
    default:
      return empty ? (
        <p className="hint">
          <Bi zh={zh} en={en} />
        </p>
      ) : null;
  }
}

export function PolicePanel({ details, failure }: { details: CaseDetails | null; failure: PanelFailure }) {
  const police = details?.policeCase ?? null;
  return (
    <Panel agency="POLICE" missing={missingReason(failure, !police, ['公安机关无此案记录（如由监察委员会调查的职务犯罪）', 'No police record (e.g. investigated by the supervisory commission)'])}>
      {police && (
        <>
          <Facts
            rows={[
              ['案件编号', 'Police case number', <span className="mono">{police.number}</span>],
              ['办案单位', 'Agency', police.agencyName],
              ['状态', 'Status', bi(label(POLICE_STATUSES, police.status))],
              ['罪名', 'Offence', police.offence],
              ['报案时间', 'Reported', chinaTime(police.reportedAt)],
              ['立案时间', 'Filed', chinaTime(police.filedAt)],
            ]}
          />
          {police.suspects.length > 0 && (
            <>
              <h4>
                <Bi zh="犯罪嫌疑人" en="Suspects" />
              </h4>
              <ul className="plain">
                {police.suspects.map((suspect) => (
                  <li key={suspect.person.id}>
                    <b>{suspect.person.maskedName}</b> <span className="mono">{suspect.person.maskedIdNumber}</span> · <BiLabel value={label(MEASURES, suspect.measure)} />
                    {suspect.detainedAt && (
                      <>
                        {' · '}
                        <Bi zh="拘留" en="detained" /> {chinaTime(suspect.detainedAt)}
                      </>
                    )}
                    {suspect.arrestedAt && (
                      <>
                        {' · '}
                        <Bi zh="逮捕" en="arrested" /> {chinaTime(suspect.arrestedAt)}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Panel>
  );
}

export function ProcuratoratePanel({ details, failure }: { details: CaseDetails | null; failure: PanelFailure }) {
  const prosecution = details?.prosecution ?? null;
  return (
    <Panel agency="PROCURATORATE" missing={missingReason(failure, !prosecution, ['案件尚未到达检察院', 'The case has not reached the procuratorate'])}>
      {prosecution && (
        <Facts
          rows={[
            ['受案号', 'Procuratorate case number', <span className="mono">{prosecution.number}</span>],
            ['检察院', 'Procuratorate', prosecution.procuratorateName],
            ['状态', 'Status', bi(label(PROSECUTION_STATUSES, prosecution.status))],
            [
              '审查逮捕',
              'Arrest decision',
              prosecution.arrestDecision && (
                <>
                  <BiLabel value={label(ARREST_DECISIONS, prosecution.arrestDecision.decision)} /> {chinaTime(prosecution.arrestDecision.decidedAt)} <span className="mono">{prosecution.arrestDecision.documentNumber}</span>
                </>
              ),
            ],
            ['受理审查起诉', 'Review started', prosecution.reviewStartedAt && chinaTime(prosecution.reviewStartedAt)],
            ['退回补充侦查', 'Supplementary investigations', prosecution.supplementaryInvestigations > 0 && String(prosecution.supplementaryInvestigations)],
            [
              '起诉书',
              'Indictment',
              prosecution.indictment && (
                <>
                  <span className="mono">{prosecution.indictment.documentNumber}</span> {chinaTime(prosecution.indictment.indictedAt)} · {prosecution.indictment.charges.join('、')}
                </>
              ),
            ],
            [
              '不起诉',
              'Not prosecuted',
              prosecution.nonProsecution && (
                <>
                  <span className="mono">{prosecution.nonProsecution.documentNumber}</span> {chinaTime(prosecution.nonProsecution.decidedAt)} · <BiLabel value={label(NON_PROSECUTION_GROUNDS, prosecution.nonProsecution.ground)} />
                </>
              ),
            ],
            [
              '抗诉',
              'Protest',
              prosecution.protest && (
                <>
                  <span className="mono">{prosecution.protest.documentNumber}</span> {chinaTime(prosecution.protest.protestedAt)}
                </>
              ),
            ],
          ]}
        />
      )}
    </Panel>
  );
}

function verdictText(verdict: Verdict): ReactNode {
  const parts: string[] = [bi(label(OUTCOMES, verdict.outcome))];
  if (verdict.termMonths !== null) parts.push(`${verdict.termMonths} 个月 months`);
  if (verdict.suspended) parts.push(`缓刑 suspended${verdict.probationMonths !== null ? ` ${verdict.probationMonths} 个月 months` : ''}`);
  if (verdict.fineYuan !== null) parts.push(`罚金 fine ¥${verdict.fineYuan.toLocaleString('zh-CN')}`);
  if (verdict.appealOutcome) parts.push(bi(label(APPEAL_OUTCOMES, verdict.appealOutcome)));
  return (
    <>
      {parts.join(' · ')}
      <br />
      {verdict.charges.join('、')} · <span className="mono">{verdict.documentNumber}</span> · {chinaTime(verdict.issuedAt)}
    </>
  );
}

/** Documents of a court case, from CaseJudgments (which carries their QR codes). */
function Documents({ caseId, documents }: { caseId: string; documents: CourtCaseJudgments[number]['judgments'] }) {
  if (documents.length === 0) return null;
  return (
    <>
      <h4>
        <Bi zh="裁判文书" en="Decision documents" />
      </h4>
      <ul className="documents">
        {documents.map((doc) => (
          <li key={doc.id}>
            <a href={hrefOf({ screen: 'judgment', caseId, judgmentId: doc.id })} className="document-link" data-judgment-id={doc.id}>
              <BiLabel value={label(JUDGMENT_KINDS, doc.kind)} /> <span className="mono">{doc.documentNumber}</span> · {doc.issuedOn}
            </a>{' '}
            <span className="badge" data-status={doc.status}>
              <BiLabel value={label(JUDGMENT_STATUSES, doc.status)} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CourtPanel({
  caseId,
  details,
  judgments,
  failure,
  judgmentsFailed,
}: {
  caseId: string;
  details: CaseDetails | null;
  judgments: CourtCaseJudgments | null;
  failure: PanelFailure;
  judgmentsFailed: boolean;
}) {
  const courtCases = details?.courtCases ?? [];
  const documentsOf = (number: string) => judgments?.find((c) => c.number === number)?.judgments ?? [];
  // When the details failed because of another agency, the court's documents may still have arrived.
  const judgmentsOnly = !details && failure?.kind === 'not-shown' && judgments && judgments.length > 0 ? judgments : null;
  if (judgmentsOnly)
    return (
      <Panel agency="COURT" missing={null}>
        {judgmentsOnly.map((courtCase) => (
          <article className="court-case" key={courtCase.number} data-court-case={courtCase.number}>
            <h4 className="mono">{courtCase.number}</h4>
            <Facts rows={[['法院', 'Court', courtCase.court.name]]} />
            <Documents caseId={caseId} documents={courtCase.judgments} />
          </article>
        ))}
        <p className="hint unavailable">
          <Bi zh="其他审判信息暂时无法显示" en="The rest of the court record cannot be shown right now" />
        </p>
      </Panel>
    );
  return (
    <Panel agency="COURT" missing={missingReason(failure, courtCases.length === 0, ['案件尚未到达法院', 'The case has not reached a court'])}>
      {courtCases.map((courtCase) => (
        <article className="court-case" key={courtCase.number} data-court-case={courtCase.number}>
          <h4 className="mono">{courtCase.number}</h4>
          <Facts
            rows={[
              ['法院', 'Court', courtCase.court.name],
              ['审级', 'Instance', `${bi(label(INSTANCES, courtCase.instance))} · ${bi(label(PROCEDURES, courtCase.procedure))}`],
              ['状态', 'Status', bi(label(COURT_CASE_STATUSES, courtCase.status))],
              ['立案', 'Registered', chinaTime(courtCase.registeredAt)],
              ['被告人', 'Defendants', courtCase.defendants.map((d) => d.maskedName).join('、')],
              ['开庭', 'Hearings', courtCase.hearings.map((h) => `${chinaTime(h.at)} ${h.courtroom}`).join('；')],
              ['裁判结果', 'Verdict', courtCase.verdict && verdictText(courtCase.verdict)],
              ['生效', 'Effective', courtCase.effectiveAt && chinaTime(courtCase.effectiveAt)],
              ['交付执行', 'Delivered for execution', courtCase.deliveredForExecutionAt && chinaTime(courtCase.deliveredForExecutionAt)],
            ]}
          />
          <Documents caseId={caseId} documents={documentsOf(courtCase.number)} />
          {judgmentsFailed && courtCase.verdict && (
            <p className="hint unavailable">
              <Bi zh="裁判文书暂时无法显示" en="The decision documents cannot be shown right now" />
            </p>
          )}
        </article>
      ))}
    </Panel>
  );
}

export function JusticePanel({ details, failure }: { details: CaseDetails | null; failure: PanelFailure }) {
  const executions = details?.executions ?? [];
  return (
    <Panel agency="JUSTICE" missing={missingReason(failure, executions.length === 0, ['暂无刑罚执行记录', 'No sentence being executed'])}>
      {executions.map((execution) => (
        <article key={execution.recordNumber} className="execution">
          <Facts
            rows={[
              ['执行方式', 'Kind', bi(label(EXECUTION_KINDS, execution.kind))],
              ['编号', 'Record number', <span className="mono">{execution.recordNumber}</span>],
              ['执行机关', 'Institution', execution.institutionName],
              ['服刑人员', 'Person', `${execution.person.maskedName} ${execution.person.maskedIdNumber}`],
              ['开始', 'Started', chinaTime(execution.startedAt)],
              ['预计结束', 'Planned end', execution.plannedEndAt && chinaTime(execution.plannedEndAt)],
              ['结束', 'Ended', execution.endedAt && chinaTime(execution.endedAt)],
              ['状态', 'Status', bi(label(EXECUTION_STATUSES, execution.status))],
            ]}
          />
        </article>
      ))}
    </Panel>
  );
}

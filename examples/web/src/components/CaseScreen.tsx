import { CaseDetailsDocument, CaseJudgmentsDocument, CaseTimelineDocument } from '@hub/sdk';
import type { HubError } from '../api';
import { useHubQuery } from '../hooks/useHubQuery';
import { AGENCIES, chinaTime, CLOSURE_REASONS, label, PARTY_ROLES, STAGES } from '../labels';
import { CourtPanel, JusticePanel, PolicePanel, ProcuratoratePanel, type PanelFailure } from './AgencyPanels';
import { Bi, BiLabel } from './Bi';
import { Facts } from './Facts';
import { Empty, Errors, Loading } from './Status';
import { AgencyLegend, Timeline } from './Timeline';

/** The field of Case each agency's subgraph provides, to tell which panel an error concerns. */
const FIELD_OF_SERVICE: Record<string, string> = { police: 'policeCase', procuratorate: 'prosecution', court: 'courtCases', justice: 'executions' };

/** The field an error concerns, if it is one of an agency panel's. */
function panelField(error: HubError): string | null {
  return error.path.find((segment): segment is string => typeof segment === 'string' && Object.values(FIELD_OF_SERVICE).includes(segment)) ?? null;
}

/** Why an agency's panel is empty, from the errors of the details query. */
function failureOf(errors: readonly HubError[], service: string, nothingArrived: boolean): PanelFailure {
  const field = FIELD_OF_SERVICE[service] ?? service;
  if (errors.some((e) => e.code === 'SERVICE_UNAVAILABLE' && (e.serviceName === service || panelField(e) === field))) return { kind: 'unavailable' };
  // A role may read some agencies' records and not others: those fields alone are refused.
  const refused = errors.find((e) => e.code === 'FORBIDDEN' && panelField(e) === field);
  if (refused) return { kind: 'forbidden', message: refused.message };
  return nothingArrived && errors.length > 0 ? { kind: 'not-shown' } : null;
}

/**
 * A case across the agencies: its timeline, then each agency's part. Three operations run in
 * parallel, so a part that fails (an agency's system down) leaves the others on screen.
 */
export function CaseScreen({ caseId }: { caseId: string }) {
  const variables = { id: caseId };
  const timeline = useHubQuery(CaseTimelineDocument, variables);
  const details = useHubQuery(CaseDetailsDocument, variables);
  const judgments = useHubQuery(CaseJudgmentsDocument, variables);
  const loading = timeline.loading || details.loading || judgments.loading;
  const errors = [...timeline.errors, ...details.errors, ...judgments.errors];
  // A refused agency field is said in that agency's panel; everything else above the case.
  const bannerErrors = errors.filter((e) => !(e.code === 'FORBIDDEN' && panelField(e) !== null));
  const reload = () => {
    timeline.reload();
    details.reload();
    judgments.reload();
  };

  const summary = timeline.data?.case ?? details.data?.case ?? null;
  const found = summary !== null || judgments.data?.case != null;
  if (loading && !found) return <Loading />;
  if (!found)
    return (
      <section className="card" id="case-view" data-case-id={caseId}>
        {errors.length > 0 ? <Errors errors={errors} onRetry={reload} /> : <Empty zh="没有此案件" en={`No case has the id ${caseId}`} />}
        <p>
          <a href="#/">
            <Bi zh="返回查询" en="Back to search" />
          </a>
        </p>
      </section>
    );

  const caseDetails = details.data?.case ?? null;
  const failure = (service: string) => failureOf(details.errors, service, !caseDetails);
  return (
    <div id="case-view" data-case-id={caseId}>
      <Errors errors={bannerErrors} onRetry={reload} />
      <section className="card" id="case-summary">
        <h2>
          <Bi zh="案件" en="Case" /> <span className="mono">{caseId}</span>
        </h2>
        {summary && (
          <Facts
            rows={[
              ['罪名', 'Offence', summary.offence],
              ['阶段', 'Stage', <BiLabel value={label(STAGES, summary.stage)} />],
              ['结案原因', 'Closed because', summary.closureReason && <BiLabel value={label(CLOSURE_REASONS, summary.closureReason)} />],
              ['立案时间', 'Filed', chinaTime(summary.filedAt)],
              ['行政区划', 'Division', summary.divisionCode],
            ]}
          />
        )}
      </section>

      <section className="card" id="timeline-card">
        <h2>
          <Bi zh="办案时间线" en="Timeline across agencies" />
          {timeline.data?.case && (
            <span className="count" id="event-count">
              {' '}
              · {timeline.data.case.timeline.length} 项 events
            </span>
          )}
        </h2>
        <p className="hint">
          <Bi zh="时间均为北京时间" en="Times are China time (UTC+8)" />
        </p>
        <AgencyLegend />
        {timeline.loading && !timeline.data && <Loading />}
        {timeline.data?.case ? (
          <Timeline events={timeline.data.case.timeline} />
        ) : (
          !timeline.loading && (
            <p className="hint unavailable">
              <Bi zh="时间线暂时无法显示" en="The timeline cannot be shown right now" />
            </p>
          )
        )}
      </section>

      <div className="panels">
        <PolicePanel details={caseDetails} failure={failure('police')} />
        <ProcuratoratePanel details={caseDetails} failure={failure('procuratorate')} />
        <CourtPanel caseId={caseId} details={caseDetails} judgments={judgments.data?.case?.courtCases ?? null} failure={failure('court')} judgmentsFailed={judgments.errors.length > 0} />
        <JusticePanel details={caseDetails} failure={failure('justice')} />
      </div>

      {caseDetails && (
        <section className="card" id="case-numbers">
          <h2>
            <Bi zh="各机关编号" en="Numbers given by each agency" />
          </h2>
          <ul className="numbers">
            {caseDetails.numbers.map((n) => (
              <li key={`${n.kind}/${n.number}`} data-agency={n.agency} title={`${label(AGENCIES, n.agency)[0]} · ${n.kind}`}>
                <span className="mono">{n.number}</span>
              </li>
            ))}
          </ul>
          {caseDetails.parties.length > 0 && (
            <>
              <h3>
                <Bi zh="当事人（已脱敏）" en="Parties (masked)" />
              </h3>
              <ul className="plain">
                {caseDetails.parties.map((p) => (
                  <li key={`${p.role}/${p.person.id}`}>
                    <BiLabel value={label(PARTY_ROLES, p.role)} />: <b>{p.person.maskedName}</b> <span className="mono">{p.person.maskedIdNumber}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}

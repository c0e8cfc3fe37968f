/** One case from filing to the end of its sentence, as a script not yet cut at the export instant. */
import { DAY_MS, plusMonths, sometime, type Ms } from './clock';
import { chooseProcedure, tryCase } from './court';
import { casePeople, type PeopleLayout, type PersonRegistry } from './people';
import { caseDivision, caseOffence, filedAtOf, type CasePlan } from './plan';
import { investigate, resubmit } from './police';
import { drawReturns, reviewProsecution } from './procuratorate';
import { Rng, STREAMS } from './random';
import { newBuilder, stage, type CaseBuilder, type CaseScript } from './script';
import { isDutyCrime } from './traits';

/** Bribery and other duty crimes reach the procuratorate from the supervisory commission. */
function dutyInvestigation(b: CaseBuilder): Ms {
  const { filedAt } = b.script;
  return sometime(b.rng, filedAt + 30 * DAY_MS, plusMonths(filedAt, 6));
}

export function simulateCase(plan: CasePlan, registry: PersonRegistry, i: number, layout: PeopleLayout): CaseScript {
  const people = casePeople(plan, i, layout, registry);
  const offence = caseOffence(plan, i);
  const script: CaseScript = {
    index: i,
    caseId: plan.caseIds[i] ?? '',
    division: caseDivision(plan, i),
    offence,
    filedAt: filedAtOf(plan, i),
    policeCaseNumber: plan.policeCaseNumbers[i] ?? '',
    suspects: people.suspects,
    victims: people.victims,
    courts: [],
    executions: [],
    stages: [],
    requests: [],
  };
  const b = newBuilder(Rng.derive(plan.seed, i, STREAMS.case), script);
  stage(b, script.filedAt, 'INVESTIGATION');
  const duty = isDutyCrime(offence);
  const transferredAt = duty ? dutyInvestigation(b) : investigate(b);
  if (transferredAt === undefined) return script;
  stage(b, transferredAt, 'PROSECUTION_REVIEW');
  const returns = duty ? 0 : drawReturns(b);
  const procedure = chooseProcedure(b, offence, returns);
  const indictedAt = reviewProsecution(b, transferredAt, { returns, procedure, resubmit });
  if (indictedAt !== undefined) tryCase(b, indictedAt, procedure);
  return script;
}

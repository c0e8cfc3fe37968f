import type { CaseStage, ClosureReason } from '@hub/domain';
import { freshExport, type CaseBundle, type LoadedExport } from './support/fixture';

type Expected = { stage: CaseStage; reason?: ClosureReason } | 'EXECUTION_OR_COMPLETED';

function courtStage(bundle: CaseBundle): Expected {
  const byRegistration = [...bundle.courts].sort((x, y) => x.registeredAt.localeCompare(y.registeredAt));
  const effective = byRegistration.find((record) => record.status === 'EFFECTIVE');
  if (!effective) {
    const last = byRegistration.at(-1);
    const appeal = last?.status === 'APPEALED' || (last?.instance === 'SECOND' && last.status === 'PENDING');
    return { stage: appeal ? 'APPEAL' : 'TRIAL' };
  }
  const verdict = effective.judgment?.verdict;
  if (verdict === 'ACQUITTED') return { stage: 'CLOSED', reason: 'ACQUITTED' };
  if (verdict === 'EXEMPTED' || verdict === 'FINE_ONLY') return { stage: 'CLOSED', reason: 'EXEMPTED' };
  if (bundle.executions.some((record) => record.status === 'SERVING')) return { stage: 'EXECUTION' };
  // Detention houses report to nobody here, and a parolee's term may have run out: either reading holds.
  return 'EXECUTION_OR_COMPLETED';
}

/** An independent reading of where a case stands, from the agencies' records alone. */
function expectedStage(bundle: CaseBundle): Expected {
  const { police, prosecution } = bundle;
  if (police?.status === 'WITHDRAWN') return { stage: 'CLOSED', reason: 'WITHDRAWN' };
  if (prosecution?.status === 'NOT_PROSECUTED') return { stage: 'CLOSED', reason: 'NOT_PROSECUTED' };
  if (!prosecution || prosecution.status === 'ARREST_REVIEW') return { stage: 'INVESTIGATION' };
  if (prosecution.status !== 'INDICTED') return { stage: 'PROSECUTION_REVIEW' };
  return courtStage(bundle);
}

function hasEventsOf(bundle: CaseBundle): Set<string> {
  const agencies = new Set<string>();
  if (bundle.police?.events.length) agencies.add('POLICE');
  if (bundle.prosecution?.events.length) agencies.add('PROCURATORATE');
  if (bundle.courts.some((record) => record.events.length)) agencies.add('COURT');
  if (bundle.executions.some((record) => record.events.length)) agencies.add('JUSTICE');
  return agencies;
}

describe('case stages', () => {
  let data: LoadedExport;
  beforeAll(async () => {
    data = await freshExport(2000, 5);
  });
  afterAll(() => data.cleanup());

  it('agrees with what the agencies recorded as of the export instant', () => {
    const problems: string[] = [];
    for (const bundle of data.bundles) {
      const expected = expectedStage(bundle);
      const { stage, closureReason } = bundle.index;
      const ok =
        expected === 'EXECUTION_OR_COMPLETED'
          ? stage === 'EXECUTION' || (stage === 'CLOSED' && closureReason === 'SENTENCE_COMPLETED')
          : stage === expected.stage && closureReason === expected.reason;
      if (!ok) problems.push(`${bundle.index.caseId}: ${stage}/${closureReason ?? '-'} but records say ${JSON.stringify(expected)}`);
    }
    expect(problems).toEqual([]);
  });

  it('closes a case as completed only when nobody is still serving, and only CLOSED cases have a reason', () => {
    for (const { index, executions } of data.bundles) {
      if (index.closureReason === 'SENTENCE_COMPLETED') {
        expect(executions.filter((record) => record.status === 'SERVING')).toEqual([]);
      }
      expect(index.closureReason !== undefined).toBe(index.stage === 'CLOSED');
    }
  });

  it('names indicted people defendants, the others suspects, and lists the courts that registered the case', () => {
    for (const { index, prosecution, courts, police } of data.bundles) {
      const indicted = prosecution?.status === 'INDICTED';
      const accused = index.parties.filter((party) => party.role !== 'VICTIM');
      expect(new Set(accused.map((party) => party.role))).toEqual(new Set([indicted ? 'DEFENDANT' : 'SUSPECT']));
      expect(index.courtCodes).toEqual([...new Set(courts.map((court) => court.courtCode))]);
      if (police) expect(police.suspects.map((suspect) => suspect.personId)).toEqual(accused.map((party) => party.personId));
    }
  });

  // A second instance pending at the export instant is rare (about 1 case in 1,500), so APPEAL is not required here.
  it('leaves recent cases in progress and some sentences still being served', () => {
    const stages = new Set(data.cases.map((index) => index.stage));
    for (const stage of ['INVESTIGATION', 'PROSECUTION_REVIEW', 'TRIAL', 'EXECUTION', 'CLOSED']) {
      expect(stages).toContain(stage);
    }
    const open = data.cases.filter((index) => index.stage !== 'CLOSED' && index.stage !== 'EXECUTION');
    expect(open.every((index) => index.filedAt >= '2017-06-01')).toBe(true);
  });
});

describe('case shapes in a small export', () => {
  let data: LoadedExport;
  beforeAll(async () => {
    data = await freshExport(200, 42);
  });
  afterAll(() => data.cleanup());

  it('has a case that ran its full course to prison, with events of all four agencies', () => {
    const full = data.bundles.filter(
      (bundle) => hasEventsOf(bundle).size === 4 && bundle.executions.some((record) => record.kind === 'PRISON'),
    );
    expect(full.length).toBeGreaterThan(0);
  });

  it('has a withdrawn case, a case not prosecuted and an appealed case', () => {
    expect(data.bundles.some((b) => b.police?.status === 'WITHDRAWN' && b.index.closureReason === 'WITHDRAWN')).toBe(true);
    expect(data.bundles.some((b) => b.prosecution?.nonProsecution && b.index.closureReason === 'NOT_PROSECUTED')).toBe(true);
    expect(data.bundles.some((b) => b.courts.some((court) => court.instance === 'SECOND'))).toBe(true);
  });

  it('has community corrections at the judicial office of a town', () => {
    const corrections = data.justice.filter((record) => record.kind === 'COMMUNITY_CORRECTIONS');
    expect(corrections.length).toBeGreaterThan(0);
    for (const record of corrections) {
      expect(record.institutionName).toMatch(/^\p{Script=Han}+司法局\p{Script=Han}+(街道|镇)司法所$/u);
      expect(record.recordNumber).toMatch(/^淄\p{Script=Han}司矫〔20(16|17|18|19)〕\d+号$/u);
    }
  });
});

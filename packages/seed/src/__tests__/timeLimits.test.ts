import type { CaseBundle } from './support/fixture';
import { freshExport, type LoadedExport } from './support/fixture';
import { checkTimeLimits } from './support/timeLimits';

function withType(bundle: CaseBundle, type: string): boolean {
  const records = [bundle.police, bundle.prosecution, ...bundle.courts, ...bundle.executions];
  return records.some((record) => record?.events.some((event) => event.type === type));
}

describe('legal time limits', () => {
  let data: LoadedExport;
  beforeAll(async () => {
    data = await freshExport(2000, 31);
  });
  afterAll(() => data.cleanup());

  it('keeps every limit in every case', () => {
    const problems = data.bundles.flatMap((bundle) => checkTimeLimits(bundle, data.manifest.asOf));
    expect(problems).toEqual([]);
  });

  it('exercises each limit the checker knows', () => {
    for (const type of [
      'ARREST_REQUESTED', 'ARREST_APPROVED', 'ARREST_DENIED', 'RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION',
      'SUPPLEMENTARY_INVESTIGATION_RETURNED', 'APPEAL_FILED', 'PROTESTED', 'SECOND_INSTANCE_JUDGMENT',
      'PRISON_ADMITTED', 'CORRECTIONS_INTAKE', 'SENTENCE_COMMUTED', 'RELEASED', 'CORRECTIONS_ENDED',
    ]) {
      expect({ type, present: data.bundles.some((bundle) => withType(bundle, type)) }).toEqual({ type, present: true });
    }
  });

  it('catches a case that breaks a limit', () => {
    const bundle = data.bundles.find((candidate) => candidate.courts.some((court) => court.judgment && court.instance === 'FIRST'));
    if (!bundle) throw new Error('no judged case');
    const court = bundle.courts[0];
    if (!court?.judgment) throw new Error('no judgment');
    const late = { ...court, judgment: { ...court.judgment, issuedAt: '2099-01-01T00:00:00+08:00' } };
    expect(checkTimeLimits({ ...bundle, courts: [late, ...bundle.courts.slice(1)] }, data.manifest.asOf)).not.toEqual([]);
  });
});

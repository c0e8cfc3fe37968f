import { OFFENCES, offenceByName } from '../offences';

describe('offences', () => {
  it('has unique names ending in 罪 and sane numbers', () => {
    expect(new Set(OFFENCES.map((offence) => offence.name)).size).toBe(OFFENCES.length);
    for (const offence of OFFENCES) {
      expect(offence.name).toMatch(/罪$/);
      expect(offence.weight).toBeGreaterThan(0);
      expect(offence.custodialShare).toBeGreaterThanOrEqual(0);
      expect(offence.custodialShare).toBeLessThanOrEqual(1);
      const [shortest, longest] = offence.typicalTermMonths;
      expect(shortest).toBeGreaterThan(0);
      expect(longest).toBeGreaterThanOrEqual(shortest);
      // Fixed-term imprisonment for one offence is at most 15 years.
      expect(longest).toBeLessThanOrEqual(180);
    }
  });

  it('makes dangerous driving the most frequent charge and murder the only grave one', () => {
    const byWeight = [...OFFENCES].sort((a, b) => b.weight - a.weight);
    expect(byWeight[0]?.name).toBe('危险驾驶罪');
    expect(OFFENCES.filter((offence) => offence.grave).map((offence) => offence.name)).toEqual(['故意杀人罪']);
  });

  it('flags the bribe-giving offences for the bribery-record check, not bribe-taking', () => {
    const bribery = OFFENCES.filter((offence) => offence.briberyFamily).map((offence) => offence.name);
    expect(bribery.sort()).toEqual(['介绍贿赂罪', '单位行贿罪', '对非国家工作人员行贿罪', '行贿罪'].sort());
    expect(offenceByName('受贿罪')?.briberyFamily).toBe(false);
  });

  it('finds offences by exact name', () => {
    expect(offenceByName('掩饰、隐瞒犯罪所得罪')?.name).toBe('掩饰、隐瞒犯罪所得罪');
    expect(offenceByName('盗窃')).toBeUndefined();
  });
});

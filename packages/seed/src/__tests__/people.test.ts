import { OTHER_DIVISION_CODES, ZIBO_DIVISIONS, validateIdNumber } from '@hub/domain';
import { freshExport, type LoadedExport } from './support/fixture';

const ID_LIKE = /\d{15,}[\dXx]?/;

function ageAt(birthDate: string, iso: string): number {
  const filed = Number(iso.slice(0, 10).replace(/-/g, ''));
  return Math.floor((filed - Number(birthDate)) / 10000);
}

describe('people', () => {
  let data: LoadedExport;
  beforeAll(async () => {
    data = await freshExport(2000, 2024);
  });
  afterAll(() => data.cleanup());

  it('gives everyone a unique person id and a unique, valid ID number whose order digit matches the gender', () => {
    const ids = new Set<string>();
    const idNumbers = new Set<string>();
    for (const person of data.persons) {
      expect(person.personId).toMatch(/^P\d{8}$/);
      const checked = validateIdNumber(person.idNumber);
      if (!checked.ok) throw new Error(`${person.personId}: ${checked.reason}`);
      expect(checked.gender).toBe(person.gender);
      ids.add(person.personId);
      idNumbers.add(person.idNumber);
    }
    expect(ids.size).toBe(data.persons.length);
    expect(idNumbers.size).toBe(data.persons.length);
  });

  it('takes ID divisions mostly from Zibo and about 15% from elsewhere', () => {
    const zibo = new Set(ZIBO_DIVISIONS.map((division) => division.code));
    const elsewhere = new Set(OTHER_DIVISION_CODES);
    const codes = data.persons.map((person) => person.idNumber.slice(0, 6));
    expect(codes.every((code) => zibo.has(code) || elsewhere.has(code))).toBe(true);
    const share = codes.filter((code) => elsewhere.has(code)).length / codes.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.2);
  });

  it('makes suspects 16 to 75 at filing, about 85% of them men, 1.2 to 1.4 per case, about 5% recidivists', () => {
    const persons = new Map(data.persons.map((person) => [person.personId, person]));
    let suspects = 0;
    let men = 0;
    const appearances = new Map<string, number>();
    for (const index of data.cases) {
      for (const party of index.parties.filter((p) => p.role !== 'VICTIM')) {
        const person = persons.get(party.personId);
        if (!person) throw new Error(`party ${party.personId} missing from persons.jsonl`);
        const age = ageAt(person.idNumber.slice(6, 14), index.filedAt);
        expect(age).toBeGreaterThanOrEqual(16);
        expect(age).toBeLessThanOrEqual(75);
        suspects++;
        if (person.gender === 'MALE') men++;
        appearances.set(party.personId, (appearances.get(party.personId) ?? 0) + 1);
      }
    }
    expect(men / suspects).toBeGreaterThan(0.8);
    expect(men / suspects).toBeLessThan(0.9);
    expect(suspects / data.cases.length).toBeGreaterThan(1.2);
    expect(suspects / data.cases.length).toBeLessThan(1.4);
    const repeats = [...appearances.values()].reduce((sum, count) => sum + count - 1, 0);
    expect(repeats / suspects).toBeGreaterThan(0.03);
    expect(repeats / suspects).toBeLessThan(0.08);
  });

  it('lists each person once, before or in the first case that names them', () => {
    const order = new Map(data.persons.map((person, position) => [person.personId, position]));
    expect(order.size).toBe(data.persons.length);
    const referenced = new Set(data.cases.flatMap((index) => index.parties.map((party) => party.personId)));
    expect(referenced).toEqual(new Set(order.keys()));
    for (const record of data.police) {
      for (const suspect of record.suspects) expect(order.has(suspect.personId)).toBe(true);
      for (const victim of record.victimIds) expect(order.has(victim)).toBe(true);
    }
  });

  it('never puts a full name or an ID number into a title', () => {
    const fullNames = new Set(data.persons.map((person) => person.name));
    const records = [...data.police, ...data.procuratorate, ...data.court, ...data.justice];
    for (const event of records.flatMap((record) => record.events)) {
      expect(event.title).not.toMatch(ID_LIKE);
      const named = /（(.+)）$/.exec(event.title)?.[1];
      if (named === undefined) continue;
      expect(named).toMatch(/^\p{Script=Han}{1,2}某[甲乙丙丁戊]?$/u);
      expect(fullNames.has(named)).toBe(false);
    }
  });
});

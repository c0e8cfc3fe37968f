import {
  SHANDONG_HIGH_COURT,
  ZIBO_COURTS,
  appealCourtFor,
  basicCourtForDivision,
  courtByCode,
} from '../courts';
import { OTHER_DIVISION_CODES, ZIBO_CITY, ZIBO_DIVISIONS, divisionByCode } from '../divisions';
import { parseCourtCaseNumber } from '../caseNumbers';

describe('courts', () => {
  it('has the intermediate court and one basic court per district or county', () => {
    expect(courtByCode('鲁03')).toEqual({
      code: '鲁03',
      name: '淄博市中级人民法院',
      level: 'INTERMEDIATE',
      divisionCode: ZIBO_CITY.code,
    });
    const basic = ZIBO_COURTS.filter((court) => court.level === 'BASIC');
    expect(basic.map((court) => court.divisionCode).sort()).toEqual(
      ZIBO_DIVISIONS.map((division) => division.code).sort(),
    );
  });

  it('derives basic court codes from the division code (GB/T 2260 digits 3-6)', () => {
    for (const division of ZIBO_DIVISIONS) {
      const court = basicCourtForDivision(division.code);
      expect(court?.code).toBe(`鲁${division.code.slice(2)}`);
      expect(court?.name).toBe(`${division.name}人民法院`);
    }
  });

  it('finds the high court by code and nothing for unknown codes', () => {
    expect(courtByCode('鲁')).toBe(SHANDONG_HIGH_COURT);
    expect(courtByCode('鲁0102')).toBeUndefined();
    expect(basicCourtForDivision('370300')).toBeUndefined();
  });

  it('routes appeals: basic → 鲁03 → 鲁 → none', () => {
    expect(appealCourtFor('鲁0303')?.code).toBe('鲁03');
    expect(appealCourtFor('鲁0323')?.code).toBe('鲁03');
    expect(appealCourtFor('鲁03')).toBe(SHANDONG_HIGH_COURT);
    expect(appealCourtFor('鲁')).toBeUndefined();
    expect(appealCourtFor('京0105')).toBeUndefined();
  });

  it('uses codes that case numbers accept', () => {
    for (const court of [...ZIBO_COURTS, SHANDONG_HIGH_COURT]) {
      expect(parseCourtCaseNumber(`（2017）${court.code}刑初1号`)?.courtCode).toBe(court.code);
    }
  });
});

describe('divisions', () => {
  it('names each district\'s agencies the way Zibo does', () => {
    expect(divisionByCode('370303')).toMatchObject({
      name: '张店区',
      shortName: '张',
      policeBureau: '淄博市公安局张店分局',
      procuratorate: '淄博市张店区人民检察院',
      justiceBureau: '淄博市张店区司法局',
    });
    expect(divisionByCode('370321')).toMatchObject({
      name: '桓台县',
      shortName: '桓',
      policeBureau: '桓台县公安局',
      procuratorate: '桓台县人民检察院',
      justiceBureau: '桓台县司法局',
    });
    expect(divisionByCode('370302')?.shortName).toBe('川');
    expect(divisionByCode('370100')).toBeUndefined();
  });

  it('has unique one-character abbreviations and 8-13 distinct towns per division', () => {
    expect(ZIBO_DIVISIONS).toHaveLength(8);
    expect(new Set(ZIBO_DIVISIONS.map((division) => division.shortName)).size).toBe(8);
    for (const division of ZIBO_DIVISIONS) {
      expect(division.code).toMatch(/^3703\d{2}$/);
      expect(Array.from(division.shortName)).toHaveLength(1);
      expect(division.towns.length).toBeGreaterThanOrEqual(8);
      expect(division.towns.length).toBeLessThanOrEqual(13);
      expect(new Set(division.towns).size).toBe(division.towns.length);
      for (const town of division.towns) expect(town).toMatch(/(街道|镇)$/);
    }
  });

  it('offers distinct non-Zibo county codes for migrants', () => {
    expect(OTHER_DIVISION_CODES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(OTHER_DIVISION_CODES).size).toBe(OTHER_DIVISION_CODES.length);
    for (const code of OTHER_DIVISION_CODES) {
      expect(code).toMatch(/^[1-6]\d{5}$/);
      expect(code.startsWith('3703')).toBe(false);
      expect(code.endsWith('00')).toBe(false);
    }
  });
});

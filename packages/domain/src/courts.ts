/** Zibo's courts (DESIGN.md §3) and the route an appeal takes up the hierarchy. */
import { ZIBO_CITY } from './divisions';

export interface Court {
  /** Court code in case numbers: 鲁 (high), 鲁03 (intermediate), 鲁0303 (basic). */
  code: string;
  name: string;
  level: 'HIGH' | 'INTERMEDIATE' | 'BASIC';
  /** GB/T 2260 code of the division the court serves. */
  divisionCode: string;
}

export const SHANDONG_HIGH_COURT: Court = {
  code: '鲁',
  name: '山东省高级人民法院',
  level: 'HIGH',
  divisionCode: '370000',
};

const ZIBO_INTERMEDIATE_COURT: Court = {
  code: '鲁03',
  name: '淄博市中级人民法院',
  level: 'INTERMEDIATE',
  divisionCode: ZIBO_CITY.code,
};

function basicCourt(code: string, name: string, divisionCode: string): Court {
  return { code, name, level: 'BASIC', divisionCode };
}

export const ZIBO_COURTS: readonly Court[] = [
  ZIBO_INTERMEDIATE_COURT,
  basicCourt('鲁0302', '淄川区人民法院', '370302'),
  basicCourt('鲁0303', '张店区人民法院', '370303'),
  basicCourt('鲁0304', '博山区人民法院', '370304'),
  basicCourt('鲁0305', '临淄区人民法院', '370305'),
  basicCourt('鲁0306', '周村区人民法院', '370306'),
  basicCourt('鲁0321', '桓台县人民法院', '370321'),
  basicCourt('鲁0322', '高青县人民法院', '370322'),
  basicCourt('鲁0323', '沂源县人民法院', '370323'),
];

export function courtByCode(code: string): Court | undefined {
  if (code === SHANDONG_HIGH_COURT.code) return SHANDONG_HIGH_COURT;
  return ZIBO_COURTS.find((court) => court.code === code);
}

export function basicCourtForDivision(divisionCode: string): Court | undefined {
  return ZIBO_COURTS.find((court) => court.level === 'BASIC' && court.divisionCode === divisionCode);
}

/** The court that hears an appeal against a decision of the given court (two instances, final). */
export function appealCourtFor(courtCode: string): Court | undefined {
  const court = courtByCode(courtCode);
  switch (court?.level) {
    case 'BASIC':
      return ZIBO_INTERMEDIATE_COURT;
    case 'INTERMEDIATE':
      return SHANDONG_HIGH_COURT;
    default:
      return undefined;
  }
}

/**
 * Who uses the procuratorates' services in the demo data: companies that bid for public works,
 * their legal representatives and project managers, the city's defence lawyers, and the officers
 * who handle complaints. None of them is a person of the criminal cases unless a generator picks
 * one of those on purpose.
 */
import { OTHER_DIVISION_CODES, ZIBO_DIVISIONS, makeCreditCode, makeIdNumber, type Division } from '@hub/domain';
import { chinaDateDigits, plusMonths, DAY_MS, type Ms } from '../../clock';
import { chineseName } from '../../names';
import { Rng } from '../../random';

export interface Company {
  name: string;
  creditCode: string;
  division: Division;
  legalRepresentative: PersonIdentity;
}

export interface PersonIdentity {
  name: string;
  idNumber: string;
}

export interface Lawyer {
  lawyerId: string;
  name: string;
  lawFirm: string;
}

const COMPANY_WORDS = [
  '鑫源', '华泰', '金诚', '鲁泰', '恒通', '宏达', '齐盛', '瑞丰', '博元', '天成', '广源', '永兴', '中和', '新华',
  '诚信', '盛世', '联创', '汇川', '泰和', '金晶', '齐润', '丰源', '众鑫', '海川', '德源', '信达', '嘉禾', '正阳',
];
const COMPANY_TRADES = [
  '建设工程', '建筑安装', '市政工程', '环保科技', '医疗器械', '信息技术', '电力工程', '园林绿化', '陶瓷', '化工',
  '物业管理', '建材', '机电设备', '装饰工程', '路桥工程', '水利工程', '智能科技', '药业',
];
const LAW_FIRMS = [
  '山东齐鲁正和律师事务所', '山东稷下律师事务所', '山东鲁中明理律师事务所', '山东般阳律师事务所', '山东齐都律师事务所',
  '山东柳泉律师事务所', '山东华信博通律师事务所', '山东丝路律师事务所', '山东桓公律师事务所', '山东千乘律师事务所',
  '山东鲁山律师事务所', '山东正言律师事务所', '山东明德至诚律师事务所', '山东信诺律师事务所', '山东公衡律师事务所',
  '山东衡舟律师事务所', '山东泰和律师事务所', '山东弘法律师事务所', '山东齐风律师事务所', '山东淄江律师事务所',
];

/** A person who is not in any case: born in Zibo mostly, 25 to 60 years old at `at`. */
export function outsiderIdentity(rng: Rng, at: Ms, home: Division): PersonIdentity {
  const male = rng.chance(0.75);
  const age = rng.int(25, 60);
  const birth = chinaDateDigits(plusMonths(at, -12 * age) - rng.int(1, 364) * DAY_MS);
  const born = rng.chance(0.1) ? rng.pick(OTHER_DIVISION_CODES) : rng.chance(0.7) ? home.code : rng.pick(ZIBO_DIVISIONS).code;
  return { name: chineseName(rng, male), idNumber: makeIdNumber(born, birth, rng.int(0, 499) * 2 + (male ? 1 : 0)) };
}

/** A company registered in `division`; names repeat across districts, credit codes never do. */
export function makeCompany(rng: Rng, division: Division, serial: number, at: Ms): Company {
  const prefix = rng.chance(0.6) ? '淄博' : '山东';
  const name = `${prefix}${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TRADES)}有限公司`;
  // Organisation digits: the division's last two digits, then a serial that no other company has.
  const digits = `${division.code.slice(4)}${String(serial).padStart(6, '0')}`;
  return { name, creditCode: makeCreditCode(division.code, digits), division, legalRepresentative: outsiderIdentity(rng, at, division) };
}

/**
 * The city's criminal defence lawyers. The id is the practising certificate number: 1 (full-time)
 * + 3703 (Zibo) + year first licensed + 1 + gender digit + 6-digit serial.
 */
export function makeLawyers(rng: Rng, count: number): Lawyer[] {
  return Array.from({ length: count }, (_, k) => {
    const male = rng.chance(0.7);
    const year = rng.int(1998, 2016);
    const serial = String(100000 + k * 37 + rng.int(0, 36)).padStart(6, '0');
    return { lawyerId: `13703${year}1${male ? 1 : 0}${serial}`, name: chineseName(rng, male), lawFirm: rng.pick(LAW_FIRMS) };
  });
}

/** Officers of one procuratorate who answer complaints and arrange file reviews. */
export function makeOfficers(rng: Rng, count: number): string[] {
  return Array.from({ length: count }, () => chineseName(rng, rng.chance(0.55)));
}

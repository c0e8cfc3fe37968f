/**
 * Place and organisation names in the style of central Shandong: villages named after a family
 * (王家庄村, 东孙村) or a landmark (石桥村, 柳沟村), residents' communities named after roads and
 * estates (华光路社区), law firms, employers of Zibo's industries (ceramics, chemicals, glass).
 * They are made up; any match with a real place or firm is chance.
 */
import type { Rng } from '../../random';

const FAMILY_NAMES = ['王', '李', '张', '刘', '孙', '赵', '于', '毕', '翟', '蒲', '田', '韩', '崔', '高', '马', '姜', '徐', '宋', '杨', '周', '郑', '侯', '袁', '房', '路', '岳', '石', '齐', '付', '唐'];
const DIRECTIONS = ['东', '西', '南', '北', '前', '后', '大', '小', '上', '下'];
const LANDMARKS = [
  '石桥', '柳沟', '杏峪', '峪口', '泉头', '岭子', '山头', '河东', '河西', '南坡', '北坡', '石门', '黄土崖', '青龙', '白塔',
  '东营', '西营', '辛庄', '新立', '红旗', '胜利', '枣园', '梨园', '桃花峪', '杨家峪', '窝疃', '大洼', '高庄', '双沟', '龙泉',
  '马桥', '土门', '凤凰', '金山', '银山', '响泉', '槐荫', '官庄', '庙子', '古城', '沙沟', '苇园', '柿子园', '樱桃园', '南营',
];
const ROADS = [
  '华光路', '共青团路', '金晶大道', '人民路', '柳泉路', '新村路', '北京路', '上海路', '南京路', '西六路', '杏园', '丰泰',
  '东风', '西苑', '南苑', '北苑', '花园', '福园', '学府', '体育场', '铁山', '般阳', '松龄', '钟楼', '将军', '丝绸', '青年',
  '永安', '大街', '闻韶', '雪宫', '稷下', '齐都', '索镇', '少海', '芦湖', '南麻', '历山', '颜山', '孝妇河', '城东', '城西',
];
const ESTATE_SUFFIXES = ['社区', '社区', '社区', '花园社区', '新村社区', '小区社区'];
const FAMILY_SUFFIXES = ['家庄村', '家村', '庄村', '家楼村', '家峪村'];

/** A village or community name not yet in `taken`. */
export function villageName(rng: Rng, kind: 'VILLAGE' | 'COMMUNITY', taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    const name = kind === 'COMMUNITY' ? communityName(rng) : ruralName(rng);
    // After many misses a numbered form is always free (e.g. 东孙二村).
    const candidate = attempt < 40 ? name : name.replace(/(村|社区)$/, `${attempt - 38}$1`);
    if (!taken.has(candidate)) return candidate;
  }
}

function ruralName(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.35) return `${rng.pick(DIRECTIONS)}${rng.pick(FAMILY_NAMES)}村`;
  if (roll < 0.7) return `${rng.pick(FAMILY_NAMES)}${rng.pick(FAMILY_SUFFIXES)}`;
  return `${rng.pick(LANDMARKS)}村`;
}

function communityName(rng: Rng): string {
  return `${rng.pick(ROADS)}${rng.pick(ESTATE_SUFFIXES)}`;
}

const FIRM_WORDS = ['金', '诚', '泰', '和', '信', '正', '方', '衡', '平', '齐', '鲁', '瑞', '德', '明', '达', '嘉', '华', '博', '远', '恒', '盛', '鼎', '智', '昊', '晟', '合', '众', '源', '宏', '铭'];

/** A law firm (律师事务所) name: 山东 + two words, unique within `taken`. */
export function lawFirmName(rng: Rng, taken: ReadonlySet<string>): string {
  for (;;) {
    const first = rng.pick(FIRM_WORDS);
    const second = rng.pick(FIRM_WORDS);
    const name = `山东${first}${second}律师事务所`;
    if (first !== second && !taken.has(name)) return name;
  }
}

const COMPANY_WORDS = ['鑫', '华', '金', '宏', '盛', '泰', '恒', '瑞', '隆', '丰', '源', '晟', '信', '达', '永', '嘉'];
const INDUSTRIES = ['陶瓷有限公司', '化工有限公司', '玻璃制品有限公司', '机械制造有限公司', '建筑工程有限公司', '纺织有限公司', '耐火材料有限公司', '物流有限公司', '食品有限公司', '医药有限公司'];

export function employerName(rng: Rng): string {
  return `淄博${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_WORDS)}${rng.pick(INDUSTRIES)}`;
}

export function propertyCompanyName(rng: Rng): string {
  return `淄博${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_WORDS)}物业服务有限公司`;
}

export const CITY_HOSPITALS = ['淄博市中心医院', '淄博市第一医院', '淄博市妇幼保健院', '淄博市中医医院', '淄博市第四人民医院'];

export const INSURERS = ['中国人民财产保险股份有限公司淄博市分公司', '中国平安财产保险股份有限公司淄博中心支公司', '中国太平洋财产保险股份有限公司淄博中心支公司'];

/** 马尚 of 马尚街道, 房镇 of 房镇镇, 金岭回族 of 金岭回族镇. */
export function townStem(town: string): string {
  return town.replace(/(街道|镇)$/, '');
}

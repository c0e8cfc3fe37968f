/**
 * Zibo's districts and counties (GB/T 2260) with the agencies that serve each, as they were
 * named around 2017, the reference period of the demo data.
 */
export interface Division {
  code: string;
  /** e.g. 张店区 */
  name: string;
  /** One-character abbreviation used in document numbers: 张 in 淄张检刑诉〔2017〕123号. */
  shortName: string;
  /** e.g. 淄博市公安局张店分局; counties have their own bureau, e.g. 桓台县公安局. */
  policeBureau: string;
  /** e.g. 淄博市张店区人民检察院, 桓台县人民检察院 */
  procuratorate: string;
  /** e.g. 淄博市张店区司法局, 桓台县司法局 */
  justiceBureau: string;
  /** Streets (街道) and towns (镇); each has a judicial office (司法所). */
  towns: readonly string[];
}

export const ZIBO_CITY = { code: '370300', name: '淄博市' } as const;

function district(code: string, name: string, shortName: string, towns: readonly string[]): Division {
  const bare = name.slice(0, -1);
  return {
    code,
    name,
    shortName,
    policeBureau: `淄博市公安局${bare}分局`,
    procuratorate: `淄博市${name}人民检察院`,
    justiceBureau: `淄博市${name}司法局`,
    towns,
  };
}

function county(code: string, name: string, shortName: string, towns: readonly string[]): Division {
  return {
    code,
    name,
    shortName,
    policeBureau: `${name}公安局`,
    procuratorate: `${name}人民检察院`,
    justiceBureau: `${name}司法局`,
    towns,
  };
}

export const ZIBO_DIVISIONS: readonly Division[] = [
  district('370302', '淄川区', '川', [
    '般阳路街道', '松龄路街道', '钟楼街道', '将军路街道', '昆仑镇', '岭子镇', '西河镇',
    '龙泉镇', '寨里镇', '罗村镇', '洪山镇', '双杨镇', '太河镇',
  ]),
  district('370303', '张店区', '张', [
    '车站街道', '公园街道', '和平街道', '科苑街道', '体育场街道', '杏园街道', '马尚街道',
    '湖田街道', '四宝山街道', '房镇镇', '傅家镇', '中埠镇', '沣水镇',
  ]),
  district('370304', '博山区', '博', [
    '城东街道', '城西街道', '山头街道', '域城镇', '白塔镇', '八陡镇', '石马镇', '源泉镇',
    '池上镇', '博山镇',
  ]),
  district('370305', '临淄区', '临', [
    '闻韶街道', '雪宫街道', '辛店街道', '稷下街道', '齐陵街道', '齐都镇', '皇城镇', '敬仲镇',
    '朱台镇', '凤凰镇', '金岭回族镇',
  ]),
  district('370306', '周村区', '周', [
    '丝绸路街道', '大街街道', '青年路街道', '永安街道', '城北路街道', '北郊镇', '南郊镇',
    '王村镇', '萌水镇',
  ]),
  county('370321', '桓台县', '桓', [
    '索镇街道', '少海街道', '起凤镇', '田庄镇', '荆家镇', '马桥镇', '新城镇', '唐山镇', '果里镇',
  ]),
  county('370322', '高青县', '高', [
    '田镇街道', '芦湖街道', '青城镇', '高城镇', '黑里寨镇', '唐坊镇', '常家镇', '花沟镇', '木李镇',
  ]),
  county('370323', '沂源县', '沂', [
    '南麻街道', '历山街道', '南鲁山镇', '东里镇', '悦庄镇', '西里镇', '大张庄镇', '中庄镇',
    '张家坡镇', '燕崖镇', '石桥镇', '鲁村镇',
  ]),
];

export function divisionByCode(code: string): Division | undefined {
  return ZIBO_DIVISIONS.find((division) => division.code === code);
}

/**
 * Real county-level codes outside Zibo, for the ID numbers of people born elsewhere
 * (many suspects and victims in a city are migrants).
 */
export const OTHER_DIVISION_CODES: readonly string[] = [
  '370102', // 济南市历下区
  '370211', // 青岛市黄岛区
  '370481', // 滕州市
  '370502', // 东营市东营区
  '370602', // 烟台市芝罘区
  '370702', // 潍坊市潍城区
  '371302', // 临沂市兰山区
  '371402', // 德州市德城区
  '371602', // 滨州市滨城区
  '410105', // 郑州市金水区
  '130104', // 石家庄市桥西区
  '320106', // 南京市鼓楼区
  '340104', // 合肥市蜀山区
  '230103', // 哈尔滨市南岗区
];

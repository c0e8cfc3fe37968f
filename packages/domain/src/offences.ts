/**
 * The charges the demo data draws from, with relative frequencies shaped like a Chinese city's
 * recent caseload: dangerous driving first, then theft, online fraud and its helpers.
 */
export interface Offence {
  name: string;
  /** Relative frequency among criminal cases; only ratios matter. */
  weight: number;
  /** Heard first at the intermediate court (a life sentence or death penalty is possible). */
  grave: boolean;
  /** Counts for the procuratorate's bribery-record check (行贿犯罪档案查询). */
  briberyFamily: boolean;
  /** Share of convictions with a sentence actually served in custody (the rest suspended or non-custodial). */
  custodialShare: number;
  /** Usual range of the term imposed, in months. */
  typicalTermMonths: readonly [number, number];
}

function offence(
  name: string,
  weight: number,
  custodialShare: number,
  typicalTermMonths: readonly [number, number],
  flags: { grave?: boolean; briberyFamily?: boolean } = {},
): Offence {
  return {
    name,
    weight,
    grave: flags.grave ?? false,
    briberyFamily: flags.briberyFamily ?? false,
    custodialShare,
    typicalTermMonths,
  };
}

export const OFFENCES: readonly Offence[] = [
  // 危险驾驶 (drunk driving) is punished by criminal detention of 1 to 6 months.
  offence('危险驾驶罪', 260, 0.45, [1, 6]),
  offence('盗窃罪', 150, 0.6, [6, 36]),
  offence('诈骗罪', 90, 0.7, [6, 60]),
  offence('帮助信息网络犯罪活动罪', 100, 0.5, [6, 24]),
  offence('故意伤害罪', 60, 0.5, [6, 36]),
  offence('寻衅滋事罪', 45, 0.6, [6, 36]),
  offence('开设赌场罪', 40, 0.6, [6, 60]),
  offence('交通肇事罪', 40, 0.3, [6, 36]),
  offence('贩卖毒品罪', 30, 0.95, [6, 180]),
  offence('掩饰、隐瞒犯罪所得罪', 35, 0.5, [6, 36]),
  offence('抢劫罪', 10, 0.95, [36, 120]),
  offence('非法吸收公众存款罪', 15, 0.7, [12, 84]),
  offence('强奸罪', 10, 1, [36, 120]),
  offence('故意杀人罪', 3, 1, [120, 180], { grave: true }),
  offence('受贿罪', 8, 0.8, [12, 120]),
  offence('行贿罪', 5, 0.5, [12, 60], { briberyFamily: true }),
  offence('单位行贿罪', 2, 0.4, [6, 36], { briberyFamily: true }),
  offence('对非国家工作人员行贿罪', 2, 0.4, [6, 36], { briberyFamily: true }),
  offence('介绍贿赂罪', 1, 0.4, [6, 24], { briberyFamily: true }),
];

export function offenceByName(name: string): Offence | undefined {
  return OFFENCES.find((candidate) => candidate.name === name);
}

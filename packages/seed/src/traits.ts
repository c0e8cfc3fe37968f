/** How an offence shapes a case: who investigates it, how many people it involves. */
import type { Offence } from '@hub/domain';

/** Offences investigated by the supervisory commission (before 2018 the procuratorate), not the police. */
export function isDutyCrime(offence: Offence): boolean {
  return offence.briberyFamily || offence.name === '受贿罪';
}

/** Roaming, serial or gang-type crimes: detention may run 30 days before the arrest request. */
const GANG_TYPE = new Set(['诈骗罪', '帮助信息网络犯罪活动罪', '开设赌场罪', '寻衅滋事罪', '贩卖毒品罪', '抢劫罪']);

export function isGangType(offence: Offence): boolean {
  return GANG_TYPE.has(offence.name);
}

/** 危险驾驶 carries at most criminal detention, so the suspect cannot be arrested, only bailed. */
export function isDrunkDriving(offence: Offence): boolean {
  return offence.name === '危险驾驶罪';
}

/** Weights for 0, 1 and 2 victims. */
const VICTIM_WEIGHTS: Record<string, readonly [number, number, number]> = {
  盗窃罪: [5, 85, 10],
  诈骗罪: [0, 70, 30],
  帮助信息网络犯罪活动罪: [80, 20, 0],
  故意伤害罪: [0, 80, 20],
  寻衅滋事罪: [20, 55, 25],
  交通肇事罪: [0, 85, 15],
  抢劫罪: [0, 85, 15],
  非法吸收公众存款罪: [0, 40, 60],
  强奸罪: [0, 1, 0],
  故意杀人罪: [0, 1, 0],
};

export function victimWeights(offence: Offence): readonly [number, number, number] {
  return VICTIM_WEIGHTS[offence.name] ?? [1, 0, 0];
}

/** Weights for 1, 2 and 3 suspects. */
export function suspectWeights(offence: Offence): readonly [number, number, number] {
  if (isDrunkDriving(offence) || isDutyCrime(offence) || offence.name === '交通肇事罪') return [1, 0, 0];
  return isGangType(offence) ? [55, 28, 17] : [82, 14, 4];
}

/** Share of male suspects; about 85% over the whole caseload. */
export function maleSuspectShare(offence: Offence): number {
  if (offence.name === '强奸罪') return 1;
  if (isDrunkDriving(offence)) return 0.93;
  if (isDutyCrime(offence)) return 0.9;
  return 0.82;
}

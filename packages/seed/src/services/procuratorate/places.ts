/**
 * The liaison network of the city's procuratorates: a service hall (检察服务大厅) at each of the
 * nine procuratorates, resident offices (派驻基层检察室) in the larger towns, each serving a few
 * neighbouring towns, and a contact point (检察联络点) in the social-governance centre of every
 * street and town. Coordinates are WGS84 around each district's seat, streets near the seat and
 * towns farther out, as on a map of Zibo (which spreads from 高青 in the north to 沂源 in the
 * south); they are plausible, not surveyed.
 */
import { ZIBO_DIVISIONS, ZIBO_PROCURATORATES, type Division, type Procuratorate, type ServicePointExport } from '@hub/domain';
import { Rng } from '../../random';

interface DistrictGeography {
  /** The seat of the district government, WGS84. */
  latitude: number;
  longitude: number;
  /** How far its towns lie from the seat, km. */
  radiusKm: number;
  roads: readonly string[];
  /** First digit of the district's telephone numbers after 0533-. */
  phoneDigit: number;
}

const GEOGRAPHY: Record<string, DistrictGeography> = {
  '370302': { latitude: 36.6434, longitude: 117.9666, radiusKm: 14, roads: ['般阳路', '松龄路', '淄城路', '将军路', '西环路', '商场东街'], phoneDigit: 5 },
  '370303': { latitude: 36.8069, longitude: 118.0178, radiusKm: 9, roads: ['人民西路', '柳泉路', '共青团西路', '华光路', '金晶大道', '联通路', '新村西路', '中润大道'], phoneDigit: 2 },
  '370304': { latitude: 36.4946, longitude: 117.8616, radiusKm: 12, roads: ['中心路', '新建路', '城西路', '峨眉山路', '秋谷路'], phoneDigit: 4 },
  '370305': { latitude: 36.8266, longitude: 118.3098, radiusKm: 12, roads: ['临淄大道', '桓公路', '齐兴路', '闻韶路', '晏婴路', '牛山路'], phoneDigit: 7 },
  '370306': { latitude: 36.803, longitude: 117.8697, radiusKm: 9, roads: ['正阳路', '新建中路', '丝绸路', '东门路', '青年路'], phoneDigit: 6 },
  '370321': { latitude: 36.9597, longitude: 118.0977, radiusKm: 11, roads: ['建设街', '少海路', '中心大街', '张北路', '兴桓路'], phoneDigit: 8 },
  '370322': { latitude: 37.1715, longitude: 117.8266, radiusKm: 15, roads: ['青城路', '高苑路', '黄河路', '芦湖路', '千乘路'], phoneDigit: 6 },
  '370323': { latitude: 36.185, longitude: 118.1708, radiusKm: 20, roads: ['鲁山路', '胜利路', '振兴路', '历山路', '螳螂河路'], phoneDigit: 3 },
};

const HALL_HOURS = '周一至周五 8:30—12:00，13:30—17:30（12309热线同时段接听）';
const OFFICE_HOURS = '周一至周五 8:30—12:00，14:00—17:30';
const CONTACT_HOURS = '检察官每月第一个周三驻点接待；平时由联络员登记转办';

const KM_PER_DEGREE_LATITUDE = 111.32;

function geography(code: string): DistrictGeography {
  const found = GEOGRAPHY[code];
  if (!found) throw new Error(`no geography for division ${code}`);
  return found;
}

/** A point `distanceKm` from the seat in a random direction, rounded to about a metre. */
function around(rng: Rng, geo: DistrictGeography, minShare: number, maxShare: number): { latitude: number; longitude: number } {
  const distance = geo.radiusKm * (minShare + (maxShare - minShare) * rng.next());
  const bearing = rng.next() * 2 * Math.PI;
  const latitude = geo.latitude + (distance * Math.cos(bearing)) / KM_PER_DEGREE_LATITUDE;
  const longitude = geo.longitude + (distance * Math.sin(bearing)) / (KM_PER_DEGREE_LATITUDE * Math.cos((geo.latitude * Math.PI) / 180));
  return { latitude: Number(latitude.toFixed(5)), longitude: Number(longitude.toFixed(5)) };
}

function phone(rng: Rng, geo: DistrictGeography): string {
  return `0533-${geo.phoneDigit}${String(rng.int(0, 999999)).padStart(6, '0')}`;
}

const isStreet = (town: string) => town.endsWith('街道');

/** 昆仑镇 → 昆仑, 般阳路街道 → 般阳路; the town's own main road takes this name. */
function townStem(town: string): string {
  return town.replace(/(回族镇|街道|镇)$/, '');
}

function hall(rng: Rng, procuratorate: Procuratorate): ServicePointExport {
  const division = ZIBO_DIVISIONS.find((d) => d.code === procuratorate.seatDivisionCode) as Division;
  const geo = geography(division.code);
  const town = rng.pick(division.towns.filter(isStreet));
  return {
    servicePointId: `SH${procuratorate.code}`,
    kind: 'SERVICE_HALL',
    name: `${procuratorate.name}检察服务大厅`,
    procuratorateCode: procuratorate.code,
    divisionCode: division.code,
    town,
    address: `淄博市${division.name}${rng.pick(geo.roads)}${rng.int(1, 299)}号`,
    ...around(rng, geo, 0, 0.2),
    phone: phone(rng, geo),
    openingHours: HALL_HOURS,
    servedTowns: procuratorate.code === division.code ? [...division.towns] : [],
  };
}

/** Two or three resident offices per district, in towns, each serving its neighbours too. */
function residentOffices(rng: Rng, division: Division, located: Map<string, { latitude: number; longitude: number }>): ServicePointExport[] {
  const geo = geography(division.code);
  const towns = division.towns.filter((town) => !isStreet(town));
  const count = Math.min(towns.length, towns.length > 8 ? 3 : 2);
  const seats = towns.slice(0, count);
  return seats.map((seat, k) => ({
    servicePointId: `RO${division.code}-${String(k + 1).padStart(2, '0')}`,
    kind: 'RESIDENT_OFFICE' as const,
    name: `${division.procuratorate}驻${seat}检察室`,
    procuratorateCode: division.code,
    divisionCode: division.code,
    town: seat,
    address: `淄博市${division.name}${seat}${townStem(seat)}路${rng.int(1, 99)}号`,
    ...(located.get(seat) as { latitude: number; longitude: number }),
    phone: phone(rng, geo),
    openingHours: OFFICE_HOURS,
    servedTowns: towns.filter((_, t) => t % count === k),
  }));
}

function contactPoint(rng: Rng, division: Division, town: string, centre: { latitude: number; longitude: number }, k: number): ServicePointExport {
  // The governance centre is a few hundred metres from the town's centre (and its resident office).
  const at = {
    latitude: Number((centre.latitude + (rng.next() - 0.5) * 0.006).toFixed(5)),
    longitude: Number((centre.longitude + (rng.next() - 0.5) * 0.008).toFixed(5)),
  };
  return {
    servicePointId: `CP${division.code}-${String(k + 1).padStart(2, '0')}`,
    kind: 'CONTACT_POINT',
    name: `${town}检察联络点`,
    procuratorateCode: division.code,
    divisionCode: division.code,
    town,
    address: `淄博市${division.name}${town}社会治理综合服务中心`,
    ...at,
    phone: phone(rng, geography(division.code)),
    openingHours: CONTACT_HOURS,
    servedTowns: [town],
  };
}

/** Every service point of the city, halls first, then per district its offices and contact points. */
export function servicePoints(rng: Rng): ServicePointExport[] {
  const halls = ZIBO_PROCURATORATES.map((procuratorate) => hall(rng, procuratorate));
  const local = ZIBO_DIVISIONS.flatMap((division) => {
    const geo = geography(division.code);
    // Where each town's centre is: streets close to the seat, towns farther out.
    const located = new Map(division.towns.map((town) => [town, isStreet(town) ? around(rng, geo, 0.05, 0.3) : around(rng, geo, 0.3, 1)]));
    const offices = residentOffices(rng, division, located);
    const contacts = division.towns.map((town, k) => contactPoint(rng, division, town, located.get(town) as { latitude: number; longitude: number }, k));
    return [...offices, ...contacts];
  });
  return [...halls, ...local];
}

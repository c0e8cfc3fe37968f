/** Distances between service points and a place, computed in memory (the points are few). */
import { badUserInput, PAGE_SIZE } from '@hub/subgraph-kit';
import type { ServicePointKind } from '@hub/domain';
import type { ServicePointDoc } from './serviceModels';

export interface NearbyPoint {
  servicePoint: ServicePointDoc;
  distanceMeters: number;
}

/** The IUGG mean earth radius, metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const DEFAULT_NEAREST = 5;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in metres between two WGS84 points. */
export function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function nearestPoints(
  points: readonly ServicePointDoc[],
  place: { lat: number; lng: number },
  kind: ServicePointKind | null | undefined,
  first: number | null | undefined,
): NearbyPoint[] {
  if (!Number.isFinite(place.lat) || place.lat < -90 || place.lat > 90) {
    throw badUserInput('"lat" must be a WGS84 latitude in degrees, from -90 to 90, e.g. 36.8069.', { argument: 'lat' });
  }
  if (!Number.isFinite(place.lng) || place.lng < -180 || place.lng > 180) {
    throw badUserInput('"lng" must be a WGS84 longitude in degrees, from -180 to 180, e.g. 118.0178.', { argument: 'lng' });
  }
  const count = first ?? DEFAULT_NEAREST;
  if (!Number.isInteger(count) || count < 1 || count > PAGE_SIZE.max) {
    throw badUserInput(`"first" must be an integer from 1 to ${PAGE_SIZE.max}; got ${count}.`, { argument: 'first' });
  }
  const here = { latitude: place.lat, longitude: place.lng };
  return points
    .filter((point) => !kind || point.kind === kind)
    .map((point) => ({ servicePoint: point, distance: distanceMeters(here, point.location) }))
    .sort((a, b) => a.distance - b.distance || (a.servicePoint._id < b.servicePoint._id ? -1 : 1))
    .slice(0, count)
    .map(({ servicePoint, distance }) => ({ servicePoint, distanceMeters: Math.round(distance) }));
}

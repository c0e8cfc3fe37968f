import { courtByCode } from '@hub/domain';
import { CITY_DIVISION_CODE, inYear, memoizeMetrics, share, type MetricsKey } from '@hub/subgraph-kit';
import type { CourtFileDoc, CourtModels } from './models';

export interface CourtMetrics {
  courtCasesRegistered: number;
  registeredOnTheSpotRate: number | null;
}

/** The courts' figures for a year and division; definitions are in schema.graphql (CityMetrics). */
export function createCourtMetrics(models: CourtModels): (key: MetricsKey) => Promise<CourtMetrics> {
  return memoizeMetrics(async (key) => {
    const files = await models.CourtFile.find({}, { 'courtCases.courtCode': 1, 'courtCases.registeredAt': 1, 'courtCases.registeredOnTheSpot': 1 })
      .lean<Array<Pick<CourtFileDoc, '_id' | 'courtCases'>>>()
      .exec();
    let registered = 0;
    let onTheSpot = 0;
    for (const file of files) {
      for (const courtCase of file.courtCases) {
        const court = courtByCode(courtCase.courtCode);
        const counts = key.divisionCode === CITY_DIVISION_CODE ? court?.level !== 'HIGH' : court?.level === 'BASIC' && court.divisionCode === key.divisionCode;
        if (!counts || !inYear(courtCase.registeredAt, key.year)) continue;
        registered += 1;
        if (courtCase.registeredOnTheSpot) onTheSpot += 1;
      }
    }
    return { courtCasesRegistered: registered, registeredOnTheSpotRate: share(onTheSpot, registered) };
  });
}

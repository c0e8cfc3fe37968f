import { inDivision, inYear, memoizeMetrics, type MetricsKey } from '@hub/subgraph-kit';
import type { PoliceModels } from './models';

export interface PoliceMetrics {
  casesFiled: number;
  casesSolved: number;
  suspectsCaught: number;
}

const earliest = (dates: Array<Date | null | undefined>): Date | null =>
  dates.filter((d): d is Date => d instanceof Date).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;

/** The police's figures for a year and division; definitions are in schema.graphql (CityMetrics). */
export function createPoliceMetrics(models: PoliceModels): (key: MetricsKey) => Promise<PoliceMetrics> {
  return memoizeMetrics(async (key) => {
    const cases = await models.PoliceCase.find({}, { divisionCode: 1, filedAt: 1, suspects: 1, events: 1 }).lean().exec();
    const figures: PoliceMetrics = { casesFiled: 0, casesSolved: 0, suspectsCaught: 0 };
    for (const record of cases) {
      if (!inDivision(record.divisionCode, key)) continue;
      if (inYear(record.filedAt, key.year)) figures.casesFiled += 1;
      const transferred = record.events.find((event) => event.type === 'TRANSFERRED_FOR_PROSECUTION')?.at;
      const caught = record.suspects.map((suspect) => earliest([suspect.detainedAt, suspect.arrestedAt]));
      if (inYear(earliest([...caught, transferred]), key.year)) figures.casesSolved += 1;
      figures.suspectsCaught += caught.filter((at) => inYear(at, key.year)).length;
    }
    return figures;
  });
}

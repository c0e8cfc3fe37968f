/** Where exports go by default: `<state dir>/exports/cases-<N>-seed-<S>` (see @hub/workspace). */
import { join } from 'node:path';
import { stateDir } from '@hub/workspace';

export function defaultExportDir(cases: number, seed: number): string {
  return join(stateDir(), 'exports', `cases-${cases}-seed-${seed}`);
}

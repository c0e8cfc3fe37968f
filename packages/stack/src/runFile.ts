import path from 'node:path';
import { stateDir } from '@hub/workspace';

/** `.hub/run/hub.json`: written by `npm start` while the hub runs (database URIs, gateway URL). */
export const runFile = {
  dir: () => path.join(stateDir(), 'run'),
  path: () => path.join(stateDir(), 'run', 'hub.json'),
};

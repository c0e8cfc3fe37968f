export { ensureFerretDbBinary, findGo, type EnsureBinaryOptions } from './build';
export {
  FERRETDB_VERSION,
  ferretDbBinaryPath,
  ferretDbCacheDir,
  findRepoRoot,
  goSourceDir,
  goSourceHash,
  stateDir,
} from './paths';
export {
  startEmbeddedDatabase,
  type EmbeddedDatabase,
  type RunningEmbeddedDatabase,
  type StartEmbeddedDatabaseOptions,
} from './server';

export { generateExport, GENERATOR, MAX_CASES, type GenerateOptions } from './generate';
export { defaultExportDir } from './paths';
export { findRepoRoot, readJsonLines } from '@hub/workspace';
export { readExportManifest } from './read';
export { LIFE_SENTENCE_END } from './render';

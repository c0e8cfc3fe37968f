export { generateExport, GENERATOR, MAX_CASES, type GenerateOptions } from './generate';
export { defaultExportDir, findRepoRoot } from './paths';
export { readExportManifest, readJsonLines } from './read';
export { LIFE_SENTENCE_END } from './render';

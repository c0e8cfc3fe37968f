import { runImportCli } from '@hub/subgraph-kit';
import { importJusticeExport } from './data/importer';

void runImportCli('justice', importJusticeExport);

import { runImportCli } from '@hub/subgraph-kit';
import { importCasesExport } from './data/importer';

void runImportCli('cases', importCasesExport);

import { runImportCli } from '@hub/subgraph-kit';
import { importPoliceExport } from './data/importer';

void runImportCli('police', importPoliceExport);

import { runImportCli } from '@hub/subgraph-kit';
import { importCourtExport } from './data/importer';

void runImportCli('court', importCourtExport);

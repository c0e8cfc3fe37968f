import { runImportCli } from '@hub/subgraph-kit';
import { importProcuratorateExport } from './data/importer';

void runImportCli('procuratorate', importProcuratorateExport);

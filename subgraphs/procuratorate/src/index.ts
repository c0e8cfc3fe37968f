import { runSubgraph } from '@hub/subgraph-kit';
import { createProcuratorateSubgraph } from './server';

void runSubgraph('procuratorate', createProcuratorateSubgraph);

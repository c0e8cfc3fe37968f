import { runSubgraph } from '@hub/subgraph-kit';
import { createCasesSubgraph } from './server';

void runSubgraph('cases', createCasesSubgraph);

import { runSubgraph } from '@hub/subgraph-kit';
import { createCourtSubgraph } from './server';

void runSubgraph('court', createCourtSubgraph);

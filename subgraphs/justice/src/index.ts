import { runSubgraph } from '@hub/subgraph-kit';
import { createJusticeSubgraph } from './server';

void runSubgraph('justice', createJusticeSubgraph);

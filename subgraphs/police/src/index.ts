import { runSubgraph } from '@hub/subgraph-kit';
import { createPoliceSubgraph } from './server';

void runSubgraph('police', createPoliceSubgraph);

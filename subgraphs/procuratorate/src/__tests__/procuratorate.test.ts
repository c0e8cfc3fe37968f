import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPORT_FILES, type ProsecutionExport } from '@hub/domain';
import { connectTestDatabase, graphql, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { importProcuratorateExport } from '../data/importer';
import { createProcuratorateSubgraph } from '../server';

const ENTITIES = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Case {
      id
      prosecution { number status supplementaryInvestigations arrestDecision { decision documentNumber } indictment { documentNumber charges } nonProsecution { documentNumber ground } }
      procuratorateEvents { agency type documentNumber }
    }
  }
}`;

// Certificate keys of this file's own, so no development key is written into the checkout.
process.env.PROCURATORATE_KEYS_DIR = mkdtempSync(path.join(os.tmpdir(), 'procuratorate-keys-'));

const exported = readFixture<ProsecutionExport>(EXPORT_FILES.procuratorate);
let subgraph: TestSubgraph;

beforeAll(async () => {
  const database = await connectTestDatabase('procuratorate');
  await importProcuratorateExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createProcuratorateSubgraph);
});
afterAll(() => subgraph?.stop());

async function entity(caseId: string) {
  const res = await graphql(subgraph.url, ENTITIES, { reps: [{ __typename: 'Case', id: caseId }] });
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

test('an indicted case carries its indictment, arrest decision and events', async () => {
  const record = exported.find((r) => r.status === 'INDICTED' && r.arrestDecision)!;
  const found = await entity(record.caseId);
  expect(found.prosecution).toMatchObject({
    number: record.caseNumber,
    status: 'INDICTED',
    supplementaryInvestigations: record.supplementaryInvestigations,
    arrestDecision: { decision: record.arrestDecision!.decision, documentNumber: record.arrestDecision!.documentNumber },
    indictment: { documentNumber: record.indictment!.documentNumber, charges: record.indictment!.charges },
    nonProsecution: null,
  });
  // The prosecution's own events, in order (an approved file review adds its event: see services.test.ts).
  const types = found.procuratorateEvents.map((e: { type: string }) => e.type).filter((type: string) => type !== 'LAWYER_FILE_REVIEW_APPROVED');
  expect(types).toEqual(record.events.map((e) => e.type));
  expect(found.procuratorateEvents.map((e: { type: string }) => e.type)).toContain('INDICTED');
});

test('a non-prosecuted case carries the decision and its ground', async () => {
  const record = exported.find((r) => r.status === 'NOT_PROSECUTED')!;
  const found = await entity(record.caseId);
  expect(found.prosecution.nonProsecution).toEqual({ documentNumber: record.nonProsecution!.documentNumber, ground: record.nonProsecution!.ground });
  expect(found.prosecution.indictment).toBeNull();
});

test('importing twice changes nothing', async () => {
  const before = await subgraph.database.connection.collection('prosecutions').countDocuments();
  const result = await importProcuratorateExport(subgraph.database, testExportDir(), () => undefined);
  expect(result.inserted).toBe(0);
  expect(await subgraph.database.connection.collection('prosecutions').countDocuments()).toBe(before);
  expect(before).toBe(exported.length);
});

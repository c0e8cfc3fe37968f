/**
 * The developer guide's worked example (docs/developer-guide.md, "A typed case timeline in a few
 * lines"): type-checked with the package (`npm run typecheck` in packages/sdk), so the guide's
 * code cannot drift from the SDK.
 */
import { print } from 'graphql';
import { CaseTimelineDocument, type TypedDocumentNode } from '@hub/sdk';

const HUB = 'http://127.0.0.1:4000/graphql'; // the gateway of `npm start`
const TOKEN = process.env.HUB_TOKEN; // e.g. HUB_TOKEN=$(npm run --silent token -- --role committee)

interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Sends any SDK operation; its variables and its result are typed by the document. */
export async function hub<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const response = await fetch(HUB, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(TOKEN ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const { data, errors } = (await response.json()) as GraphQLResponse<Result>;
  if (errors?.length || !data) {
    throw new Error((errors ?? []).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n') || `HTTP ${response.status}`);
  }
  return data;
}

export async function printTimeline(caseId: string): Promise<void> {
  const { case: found } = await hub(CaseTimelineDocument, { id: caseId });
  if (!found) return console.log(`no case ${caseId}`);
  console.log(`${found.id} ${found.offence} — ${found.stage}`);
  for (const event of found.timeline) {
    console.log(`${event.at}  ${event.agency.padEnd(13)} ${event.title}${event.documentNumber ? `  ${event.documentNumber}` : ''}`);
  }
}

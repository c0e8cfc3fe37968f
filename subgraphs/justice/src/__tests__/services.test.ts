import {
  EXPORT_FILES,
  type CommunityCorrectionExport,
  type CourtCaseExport,
  type ExecutionExport,
  type JudicialOfficeExport,
  type LegalAdviserExport,
  type LegalAidExport,
  type MediationCaseExport,
  type MediationCommitteeExport,
} from '@hub/domain';
import { PUBLIC_IDENTITY } from '@hub/subgraph-kit';
import { connectTestDatabase, graphql, identityHeaders, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { importJusticeExport } from '../data/importer';
import { createJusticeSubgraph } from '../server';

const offices = readFixture<JudicialOfficeExport>(EXPORT_FILES.judicialOffices);
const advisers = readFixture<LegalAdviserExport>(EXPORT_FILES.legalAdvisers);
const corrections = readFixture<CommunityCorrectionExport>(EXPORT_FILES.communityCorrections);
const committees = readFixture<MediationCommitteeExport>(EXPORT_FILES.mediationCommittees);
const mediations = readFixture<MediationCaseExport>(EXPORT_FILES.mediationCases);
const legalAid = readFixture<LegalAidExport>(EXPORT_FILES.legalAid);
const executions = readFixture<ExecutionExport>(EXPORT_FILES.justice);
const court = readFixture<CourtCaseExport>(EXPORT_FILES.court);

let subgraph: TestSubgraph;

beforeAll(async () => {
  const database = await connectTestDatabase('justice_services');
  await importJusticeExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createJusticeSubgraph);
});
afterAll(() => subgraph?.stop());

async function query(text: string, variables: Record<string, unknown> = {}) {
  const res = await graphql(subgraph.url, text, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Every node of a connection, page by page. */
/** What the list queries below select: the rows the tests compare with the export. */
interface OfficeRow {
  id: string;
  name: string;
  town: string;
  townKind: string;
  divisionCode: string;
  justiceBureau: string;
  staff: Array<{ id: string }>;
  starTitle: { stars: number } | null;
  standardisation: unknown;
  responsibilities: Array<{ carriedBy: Array<{ id: string }> }>;
  villages: Array<{ name: string }>;
}
interface CorrectionRow {
  recordNumber: string;
  startedAt: string;
  case: { id: string };
  person: { id: string };
  office: { id: string };
  officer: { role: string };
  events: Array<{ type: string }>;
}
interface CaseloadRow {
  id: string;
  corrections: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: CorrectionRow }> };
}
interface MediationRow {
  id: string;
  receivedAt: string;
  mediators: Array<{ id: string }>;
  committee: { kind: string };
  agreement: { number: string } | null;
  courtReferral: { civilCaseNumber: string | null } | null;
  judicialConfirmation: { caseNumber: string } | null;
}
interface CommitteeRow {
  id: string;
  mediators: Array<{ id: string }>;
}
interface ExecutionRow {
  kind: string;
  person: { id: string };
}

async function all<T>(text: string, pick: (data: Record<string, any>) => { edges: Array<{ node: T }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }, variables: Record<string, unknown> = {}): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const connection = pick(await query(text, { ...variables, after }));
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

describe('judicial offices', () => {
  const OFFICES = `query ($after: String) { judicialOffices(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    id name town townKind divisionCode divisionName justiceBureau
    staff { id name role title } starTitle { stars title awardedYear } standardisation { grade assessedYear }
    responsibilities { area duty carriedBy { id } }
    villages { name kind legalAdviser { id } }
  } } } }`;

  test('every office of the export is listed once, in id order, with its staff, grade, star title, duties and villages', async () => {
    const listed = await all<OfficeRow>(OFFICES, (data) => data.judicialOffices);
    expect(listed.map((office) => office.id)).toEqual(offices.map((office) => office.officeId));
    const byId = new Map(listed.map((office) => [office.id, office]));
    for (const office of offices) {
      const found = byId.get(office.officeId)!;
      expect(found).toMatchObject({ name: office.name, town: office.town, townKind: office.townKind, divisionCode: office.divisionCode });
      expect(found.justiceBureau).toMatch(/司法局$/);
      expect(found.staff.map((member: { id: string }) => member.id)).toEqual(office.staff.map((member) => member.staffId));
      expect(found.standardisation).toEqual(office.standardisation);
      expect(found.starTitle?.stars ?? null).toBe(office.star?.stars ?? null);
      expect(found.responsibilities.map((duty: { carriedBy: Array<{ id: string }> }) => duty.carriedBy.map((member) => member.id))).toEqual(
        office.responsibilities.map((duty) => duty.staffIds),
      );
      expect(found.villages.map((village: { name: string }) => village.name)).toEqual(office.villages.map((village) => village.name));
    }
    expect(listed.filter((office) => office.starTitle).length).toBe(20);
  });

  test('offices of one district, with the total; each office also by id', async () => {
    const res = await query(`{ judicialOffices(divisionCode: "370303", first: 100) { totalCount edges { node { id } } } judicialOffice(id: "SFS370303007") { town } }`);
    const expected = offices.filter((office) => office.divisionCode === '370303').map((office) => office.officeId);
    expect(res.judicialOffices.totalCount).toBe(expected.length);
    expect(res.judicialOffices.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(expected);
    expect(res.judicialOffice).toEqual({ town: '马尚街道' });
    expect((await query(`{ judicialOffice(id: "SFS999999999") { id } }`)).judicialOffice).toBeNull();
  });

  test('every legal adviser can be looked up, serving the villages of its own office', async () => {
    for (let start = 0; start < advisers.length; start += 100) {
      const batch = advisers.slice(start, start + 100);
      const text = `{ ${batch.map((adviser, k) => `a${k}: legalAdviser(id: "${adviser.adviserId}") { id name profession organisation villages office { id } }`).join(' ')} }`;
      const res = await query(text);
      batch.forEach((adviser, k) => {
        expect(res[`a${k}`]).toEqual({
          id: adviser.adviserId,
          name: adviser.name,
          profession: adviser.profession,
          organisation: adviser.organisation,
          villages: adviser.villages,
          office: { id: adviser.officeId },
        });
      });
    }
    expect((await query(`{ legalAdviser(id: "GW370303007-99") { id } }`)).legalAdviser).toBeNull();
  });
});

describe('community corrections', () => {
  const CASELOAD = `query ($after: String) { judicialOffices(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id
    corrections(first: 100) { totalCount pageInfo { hasNextPage } edges { node { id recordNumber startedAt status case { id } person { id } judgment { id } office { id } officer { id role } warnings events { type } } } }
  } } } }`;

  test('the offices’ caseload is exactly the COMMUNITY_CORRECTIONS executions, each at the office that executes it', async () => {
    const listed = await all<CaseloadRow>(CASELOAD, (data) => data.judicialOffices);
    const records = listed.flatMap((office) => {
      expect(office.corrections.pageInfo.hasNextPage).toBe(false);
      return office.corrections.edges.map((edge) => ({ ...edge.node, listedBy: office.id }));
    });
    const expected = executions.filter((execution) => execution.kind === 'COMMUNITY_CORRECTIONS');
    expect(records.map((r) => `${r.case.id}|${r.person.id}|${r.recordNumber}`).sort()).toEqual(expected.map((e) => `${e.caseId}|${e.personId}|${e.recordNumber}`).sort());
    const officeNames = new Map(offices.map((office) => [office.officeId, office.name]));
    const institution = new Map(expected.map((e) => [`${e.caseId}|${e.personId}`, e.institutionName]));
    for (const record of records) {
      expect(record.office.id).toBe(record.listedBy);
      expect(officeNames.get(record.office.id)).toBe(institution.get(`${record.case.id}|${record.person.id}`));
      expect(['CORRECTIONS_SOCIAL_WORKER', 'JUDICIAL_ASSISTANT']).toContain(record.officer.role);
      expect(record.events[0]?.type).toBe('INTAKE');
    }
    // Newest intake first within each office.
    for (const office of listed) {
      const times = office.corrections.edges.map((edge) => Date.parse(edge.node.startedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  test('each correction links to a judgment the court export holds, naming the person', async () => {
    const documents = new Map(court.flatMap((record) => record.documents.map((doc) => [doc.documentId, doc] as const)));
    expect(corrections.length).toBeGreaterThan(0);
    for (let start = 0; start < corrections.length; start += 50) {
      const batch = corrections.slice(start, start + 50);
      const res = await query(`{ ${batch.map((c, k) => `c${k}: communityCorrection(id: "${c.correctionId}") { judgment { id } person { id } courtCaseNumber }`).join(' ')} }`);
      batch.forEach((correction, k) => {
        const found = res[`c${k}`];
        const doc = documents.get(found.judgment.id);
        expect(doc?.parties.map((party) => party.personId)).toContain(found.person.id);
        expect(found.courtCaseNumber).toBe(court.find((record) => record.documents.includes(doc!))?.caseNumber);
      });
    }
  });

  test('an execution in community corrections leads to its office and record; a prison one to neither', async () => {
    const community = executions.find((e) => e.kind === 'COMMUNITY_CORRECTIONS')!;
    const prison = executions.find((e) => e.kind === 'PRISON')!;
    const res = await query(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { id executions { kind person { id } office { name } correction { id recordNumber } } } } }`, {
      reps: [{ __typename: 'Case', id: community.caseId }, { __typename: 'Case', id: prison.caseId }],
    });
    const [withCorrections, withPrison] = res._entities;
    expect(withCorrections.executions.find((e: ExecutionRow) => e.kind === 'COMMUNITY_CORRECTIONS' && e.person.id === community.personId)).toEqual({
      kind: 'COMMUNITY_CORRECTIONS',
      person: { id: community.personId },
      office: { name: community.institutionName },
      correction: { id: `JZ-${community.caseId}-${community.personId}`, recordNumber: community.recordNumber },
    });
    expect(withPrison.executions.find((e: ExecutionRow) => e.kind === 'PRISON')).toMatchObject({ office: null, correction: null });
  });
});

describe('people’s mediation', () => {
  const CASES = `query ($after: String) { mediationCases(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    id kind source outcome receivedAt committee { id kind } mediators { id } office { id }
    agreement { form number amountYuan } courtReferral { courtCode courtName stage civilCaseNumber } judicialConfirmation { caseNumber confirmed }
  } } } }`;

  test('every mediation case of the export is listed, newest first, with its committee, mediators, agreement and court docking', async () => {
    const listed = await all<MediationRow>(CASES, (data) => data.mediationCases);
    expect(listed).toHaveLength(mediations.length);
    const times = listed.map((m) => Date.parse(m.receivedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const byId = new Map(listed.map((m) => [m.id, m]));
    for (const mediation of mediations) {
      const found = byId.get(mediation.mediationId)!;
      expect(found).toMatchObject({ kind: mediation.kind, source: mediation.source, outcome: mediation.outcome, committee: { id: mediation.committeeId }, office: { id: mediation.officeId } });
      expect(found.mediators.map((m: { id: string }) => m.id).sort()).toEqual([...mediation.mediatorIds].sort());
      expect(found.agreement?.number ?? null).toBe(mediation.agreement?.number ?? null);
      expect(found.courtReferral?.civilCaseNumber ?? null).toBe(mediation.courtReferral?.civilCaseNumber ?? null);
      expect(found.judicialConfirmation?.caseNumber ?? null).toBe(mediation.judicialConfirmation?.caseNumber ?? null);
      if (found.courtReferral) expect(found.committee.kind).toBe('COURT');
    }
  });

  test('filters: a district, court-referred ones only; one case by id', async () => {
    const expected = mediations.filter((m) => m.divisionCode === '370303' && m.courtReferral);
    const res = await query(`{ mediationCases(filter: { divisionCode: "370303", courtReferred: true }, first: 100) { totalCount edges { node { id courtReferral { courtName } } } } }`);
    expect(res.mediationCases.totalCount).toBe(expected.length);
    expect(res.mediationCases.edges.every((edge: { node: { courtReferral: { courtName: string } } }) => edge.node.courtReferral.courtName === '张店区人民法院')).toBe(true);
    const sample = mediations[0]!;
    expect((await query(`{ mediationCase(id: "${sample.mediationId}") { id summary parties { role kind name } } }`)).mediationCase).toEqual({
      id: sample.mediationId,
      summary: sample.summary,
      parties: sample.parties,
    });
  });

  test('the committees hold the city’s 1,902 mediators, each found by id', async () => {
    const listed = await all<CommitteeRow>(`query ($after: String) { mediationCommittees(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id kind mediators { id } } } } }`, (data) => data.mediationCommittees);
    expect(listed.map((c) => c.id)).toEqual(committees.map((c) => c.committeeId).sort());
    expect(listed.reduce((sum, c) => sum + c.mediators.length, 0)).toBe(1902);
    const mediator = committees[3]!.mediators[1]!;
    expect((await query(`{ mediator(id: "${mediator.mediatorId}") { name committee { id } } }`)).mediator).toEqual({ name: mediator.name, committee: { id: committees[3]!.committeeId } });
    const town = await query(`{ judicialOffice(id: "${offices[0]!.officeId}") { mediationCommittees { kind } } }`);
    expect(town.judicialOffice.mediationCommittees.map((c: { kind: string }) => c.kind).sort()).toEqual(['POLICE_STATION', 'TOWN']);
  });

  test('settles 93–99% of the disputes it concluded, as the statistics say', async () => {
    const concluded = mediations.filter((m) => m.outcome !== 'PENDING');
    const rate = concluded.filter((m) => m.outcome === 'SETTLED').length / concluded.length;
    expect(rate).toBeGreaterThan(0.93);
    expect(rate).toBeLessThan(0.99);
    const years = [...new Set(concluded.map((m) => Number(m.concludedAt!.slice(0, 4))))];
    let mediated = 0;
    let settled = 0;
    for (const year of years) {
      const { justiceStatistics: s } = await query(`{ justiceStatistics(year: ${year}) { disputesMediated disputesSettled mediationSuccessRate } }`);
      mediated += s.disputesMediated;
      settled += s.disputesSettled;
      expect(s.mediationSuccessRate).toBeCloseTo(s.disputesSettled / s.disputesMediated, 10);
    }
    expect(mediated).toBe(concluded.length);
    expect(settled / mediated).toBeCloseTo(rate, 10);
  });
});

describe('legal aid', () => {
  test('an appointment is on its case, and in the case’s justice timeline with its notice number', async () => {
    expect(legalAid.length).toBeGreaterThan(0);
    const appointment = legalAid[0]!;
    const res = await query(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case {
      legalAid { id courtCaseNumber ground centre documentNumber lawyer { name lawFirm } defendant { id } case { id } }
      justiceEvents { type title documentNumber }
    } } }`, { reps: [{ __typename: 'Case', id: appointment.caseId }] });
    const found = res._entities[0];
    expect(found.legalAid).toContainEqual({
      id: appointment.appointmentId,
      courtCaseNumber: appointment.courtCaseNumber,
      ground: appointment.ground,
      centre: appointment.centre,
      documentNumber: appointment.documentNumber,
      lawyer: appointment.lawyer,
      defendant: { id: appointment.personId },
      case: { id: appointment.caseId },
    });
    expect(found.justiceEvents).toContainEqual({ type: 'LEGAL_AID_APPOINTED', title: appointment.events[0]!.title, documentNumber: appointment.documentNumber });
  });
});

describe('statistics for a later Query.metrics', () => {
  test('count, per year and district, what the export holds', async () => {
    const year = 2018;
    const inYear = (iso: string | undefined) => iso?.startsWith(String(year)) ?? false;
    const district = '370303';
    const people = new Set(
      corrections
        .filter((c) => c.divisionCode === district && Number(c.startedAt.slice(0, 4)) <= year && (!c.endedAt || Number(c.endedAt.slice(0, 4)) >= year))
        .map((c) => c.personId),
    );
    const { justiceStatistics: s } = await query(`{ justiceStatistics(year: ${year}, divisionCode: "${district}") {
      year divisionCode offices starOffices disputesReceived peopleUnderCorrections correctionsIntakes legalAidAppointments } }`);
    expect(s).toEqual({
      year,
      divisionCode: district,
      offices: offices.filter((o) => o.divisionCode === district).length,
      starOffices: offices.filter((o) => o.divisionCode === district && o.star && o.star.awardedYear <= year).length,
      disputesReceived: mediations.filter((m) => m.divisionCode === district && inYear(m.receivedAt)).length,
      peopleUnderCorrections: people.size,
      correctionsIntakes: corrections.filter((c) => c.divisionCode === district && inYear(c.startedAt)).length,
      legalAidAppointments: legalAid.filter((a) => a.divisionCode === district && inYear(a.appointedAt)).length,
    });
    const city = await query(`{ justiceStatistics(year: ${year}) { divisionCode offices starOffices } }`);
    expect(city.justiceStatistics).toEqual({ divisionCode: '370300', offices: offices.length, starOffices: offices.filter((o) => o.star && o.star.awardedYear <= year).length });
    expect((await query(`{ justiceStatistics(year: 2030) { year } }`)).justiceStatistics).toBeNull();
  });
});

describe('bad input', () => {
  test.each([
    ['first: 0', 'judicialOffices(first: 0) { totalCount }', 'first'],
    ['first: 101', 'mediationCases(first: 101) { totalCount }', 'first'],
    ['a made-up cursor', 'judicialOffices(after: "bm9wZQ") { totalCount }', 'after'],
    ['a malformed division code', 'judicialOffices(divisionCode: "3703") { totalCount }', 'divisionCode'],
    ['a division outside Zibo', 'mediationCases(filter: { divisionCode: "110101" }) { totalCount }', 'filter.divisionCode'],
    ['a year out of range', 'justiceStatistics(year: 1900) { year }', 'year'],
  ])('%s is BAD_USER_INPUT saying what is expected', async (_name, field, argument) => {
    const res = await graphql(subgraph.url, `{ ${field} }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.errors?.[0]?.message).toMatch(/must|not a cursor/);
  });

  test('a cursor of one list is refused by another', async () => {
    const offices = await query(`{ judicialOffices(first: 1) { pageInfo { endCursor } } }`);
    const res = await graphql(subgraph.url, `query ($after: String) { mediationCommittees(after: $after) { totalCount } }`, { after: offices.judicialOffices.pageInfo.endCursor });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('access', () => {
  test('the office directory is for signed-in callers; corrections and mediation records for the justice administration and the committee', async () => {
    const record = corrections[0]!;
    const office = offices.find((o) => o.officeId === record.officeId)!;
    const text = `{ judicialOffice(id: "${record.officeId}") { name } communityCorrection(id: "${record.correctionId}") { recordNumber } mediationCase(id: "${mediations[0]!.mediationId}") { kind } }`;
    const cases = [
      ['public', { office: false, records: false }],
      ['police', { office: true, records: false }],
      ['justice', { office: true, records: true }],
    ] as const;
    for (const [role, allowed] of cases) {
      const headers = await identityHeaders({ ...PUBLIC_IDENTITY, subject: `test-${role}`, role, org: role === 'public' ? null : '370303' });
      const res = await graphql(subgraph.url, text, {}, headers);
      expect(res.data?.judicialOffice).toEqual(allowed.office ? { name: office.name } : null);
      expect(res.data?.communityCorrection).toEqual(allowed.records ? { recordNumber: record.recordNumber } : null);
      expect(res.data?.mediationCase).toEqual(allowed.records ? { kind: mediations[0]!.kind } : null);
      const refused = (allowed.office ? 0 : 1) + (allowed.records ? 0 : 2);
      expect((res.errors ?? []).map((e) => e.extensions?.code)).toEqual(Array(refused).fill('FORBIDDEN'));
    }
  });
});

describe('the city metrics', () => {
  const METRICS = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on CityMetrics {
    year divisionCode disputesMediated mediationSuccessRate peopleUnderCommunityCorrections starJudicialOffices judicialConfirmations legalAidAppointments } } }`;

  test('add mediation, corrections, star offices and legal aid, as justiceStatistics counts them', async () => {
    const res = await query(METRICS, { reps: [{ __typename: 'CityMetrics', year: 2018, divisionCode: '370300' }, { __typename: 'CityMetrics', year: 2040, divisionCode: '370303' }] });
    const { justiceStatistics: s } = await query(`{ justiceStatistics(year: 2018) {
      disputesMediated disputesSettled peopleUnderCorrections starOffices judicialConfirmations legalAidAppointments } }`);
    expect(res._entities[0]).toEqual({
      year: 2018,
      divisionCode: '370300',
      disputesMediated: s.disputesMediated,
      mediationSuccessRate: Math.round((s.disputesSettled / s.disputesMediated) * 10_000) / 10_000,
      peopleUnderCommunityCorrections: s.peopleUnderCorrections,
      starJudicialOffices: s.starOffices,
      judicialConfirmations: s.judicialConfirmations,
      legalAidAppointments: s.legalAidAppointments,
    });
    // A year the data does not reach: nothing counted, but the star offices keep their title.
    expect(res._entities[1]).toMatchObject({ disputesMediated: 0, mediationSuccessRate: null, starJudicialOffices: offices.filter((o) => o.divisionCode === '370303' && o.star).length });
  });

  test('a malformed key is BAD_USER_INPUT', async () => {
    const res = await graphql(subgraph.url, METRICS, { reps: [{ __typename: 'CityMetrics', year: 2018, divisionCode: '110101' }] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'division' });
  });
});

test('importing the same export again writes nothing', async () => {
  const result = await importJusticeExport(subgraph.database, testExportDir(), () => undefined);
  expect(result.written).toBe(0);
  expect(result.unchanged).toBeGreaterThan(offices.length + corrections.length + mediations.length);
});

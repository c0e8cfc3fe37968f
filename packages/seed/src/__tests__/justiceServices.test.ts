import {
  JUDICIAL_OFFICE_SITES,
  JUSTICE_SERVICE_EXPORT_FILES,
  ZIBO_DIVISIONS,
  basicCourtForDivision,
  type CommunityCorrectionExport,
  type JudicialOfficeExport,
  type LegalAdviserExport,
  type LegalAidExport,
  type MediationCaseExport,
  type MediationCommitteeExport,
} from '@hub/domain';
import { join } from 'node:path';
import { AS_OF } from '../clock';
import { STAR_OFFICE_COUNT } from '../services/justice/offices';
import { FULL_TIME_MEDIATORS } from '../services/justice/committees';
import { disputeCount } from '../services/justice/mediation';
import { freshExport, ms, readAll, type LoadedExport } from './support/fixture';

interface Services {
  offices: JudicialOfficeExport[];
  advisers: LegalAdviserExport[];
  corrections: CommunityCorrectionExport[];
  committees: MediationCommitteeExport[];
  mediations: MediationCaseExport[];
  legalAid: LegalAidExport[];
}

async function readServices(dir: string): Promise<Services> {
  const file = (key: keyof typeof JUSTICE_SERVICE_EXPORT_FILES) => join(dir, JUSTICE_SERVICE_EXPORT_FILES[key]);
  return {
    offices: await readAll(file('judicialOffices')),
    advisers: await readAll(file('legalAdvisers')),
    corrections: await readAll(file('communityCorrections')),
    committees: await readAll(file('mediationCommittees')),
    mediations: await readAll(file('mediationCases')),
    legalAid: await readAll(file('legalAid')),
  };
}

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

describe('justice services over 2,000 cases', () => {
  let data: LoadedExport;
  let services: Services;
  beforeAll(async () => {
    data = await freshExport(2000, 2019);
    services = await readServices(data.dir);
  });
  afterAll(() => data.cleanup());

  it('declares every service file in the manifest with its line count', () => {
    expect(data.manifest.counts).toMatchObject({
      judicialOffices: services.offices.length,
      legalAdvisers: services.advisers.length,
      communityCorrections: services.corrections.length,
      mediationCommittees: services.committees.length,
      mediationCases: services.mediations.length,
      legalAid: services.legalAid.length,
    });
  });

  it('has one judicial office per town and street, 20 of them star offices of provincial standard', () => {
    expect(services.offices.map((office) => office.officeId)).toEqual(JUDICIAL_OFFICE_SITES.map((site) => site.id));
    const stars = services.offices.filter((office) => office.star);
    expect(stars).toHaveLength(STAR_OFFICE_COUNT);
    expect(STAR_OFFICE_COUNT).toBe(20);
    expect(stars.every((office) => office.standardisation.grade === 'PROVINCIAL')).toBe(true);
    for (const office of services.offices) {
      const staffIds = new Set(office.staff.map((member) => member.staffId));
      expect(office.staff.filter((member) => member.role === 'DIRECTOR')).toHaveLength(1);
      expect(office.responsibilities.length).toBeGreaterThan(5);
      expect(office.responsibilities.every((duty) => duty.staffIds.length > 0 && duty.staffIds.every((id) => staffIds.has(id)))).toBe(true);
      expect(unique(office.villages.map((village) => village.name))).toBe(true);
    }
  });

  it('gives every village and community exactly one legal adviser of its own town', () => {
    const offices = new Map(services.offices.map((office) => [office.officeId, office]));
    const served = new Map<string, number>();
    for (const adviser of services.advisers) {
      const villages = new Set(offices.get(adviser.officeId)?.villages.map((village) => village.name));
      for (const village of adviser.villages) {
        expect(villages.has(village)).toBe(true);
        served.set(`${adviser.officeId}|${village}`, (served.get(`${adviser.officeId}|${village}`) ?? 0) + 1);
      }
    }
    const villages = services.offices.reduce((sum, office) => sum + office.villages.length, 0);
    expect(villages).toBeGreaterThan(2000);
    expect(served.size).toBe(villages);
    expect([...served.values()].every((count) => count === 1)).toBe(true);
    expect(unique(services.advisers.map((adviser) => adviser.adviserId))).toBe(true);
  });

  it('has the city’s 1,902 full-time mediators in committees of every town, police station, court and procuratorate', () => {
    const mediators = services.committees.flatMap((committee) => committee.mediators);
    expect(mediators).toHaveLength(FULL_TIME_MEDIATORS);
    expect(FULL_TIME_MEDIATORS).toBe(1902);
    expect(unique(mediators.map((mediator) => mediator.mediatorId))).toBe(true);
    expect(services.committees.every((committee) => committee.mediators.length >= 2)).toBe(true);
    expect(services.committees.filter((c) => c.kind === 'TOWN').map((c) => c.officeId)).toEqual(JUDICIAL_OFFICE_SITES.map((site) => site.id));
    for (const division of ZIBO_DIVISIONS) {
      const court = services.committees.find((c) => c.kind === 'COURT' && c.divisionCode === division.code);
      expect(court?.stationedAt).toBe(basicCourtForDivision(division.code)?.name);
    }
  });

  it('runs community corrections for exactly the COMMUNITY_CORRECTIONS executions, with the same case, person, file and dates', () => {
    const executions = data.justice.filter((execution) => execution.kind === 'COMMUNITY_CORRECTIONS');
    expect(services.corrections.map((c) => [c.caseId, c.personId, c.recordNumber, c.startedAt, c.plannedEndAt, c.endedAt ?? null])).toEqual(
      executions.map((e) => [e.caseId, e.personId, e.recordNumber, e.startedAt, e.plannedEndAt, e.status === 'ENDED' ? (e.endedAt ?? null) : null]),
    );
    const offices = new Map(services.offices.map((office) => [office.officeId, office]));
    executions.forEach((execution, k) => {
      const correction = services.corrections[k] as CommunityCorrectionExport;
      const office = offices.get(correction.officeId);
      expect(office?.name).toBe(execution.institutionName);
      expect(office?.staff.map((member) => member.staffId)).toContain(correction.officerStaffId);
      expect(correction.status).toBe(execution.status === 'ENDED' ? 'ENDED' : 'UNDER_CORRECTIONS');
    });
  });

  it('links each correction to the court decision that sent the person, and keeps its events inside the term', () => {
    const documents = new Map(data.court.flatMap((record) => record.documents.map((doc) => [doc.documentId, { doc, record }] as const)));
    for (const correction of services.corrections) {
      const found = documents.get(correction.judgmentId);
      expect(found?.record.caseNumber).toBe(correction.courtCaseNumber);
      expect(found?.doc.parties.map((party) => party.personId)).toContain(correction.personId);
      expect(found?.record.effectiveAt).toBeDefined();
      const until = correction.endedAt ? ms(correction.endedAt) : Math.min(AS_OF, ms(correction.plannedEndAt));
      const times = correction.events.map((event) => ms(event.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.every((at) => at >= ms(correction.startedAt) && at <= until)).toBe(true);
      expect(correction.events[0]?.type).toBe('INTAKE');
      if (correction.endedAt) expect(correction.events.at(-1)?.type).toBe('ENDED');
      // Reporting every month: one report per full month served, give or take the last one.
      const months = (until - ms(correction.startedAt)) / (30.44 * 86_400_000);
      const reports = correction.events.filter((event) => event.type === 'REPORTED').length;
      expect(Math.abs(reports - months)).toBeLessThanOrEqual(1.2);
    }
    const warnings = services.corrections.flatMap((c) => c.events.filter((event) => event.type === 'WARNED'));
    expect(warnings.length).toBeGreaterThan(services.corrections.length * 0.03);
    expect(warnings.length).toBeLessThan(services.corrections.length * 0.15);
    expect(unique(warnings.map((warning) => warning.documentNumber))).toBe(true);
  });

  it('mediates the scaled share of the city’s disputes with about 97% settled', () => {
    const { mediations } = services;
    expect(mediations).toHaveLength(disputeCount(2000));
    expect(unique(mediations.map((m) => m.mediationId))).toBe(true);
    const concluded = mediations.filter((m) => m.outcome !== 'PENDING');
    const settled = concluded.filter((m) => m.outcome === 'SETTLED');
    expect(settled.length / concluded.length).toBeGreaterThan(0.95);
    expect(settled.length / concluded.length).toBeLessThan(0.99);
    expect(settled.every((m) => m.agreement && ms(m.agreement.signedAt) <= AS_OF)).toBe(true);
    expect(mediations.filter((m) => m.outcome === 'PENDING').every((m) => !m.concludedAt && !m.agreement)).toBe(true);
    const numbers = mediations.flatMap((m) => (m.agreement?.number ? [m.agreement.number] : []));
    expect(unique(numbers)).toBe(true);
  });

  it('sends court-referred disputes to the court’s stationed committee, and confirmations back to that court as 民特 cases', () => {
    const committees = new Map(services.committees.map((c) => [c.committeeId, c]));
    const referred = services.mediations.filter((m) => m.courtReferral);
    expect(referred.length).toBeGreaterThan(services.mediations.length * 0.08);
    for (const mediation of referred) {
      const committee = committees.get(mediation.committeeId);
      expect(committee?.kind).toBe('COURT');
      expect(mediation.courtReferral?.courtCode).toBe(basicCourtForDivision(mediation.divisionCode)?.code);
      expect(ms(mediation.courtReferral?.referredAt ?? '')).toBeLessThanOrEqual(ms(mediation.receivedAt));
      if (mediation.courtReferral?.stage === 'POST_FILING') expect(mediation.courtReferral.civilCaseNumber).toMatch(/^（\d{4}）鲁03\d\d民初\d+号$/);
    }
    const confirmed = services.mediations.filter((m) => m.judicialConfirmation);
    expect(confirmed.length).toBeGreaterThan(0);
    for (const mediation of confirmed) {
      expect(mediation.outcome).toBe('SETTLED');
      expect(mediation.agreement?.form).toBe('WRITTEN');
      expect(mediation.judicialConfirmation?.caseNumber).toMatch(/^（\d{4}）鲁03\d\d民特\d+号$/);
      expect(ms(mediation.judicialConfirmation?.appliedAt ?? '')).toBeGreaterThan(ms(mediation.agreement?.signedAt ?? ''));
    }
    expect(unique(confirmed.map((m) => m.judicialConfirmation?.caseNumber))).toBe(true);
    for (const m of services.mediations) expect(committees.get(m.committeeId)?.mediators.map((x) => x.mediatorId)).toEqual(expect.arrayContaining(m.mediatorIds));
  });

  it('appoints legal aid to first-instance defendants, every minor among them, before the first hearing', () => {
    const firstTrial = new Map<string, (typeof data.court)[number]>();
    for (const record of data.court) if (record.instance === 'FIRST' && !firstTrial.has(record.caseId)) firstTrial.set(record.caseId, record);
    for (const appointment of services.legalAid) {
      const record = firstTrial.get(appointment.caseId);
      expect(record?.caseNumber).toBe(appointment.courtCaseNumber);
      expect(record?.defendantIds).toContain(appointment.personId);
      const at = ms(appointment.appointedAt);
      expect(at).toBeGreaterThan(ms(record?.registeredAt ?? ''));
      if (record?.hearings[0]) expect(at).toBeLessThan(ms(record.hearings[0].at));
      expect(appointment.events).toEqual([{ at: appointment.appointedAt, type: 'LEGAL_AID_APPOINTED', title: expect.stringMatching(/^指派法律援助律师（.+某.?）$/), documentNumber: appointment.documentNumber }]);
    }
    expect(unique(services.legalAid.map((a) => a.documentNumber))).toBe(true);
    const persons = new Map(data.persons.map((person) => [person.personId, person]));
    const aided = new Set(services.legalAid.map((a) => `${a.caseId}|${a.personId}`));
    let minors = 0;
    for (const record of firstTrial.values()) {
      for (const personId of record.defendantIds) {
        const birth = persons.get(personId)?.idNumber.slice(6, 14) ?? '';
        const registered = record.registeredAt.slice(0, 10).replace(/-/g, '');
        const minor = Number(registered) - Number(birth) < 180000;
        if (!minor || ms(record.registeredAt) >= AS_OF - 4 * 86_400_000) continue;
        minors++;
        expect(aided.has(`${record.caseId}|${personId}`)).toBe(true);
      }
    }
    expect(minors).toBeGreaterThan(10);
    const defendants = [...firstTrial.values()].reduce((sum, record) => sum + record.defendantIds.length, 0);
    expect(services.legalAid.length / defendants).toBeGreaterThan(0.08);
    expect(services.legalAid.length / defendants).toBeLessThan(0.3);
  });
});

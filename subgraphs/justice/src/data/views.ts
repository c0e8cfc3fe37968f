/** Shapes the resolvers hand on that are not stored as such: parts of a stored document joined to another part of it. */
import type { ResponsibilityArea } from '@hub/domain';
import type { LegalAdviserDoc, MediatorDoc, OfficeStaffDoc } from './serviceModels';

export interface ResponsibilityView {
  area: ResponsibilityArea;
  duty: string;
  basis: string;
  carriedBy: OfficeStaffDoc[];
}

export interface VillageView {
  name: string;
  kind: 'VILLAGE' | 'COMMUNITY';
  legalAdviser: LegalAdviserDoc;
}

/** A mediator knows its committee, which embeds it. */
export interface MediatorView extends MediatorDoc {
  committeeId: string;
}

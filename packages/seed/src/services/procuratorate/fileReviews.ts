/**
 * Defence lawyers' file review (律师阅卷). Once the police (or the supervisory commission) have
 * transferred a case for prosecution, a suspect's lawyer may apply to read and copy the file; the
 * procuratorate checks the power of attorney and licence, admits the lawyer and arranges a
 * reading at its service hall within three working days, today mostly as an electronic file on
 * disc. Draws come from the case's own stream, so cases are independent of each other.
 */
import {
  ZIBO_PROCURATORATES,
  type FileReviewExport,
  type Offence,
  type ProsecutionExport,
} from '@hub/domain';
import { AS_OF, DAY_MS, HOUR_MS, iso, sometime, type Ms } from '../../clock';
import type { Person } from '../../people';
import { Rng } from '../../random';
import { isDrunkDriving, isDutyCrime } from '../../traits';
import { plusWorkingDays } from './calendar';
import type { Lawyer } from './people';

const MATERIALS_ALWAYS = ['起诉意见书', '讯问笔录'];
const MATERIALS_SOMETIMES = ['证人证言', '被害人陈述', '鉴定意见', '书证', '勘验、检查笔录', '辨认笔录', '视听资料', '电子数据'];
const REFUSALS = ['委托手续不全，请补充犯罪嫌疑人或其近亲属签署的授权委托书', '律师执业证未通过年度考核，请提交有效执业证', '申请人非本案犯罪嫌疑人委托的辩护人'];

/** How likely a suspect has a lawyer at the prosecution stage. */
function lawyerShare(offence: Offence): number {
  if (isDutyCrime(offence)) return 0.8;
  if (isDrunkDriving(offence)) return 0.12;
  return offence.typicalTermMonths[1] > 60 ? 0.55 : 0.32;
}

/** The end of the first review period: its decision or return, else the export instant. */
function firstReviewEnds(record: ProsecutionExport, start: Ms): Ms {
  const decisions = record.events
    .filter((e) => e.type === 'RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION' || e.type === 'INDICTED' || e.type === 'NOT_PROSECUTED')
    .map((e) => Date.parse(e.at))
    .filter((at) => at > start);
  return Math.min(AS_OF, ...decisions);
}

function materials(rng: Rng): string[] {
  return [...MATERIALS_ALWAYS, ...MATERIALS_SOMETIMES.filter(() => rng.chance(0.35))];
}

export function fileReviewsOfCase(
  rng: Rng,
  record: ProsecutionExport,
  offence: Offence,
  suspects: readonly Person[],
  lawyers: readonly Lawyer[],
): FileReviewExport[] {
  if (!record.reviewStartedAt || suspects.length === 0) return [];
  const start = Date.parse(record.reviewStartedAt);
  const ends = firstReviewEnds(record, start);
  const procuratorate = ZIBO_PROCURATORATES.find((p) => p.code === record.divisionCode);
  if (!procuratorate || ends - start < DAY_MS) return [];
  const applications: Array<Omit<FileReviewExport, 'applicationId'>> = [];
  const add = (application: Omit<FileReviewExport, 'applicationId'>) => applications.push(application);

  for (const client of suspects) {
    if (!rng.chance(lawyerShare(offence))) continue;
    const counsel = rng.chance(0.15) ? [rng.pick(lawyers), rng.pick(lawyers)] : [rng.pick(lawyers)];
    for (const lawyer of new Set(counsel)) {
      let appliedAt = sometime(rng, start + 2 * HOUR_MS, Math.min(ends - HOUR_MS, start + 20 * DAY_MS), { skew: 1.6 });
      for (let attempt = 0; attempt < 2 && appliedAt <= AS_OF; attempt++) {
        const decidedAt = sometime(rng, appliedAt + HOUR_MS, plusWorkingDays(appliedAt, rng.int(0, 2)) + 4 * HOUR_MS);
        const base = { caseId: record.caseId, procuratorateCode: procuratorate.code, lawyer, clientPersonId: client.personId, appliedAt: iso(appliedAt) };
        if (decidedAt > AS_OF) {
          add({ ...base, status: 'PENDING' });
          break;
        }
        if (attempt === 0 && rng.chance(0.06)) {
          add({ ...base, status: 'REFUSED', decidedAt: iso(decidedAt), refusalReason: rng.pick(REFUSALS) });
          // Half of the refused lawyers come back with what was missing.
          if (!rng.chance(0.5)) break;
          appliedAt = sometime(rng, decidedAt + DAY_MS, decidedAt + 6 * DAY_MS);
          continue;
        }
        const readingAt = sometime(rng, decidedAt + HOUR_MS, plusWorkingDays(decidedAt, 3));
        add({
          ...base,
          status: 'APPROVED',
          decidedAt: iso(decidedAt),
          appointment: { at: iso(readingAt), servicePointId: `SH${procuratorate.code}`, materials: materials(rng), electronic: rng.chance(0.8) },
        });
        break;
      }
    }
  }
  // Numbered within the case in the order they were made.
  return applications
    .sort((a, b) => Date.parse(a.appliedAt) - Date.parse(b.appliedAt))
    .map((application, k) => ({ applicationId: `${record.caseId}-R${k + 1}`, ...application }));
}

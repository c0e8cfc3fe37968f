/**
 * Complaints, accusations, reports and hotline tickets (控告申诉、举报、12309热线). Each gets a
 * procedural reply within 7 days and its result within 3 months (群众信访件件有回复); a few slip,
 * and a few are still open at the export instant, overdue or not. Most concern no case the hub
 * holds (a civil judgment, a village official, a question about a procedure); some do: a victim
 * who contests a decision not to prosecute, a lawyer refused a file review, a family asking for a
 * custody review.
 */
import {
  SERVICE_TIME_LIMITS,
  ZIBO_PROCURATORATES,
  complaintNumberPrefix,
  formatDocumentNumber,
  type ComplaintCategory,
  type ComplaintExport,
  type ComplaintResult,
  type IntakeChannel,
  type PartyKind,
  type Procuratorate,
  type ServicePointExport,
} from '@hub/domain';
import { AS_OF, DAY_MS, HOUR_MS, MINUTE_MS, chinaYear, dayStart, iso, plusDays, plusMonths, sometime, type Ms } from '../../clock';
import { chineseName } from '../../names';
import { Rng, WeightedTable } from '../../random';
import { daysUntilAsOf, isWorkingDay, officeTime, poisson, serialsInOrder } from './calendar';
import { makeOfficers } from './people';

export interface ComplaintDraft {
  procuratorateCode: string;
  category: ComplaintCategory;
  channel?: IntakeChannel;
  summary: string;
  complainant: { kind: PartyKind; name: string };
  caseId?: string;
  receivedAt: Ms;
}

/** Tickets per day across the city for 2,000 cases that concern no case of the hub. */
const ROUTINE_PER_DAY = 1.35;
const CITY = ZIBO_PROCURATORATES[0] as Procuratorate;
const PROCURATORATE_SHARE: Record<string, number> = {
  '370300': 15, '370303': 19, '370302': 14, '370305': 12, '370321': 10, '370304': 9, '370306': 8, '370323': 7, '370322': 6,
};

const ROUTINE = new WeightedTable<ComplaintCategory>([
  ['CONSULTATION', 45], ['COMPLAINT', 15], ['ACCUSATION', 14], ['REPORT', 20], ['JUDICIAL_AID', 3], ['LAWYER_RIGHTS', 3],
]);
const CONSULTATION_CHANNELS = new WeightedTable<IntakeChannel>([
  ['HOTLINE_12309', 58], ['SERVICE_HALL', 20], ['ONLINE_12309', 12], ['CONTACT_POINT', 6], ['RESIDENT_OFFICE', 4],
]);
const CASE_CHANNELS = new WeightedTable<IntakeChannel>([
  ['SERVICE_HALL', 30], ['LETTER', 20], ['ONLINE_12309', 20], ['HOTLINE_12309', 15], ['CONTACT_POINT', 9], ['RESIDENT_OFFICE', 6],
]);

const SUMMARIES: Record<ComplaintCategory, readonly string[]> = {
  CONSULTATION: [
    '咨询民间借贷纠纷能否申请检察监督', '咨询亲属被刑事拘留后如何委托辩护律师', '咨询不服法院民事判决的申诉途径',
    '咨询行贿犯罪档案查询的办理流程', '咨询国家司法救助的申请条件', '咨询如何举报国家工作人员违法行为',
    '咨询社区矫正期间外出请假的规定', '咨询交通事故赔偿纠纷的诉讼时效',
  ],
  COMPLAINT: ['不服法院民事判决，申请检察监督', '不服法院行政判决，申请检察监督', '对法院执行行为有异议，申请检察监督', '不服劳动争议案件判决，申请检察监督'],
  ACCUSATION: ['控告某派出所民警处理纠纷不作为', '控告某公司拖欠工资拒不支付', '控告他人非法占用其承包土地', '控告某公司以虚假宣传骗取集资款'],
  REPORT: ['举报某村干部侵占集体土地补偿款', '举报某镇工作人员在低保审核中收受财物', '举报某单位负责人挪用公款', '举报某公司偷排废水污染环境'],
  JUDICIAL_AID: ['因家庭成员遭受犯罪侵害致生活困难，申请国家司法救助'],
  LAWYER_RIGHTS: ['律师反映会见在押犯罪嫌疑人受阻，申请权利救济'],
};

const RESULTS: Record<ComplaintCategory, WeightedTable<ComplaintResult>> = {
  CONSULTATION: new WeightedTable<ComplaintResult>([['ANSWERED', 1]]),
  COMPLAINT: new WeightedTable<ComplaintResult>([['UPHELD', 68], ['CORRECTED', 10], ['ANSWERED', 16], ['WITHDRAWN', 6]]),
  ACCUSATION: new WeightedTable<ComplaintResult>([['TRANSFERRED', 40], ['ANSWERED', 38], ['CORRECTED', 12], ['WITHDRAWN', 10]]),
  REPORT: new WeightedTable<ComplaintResult>([['TRANSFERRED', 62], ['ANSWERED', 38]]),
  JUDICIAL_AID: new WeightedTable<ComplaintResult>([['UPHELD', 70], ['ANSWERED', 30]]),
  LAWYER_RIGHTS: new WeightedTable<ComplaintResult>([['CORRECTED', 55], ['ANSWERED', 45]]),
};

/** The supervisory commissions took over duty crimes in March 2018. */
const SUPERVISORY_COMMISSIONS_FROM = Date.parse('2018-03-20T00:00:00+08:00');

function resultSummary(result: ComplaintResult, category: ComplaintCategory, procuratorate: Procuratorate, at: Ms): string {
  const place = procuratorate.name.replace(/人民检察院$/, '');
  switch (result) {
    case 'ANSWERED':
      return category === 'CONSULTATION' ? '已当场解答' : '已向当事人书面答复并释法说理';
    case 'TRANSFERRED':
      if (category !== 'REPORT') return '已转交有关机关办理，并督促其依法答复';
      return at >= SUPERVISORY_COMMISSIONS_FROM ? `已移送${place}监察委员会处理` : '已移送本院反贪污贿赂部门初查';
    case 'UPHELD':
      return category === 'JUDICIAL_AID' ? '经审查符合条件，决定给予国家司法救助' : '经审查，原处理决定正确，予以维持并答复';
    case 'CORRECTED':
      return category === 'LAWYER_RIGHTS' ? '经核查情况属实，已通知有关机关纠正' : '经审查，已依法提出纠正意见';
    case 'WITHDRAWN':
      return '当事人撤回';
  }
}

export class ComplaintGenerator {
  private readonly drafts: ComplaintDraft[] = [];
  private readonly officers = new Map<string, string[]>();

  constructor(
    private readonly rng: Rng,
    private readonly scale: number,
    private readonly points: readonly ServicePointExport[],
  ) {}

  add(draft: ComplaintDraft): void {
    if (draft.receivedAt <= AS_OF) this.drafts.push(draft);
  }

  /** The everyday tickets of every procuratorate; the hotline and the halls answer on working days, the web any day. */
  generateRoutine(): void {
    const { rng } = this;
    for (const procuratorate of ZIBO_PROCURATORATES) {
      const mean = ROUTINE_PER_DAY * this.scale * ((PROCURATORATE_SHARE[procuratorate.code] ?? 5) / 100);
      for (const day of daysUntilAsOf()) {
        for (let n = poisson(rng, isWorkingDay(day) ? mean * 1.3 : mean * 0.25); n > 0; n--) {
          const category = ROUTINE.draw(rng);
          const channel = isWorkingDay(day) ? (category === 'CONSULTATION' ? CONSULTATION_CHANNELS : CASE_CHANNELS).draw(rng) : 'ONLINE_12309';
          const receivedAt = channel === 'ONLINE_12309' ? dayStart(day) + rng.int(420, 1380) * MINUTE_MS : officeTime(rng, day);
          const male = rng.chance(0.6);
          this.add({
            procuratorateCode: procuratorate.code,
            category,
            channel,
            summary: rng.pick(SUMMARIES[category]),
            complainant: rng.chance(0.05) && category !== 'CONSULTATION' ? { kind: 'ORGANISATION', name: '某某有限公司' } : { kind: 'PERSON', name: chineseName(rng, male) },
            receivedAt,
          });
        }
      }
    }
  }

  records(): ComplaintExport[] {
    const drafts = [...this.drafts].sort((a, b) => a.receivedAt - b.receivedAt);
    const serials = serialsInOrder(drafts, (d) => d.receivedAt, (d) => d.procuratorateCode);
    return drafts.map((draft, k) => this.record(draft, serials[k] as number));
  }

  private officerOf(code: string): string {
    let list = this.officers.get(code);
    if (!list) {
      list = makeOfficers(this.rng, 6);
      this.officers.set(code, list);
    }
    return this.rng.pick(list);
  }

  private servicePoint(procuratorate: Procuratorate, channel: IntakeChannel): { channel: IntakeChannel; servicePointId?: string } {
    if (channel === 'SERVICE_HALL') return { channel, servicePointId: `SH${procuratorate.code}` };
    if (channel !== 'CONTACT_POINT' && channel !== 'RESIDENT_OFFICE') return { channel };
    const kind = channel;
    const local = this.points.filter((p) => p.procuratorateCode === procuratorate.code && p.kind === kind);
    // The city procuratorate has no offices of its own in the towns: its visitors come to the hall.
    if (local.length === 0) return { channel: 'SERVICE_HALL', servicePointId: `SH${procuratorate.code}` };
    return { channel, servicePointId: this.rng.pick(local).servicePointId };
  }

  private record(draft: ComplaintDraft, serial: number): ComplaintExport {
    const { rng } = this;
    const procuratorate = ZIBO_PROCURATORATES.find((p) => p.code === draft.procuratorateCode) ?? CITY;
    const year = chinaYear(draft.receivedAt);
    const where = this.servicePoint(procuratorate, draft.channel ?? CASE_CHANNELS.draw(rng));
    const base: ComplaintExport = {
      complaintId: `TS${procuratorate.code}${year}${String(serial).padStart(5, '0')}`,
      number: formatDocumentNumber({ prefix: complaintNumberPrefix(procuratorate), year, serial }),
      procuratorateCode: procuratorate.code,
      ...where,
      category: draft.category,
      summary: draft.summary,
      complainant: draft.complainant,
      ...(draft.caseId ? { caseId: draft.caseId } : {}),
      receivedAt: iso(draft.receivedAt),
      assignedDepartment: draft.category === 'CONSULTATION' ? '检察服务中心' : '控告申诉检察部',
      handler: this.officerOf(procuratorate.code),
    };
    const { repliedAt, concludedAt } = this.handling(draft);
    const result = RESULTS[draft.category].draw(rng);
    return {
      ...base,
      ...(repliedAt !== undefined && repliedAt <= AS_OF ? { repliedAt: iso(repliedAt) } : {}),
      ...(concludedAt !== undefined && concludedAt <= AS_OF
        ? { concludedAt: iso(concludedAt), result, resultSummary: resultSummary(result, draft.category, procuratorate, concludedAt) }
        : {}),
    };
  }

  /** On-the-spot answers for questions; otherwise mostly within the limits, a few late, a few stuck. */
  private handling(draft: ComplaintDraft): { repliedAt?: Ms; concludedAt?: Ms } {
    const { rng } = this;
    const received = draft.receivedAt;
    if (draft.category === 'CONSULTATION') {
      const at = received + rng.int(3, 25) * MINUTE_MS;
      return { repliedAt: at, concludedAt: at };
    }
    const replyDue = plusDays(received, SERVICE_TIME_LIMITS.complaintReplyDays);
    const resultDue = plusMonths(received, SERVICE_TIME_LIMITS.complaintResultMonths);
    const replyRoll = rng.next();
    if (replyRoll < 0.02) return {};
    const repliedAt =
      replyRoll < 0.06 ? sometime(rng, replyDue + DAY_MS, replyDue + 8 * DAY_MS) : sometime(rng, received + 2 * HOUR_MS, replyDue - 2 * HOUR_MS, { skew: 1.5 });
    const resultRoll = rng.next();
    if (resultRoll < 0.012) return { repliedAt };
    const concludedAt =
      resultRoll < 0.042
        ? sometime(rng, resultDue + DAY_MS, resultDue + 40 * DAY_MS)
        : sometime(rng, Math.max(repliedAt + DAY_MS, received + 10 * DAY_MS), resultDue - DAY_MS);
    return { repliedAt, concludedAt };
  }
}

import { compareTimelineEntries, mergeTimelines, type TimelineEntry } from '../timeline';
import type { TimelineEventType } from '../lifecycle';
import { TIMELINE_EVENT_TYPES } from '../lifecycle';

function entry(at: string, type: TimelineEventType, documentNumber?: string | null): TimelineEntry {
  const { agency, title } = TIMELINE_EVENT_TYPES[type];
  return { at: new Date(`${at}+08:00`), agency, type, title, documentNumber };
}

describe('compareTimelineEntries', () => {
  it('orders by instant first', () => {
    const later = entry('2017-03-02T00:00:00', 'REPORTED');
    const earlier = entry('2017-03-01T23:59:59', 'RELEASED');
    expect(compareTimelineEntries(earlier, later)).toBeLessThan(0);
    expect(compareTimelineEntries(later, earlier)).toBeGreaterThan(0);
  });

  it('breaks a tie in time by the order of the procedure', () => {
    const detained = entry('2017-03-01T00:00:00', 'DETAINED');
    const filed = entry('2017-03-01T00:00:00', 'CASE_FILED');
    expect([detained, filed].sort(compareTimelineEntries).map((e) => e.type)).toEqual(['CASE_FILED', 'DETAINED']);
  });

  it('breaks a tie in time and type by document number, missing numbers first', () => {
    const a = entry('2017-03-01T00:00:00', 'HEARING_HELD', '（2017）鲁0303刑初12号');
    const b = entry('2017-03-01T00:00:00', 'HEARING_HELD', '（2017）鲁0303刑初13号');
    const none = entry('2017-03-01T00:00:00', 'HEARING_HELD', null);
    expect([b, a, none].sort(compareTimelineEntries)).toEqual([none, a, b]);
    expect(compareTimelineEntries(a, { ...a })).toBe(0);
  });
});

describe('mergeTimelines', () => {
  const police = [
    entry('2017-03-01T10:00:00', 'CASE_FILED', 'A3703030000002017030012'),
    entry('2017-03-01T10:00:00', 'DETAINED', '淄公张拘字〔2017〕12号'),
    entry('2017-03-03T09:00:00', 'ARREST_REQUESTED'),
  ];
  const procuratorate = [entry('2017-03-09T16:00:00', 'ARREST_APPROVED', '淄张检批捕〔2017〕8号')];
  const court = [
    entry('2017-06-01T09:00:00', 'FIRST_INSTANCE_REGISTERED', '（2017）鲁0303刑初12号'),
    entry('2017-03-03T09:00:00', 'REPORTED'),
  ];

  it('interleaves the agencies\' lists in timeline order', () => {
    expect(mergeTimelines(court, procuratorate, police).map((e) => e.type)).toEqual([
      'CASE_FILED',
      'DETAINED',
      'REPORTED',
      'ARREST_REQUESTED',
      'ARREST_APPROVED',
      'FIRST_INSTANCE_REGISTERED',
    ]);
  });

  it('returns a new array and leaves its inputs alone', () => {
    const courtBefore = [...court];
    const merged = mergeTimelines(court);
    expect(merged).not.toBe(court);
    expect(court).toEqual(courtBefore);
    expect(merged[0]).toBe(court[1]);
  });

  it('keeps fully equal entries in input order (stable)', () => {
    const first = entry('2017-03-01T10:00:00', 'HEARING_HELD', null);
    const second = { ...first, title: '开庭审理（第二次）' };
    expect(mergeTimelines([first], [second])).toEqual([first, second]);
    expect(mergeTimelines([second], [first])[0]).toBe(second);
  });

  it('merges nothing into an empty list', () => {
    expect(mergeTimelines()).toEqual([]);
    expect(mergeTimelines([], [])).toEqual([]);
  });
});

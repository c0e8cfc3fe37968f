import { Kind } from 'graphql';
import { DateTimeScalar, parseDateTimeInput } from '../dateTime';

test('serialises instants with the China offset', () => {
  expect(DateTimeScalar.serialize(new Date('2017-03-04T01:30:00Z'))).toBe('2017-03-04T09:30:00+08:00');
  expect(DateTimeScalar.serialize(new Date('2017-03-04T20:00:00Z'))).toBe('2017-03-05T04:00:00+08:00');
});

test('parses RFC 3339 instants and bare dates as midnight in China', () => {
  expect(parseDateTimeInput('2017-03-04T09:30:00+08:00').toISOString()).toBe('2017-03-04T01:30:00.000Z');
  expect(parseDateTimeInput('2017-03-04').toISOString()).toBe('2017-03-03T16:00:00.000Z');
  expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2017-03-04T01:30:00Z' }).toISOString()).toBe('2017-03-04T01:30:00.000Z');
});

test.each(['yesterday', '2017-13-01', '2017-02-30T00:00:00Z', '', 42, null, { $gt: '' }])('refuses %j with BAD_USER_INPUT', (input) => {
  expect(() => parseDateTimeInput(input)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
});

import { GraphQLScalarType, Kind } from 'graphql';
import { toChinaIso } from '@hub/domain';
import { badUserInput } from './errors';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** JavaScript rolls 2017-02-30 over into March; a date input must name a real day. */
function isCalendarDate(ymd: string): boolean {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses an RFC 3339 instant, or a calendar date taken as midnight in China. */
export function parseDateTimeInput(value: unknown): Date {
  if (typeof value === 'string') {
    const text = value.trim();
    const iso = DATE_ONLY.test(text) ? `${text}T00:00:00+08:00` : text;
    if (RFC3339.test(iso) && isCalendarDate(iso.slice(0, 10))) {
      const date = new Date(iso);
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  throw badUserInput(
    'Expected a DateTime: an RFC 3339 instant such as "2017-03-04T09:30:00+08:00", or a date such as "2017-03-04" (midnight in China).',
  );
}

/** Instants travel as RFC 3339 strings with the China offset, the way the agencies write them. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return toChinaIso(date);
  },
  parseValue: parseDateTimeInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('Expected a DateTime string such as "2017-03-04T09:30:00+08:00".');
    return parseDateTimeInput(ast.value);
  },
});

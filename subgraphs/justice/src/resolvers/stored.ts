import { GraphQLError } from 'graphql';

/** A record another stored record points to: missing, it is a data error worth an alert, not user input. */
export function stored<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new GraphQLError(`${what} in stored data`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return value;
}

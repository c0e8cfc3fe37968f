import { GraphQLError } from 'graphql';
import { checkPageSize, decodeCursor, encodeCursor, PAGE_SIZE } from '../paging';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return 'no error';
};

test('page size defaults to 20 and accepts 1 to 100', () => {
  expect(checkPageSize(undefined)).toBe(PAGE_SIZE.default);
  expect(checkPageSize(1)).toBe(1);
  expect(checkPageSize(100)).toBe(100);
  for (const bad of [0, -1, 101, 2.5]) expect(codeOf(() => checkPageSize(bad))).toBe('BAD_USER_INPUT');
});

test('a cursor decodes back to its parts only for the list that issued it', () => {
  const cursor = encodeCursor('cases.v1', ['1490000000000', 'ZB2017000001']);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCursor('cases.v1', cursor, 2)).toEqual(['1490000000000', 'ZB2017000001']);
  expect(codeOf(() => decodeCursor('people.v1', cursor, 2))).toBe('BAD_USER_INPUT');
  expect(codeOf(() => decodeCursor('cases.v1', cursor, 3))).toBe('BAD_USER_INPUT');
  expect(codeOf(() => decodeCursor('cases.v1', 'a+b/c=', 2))).toBe('BAD_USER_INPUT');
  expect(codeOf(() => decodeCursor('cases.v1', 'x'.repeat(500), 2))).toBe('BAD_USER_INPUT');
});

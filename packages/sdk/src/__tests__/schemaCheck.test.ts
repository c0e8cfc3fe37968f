/**
 * The breaking-change check (npm run schema:check): inspector's diff of two API schemas, with
 * "deprecate first, remove later" as the only way to remove something, and the base commit chosen
 * from git as the CLI does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareSchemas, findBreakingChanges, formatComparison } from '../tooling/schemaCheck';
import { gitEnvironment, runSchemaBreakingCheck } from '../tooling/schemaBreakingCheck';
import { readSupergraph } from '../tooling/apiSchema';

const BASE = /* GraphQL */ `
  """Lookups."""
  type Query {
    """A case by id."""
    case("""The id.""" id: ID!): Case
    """Cases, newest first."""
    cases("""Page size.""" first: Int, """Cursor.""" after: String): [Case!]!
  }

  """A case."""
  type Case {
    """Its id."""
    id: ID!
    """Where it stands."""
    stage: Stage!
    """The old name of the charge."""
    charge: String @deprecated(reason: "Use offence.")
    """The principal charge."""
    offence: String!
  }

  """Where a case stands."""
  enum Stage {
    """Investigation."""
    INVESTIGATION
    """Trial."""
    TRIAL
    """Old stage."""
    PENDING @deprecated(reason: "Use TRIAL.")
  }
`;

const edit = (from: string, to: string) => {
  if (!BASE.includes(from)) throw new Error(`test setup: ${from} is not in the base schema`);
  return BASE.replace(from, to);
};

test('removing a field that was not deprecated fails, with a readable message', async () => {
  const changed = edit('"""Where it stands."""\n    stage: Stage!', '');
  const breaking = await findBreakingChanges(BASE, changed);
  expect(breaking.map((b) => b.message)).toEqual([
    'Case.stage was removed without a deprecation first — deprecate it with @deprecated(reason: …) and remove it in a later change',
  ]);
  const report = formatComparison(await compareSchemas(BASE, changed), 'HEAD^');
  expect(report).toContain('1 breaking change in the graph compared with HEAD^:');
  expect(report).toContain('✗ Case.stage was removed without a deprecation first');
  expect(report).toMatch(/mark the old one @deprecated/);
});

test('removing a field that was already deprecated passes (and is listed)', async () => {
  const changed = edit('"""The old name of the charge."""\n    charge: String @deprecated(reason: "Use offence.")', '');
  const comparison = await compareSchemas(BASE, changed);
  expect(comparison.breaking).toEqual([]);
  expect(comparison.dangerous.map((d) => d.message)).toEqual(['Case.charge was removed after its deprecation (allowed)']);
});

test('adding a field passes', async () => {
  const changed = edit('    offence: String!', '    offence: String!\n    """When it was filed."""\n    filedAt: String');
  const comparison = await compareSchemas(BASE, changed);
  expect(comparison.breaking).toEqual([]);
  expect(comparison.dangerous).toEqual([]);
  expect(comparison.safeCount).toBeGreaterThan(0);
});

test('making a nullable argument required fails', async () => {
  const changed = edit('first: Int,', 'first: Int!,');
  const breaking = await findBreakingChanges(BASE, changed);
  expect(breaking).toHaveLength(1);
  expect(breaking[0]!.message).toBe(
    'The argument first of Query.cases became required (Int → Int!) — queries that omit it would fail; keep it optional and give it a default value instead',
  );
});

test('enum values follow the same rule: deprecated ones may go, others may not', async () => {
  const withoutPending = edit('"""Old stage."""\n    PENDING @deprecated(reason: "Use TRIAL.")', '');
  expect(await findBreakingChanges(BASE, withoutPending)).toEqual([]);
  const withoutTrial = edit('"""Trial."""\n    TRIAL', '');
  expect((await findBreakingChanges(BASE, withoutTrial)).map((b) => b.message)).toEqual([
    'Stage.TRIAL was removed without a deprecation first — deprecate it with @deprecated(reason: …) and remove it in a later change',
  ]);
});

test('deprecated arguments and input fields may be removed too; others may not', async () => {
  const base = `
    """Root."""
    type Query {
      """Search."""
      search(
        """Old paging."""
        page: Int @deprecated(reason: "Use after.")
        """Text."""
        text: String
        """Filter."""
        filter: Filter
      ): [String!]!
    }
    """A filter."""
    input Filter {
      """Old."""
      court: String @deprecated(reason: "Use courtCode.")
      """New."""
      courtCode: String
    }
  `;
  const cut = (sdl: string, ...parts: string[]) =>
    parts.reduce((text, part) => {
      if (!text.includes(part)) throw new Error(`test setup: ${part} is not in the schema`);
      return text.replace(part, '');
    }, sdl);
  const withoutDeprecated = cut(base, '"""Old paging."""\n        page: Int @deprecated(reason: "Use after.")', '"""Old."""\n      court: String @deprecated(reason: "Use courtCode.")');
  expect(await findBreakingChanges(base, withoutDeprecated)).toEqual([]);
  const withoutLive = cut(base, '"""Text."""\n        text: String', '"""New."""\n      courtCode: String');
  expect((await findBreakingChanges(base, withoutLive)).map((b) => b.message).sort()).toEqual([
    'Filter.courtCode was removed without a deprecation first — deprecate it with @deprecated(reason: …) and remove it in a later change',
    'The argument text of Query.search was removed without a deprecation first — deprecate it with @deprecated(reason: …) and remove it in a later change',
  ]);
});

test('changing a field type and adding a required argument fail', async () => {
  const changed = edit('offence: String!', 'offence: Int!').replace('case("""The id.""" id: ID!)', 'case("""The id.""" id: ID!, """Why.""" reason: String!)');
  const messages = (await findBreakingChanges(BASE, changed)).map((b) => b.message);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Case\.offence changed type from String! to Int! — .*deprecate this one/),
      expect.stringMatching(/^Query\.case gained the required argument reason: String! — /),
    ]),
  );
});

test('a supergraph is compared by its API schema: the join__ internals do not count', async () => {
  const supergraph = readSupergraph();
  expect(await compareSchemas(supergraph, supergraph)).toEqual({ breaking: [], dangerous: [], safeCount: 0 });
  // The same supergraph without Query.courts (and its description).
  const withoutCourts = supergraph.replace(/"""(?:(?!""")[\s\S])*"""\s*courts: \[Court!\]![^\n]*\n/, '');
  expect(withoutCourts).not.toBe(supergraph);
  expect((await findBreakingChanges(supergraph, withoutCourts)).map((b) => b.message)).toEqual([
    'Query.courts was removed without a deprecation first — deprecate it with @deprecated(reason: …) and remove it in a later change',
  ]);
});

describe('the base commit', () => {
  const SCHEMA = 'schema/supergraph.graphql';
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      env: gitEnvironment(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const write = (sdl: string) => {
    mkdirSync(path.join(repo, 'schema'), { recursive: true });
    writeFileSync(path.join(repo, SCHEMA), sdl);
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  const check = (env: NodeJS.ProcessEnv = {}) => runSchemaBreakingCheck({ repoRoot: repo, env });
  const withoutStage = edit('"""Where it stands."""\n    stage: Stage!', '');

  beforeEach(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'schema-check-'));
    git('init', '-q', '-b', 'main');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  test('on main it is the previous commit; SCHEMA_BASE_REF overrides it', async () => {
    write(BASE);
    commit('base');
    write(withoutStage);
    commit('remove Case.stage');
    const onMain = await check();
    expect(onMain.ok).toBe(false);
    expect(onMain.report).toMatch(/compared with the previous commit HEAD\^ \([0-9a-f]+\):\n {2}✗ Case\.stage was removed without a deprecation first/);
    const againstHead = await check({ SCHEMA_BASE_REF: 'HEAD' });
    expect(againstHead).toEqual({ ok: true, report: expect.stringMatching(/^No breaking change .* compared with HEAD \(.*from SCHEMA_BASE_REF\)/) });
    expect(await check({ SCHEMA_BASE_REF: 'no-such-branch' })).toEqual({ ok: false, report: expect.stringContaining('SCHEMA_BASE_REF=no-such-branch is not a commit') });
  });

  test('uncommitted changes are compared with the last commit', async () => {
    write(BASE);
    commit('base');
    commit('something else');
    write(withoutStage);
    const result = await check();
    expect(result.ok).toBe(false);
    expect(result.report).toContain('compared with HEAD (');
  });

  test('on a branch it is the merge-base with origin/main', async () => {
    write(BASE);
    commit('base');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('checkout', '-q', '-b', 'feature');
    commit('unrelated');
    write(withoutStage);
    commit('remove Case.stage');
    const result = await check();
    expect(result.ok).toBe(false);
    expect(result.report).toContain('compared with the merge-base with origin/main');
  });

  test('when the file does not exist at the base it says so and passes', async () => {
    commit('empty');
    write(BASE);
    commit('first schema');
    expect(await check()).toEqual({ ok: true, report: expect.stringContaining(`${SCHEMA} does not exist at the previous commit`) });
  });

  test('with no parent commit there is nothing to compare with, and it passes', async () => {
    write(BASE);
    commit('only');
    expect(await check()).toEqual({ ok: true, report: expect.stringContaining('HEAD has no parent commit') });
  });
});

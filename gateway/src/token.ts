/**
 * `npm run token -- --role <role> [--org <code>] [--case <id> …] [--person <id>] [--right person:identity] [--sub <name>] [--ttl <hours>]`
 * prints a development token signed by the local key (.hub/keys/auth/). It refuses to work when
 * the hub runs in production mode: there, tokens come from the identity provider.
 */
import { EXPLICIT_RIGHTS, isRole, ROLES, signDevToken, type ExplicitRight, type Role } from '@hub/subgraph-kit';
const USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> [--org <code>] [--case <case id>]… [--person <person id>] [--right ${EXPLICIT_RIGHTS.join('|')}] [--sub <user id; a lawyer's practising certificate number>] [--ttl <hours, default 8>]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Options {
  role: Role;
  org?: string;
  cases: string[];
  person?: string;
  rights: ExplicitRight[];
  sub?: string;
  ttlHours: number;
}

function parse(argv: string[]): Options {
  const options: Partial<Options> & { cases: string[]; rights: string[] } = { cases: [], rights: [], ttlHours: 8 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value`);
    if (flag === '--role') {
      if (!isRole(value)) fail(`unknown role "${value}"`);
      options.role = value;
    } else if (flag === '--org') options.org = value;
    else if (flag === '--case') options.cases.push(value);
    else if (flag === '--person') options.person = value;
    else if (flag === '--right') {
      if (!(EXPLICIT_RIGHTS as readonly string[]).includes(value)) fail(`unknown right "${value}"`);
      options.rights.push(value as ExplicitRight);
    } else if (flag === '--sub') options.sub = value;
    else if (flag === '--ttl') {
      const hours = Number(value);
      if (!(hours > 0 && hours <= 24 * 7)) fail('--ttl must be a number of hours from 0 to 168');
      options.ttlHours = hours;
    } else fail(`unknown option ${flag}`);
  }
  if (!options.role) fail('--role is required');
  if (options.role === 'lawyer' && options.cases.length === 0 && !options.sub) {
    fail('a lawyer token needs --sub <practising certificate number> (the procuratorate\'s admissions apply) or at least one --case');
  }
  if (options.role === 'citizen' && !options.person) fail('a citizen token needs --person (their hub person id)');
  if (['police', 'procuratorate', 'court', 'justice'].includes(options.role) && !options.org) fail(`a ${options.role} token needs --org (the officer's organisation code, e.g. 鲁0303 or 370303)`);
  return options as Options;
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    fail('npm run token makes development tokens only and refuses to run in production: get tokens from the identity provider.');
  }
  const options = parse(process.argv.slice(2));
  const token = await signDevToken({ ...options, ttlSeconds: Math.round(options.ttlHours * 3600) });
  process.stdout.write(`${token}\n`);
}

void main();

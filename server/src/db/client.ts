import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;
/** What a service receives: the request's transaction, already scoped by row-level security. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface DbOptions {
  max?: number;
  /** Called for every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 }, { statementNameGenerator: statementName });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  client.$on('query', (event) => {
    onQuery(event.query);
  });
  return client;
}

const names = new Map<string, string>();

/**
 * Names statements so that each connection parses and plans them once and reuses the plan:
 * with row-level security every query carries its policies, and planning them cost more than
 * running them. Statements with long parameter lists (DataLoader batches of varying size) stay
 * unnamed, so the per-connection cache stays small.
 */
function statementName(query: { sql: string; args: unknown[] }): string {
  if (query.args.length > 16) return ''; // pg treats an empty name as the unnamed statement
  let name = names.get(query.sql);
  if (!name) {
    name = `p_${createHash('sha1').update(query.sql).digest('base64url')}`;
    if (names.size < 5000) names.set(query.sql, name);
  }
  return name;
}

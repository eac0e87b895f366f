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
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  client.$on('query', (event) => onQuery(event.query));
  return client;
}

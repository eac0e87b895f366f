// A page's reads in one SQL statement. A hot page (the portal dashboard, the invoice list, a
// job, the dispatch board ...) asks PostgreSQL for everything it shows at once: each list is a
// JSON array of an ordered subquery, each related row a json_build_object beside its parent, so
// the request costs one round trip besides opening its scope, whatever the page holds. Prisma's per-statement work
// (query building, result mapping) and the round trips of ten statements were where a page's time
// went (issue 16's bench); this is the way out that keeps Prisma's types.
//
// How a page read is written:
//  - `readPage(ctx, (q) => Prisma.sql\`SELECT ... AS a, ... AS b\`)` runs one statement in the
//    request's scoped transaction and returns its one row (one column per part of the page);
//  - `q.row('Job', 'j', jobSelect)` is a JSON object of a row, keyed by Prisma's field names, with
//    only the fields `select` names (customers never get a column they should not see);
//  - `q.list(row, from, orderBy, limit)` is a JSON array of such objects, in order;
//  - `q.own('j')` is the caller's own rows of `j`: tenant, and for a customer the customer, as the
//    scope's settings say (app_tenant(), app_customer()). Row-level security is the wall; these
//    conditions are there for the planner and must never be the only wall: `withoutOwnFilters`
//    renders them TRUE, and each page's test proves it still sees only the caller's rows;
//  - keep a page's parameters to 16 or fewer: such a statement is prepared once per connection;
//  - `rowsOf('Job', jobSelect, value)` turns the JSON back into Prisma's row type (dates as Date,
//    BigInt as bigint), so the mappers the rest of the code uses (toJob, toInvoice) apply as they are;
//  - what a field resolver will ask for next (a job's site, an invoice's lines) comes in the same
//    statement and is put into the request's loaders (`loader(ctx, f).prime`), so resolvers stay
//    thin and a field the page did not preload still works through its loader.
import { Prisma } from '../generated/prisma/client.js';
import type { SignedInContext } from '../context/context.js';
import { heldQuery, type Db } from '../db/client.js';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Models = Prisma.TypeMap['model'];
export type ModelName = Extract<keyof Models, string>;
/** A model's row as Prisma returns it (scalar fields only). */
export type ModelRow<M extends ModelName> = Models[M]['payload']['scalars'];
/** Which fields of a model a page reads: Prisma's own `select` objects fit (`jobSelect`), or 'all'. */
export type FieldPick<M extends ModelName> = Partial<Record<keyof ModelRow<M>, true>> | 'all';
export type Picked<M extends ModelName, S extends FieldPick<M>> = S extends 'all' ? ModelRow<M> : Pick<ModelRow<M>, keyof S & keyof ModelRow<M>>;

interface FieldInfo {
  name: string;
  kind: string;
  type: string;
  dbName?: string | null;
}
interface ModelInfo {
  /** Scalar and enum fields: name, column, whether the JSON value needs reviving. */
  fields: { name: string; column: string; revive: 'date' | 'bigint' | null }[];
  byName: Map<string, { column: string; revive: 'date' | 'bigint' | null }>;
  byColumn: Map<string, { name: string; revive: 'date' | 'bigint' | null }>;
}

let dataModel: Record<string, { fields: FieldInfo[] }> | null = null;
const models = new Map<string, ModelInfo>();

/**
 * Prisma's description of the schema (field names, columns, types), read once per process from the
 * generated client: the one source of how a column is named and typed, so a page read cannot drift
 * from the Prisma model it stands in for.
 */
function modelInfo(db: Db, model: string): ModelInfo {
  let info = models.get(model);
  if (info) return info;
  dataModel ??= (db as unknown as { _runtimeDataModel: { models: Record<string, { fields: FieldInfo[] }> } })._runtimeDataModel.models;
  const described = dataModel[model];
  if (!described) throw new Error(`No Prisma model named ${model}.`);
  const fields = described.fields
    .filter((f) => f.kind === 'scalar' || f.kind === 'enum')
    .map((f) => ({ name: f.name, column: f.dbName ?? f.name, revive: f.type === 'DateTime' ? ('date' as const) : f.type === 'BigInt' ? ('bigint' as const) : null }));
  info = {
    fields,
    byName: new Map(fields.map((f) => [f.name, f])),
    byColumn: new Map(fields.map((f) => [f.column, f])),
  };
  models.set(model, info);
  return info;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** What a page read's SQL is written with (see the top of this file). */
export interface PageSql {
  /** The caller's own rows of `alias`: its tenant and, for a customer, its customer (`reach: 'tenant'` for tables without a customer). */
  own(alias: string, reach?: 'customer' | 'tenant'): Prisma.Sql;
  /** A JSON object of `alias`'s row with the picked fields, keyed by Prisma's field names; `extra` adds keys (related rows, computed values). */
  row<M extends ModelName>(model: M, alias: string, pick: FieldPick<M>, extra?: Record<string, Prisma.Sql>): Prisma.Sql;
  /** A JSON array (never null) of `row` for each row of `from`, in `orderBy` order, at most `limit`. */
  list(row: Prisma.Sql, from: Prisma.Sql, orderBy: Prisma.Sql, limit?: number): Prisma.Sql;
  /** One related row as JSON, or null. */
  one(row: Prisma.Sql, from: Prisma.Sql): Prisma.Sql;
}

let ownFilters = true;

/**
 * Runs `work` (requests to the app in this process) with every `own()` condition rendered TRUE:
 * what a page read returns then is what row-level security alone lets the caller see. Tests only.
 */
export async function withoutOwnFilters<T>(work: () => Promise<T>): Promise<T> {
  ownFilters = false;
  try {
    return await work();
  } finally {
    ownFilters = true;
  }
}

function pageSql(ctx: SignedInContext): PageSql {
  const { principal } = ctx;
  const db = ctx.deps.db;
  return {
    own(alias, reach = 'customer') {
      if (!ownFilters) return Prisma.sql`TRUE`;
      // The scope's own settings (app_open_request set them), not parameters: a page's statement
      // keeps few enough parameters to be prepared once per connection (db/client.ts statementName),
      // and planning it again on every request was most of its database time.
      const a = Prisma.raw(ident(alias));
      const tenant = Prisma.sql`${a}.tenant_id = app_tenant()`;
      if (principal.kind !== 'customer' || reach === 'tenant') return tenant;
      return Prisma.sql`${tenant} AND ${a}.customer_id = app_customer()`;
    },
    row(model, alias, pick, extra = {}) {
      const info = modelInfo(db, model);
      const names = pick === 'all' ? info.fields.map((f) => f.name) : Object.keys(pick);
      const pairs = names.map((name) => {
        const field = info.byName.get(name);
        if (!field) throw new Error(`${model} has no field ${name}.`);
        return `'${name}', ${ident(alias)}.${ident(field.column)}`;
      });
      const extras = Object.entries(extra).map(([key, value]) => Prisma.sql`, ${Prisma.raw(`'${key.replaceAll("'", "''")}'`)}, ${value}`);
      return Prisma.sql`json_build_object(${Prisma.raw(pairs.join(', '))}${extras.length ? Prisma.join(extras, '') : Prisma.empty})`;
    },
    list(row, from, orderBy, limit) {
      const cap = limit === undefined ? Prisma.empty : Prisma.sql` LIMIT ${limit}`;
      // An array built from a subquery holds its rows in the subquery's order (PostGraphile's lists
      // rest on it too): no window function numbering the rows, no sort inside an aggregate, and
      // '[]' without a COALESCE when there are none.
      return Prisma.sql`array_to_json(ARRAY(SELECT ${row} ${from} ORDER BY ${orderBy}${cap}))`;
    },
    one(row, from) {
      return Prisma.sql`(SELECT ${row} ${from} LIMIT 1)`;
    },
  };
}

/** Runs a page's one statement in the request's scoped transaction (straight through pg) and returns its one row. */
export async function readPage<T extends object>(ctx: SignedInContext, build: (q: PageSql) => Prisma.Sql): Promise<T> {
  const rows = await heldQuery<T>(ctx.deps.db, build(pageSql(ctx)));
  const row = rows[0];
  if (!row) throw new Error('A page read returned no row.');
  return row;
}

function revive(value: unknown, kind: 'date' | 'bigint' | null): unknown {
  if (value === null || kind === null) return value;
  if (kind === 'bigint') return BigInt(value as number | string);
  // JSON writes timestamptz with its offset; a date ('2026-12-03') reads as UTC midnight, as Prisma reads it.
  return new Date(value as string);
}

/** JSON rows from `q.row(model, …, pick)` (or a `q.list` of them) as Prisma's row type. */
export function rowsOf<M extends ModelName, S extends FieldPick<M>>(ctx: SignedInContext, model: M, pick: S, value: unknown): Picked<M, S>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => rowOf(ctx, model, pick, item)).filter((row): row is Picked<M, S> => row !== null);
}

/** One JSON row from `q.row` (or `q.one`) as Prisma's row type; extra keys stay as they came. */
export function rowOf<M extends ModelName, S extends FieldPick<M>>(ctx: SignedInContext, model: M, _pick: S, value: unknown): Picked<M, S> | null {
  if (!value || typeof value !== 'object') return null;
  const info = modelInfo(ctx.deps.db, model);
  const row = value as Record<string, unknown>;
  for (const [name, field] of info.byName) {
    if (field.revive && name in row) row[name] = revive(row[name], field.revive);
  }
  return row as Picked<M, S>;
}

/** A row as `to_jsonb(table)` writes it (keyed by column) as Prisma's row type. */
export function rowFromColumns<M extends ModelName>(db: Db, model: M, value: unknown): ModelRow<M> | null {
  if (!value || typeof value !== 'object') return null;
  const info = modelInfo(db, model);
  const row: Record<string, unknown> = {};
  for (const [column, field] of info.byColumn) {
    if (column in value) row[field.name] = revive((value as Record<string, unknown>)[column], field.revive);
  }
  return row as ModelRow<M>;
}

/**
 * Whether the operation asks, below the resolver's field, for the field at `path` ('lines',
 * 'nodes.lines'): a page read brings a relation along only when the page shows it. Fragments count;
 * directives (@include/@skip) are not evaluated, so a skipped field is preloaded for nothing.
 */
export function asks(info: GraphQLResolveInfo, path: string): boolean {
  const fieldsNamed = (set: SelectionSetNode | undefined, name: string): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
      return fieldsNamed(inner, name);
    });
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path.split('.')) {
    level = level.flatMap((node) => fieldsNamed(node.selectionSet, name));
    if (level.length === 0) return false;
  }
  return true;
}

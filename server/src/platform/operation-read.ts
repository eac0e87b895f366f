// Several root fields of one query in one SQL statement. A page often sends one operation with a
// few root fields side by side (the admin customer page: the customer, their jobs, invoices,
// payments, documents and timeline, and the catalogues its forms need). Each such field is a
// `RootPart`: one column of a page read (platform/page-read.ts) and how the field's answer is made
// from it. The first of the operation's parts to resolve reads every part the operation asks for,
// in one statement; the others find their column waiting. A part whose arguments it does not
// handle (`plan` answers null) leaves the field to its service; a part asked for alone, or in a
// mutation (whose fields run one after another, around writes), reads alone, still in one statement.
//
// The shared statement is only a way to read sooner: every field still plans from its own
// arguments and makes its own answer (its errors included) from its own column, so a field the
// door refuses, or whose arguments fail validation, never sees what was read for it.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  OperationTypeNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import type { SignedInContext } from '../context/context.js';
import type { Endpoint } from '../context/principal.js';
import { readPage, type PageSql } from './page-read.js';

/** A root field answered from one column of a page read. */
export interface RootPart<C extends SignedInContext, A, P, R> {
  /** The endpoint whose `Query.<field>` this part answers. */
  endpoint: Endpoint;
  field: string;
  /**
   * What the column needs from the field's arguments and selection, checked as the field's service
   * checks them (throwing its errors) without reading anything; null when this part does not
   * handle these arguments.
   */
  plan(ctx: C, args: A, info: GraphQLResolveInfo): P | null | Promise<P | null>;
  /** The field's column: one SQL expression (a JSON value, usually). */
  sql(q: PageSql, plan: P): Prisma.Sql;
  /** The field's answer from its column; it puts what the field's resolvers will ask for into the request's loaders. */
  answer(ctx: C, plan: P, value: unknown): R | Promise<R>;
}

type Planner = (ctx: SignedInContext, args: Record<string, unknown>, info: GraphQLResolveInfo) => Promise<((q: PageSql) => Prisma.Sql) | null>;

const planners = new Map<string, Planner>();
let partsAnswer = true;

/**
 * Runs `work` (requests to the app in this process) with every part that has a service leaving its
 * field to that service: what the page answered before its reads were parts. Tests only.
 */
export async function withServicesAlone<T>(work: () => Promise<T>): Promise<T> {
  partsAnswer = false;
  try {
    return await work();
  } finally {
    partsAnswer = true;
  }
}
const sideOf: Record<Endpoint, SignedInContext['principal']['kind']> = { admin: 'staff', portal: 'customer' };

/** Declares a part, so that the other parts of an operation read it along with theirs. */
export function rootPart<C extends SignedInContext, A, P, R>(part: RootPart<C, A, P, R>): RootPart<C, A, P, R> {
  const key = `${part.endpoint}:${part.field}`;
  if (planners.has(key)) throw new Error(`Two parts answer ${key}`);
  planners.set(key, async (ctx, args, info) => {
    if (ctx.principal.kind !== sideOf[part.endpoint]) return null;
    // The endpoint's side was checked: C is the context of that side. The arguments are those
    // graphql-js coerced for the field, the plain object the resolver's argument class holds.
    const plan = await part.plan(ctx as C, args as A, info);
    return plan === null ? null : (q) => part.sql(q, plan);
  });
  return part;
}

/**
 * The resolver of a part's root field: its answer from the operation's shared statement (or its
 * own), or from `service` when the part does not handle these arguments.
 */
export async function readRootField<C extends SignedInContext, A, P, R>(
  ctx: C,
  info: GraphQLResolveInfo,
  part: RootPart<C, A, P, R>,
  args: A,
  service?: () => Promise<R>,
): Promise<R> {
  if (!partsAnswer && service) return service();
  const plan = await part.plan(ctx, args, info);
  if (plan === null) {
    if (!service) throw new Error(`The ${part.field} part planned nothing and has no service to fall back on`);
    return service();
  }
  const key = String(info.path.key);
  const shared = info.operation.operation === OperationTypeNode.QUERY && info.path.prev === undefined ? await operationColumns(ctx, info) : null;
  if (shared?.has(key)) return part.answer(ctx, plan, shared.get(key));
  const own = await readPage<{ part: unknown }>(ctx, (q) => Prisma.sql`SELECT ${part.sql(q, plan)} AS part`);
  return part.answer(ctx, plan, own.part);
}

const reads = new WeakMap<SignedInContext, Map<OperationDefinitionNode, Promise<Map<string, unknown>>>>();

/** The columns of every part the operation asks for, by response key, read once per request. */
function operationColumns(ctx: SignedInContext, info: GraphQLResolveInfo): Promise<Map<string, unknown>> {
  let byOperation = reads.get(ctx);
  if (!byOperation) reads.set(ctx, (byOperation = new Map<OperationDefinitionNode, Promise<Map<string, unknown>>>()));
  let read = byOperation.get(info.operation);
  if (!read) byOperation.set(info.operation, (read = readOperation(ctx, info)));
  return read;
}

async function readOperation(ctx: SignedInContext, info: GraphQLResolveInfo): Promise<Map<string, unknown>> {
  const queryType = info.schema.getQueryType();
  const columns: { key: string; sql: (q: PageSql) => Prisma.Sql }[] = [];
  for (const [key, nodes] of rootFields(info)) {
    const [first] = nodes;
    const planner = first && planners.get(`${ctx.endpoint}:${first.name.value}`);
    const definition = first && queryType?.getFields()[first.name.value];
    if (!first || !planner || !definition) continue;
    try {
      const sql = await planner(ctx, getArgumentValues(definition, first, info.variableValues), fieldInfo(info, definition, key, nodes));
      if (sql) columns.push({ key, sql });
    } catch {
      // The field's own resolver meets the same error when it plans, and answers with it.
    }
  }
  if (columns.length === 0) return new Map();
  const row = await readPage<Record<string, unknown>>(ctx, (q) => Prisma.sql`SELECT ${Prisma.join(columns.map((c, i) => Prisma.sql`${c.sql(q)} AS ${Prisma.raw(`part_${i}`)}`))}`);
  return new Map(columns.map((c, i) => [c.key, row[`part_${i}`]]));
}

/** The resolve info a root field's resolver will get, as far as planning reads it (its selection, arguments' types). */
function fieldInfo(info: GraphQLResolveInfo, definition: GraphQLField<unknown, unknown>, key: string, nodes: FieldNode[]): GraphQLResolveInfo {
  return { ...info, fieldName: definition.name, fieldNodes: nodes, returnType: definition.type, path: { prev: undefined, key, typename: info.parentType.name } };
}

/** Whether @skip/@include leave this selection out. */
function skipped(info: GraphQLResolveInfo, node: { directives?: FieldNode['directives'] }): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return true;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if === false;
}

/** The operation's root fields by response key (fragments followed), as graphql-js collects them. */
function rootFields(info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (skipped(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(info.operation.selectionSet);
  return fields;
}

function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (skipped(info, selection)) return [];
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
    return fieldsNamed(info, inner, name);
  });
}

/**
 * The arguments of each selection, below the resolver's field, of the field at `path` ('activity'):
 * what a part preloads for a field resolver that takes arguments. One entry per selection (aliases
 * can ask twice); none when the page does not ask.
 */
export function argumentsAt(info: GraphQLResolveInfo, path: string): Record<string, unknown>[] {
  let type = getNamedType(info.returnType);
  let nodes: FieldNode[] = [...info.fieldNodes];
  let definition: GraphQLField<unknown, unknown> | undefined;
  for (const name of path.split('.')) {
    definition = isObjectType(type) ? type.getFields()[name] : undefined;
    if (!definition) return [];
    nodes = nodes.flatMap((node) => fieldsNamed(info, node.selectionSet, name));
    type = getNamedType(definition.type);
  }
  const field = definition;
  return field ? nodes.map((node) => getArgumentValues(field, node, info.variableValues)) : [];
}

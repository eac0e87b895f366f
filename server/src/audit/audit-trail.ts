// Every successful mutation of a signed-in caller leaves exactly one audit entry (issue 22), without
// each resolver saying so. A middleware on the Mutation fields (graphql/schemas.ts, inside the door)
// runs the resolver with a trail in AsyncLocalStorage: what the services record with recordActivity
// in the request's own scope is held there, not written, and when the resolver returns the trail is
// written in one INSERT, in the request's transaction (a failed mutation rolls it back with the rest):
//  - the services' named entries (`invoice.issued`), given the returned object's type and label when
//    they are about it, and the acting contact;
//  - or, when no service named what happened, one entry named after the mutation (`updateMeter`),
//    about the object it returned.
// Entries the services wrote in another scope (a savepoint as the system, a sign-in's own
// transaction) are written at once and count as the mutation's entry too.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLResolveInfo } from 'graphql';
import { getNamedType } from 'graphql';
import type { IMiddlewareFunction, IMiddlewareTypeMap } from 'graphql-middleware';
import type { GraphQLSchema } from 'graphql';
import { isSignedInContext, type RequestContext, type SignedInContext } from '../context/context.js';
import type { RlsScope } from '../db/rls.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Endpoint } from '../context/principal.js';
import { isId } from '../common/ids.js';
import { AUDIT_EXEMPT } from './audited-mutations.js';

type Entry = Prisma.ActivityLogCreateManyInput;

interface Trail {
  /** The request's own scope: entries recorded in it wait for the mutation's end. */
  rls: RlsScope;
  pending: Entry[];
  /** Entries written at once in another scope during the mutation. */
  written: number;
}

const trails = new AsyncLocalStorage<Trail>();

/**
 * Called by recordActivity: holds the entry when it belongs to the running mutation's trail (the
 * request's own scope) and returns true; counts one written elsewhere and returns false.
 */
export function holdForTrail(ctx: RequestContext, entry: Entry): boolean {
  const trail = trails.getStore();
  if (!trail) return false;
  if (ctx.rls === trail.rls) {
    trail.pending.push(entry);
    return true;
  }
  trail.written += 1;
  return false;
}

/** The first of these fields an object has names it for people. */
const LABEL_FIELDS = ['number', 'name', 'title', 'label', 'subject', 'summary', 'email', 'description'] as const;
const MAX_LABEL = 120;

interface Subject {
  type: string | null;
  id: string | null;
  label: string | null;
  customerId: string | null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function labelOf(object: Record<string, unknown>): string | null {
  for (const field of LABEL_FIELDS) {
    const value = object[field];
    if (typeof value === 'string' && value.trim()) {
      const line = value.replace(/\s+/g, ' ').trim();
      return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL - 1).trimEnd()}…` : line;
    }
  }
  return null;
}

function typeNameOf(object: Record<string, unknown>, fallback: string | null): string | null {
  if (typeof object.__typename === 'string') return object.__typename;
  const name = (object.constructor as { name?: string } | undefined)?.name;
  return name && name !== 'Object' ? name : fallback;
}

/** What a mutation acted on: the object it returned (or the one its payload carries), else its `id` argument. */
export function subjectOf(result: unknown, args: Record<string, unknown>, returnType: string | null): Subject {
  let object = record(result);
  let type = returnType;
  if (object && typeof object.id !== 'string') {
    // A payload ({ invoice, … }): the first object in it with an id.
    const inner = Object.values(object)
      .map(record)
      .find((v) => v && typeof v.id === 'string');
    if (inner) {
      object = inner;
      type = null;
    }
  }
  if (object && typeof object.id === 'string' && isId(object.id)) {
    return {
      type: typeNameOf(object, type),
      id: object.id,
      label: labelOf(object),
      customerId: typeof object.customerId === 'string' && isId(object.customerId) ? object.customerId : null,
    };
  }
  const id = typeof args.id === 'string' && isId(args.id) ? args.id : null;
  return { type: null, id, label: null, customerId: null };
}

function returnTypeName(info: GraphQLResolveInfo): string | null {
  const named = getNamedType(info.returnType);
  return ['Boolean', 'String', 'ID', 'Int', 'Float', 'DateTime'].includes(named.name) ? null : named.name;
}

/** The entry of a mutation no service named: its name, about what it returned. */
function genericEntry(ctx: SignedInContext, action: string, subject: Subject): Entry {
  const { principal } = ctx;
  const actor =
    principal.kind === 'customer'
      ? { actorType: 'customer' as const, actorId: principal.customerId, customerId: principal.customerId, contactId: principal.accountId }
      : { actorType: 'staff' as const, actorId: principal.staffUserId, customerId: subject.customerId, contactId: null };
  return {
    tenantId: principal.tenantId,
    ...actor,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    subjectLabel: subject.label,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
    createdAt: ctx.now(),
  };
}

async function writeTrail(ctx: SignedInContext, trail: Trail, action: string, subject: Subject): Promise<void> {
  let entries = trail.pending;
  if (entries.length === 0) {
    if (trail.written > 0) return;
    entries = [genericEntry(ctx, action, subject)];
  } else {
    // The services' entries about the returned object take its kind and name.
    entries = entries.map((e) =>
      subject.id && e.subjectId === subject.id ? { ...e, subjectType: e.subjectType ?? subject.type, subjectLabel: e.subjectLabel ?? subject.label } : e,
    );
  }
  await ctx.tx.activityLog.createMany({ data: entries });
}

function auditedField(endpoint: Endpoint, field: string): IMiddlewareFunction {
  const exempt = Object.hasOwn(AUDIT_EXEMPT[endpoint], field);
  return async (resolve, parent, args: Record<string, unknown>, ctx: RequestContext, info: GraphQLResolveInfo) => {
    // Signed out (sign-in flows record themselves), or a mutation that changes nothing worth an entry.
    if (exempt || !isSignedInContext(ctx) || !ctx.rls) {
      const untouched: unknown = await resolve(parent, args, ctx, info);
      return untouched;
    }
    const trail: Trail = { rls: ctx.rls, pending: [], written: 0 };
    const result: unknown = await trails.run(trail, async () => {
      const resolved: unknown = await resolve(parent, args, ctx, info);
      return resolved;
    });
    await writeTrail(ctx, trail, field, subjectOf(result, args, returnTypeName(info)));
    return result;
  };
}

/** The middleware on every Mutation field of an endpoint's schema. */
export function auditTrail(endpoint: Endpoint, schema: GraphQLSchema): IMiddlewareTypeMap {
  const mutation = schema.getMutationType();
  if (!mutation) return {};
  return { Mutation: Object.fromEntries(Object.keys(mutation.getFields()).map((field) => [field, auditedField(endpoint, field)])) };
}

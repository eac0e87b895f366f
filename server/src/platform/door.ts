// The door: who may call each operation, declared on the resolver method (`@Allow(rule)`, with
// the tenant feature it needs) and compiled into the endpoint's graphql-shield tree, whose
// fallback denies everything not declared. Rules are written in the positive form and named, so
// the permissions table (server/schema/permissions.md) can say who may call what. Rules that read
// only the principal and the caller's tenant use the contextual cache; none reads arguments.
import { rule } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import { getMetadataStorage } from 'type-graphql';
import type { ContactRight, StaffRole } from '../generated/prisma/enums.js';
import { contactHas } from '../contacts/contact-rights-rule.js';
import type { RequestContext } from '../context/context.js';
import { Forbidden, SESSION_IDLE, Unauthenticated } from '../errors/errors.js';
import { featureRefusal, type PortalFeature } from './features.js';

const labels = new WeakMap<object, string>();
const checks = new WeakMap<object, (ctx: RequestContext) => true | Error | Promise<true | Error>>();

function named(label: string, check: (ctx: RequestContext) => true | Error | Promise<true | Error>): IRule {
  const shieldRule = rule(label, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) => check(ctx));
  labels.set(shieldRule, label);
  checks.set(shieldRule, check);
  return shieldRule;
}

function signInRequired(ctx: RequestContext): Error {
  if (ctx.principal.kind === 'anonymous' && ctx.principal.idle) {
    return new Unauthenticated('You were signed out after a period of inactivity. Please sign in again.', SESSION_IDLE);
  }
  if (ctx.principal.kind === 'anonymous' && ctx.principal.sessionEnded) {
    return new Unauthenticated('Your session has ended. Please sign in again.');
  }
  return ctx.principal.kind === 'anonymous' ? new Unauthenticated() : new Forbidden();
}

/** Anyone, signed in or not: sign-in flows and public data. */
export const anyone = named('anyone', () => true);

/** Fields of an object type whose parent operation was already guarded; RLS is underneath. */
export const sameAsParent = named('same as parent operation', () => true);

/** Rules that allow unconditionally: the executable schema skips their (empty) checks. */
export function alwaysAllows(shieldRule: unknown): boolean {
  return shieldRule === anyone || shieldRule === sameAsParent;
}

export const customer = named('customer', (ctx) => (ctx.principal.kind === 'customer' ? true : signInRequired(ctx)));

/** `reason` of a FORBIDDEN answer to a contact of the account who lacks the right (issue 22). */
export const NO_CONTACT_RIGHT = 'NO_CONTACT_RIGHT';

const contactRules = new Map<string, IRule>();

/**
 * A signed-in customer whose contact has this right (the primary has all; 'documents' is either
 * documents right). Row-level security enforces the same rights underneath (app_contact_may).
 */
export function contactMay(right: ContactRight | 'documents'): IRule {
  const label = `customer: contact with the ${right} right`;
  let existing = contactRules.get(label);
  if (!existing) {
    existing = named(label, (ctx) => {
      if (ctx.principal.kind !== 'customer') return signInRequired(ctx);
      return contactHas(ctx.principal.contact, right) ? true : new Forbidden('Your account does not give you this right. Ask your primary contact.', NO_CONTACT_RIGHT);
    });
    contactRules.set(label, existing);
  }
  return existing;
}

export const anyStaff = named('staff: any role', (ctx) => (ctx.principal.kind === 'staff' ? true : signInRequired(ctx)));

// Shield wants one rule object per name, so each role set is built once.
const staffRules = new Map<string, IRule>();

export function staff(...roles: StaffRole[]): IRule {
  const label = `staff: ${roles.join(', ')}`;
  let existing = staffRules.get(label);
  if (!existing) {
    existing = named(label, (ctx) => {
      if (ctx.principal.kind !== 'staff') return signInRequired(ctx);
      return roles.includes(ctx.principal.role) ? true : new Forbidden('Your role does not allow this.');
    });
    staffRules.set(label, existing);
  }
  return existing;
}

/**
 * Whether a rule admits this context, outside graphql-shield: subscriptions (shield does not guard
 * a subscription's `subscribe`) and the live layer's per-event checks ask the same rules the
 * queries have. A rule this module did not name admits nobody.
 */
export async function admits(shieldRule: unknown, ctx: RequestContext): Promise<true | Error> {
  const check = shieldRule && typeof shieldRule === 'object' ? checks.get(shieldRule) : undefined;
  if (!check) return new Forbidden();
  return check(ctx);
}

export function ruleLabel(shieldRule: unknown): string {
  const label = shieldRule && typeof shieldRule === 'object' ? labels.get(shieldRule) : undefined;
  return label ?? 'unlabelled rule';
}

export type RuleTree = IRules & Record<string, IRule | Record<string, IRule>>;

/** Merges domain rule trees; a field named twice is a mistake worth failing on. */
export function mergeRules(trees: RuleTree[]): Record<string, IRule | Record<string, IRule>> {
  const merged: Record<string, IRule | Record<string, IRule>> = {};
  for (const tree of trees) {
    for (const [typeName, entry] of Object.entries(tree)) {
      const current = merged[typeName];
      if (current === undefined) {
        merged[typeName] = isFieldMap(entry) ? { ...entry } : entry;
        continue;
      }
      if (!isFieldMap(current) || !isFieldMap(entry)) throw new Error(`Rules for ${typeName} are declared twice`);
      for (const [field, fieldRule] of Object.entries(entry)) {
        if (field in current) throw new Error(`Rule for ${typeName}.${field} is declared twice`);
        current[field] = fieldRule;
      }
    }
  }
  return merged;
}

function isFieldMap(entry: unknown): entry is Record<string, IRule> {
  return typeof entry === 'object' && entry !== null && !labels.has(entry) && !('resolve' in entry);
}

/** What a domain contributes to an endpoint: its resolvers and the rules for the types they add. */
export interface EndpointModule {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- resolver classes, as type-graphql's buildSchema takes them
  resolvers: Function[];
  rules: RuleTree;
  /**
   * Mutations that create something a network retry could create twice: they honour an
   * `Idempotency-Key` header (see idempotency/).
   */
  idempotent?: string[];
}

// ---------------------------------------------------------------------------------------------
// @Allow: the rule on the method.

interface Door {
  rule: IRule;
  feature?: PortalFeature;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- keyed by resolver class, as type-graphql's metadata names its targets
const doors = new Map<Function, Map<string, Door>>();

/**
 * Who may call this query, mutation or field, and the portal feature the tenant must have on
 * (`FORBIDDEN` naming the feature otherwise). Compiled into the shield tree by `doorRules`.
 */
export function Allow(allowed: IRule, options: { feature?: PortalFeature } = {}): MethodDecorator {
  return (prototype, methodName) => {
    const target = prototype.constructor;
    const methods = doors.get(target) ?? new Map<string, Door>();
    methods.set(String(methodName), { rule: allowed, ...(options.feature ? { feature: options.feature } : {}) });
    doors.set(target, methods);
  };
}

const withFeature = new Map<string, IRule>();

/** The rule plus the tenant's feature switch, checked after it (one rule object per pair). */
function gated(allowed: IRule, feature: PortalFeature): IRule {
  const label = `${ruleLabel(allowed)}; the ${feature} feature on`;
  let existing = withFeature.get(label);
  if (!existing) {
    const first = checks.get(allowed);
    if (!first) throw new Error(`${ruleLabel(allowed)} cannot carry a feature gate`);
    existing = named(label, async (ctx) => {
      const admitted = await first(ctx);
      return admitted === true ? ((await featureRefusal(ctx, feature)) ?? true) : admitted;
    });
    withFeature.set(label, existing);
  }
  return existing;
}

/**
 * The rules declared with @Allow on these resolver classes, as a shield tree: Query and Mutation
 * fields by name, field resolvers under their object type. Call after the schema is built (the
 * field-resolver metadata knows its object type only then). Every query and mutation of these
 * resolvers must have a door, or the build fails.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- resolver classes, as type-graphql's buildSchema takes them
export function doorRules(resolvers: Function[]): RuleTree {
  const storage = getMetadataStorage();
  const tree: Record<string, Record<string, IRule>> = {};
  const add = (typeName: string, field: string, door: Door) => {
    const fields = (tree[typeName] ??= {});
    if (field in fields) throw new Error(`Rule for ${typeName}.${field} is declared twice`);
    fields[field] = door.feature ? gated(door.rule, door.feature) : door.rule;
  };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's metadata names resolver classes as Function
  const doorOf = (target: Function, methodName: string) => doors.get(target)?.get(methodName);
  for (const [typeName, operations] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const operation of operations) {
      if (!resolvers.includes(operation.target)) continue;
      const door = doorOf(operation.target, operation.methodName);
      if (!door) throw new Error(`${typeName}.${operation.schemaName} has no @Allow rule`);
      add(typeName, operation.schemaName, door);
    }
  }
  for (const field of storage.fieldResolvers) {
    if (!resolvers.includes(field.target)) continue;
    const door = doorOf(field.target, field.methodName);
    if (!door) continue; // a field without its own door falls under its type's rule in the module
    const objectClass = field.getObjectType?.();
    const typeName = storage.objectTypes.find((type) => type.target === objectClass)?.name;
    if (!typeName) throw new Error(`No object type for field resolver ${field.schemaName}`);
    add(typeName, field.schemaName, door);
  }
  return tree;
}

/** The office: everyone who runs the schedule and the customer records (not technicians). */
export const office = staff('owner', 'admin', 'dispatcher');

/** Those who manage the business: money, settings, staff. */
export const managers = staff('owner', 'admin');

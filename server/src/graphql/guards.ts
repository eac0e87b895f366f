// Shield rules, written in the positive form and named, so the permissions table can say who
// may call each operation. Rules that read only the principal use the contextual cache; none
// here reads arguments or the parent.
import { rule } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import type { StaffRole } from '../generated/prisma/enums.js';
import type { RequestContext } from '../context/context.js';
import { Forbidden, SESSION_IDLE, Unauthenticated } from '../errors/errors.js';

const labels = new WeakMap<object, string>();

function named(label: string, check: (ctx: RequestContext) => true | Error): IRule {
  const shieldRule = rule(label, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) => check(ctx));
  labels.set(shieldRule, label);
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

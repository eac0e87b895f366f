// The request context every resolver and service receives: who is calling, the request's
// row-level-security-scoped transaction, per-request loaders, the clock and the logger.
import type DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db, Tx } from '../db/client.js';
import type { RlsScope } from '../db/rls.js';
import type { Mailer } from '../mail/mailer.js';
import type { Storage } from '../storage/storage.js';
import type { TxtResolver } from '../tenants/custom-domains.proof.js';
import type { CustomerPrincipal, Endpoint, Principal, StaffPrincipal } from './principal.js';

/** Long-lived parts shared by every request of one server instance. */
export interface AppDeps {
  config: Config;
  /** Pool of the application role; every query goes through withScope or a request's tx. */
  db: Db;
  mailer: Mailer;
  /** Uploaded and shared files. */
  storage: Storage;
  log: Logger;
  /** The clock; tests replace it. */
  now: () => Date;
  /** DNS TXT lookups (custom domain proofs); tests answer for it. */
  dns: TxtResolver;
}

export interface CookieSink {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

export interface RequestContext {
  requestId: string;
  endpoint: Endpoint;
  deps: AppDeps;
  principal: Principal;
  /** The request's transaction, present for a signed-in principal (and in scopes opened by platform/scope.ts). */
  tx: Tx | null;
  /** The rights `tx` runs with; null without a transaction. */
  rls: RlsScope | null;
  client: { ip: string | null; userAgent: string | null };
  cookies: CookieSink;
  log: Logger;
  now(): Date;
  loaders: Map<unknown, DataLoader<unknown, unknown>>;
  /** Set as the answer is sent: whether it carries errors (the request's transaction is then rolled back). */
  outcome: { errors: boolean };
}

/** A context with a transaction: what every service that reads or writes the database takes. */
export type ScopedContext = RequestContext & { tx: Tx };

/**
 * The context of a signed-in customer or staff member. Resolvers declare it when the rule at their
 * door (platform/door.ts) admits only such callers; services take it and read `ctx.tx` and
 * `ctx.principal` directly.
 */
export type CustomerContext = ScopedContext & { principal: CustomerPrincipal };
export type StaffContext = ScopedContext & { principal: StaffPrincipal };
export type SignedInContext = CustomerContext | StaffContext;

/** Whether a context is a signed-in session's, with its transaction. */
export function isSignedInContext(ctx: RequestContext): ctx is SignedInContext {
  return ctx.tx !== null && ctx.principal.kind !== 'anonymous';
}

/** Whether a signed-in context is a customer's (a nested `principal.kind` check does not narrow the context itself). */
export function isCustomerContext(ctx: SignedInContext): ctx is CustomerContext {
  return ctx.principal.kind === 'customer';
}

/** One DataLoader per request and per factory, created on first use. */
export function loader<K, V>(ctx: RequestContext, factory: (ctx: RequestContext) => DataLoader<K, V>): DataLoader<K, V> {
  let existing = ctx.loaders.get(factory) as DataLoader<K, V> | undefined;
  if (!existing) {
    existing = factory(ctx);
    ctx.loaders.set(factory, existing);
  }
  return existing;
}

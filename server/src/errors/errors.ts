// The project's typed errors. One formatter (graphql/format-error.ts) maps them to
// extensions.code; anything else reaches a client only as INTERNAL.
import { GraphQLError } from 'graphql';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** `reason` of an UNAUTHENTICATED answer to a session that went unused past the tenant's limit. */
export const SESSION_IDLE = 'SESSION_IDLE';

export class Unauthenticated extends AppError {
  /** `reason`, when given, tells clients why (e.g. `SESSION_IDLE`) so they can say so. */
  constructor(message = 'Please sign in to continue.', reason?: string) {
    super('UNAUTHENTICATED', message, reason ? { reason } : {});
  }
}

/** `reason`, when given, is machine-readable for clients that translate (e.g. `SITES_MANAGED_BY_BUSINESS`). */
export class Forbidden extends AppError {
  constructor(message = 'You are not allowed to do this.', reason?: string) {
    super('FORBIDDEN', message, reason ? { reason } : {});
  }
}

/** The same answer for a missing id and for one that belongs to someone else. */
export class NotFound extends AppError {
  constructor(what = 'This item') {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

/** `reason`, when given, is machine-readable for clients that translate (e.g. `CONTROL_CHARACTER`). */
export class BadInput extends AppError {
  constructor(field: string, message: string, reason?: string) {
    super('BAD_USER_INPUT', message, reason ? { field, reason } : { field });
  }
}

export class Conflict extends AppError {
  constructor(message: string, reason?: string) {
    super('CONFLICT', message, reason ? { reason } : {});
  }
}

export class RateLimited extends AppError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many attempts. Please try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
      retryAfterSeconds,
    });
  }
}

// The one place where errors become what a client sees: a typed code, a message a person can
// read, the offending field for bad input; never a stack trace, SQL or an internal id.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { AppError } from '../errors/errors.js';

const CLIENT_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

// graphql-js ends many messages with a hint built from the schema ('Did you mean the enum value
// "paid", "unpaid", or "void"?', field, argument, type and input field names alike). With
// introspection off those hints would map the schema one guess at a time, so none is sent.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

export function createErrorFormatter(log: Logger) {
  const internal = (base: Pick<GraphQLFormattedError, 'locations' | 'path'>, err: unknown): GraphQLFormattedError => {
    log.error({ err }, 'unexpected error in a GraphQL operation');
    return { ...base, message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL' } };
  };
  // A formatter that throws makes Apollo answer a bare INTERNAL_SERVER_ERROR that nobody logs.
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    try {
      return format(formatted, error);
    } catch (err) {
      return internal({ locations: formatted.locations, path: formatted.path }, err);
    }
  };

  function format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof ArgumentValidationError) {
      // type-graphql wraps whatever validation threw, a validator's own crash included.
      const validationErrors: unknown = original.extensions.validationErrors;
      if (!Array.isArray(validationErrors)) return internal(base, validationErrors);
      const issues = flatten(validationErrors as ValidationError[]);
      const first = issues[0];
      return {
        ...base,
        message: first?.message ?? 'Some of the information is not valid.',
        extensions: { code: 'BAD_USER_INPUT', field: first?.field, fields: issues },
      };
    }
    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.code;
    const message = withoutSuggestions(formatted.message);
    if (code === 'BAD_USER_INPUT') {
      // Variable coercion: 'Variable "$input" got invalid value 5 at "input.email"; ...'
      const at = /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$([^"]+)"/.exec(message)?.[1];
      const field = at
        ?.split('.')
        .pop()
        ?.replace(/\[\d+\]$/, '');
      return { ...base, message, extensions: { code, ...(field ? { field } : {}) } };
    }
    if (typeof code === 'string' && CLIENT_MISTAKES.has(code)) {
      // A query that does not parse, does not match the schema or exceeds the limits is the
      // client's bad input; the precise GraphQL reason stays available. Worth a note, not an alarm.
      log.info({ reason: code, detail: message.slice(0, 200) }, 'GraphQL request refused');
      return { ...base, message, extensions: { code: 'BAD_USER_INPUT', reason: code } };
    }
    return internal(base, original);
  }
}

interface FieldIssue {
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, path, message }));
    return [...own.map(({ field, message }) => ({ field, message })), ...flatten(e.children ?? [], path)];
  });
}

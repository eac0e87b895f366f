import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { createErrorFormatter } from './format-error.js';

describe('the error formatter', () => {
  it('a validator that throws is a logged INTERNAL error, not a crash of the formatter', () => {
    const log = pino({ level: 'silent' });
    const logged = vi.spyOn(log, 'error');
    const format = createErrorFormatter(log);
    // type-graphql wraps whatever class-validator threw (validator.js throws URIError on broken Unicode).
    const crash = new ArgumentValidationError(new URIError('URI malformed') as unknown as ValidationError[]);
    const located = new GraphQLError(crash.message, { path: ['requestMagicLink'], originalError: crash });
    const out = format({ message: located.message, path: ['requestMagicLink'], extensions: { code: 'BAD_USER_INPUT' } }, located);
    expect(out).toEqual({ message: 'Something went wrong on our side. Please try again.', path: ['requestMagicLink'], locations: undefined, extensions: { code: 'INTERNAL' } });
    expect(logged).toHaveBeenCalledOnce();
  });

  it('names the list argument, not its index, when a variable item is invalid', () => {
    const format = createErrorFormatter(pino({ level: 'silent' }));
    const message = 'Variable "$ids" got invalid value 5 at "ids[1]"; ID cannot represent value: 5';
    const out = format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});

// Input hygiene at the door: every text a client sends in a field argument (String, ID, custom
// scalars, at any depth of input objects and lists, inline or in variables) is checked once here,
// before the permission rules, validation or any service sees it. Text PostgreSQL cannot store
// (NUL) or UTF-8 cannot encode (an unpaired surrogate) would otherwise fail deep in the driver or
// a validator as an internal error; other control characters have no place in anything a person
// types and are what terminal, header and log injection is made of.
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, GraphQLBoolean, GraphQLFloat, GraphQLInt } from 'graphql';
import type { GraphQLArgument, GraphQLFieldResolver, GraphQLInputType, GraphQLNamedInputType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { IMiddlewareFieldMap, IMiddlewareTypeMap } from 'graphql-middleware';
import { BadInput } from '../errors/errors.js';

export type TextProblem = 'CONTROL_CHARACTER' | 'INVALID_UNICODE';

// C0 control characters except tab, line feed and carriage return (multi-line text keeps its
// line breaks and tabs). DEL and the C1 range are left alone: valid in XML and PostgreSQL, and
// they turn up in text pasted from old systems.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text a person could not have meant, or null when it is fine. */
export function textProblem(text: string): TextProblem | null {
  if (CONTROL_CHARACTER.test(text)) return 'CONTROL_CHARACTER';
  if (LONE_SURROGATE.test(text)) return 'INVALID_UNICODE';
  return null;
}

const MESSAGES: Record<TextProblem, string> = {
  CONTROL_CHARACTER: 'This text contains a control character (such as a NUL byte) that is not allowed. Remove it and try again.',
  INVALID_UNICODE: 'This text is not valid Unicode. Remove the broken character and try again.',
};

/** The BAD_USER_INPUT answer for a problem found in an argument; the field is the last named step of its path. */
export function hostileText(path: readonly (string | number)[], problem: TextProblem): BadInput {
  const field = [...path].reverse().find((step): step is string => typeof step === 'string') ?? 'input';
  return new BadInput(field, MESSAGES[problem], problem);
}

type Path = (string | number)[];

/** Throws BAD_USER_INPUT for the first hostile text in a value of this input type. */
function checkValue(type: GraphQLInputType, value: unknown, path: Path): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkValue(type.ofType, value, path);
    return;
  }
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((item, i) => {
        checkValue(type.ofType, item, [...path, i]);
      });
    else checkValue(type.ofType, value, path);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) checkValue(field.type, record[field.name], [...path, field.name]);
    return;
  }
  if (isScalarType(type)) checkScalar(value, path);
}

/** A custom scalar may parse to a string, an array or a plain object: any text inside counts. */
function checkScalar(value: unknown, path: Path): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw hostileText(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkScalar(item, [...path, i]);
    });
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) checkScalar(item, [...path, key]);
  }
}

const NO_TEXT: ReadonlySet<GraphQLNamedInputType> = new Set([GraphQLInt, GraphQLFloat, GraphQLBoolean]);

/** Whether a value of this type can carry text at all (enums parse to our own values; numbers are numbers). */
export function canCarryText(type: GraphQLInputType, seen = new Set<GraphQLNamedInputType>()): boolean {
  const named = getNamedType(type);
  if (isEnumType(named) || NO_TEXT.has(named)) return false;
  if (!isInputObjectType(named)) return true;
  if (seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some((field) => canCarryText(field.type, seen));
}

/** Checks every text argument of a field, in declaration order. */
export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const arg of args) checkValue(arg.type, values[arg.name], [arg.name]);
}

/**
 * graphql-middleware for every field of the schema that takes an argument able to carry text;
 * applied outermost, so a hostile text is refused before any rule, validator or resolver reads it.
 */
export function inputHygiene(schema: GraphQLSchema): IMiddlewareTypeMap {
  const middleware: IMiddlewareTypeMap = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const fields: IMiddlewareFieldMap = {};
    for (const field of Object.values(type.getFields())) {
      const args = field.args.filter((arg) => canCarryText(arg.type));
      if (args.length === 0) continue;
      fields[field.name] = async (
        resolve: GraphQLFieldResolver<unknown, unknown>,
        parent: unknown,
        values: Record<string, unknown>,
        context: unknown,
        info: GraphQLResolveInfo,
      ) => {
        checkArguments(args, values);
        return await resolve(parent, values, context, info);
      };
    }
    if (Object.keys(fields).length > 0) middleware[type.name] = fields;
  }
  return middleware;
}

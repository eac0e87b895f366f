// Idempotency-Key over GraphQL: which requests the key applies to, what "the same request"
// means, and how an answer is stored and replayed (the key store itself: idempotency/). The
// operation's mutations are listed as idempotent by their domain module, and two requests are
// the same when their endpoint, document (printed canonically), operation name and variables
// (keys sorted) are.
import { createHash } from 'node:crypto';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { Kind, OperationTypeNode, parse, print, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ScopedContext } from '../context/context.js';
import type { Endpoint } from '../context/principal.js';
import { AppError, BadInput } from '../errors/errors.js';
import { idempotently, type AnswerFormat, type Execution, type KeyedRequest } from '../idempotency/idempotency.js';
import { endpointSchema } from './schemas.js';
import { endpointModules } from './modules.js';
import { LIMITS } from './server.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * Runs a GraphQL request in the request's transaction, or replays the first answer to its
 * Idempotency-Key (`header`, as received; `body`, the parsed JSON body). A malformed key on an
 * operation that honours it is refused (400) without running anything.
 */
export function idempotentGraphQL(
  ctx: ScopedContext,
  request: { header: string | string[] | undefined; body: unknown },
  execute: () => Promise<Execution<HTTPGraphQLResponse>>,
): Promise<Execution<HTTPGraphQLResponse>> {
  if (ctx.principal.kind === 'anonymous') return execute();
  let keyed: KeyedRequest | null;
  try {
    keyed = keyedRequest(ctx.endpoint, request.header, request.body);
  } catch (error) {
    if (error instanceof AppError) return Promise.resolve({ response: graphqlAnswers.refusal(400, error), failed: true });
    throw error;
  }
  return idempotently(ctx, keyed, graphqlAnswers, execute);
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** GraphQL answers as stored (complete bodies only) and replayed (marked `Idempotent-Replayed`). */
const graphqlAnswers: AnswerFormat<HTTPGraphQLResponse> = {
  stored: (response) =>
    response.body.kind === 'complete' ? { status: response.status ?? 200, contentType: response.headers.get('content-type') ?? null, body: response.body.string } : null,
  replay: ({ status, contentType, body }) => ({
    status,
    headers: new HeaderMap([
      ['content-type', contentType ?? JSON_TYPE],
      ['idempotent-replayed', 'true'],
    ]),
    body: { kind: 'complete', string: body },
  }),
  // An answer that runs nothing; the transaction rolls back (it changed nothing but may hold the key's lock).
  refusal: (status, error) => ({
    status,
    headers: new HeaderMap([['content-type', JSON_TYPE]]),
    body: { kind: 'complete', string: JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }) },
  }),
};

const cache = new Map<Endpoint, ReadonlySet<string>>();

/** The mutations of an endpoint that honour the header; a name that is no mutation there fails at startup. */
export function idempotentMutations(endpoint: Endpoint): ReadonlySet<string> {
  const cached = cache.get(endpoint);
  if (cached) return cached;
  const fields = endpointSchema(endpoint).schema.getMutationType()?.getFields() ?? {};
  const names = new Set(endpointModules[endpoint].flatMap((m) => m.idempotent ?? []));
  for (const name of names) {
    if (!(name in fields)) throw new Error(`${name} is listed as idempotent but is not a mutation of the ${endpoint} endpoint`);
  }
  cache.set(endpoint, names);
  return names;
}

/**
 * The key of a request to honour, or null: no header, or an operation that is not a mutation
 * with a root field listed as idempotent (the header is then ignored, as Stripe ignores it on
 * reads), or a body that does not parse (Apollo answers that). Throws BAD_USER_INPUT for a
 * malformed key on an operation that honours it.
 */
export function keyedRequest(endpoint: Endpoint, header: string | string[] | undefined, body: unknown): KeyedRequest | null {
  if (header === undefined) return null;
  const request = graphqlRequest(body);
  if (!request) return null;
  const operation = selectedOperation(request.document, request.operationName);
  if (!operation || operation.operation !== OperationTypeNode.MUTATION) return null;
  const listed = idempotentMutations(endpoint);
  if (![...rootFields(request.document, operation.selectionSet)].some((name) => listed.has(name))) return null;
  const key = Array.isArray(header) ? header.join(', ') : header;
  // Printable ASCII, as Stripe's keys: a uuid fits many times over.
  if (!/^[\x20-\x7e]{1,255}$/.test(key)) throw new BadInput(IDEMPOTENCY_HEADER, 'The Idempotency-Key header must be 1 to 255 printable ASCII characters.');
  const canonical = canonicalJson([endpoint, print(request.document), request.operationName, request.variables]);
  return { key, requestHash: createHash('sha256').update(canonical).digest('hex') };
}

interface GraphQLRequest {
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown>;
}

function graphqlRequest(body: unknown): GraphQLRequest | null {
  if (!body || typeof body !== 'object') return null;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  let document: DocumentNode;
  try {
    document = parse(query, { maxLexicalTokens: LIMITS.maxTokens });
  } catch {
    return null;
  }
  return { document, operationName: operationName ?? null, variables: (variables as Record<string, unknown> | null) ?? {} };
}

function selectedOperation(document: DocumentNode, name: string | null): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (name === null) return operations.length === 1 ? (operations[0] ?? null) : null;
  return operations.find((o) => o.name?.value === name) ?? null;
}

/** The root field names an operation selects, through fragments; directives are not evaluated (a skipped field still counts). */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): Set<string> {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return names;
}

/** JSON with object keys sorted at every depth, so `{a, b}` and `{b, a}` hash the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

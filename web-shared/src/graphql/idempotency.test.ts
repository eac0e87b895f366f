import { Client, fetchExchange, gql } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { API_UNAVAILABLE } from './errors';
import { idempotencyExchange } from './idempotency';

const SUBMIT = gql`
  mutation Submit($description: String!) {
    submitServiceRequest(input: { description: $description }) {
      id
    }
  }
`;
const LIST = gql`
  query List {
    serviceRequests {
      nodes {
        id
      }
    }
  }
`;

type Answer = 'ok' | 'network' | 'unavailable' | 'in-progress';

/** A client whose fetch answers as told, one answer per request, and records the keys it saw. */
function client(answers: Answer[]) {
  const keys: (string | null)[] = [];
  const others: (string | null)[] = [];
  const fetch = (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    keys.push(new Headers(init?.headers).get('idempotency-key'));
    others.push(new Headers(init?.headers).get('x-other'));
    const answer = answers.shift() ?? 'ok';
    if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (answer === 'unavailable') return Promise.resolve(json({ errors: [{ message: 'The API is unreachable.', extensions: { code: API_UNAVAILABLE } }] }, 502));
    if (answer === 'in-progress')
      return Promise.resolve(json({ errors: [{ message: 'Still running', extensions: { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS' } }] }, 409));
    return Promise.resolve(json({ data: { submitServiceRequest: { id: '1', __typename: 'ServiceRequest' }, serviceRequests: { nodes: [], __typename: 'Connection' } } }));
  };
  const urql = new Client({
    url: 'http://portal.test/graphql/portal',
    preferGetMethod: false,
    fetch,
    fetchOptions: { credentials: 'same-origin', headers: { 'x-other': 'kept' } },
    exchanges: [idempotencyExchange(), fetchExchange],
  });
  return { urql, keys, others };
}

describe('idempotencyExchange', () => {
  it('sends a uuid key with each mutation and none with queries, keeping the other fetch options', async () => {
    const { urql, keys, others } = client([]);
    await urql.query(LIST, {}).toPromise();
    const result = await urql.mutation(SUBMIT, { description: 'a' }).toPromise();
    expect(result.error).toBeUndefined();
    expect(keys[0]).toBeNull();
    expect(keys[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(others).toEqual(['kept', 'kept']);
  });

  it('a submission sent again before it was answered keeps its key; once answered, the next one gets a new key', async () => {
    const { urql, keys } = client(['network', 'unavailable', 'in-progress', 'ok', 'ok']);
    for (let i = 0; i < 4; i++) await urql.mutation(SUBMIT, { description: 'a' }).toPromise();
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    await urql.mutation(SUBMIT, { description: 'a' }).toPromise();
    expect(keys[4]).not.toBe(keys[3]);
  });

  it('another submission (other variables) has its own key', async () => {
    const { urql, keys } = client(['network', 'ok']);
    await urql.mutation(SUBMIT, { description: 'a' }).toPromise();
    await urql.mutation(SUBMIT, { description: 'b' }).toPromise();
    expect(keys[1]).not.toBe(keys[0]);
  });
});

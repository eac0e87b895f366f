// Which requests honour an Idempotency-Key, and when two requests count as the same.
import { describe, expect, it } from 'vitest';
import { idempotentMutations, keyedRequest } from './idempotent-request.js';

const SUBMIT = 'mutation Submit($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id } }';
const input = { description: 'Noise', urgency: 'high' };

describe('keyedRequest', () => {
  it('the same request hashes the same whatever its layout and the order of its variables', () => {
    const a = keyedRequest('portal', 'k', { query: SUBMIT, variables: { input } });
    const b = keyedRequest('portal', 'k', { query: `\n  ${SUBMIT.replaceAll(' ', '   ')}  `, variables: { input: { urgency: 'high', description: 'Noise' } } });
    expect(a?.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b?.requestHash).toBe(a?.requestHash);
  });

  it('other variables or another selection is another request', () => {
    const hash = (query: string, variables: Record<string, unknown>) => keyedRequest('portal', 'k', { query, variables })?.requestHash;
    const base = hash(SUBMIT, { input });
    expect(hash(SUBMIT, { input: { ...input, description: 'Noise!' } })).not.toBe(base);
    expect(hash(SUBMIT, { input: { ...input, assetId: null } })).not.toBe(base);
    expect(hash(SUBMIT.replace('{ id }', '{ id status }'), { input })).not.toBe(base);
  });

  it('applies to mutations with a listed root field, also through fragments; not to queries, other mutations or bodies that do not parse', () => {
    expect(
      keyedRequest('portal', 'k', { query: 'mutation { ...F } fragment F on Mutation { ... on Mutation { submitReview(input: { jobId: "1", rating: 5 }) { id } } }' }),
    ).not.toBeNull();
    expect(keyedRequest('portal', 'k', { query: 'mutation { updateProfile(input: { name: "A" }) { name } }' })).toBeNull();
    expect(keyedRequest('portal', 'k', { query: '{ serviceRequests { nodes { id } } }' })).toBeNull();
    expect(keyedRequest('portal', 'k', { query: 'mutation { submitServiceRequest(' })).toBeNull();
    expect(keyedRequest('portal', undefined, { query: SUBMIT, variables: { input } })).toBeNull();
    // With several operations, the one named runs.
    const two = `${SUBMIT} query Mine { serviceRequests { nodes { id } } }`;
    expect(keyedRequest('portal', 'k', { query: two, operationName: 'Mine' })).toBeNull();
    expect(keyedRequest('portal', 'k', { query: two, operationName: 'Submit', variables: { input } })).not.toBeNull();
  });

  it('a key of 1 to 255 printable ASCII characters is accepted, anything else is BAD_USER_INPUT on Idempotency-Key', () => {
    const body = { query: SUBMIT, variables: { input } };
    expect(keyedRequest('portal', ' ~'.repeat(127) + 'x', body)?.key).toHaveLength(255);
    for (const bad of ['', 'x'.repeat(256), 'caf\u00e9', 'a\u0000b', 'line\nbreak']) {
      expect(() => keyedRequest('portal', bad, body)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' }) as unknown }),
      );
    }
  });
});

describe('idempotentMutations', () => {
  it('lists the creates of each endpoint (messages too), and the technician’s visit news (it emails), each a real mutation there', () => {
    expect([...idempotentMutations('portal')].sort()).toEqual([
      'addMyAsset',
      'addMySite',
      'bookAppointment',
      'inviteContact',
      'placeSupplyOrder',
      'replyInThread',
      'saveSandboxBankAccount',
      'saveSandboxCard',
      'sendMessage',
      'startInvoicePayment',
      'submitMeterReadings',
      'submitReview',
      'submitServiceRequest',
    ]);
    expect([...idempotentMutations('admin')].sort()).toEqual([
      'addInternalNote',
      'addMeter',
      'addProjectMilestone',
      'addProjectPhase',
      'announceOnMyWay',
      'createAsset',
      'createCustomer',
      'createInvoice',
      'createJob',
      'createMeterContract',
      'createProject',
      'createQuote',
      'createServiceAgreement',
      'createSite',
      'createSupplyItem',
      'inviteCustomerContact',
      'issueCreditNote',
      'logCommunication',
      'markArrived',
      'recordMeterReading',
      'recordOfflinePayment',
      'refundPayment',
      'replyToThread',
      'reportProjectDelay',
      'startThreadWithCustomer',
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('one transaction per signed-in request', () => {
  it('an operation that answers with any error changes nothing, even what its successful fields wrote', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const res = await app.call(
      'portal',
      `mutation {
        updateMyNotificationPreferences(input: { preferences: [{ kind: bookingConfirmed, channel: none }] }) { kind channel }
        updateProfile(input: { name: "" }) { name }
      }`,
      {},
      { token },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Mutation fields run in order: the preferences were written before the profile update failed.
    const after = await app.owner.portalAccount.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(after.notificationPreferences).toEqual({});
  });

  it('a successful operation commits', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const res = await app.call(
      'portal',
      'mutation { updateMyNotificationPreferences(input: { preferences: [{ kind: bookingConfirmed, channel: none }] }) { kind channel } }',
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    // A contact's own choice (issue 22), on their login.
    const after = await app.owner.portalAccount.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(after.notificationPreferences).toMatchObject({ bookingConfirmed: 'none' });
  });
});

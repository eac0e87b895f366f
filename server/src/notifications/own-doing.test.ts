import { describe, expect, it } from 'vitest';
import { isOwnDoing } from './own-doing.js';

const tenantId = '00000000-0000-4000-8000-000000000001';
const me = '00000000-0000-4000-8000-000000000002';
const other = '00000000-0000-4000-8000-000000000003';
const contact = '00000000-0000-4000-8000-000000000004';
const colleague = '00000000-0000-4000-8000-000000000005';

describe('own doing', () => {
  it('a customer acting in their own portal is the one doing it; another customer, staff or the back office are not', () => {
    expect(isOwnDoing({ tenantId, role: 'customer', customerId: me }, { customerId: me, contactId: null })).toBe(true);
    expect(isOwnDoing({ tenantId, role: 'customer', customerId: other }, { customerId: me, contactId: null })).toBe(false);
    expect(isOwnDoing({ tenantId, role: 'system' }, { customerId: me, contactId: null })).toBe(false);
    expect(isOwnDoing({ tenantId, role: 'staff', staffId: me, staffRole: 'owner' }, { customerId: me, contactId: null })).toBe(false);
  });

  it("a contact's own doing is theirs alone: their colleagues of the account are told", () => {
    const mine = { tenantId, role: 'customer' as const, customerId: me, contactId: contact, contactRights: ['appointments'] };
    expect(isOwnDoing(mine, { customerId: me, contactId: contact })).toBe(true);
    expect(isOwnDoing(mine, { customerId: me, contactId: colleague })).toBe(false);
    expect(isOwnDoing({ ...mine, customerId: other }, { customerId: me, contactId: contact })).toBe(false);
    // A scope the server opened for the whole account (no contact) is every contact's doing.
    expect(isOwnDoing({ tenantId, role: 'customer', customerId: me, contactRights: '*' }, { customerId: me, contactId: colleague })).toBe(true);
  });

  it('a member of staff acting is the one doing it; their colleagues are not', () => {
    expect(isOwnDoing({ tenantId, role: 'staff', staffId: me, staffRole: 'dispatcher' }, { staffUserId: me })).toBe(true);
    expect(isOwnDoing({ tenantId, role: 'staff', staffId: other, staffRole: 'dispatcher' }, { staffUserId: me })).toBe(false);
    expect(isOwnDoing({ tenantId, role: 'customer', customerId: me }, { staffUserId: me })).toBe(false);
    expect(isOwnDoing(null, { staffUserId: me })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isOwnDoing } from './own-doing.js';

const tenantId = '00000000-0000-4000-8000-000000000001';
const me = '00000000-0000-4000-8000-000000000002';
const other = '00000000-0000-4000-8000-000000000003';

describe('own doing', () => {
  it('a customer acting in their own portal is the one doing it; another customer, staff or the back office are not', () => {
    expect(isOwnDoing({ tenantId, role: 'customer', customerId: me }, { customerId: me })).toBe(true);
    expect(isOwnDoing({ tenantId, role: 'customer', customerId: other }, { customerId: me })).toBe(false);
    expect(isOwnDoing({ tenantId, role: 'system' }, { customerId: me })).toBe(false);
    expect(isOwnDoing({ tenantId, role: 'staff', staffId: me, staffRole: 'owner' }, { customerId: me })).toBe(false);
  });

  it('a member of staff acting is the one doing it; their colleagues are not', () => {
    expect(isOwnDoing({ tenantId, role: 'staff', staffId: me, staffRole: 'dispatcher' }, { staffUserId: me })).toBe(true);
    expect(isOwnDoing({ tenantId, role: 'staff', staffId: other, staffRole: 'dispatcher' }, { staffUserId: me })).toBe(false);
    expect(isOwnDoing({ tenantId, role: 'customer', customerId: me }, { staffUserId: me })).toBe(false);
    expect(isOwnDoing(null, { staffUserId: me })).toBe(false);
  });
});

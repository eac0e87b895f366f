// Reply addresses: made and read back without the database, in milliseconds.
import { describe, expect, it } from 'vitest';
import { readReplyAddress, replyAddress, type ReplyAddressConfig } from './reply-address.js';

const config: ReplyAddressConfig = { jwtSecret: new TextEncoder().encode('test-secret-test-secret-test-secret-0123'), inboundEmailDomain: 'reply.portico.test' };
const THREAD = '3f0c5a4e-9b1d-4c7a-8e2f-6a5b4c3d2e1f';

function addressOf(side: 'customer' | 'staff', threadId = THREAD): string {
  const address = replyAddress(config, { threadId, side });
  if (!address) throw new Error('expected an address');
  return address;
}

describe('reply addresses', () => {
  it('a thread side’s address reads back as that thread and side', () => {
    const address = addressOf('customer');
    expect(address).toMatch(/^reply\+[a-z2-7]{44}@reply\.portico\.test$/);
    expect(address.split('@')[0]?.length).toBeLessThanOrEqual(64);
    expect(readReplyAddress(config, address)).toEqual({ threadId: THREAD, side: 'customer' });
    expect(readReplyAddress(config, addressOf('staff'))).toEqual({ threadId: THREAD, side: 'staff' });
  });

  it('the two sides of one thread have different addresses, and so do two threads', () => {
    expect(addressOf('customer')).not.toBe(addressOf('staff'));
    expect(addressOf('customer')).not.toBe(addressOf('customer', '3f0c5a4e-9b1d-4c7a-8e2f-6a5b4c3d2e10'));
  });

  it('an address upper-cased on the way (local part and domain) is still read', () => {
    expect(readReplyAddress(config, addressOf('staff').toUpperCase())).toEqual({ threadId: THREAD, side: 'staff' });
    expect(readReplyAddress(config, `${addressOf('staff')}.`)).toEqual({ threadId: THREAD, side: 'staff' });
  });

  it('a token with any character changed is refused', () => {
    const address = addressOf('customer');
    const at = address.indexOf('@');
    for (let i = 'reply+'.length; i < at; i++) {
      const char = address.charAt(i);
      const tampered = `${address.slice(0, i)}${char === 'a' ? 'b' : 'a'}${address.slice(i + 1)}`;
      expect(readReplyAddress(config, tampered), `position ${i}`).toBeNull();
    }
  });

  it('the customer’s token cannot be turned into the staff side of the same thread', () => {
    const customer = addressOf('customer');
    const staff = addressOf('staff');
    // The staff token's thread and side (its first 28 characters: 140 bits), then the customer's signature.
    const token = (address: string) => address.slice('reply+'.length, address.indexOf('@'));
    const forged = `reply+${token(staff).slice(0, 28)}${token(customer).slice(28)}@reply.portico.test`;
    expect(forged).not.toBe(customer);
    expect(readReplyAddress(config, forged)).toBeNull();
  });

  it('another domain, another prefix, another secret, a truncated or padded token are refused', () => {
    const address = addressOf('customer');
    expect(readReplyAddress(config, address.replace('@reply.portico.test', '@portico.test'))).toBeNull();
    expect(readReplyAddress(config, address.replace('@reply.portico.test', '@evil-reply.portico.test'))).toBeNull();
    expect(readReplyAddress(config, address.replace('reply+', 'replies+'))).toBeNull();
    expect(readReplyAddress({ ...config, jwtSecret: new TextEncoder().encode('another-secret-another-secret-another') }, address)).toBeNull();
    expect(readReplyAddress(config, address.replace('@', 'a@'))).toBeNull();
    expect(readReplyAddress(config, address.replace(/.@/, '@'))).toBeNull();
    expect(readReplyAddress(config, 'reply+@reply.portico.test')).toBeNull();
    expect(readReplyAddress(config, 'postmaster@reply.portico.test')).toBeNull();
    expect(readReplyAddress(config, 'no at sign')).toBeNull();
  });

  it('without an inbound domain there are no reply addresses, and none is read', () => {
    const off = { jwtSecret: config.jwtSecret };
    expect(replyAddress(off, { threadId: THREAD, side: 'customer' })).toBeNull();
    expect(readReplyAddress(off, addressOf('customer'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readReadingAddress, readingAddress } from './reading-address.js';
import { readReplyAddress } from '../messaging/reply-address.js';

const config = { jwtSecret: new TextEncoder().encode('a-test-secret-of-enough-length-for-hmac'), inboundEmailDomain: 'in.example.test' };
const customerId = '0b6f3c1e-7a55-4d4c-9d0e-2f1a3b4c5d6e';

describe('readings by email address', () => {
  it('names the customer and reads back, whatever the case', () => {
    const address = readingAddress(config, customerId);
    expect(address).toMatch(/^meters\+[a-z2-7]{42}@in\.example\.test$/);
    expect(address && address.split('@')[0]!.length).toBeLessThanOrEqual(64);
    expect(readReadingAddress(config, address ?? '')).toEqual({ customerId });
    expect(readReadingAddress(config, (address ?? '').toUpperCase())).toEqual({ customerId });
  });

  it('refuses an altered token, another domain, another secret and a reply address', () => {
    const address = readingAddress(config, customerId) ?? '';
    const altered = address.replace(/meters\+(.)/, (_m, c: string) => `meters+${c === 'a' ? 'b' : 'a'}`);
    expect(readReadingAddress(config, altered)).toBeNull();
    expect(readReadingAddress(config, address.replace('in.example.test', 'other.test'))).toBeNull();
    expect(readReadingAddress({ ...config, jwtSecret: new TextEncoder().encode('another-secret-of-enough-length-here') }, address)).toBeNull();
    expect(readReplyAddress(config, address)).toBeNull();
  });

  it('is null while inbound email is not configured', () => {
    expect(readingAddress({ ...config, inboundEmailDomain: undefined }, customerId)).toBeNull();
  });
});

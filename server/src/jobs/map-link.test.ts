import { describe, expect, it } from 'vitest';
import { mapSearchUrl } from './map-link.js';

describe('mapSearchUrl', () => {
  it('searches the whole address, encoded, leaving out empty parts', () => {
    const url = mapSearchUrl({ addressLine1: '1150 W Diversey Parkway', addressLine2: 'Suite 200', city: 'Chicago', postalCode: '60614', region: 'IL', country: 'US' });
    expect(url).toBe('https://www.google.com/maps/search/?api=1&query=1150%20W%20Diversey%20Parkway%2C%20Suite%20200%2C%20Chicago%2C%20IL%2060614%2C%20US');
    const plain = new URL(mapSearchUrl({ addressLine1: '12 rue des Lilas & Co', addressLine2: null, city: 'Paris', postalCode: '75011', region: null, country: 'FR' }));
    expect(plain.searchParams.get('query')).toBe('12 rue des Lilas & Co, Paris, 75011, FR');
  });
});

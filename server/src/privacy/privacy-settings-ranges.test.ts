import { describe, expect, it } from 'vitest';
import { inPrivacyRange } from './privacy-settings-ranges.js';

describe('privacy settings ranges', () => {
  it('accepts the bounds and refuses beyond them and fractions', () => {
    expect(inPrivacyRange('legalRetentionYears', 1)).toBe(true);
    expect(inPrivacyRange('legalRetentionYears', 30)).toBe(true);
    expect(inPrivacyRange('legalRetentionYears', 31)).toBe(false);
    expect(inPrivacyRange('erasureAutoDays', 0)).toBe(false);
    expect(inPrivacyRange('erasureAutoDays', 90)).toBe(true);
    expect(inPrivacyRange('exportLinkDays', 7.5)).toBe(false);
  });
});

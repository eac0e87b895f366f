import { describe, expect, it } from 'vitest';
import { auditRetentionUpdate } from './audit-retention.js';

describe('audit retention setting', () => {
  it('takes 30 to 3650 days and leaves the setting alone when not given', () => {
    expect(auditRetentionUpdate({})).toEqual({});
    expect(auditRetentionUpdate({ auditRetentionDays: null })).toEqual({});
    expect(auditRetentionUpdate({ auditRetentionDays: 30 })).toEqual({ auditRetentionDays: 30 });
    expect(auditRetentionUpdate({ auditRetentionDays: 3650 })).toEqual({ auditRetentionDays: 3650 });
  });

  it('refuses fewer, more and fractions of days with OUT_OF_RANGE', () => {
    for (const days of [29, 3651, 0, -1, 90.5]) {
      let reason: unknown;
      try {
        auditRetentionUpdate({ auditRetentionDays: days });
      } catch (error) {
        reason = (error as { extensions?: { reason?: string } }).extensions?.reason;
      }
      expect(reason, String(days)).toBe('OUT_OF_RANGE');
    }
  });
});

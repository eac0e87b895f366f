// The ranges a business's privacy settings must fall in (OUT_OF_RANGE otherwise): legal retention
// 1–30 years (10 in France, 8 in Germany, 7 in the US), automatic erasure after 1–90 days (or
// staff confirm each one), export links valid 1–30 days.
export const OUT_OF_RANGE = 'OUT_OF_RANGE';

export const PRIVACY_RANGES = {
  legalRetentionYears: { min: 1, max: 30 },
  erasureAutoDays: { min: 1, max: 90 },
  exportLinkDays: { min: 1, max: 30 },
} as const;

export type RangedSetting = keyof typeof PRIVACY_RANGES;

export function inPrivacyRange(setting: RangedSetting, value: number): boolean {
  const { min, max } = PRIVACY_RANGES[setting];
  return Number.isInteger(value) && value >= min && value <= max;
}

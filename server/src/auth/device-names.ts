// Names a person recognises a signed-in device by ("Chrome", "macOS", "iPhone"), read from the
// User-Agent header the session was opened with. Clients show these, never the raw string.
import Bowser from 'bowser';

export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'tv' | 'unknown';

export interface DeviceNames {
  /** e.g. Chrome, Firefox, Safari, Microsoft Edge; null when not recognised. */
  browser: string | null;
  /** e.g. Linux, macOS, Windows, iOS, Android; null when not recognised. */
  os: string | null;
  /** The device's own name when the User-Agent gives one (iPhone, iPad, Pixel 7), else null. */
  device: string | null;
  deviceType: DeviceType;
}

const UNKNOWN: DeviceNames = { browser: null, os: null, device: null, deviceType: 'unknown' };
const DEVICE_TYPES: readonly DeviceType[] = ['desktop', 'mobile', 'tablet', 'tv'];

function deviceType(type: string | undefined): DeviceType {
  return DEVICE_TYPES.find((known) => known === type) ?? 'unknown';
}
/** Longer headers are not browsers' (nor worth parsing on every list). */
const MAX_LENGTH = 512;

function named(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function deviceNames(userAgent: string | null | undefined): DeviceNames {
  const header = userAgent?.trim().slice(0, MAX_LENGTH);
  if (!header) return UNKNOWN;
  const parser = Bowser.getParser(header);
  const platform = parser.getPlatform();
  const model = named(platform.model);
  return {
    browser: named(parser.getBrowserName()),
    os: named(parser.getOSName()),
    device: model,
    deviceType: deviceType(platform.type),
  };
}

// Tenant colours come from tenant admins: use them only when they are plain hex colours.
const hexColor = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const fallbackPrimary = '#1d4ed8';

export function safeColor(value: string | null | undefined, fallback = fallbackPrimary): string {
  return value && hexColor.test(value) ? value : fallback;
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
export function textColorOn(background: string): string {
  let hex = safeColor(background).slice(1);
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05. Equal at L ≈ 0.179.
  return luminance > 0.179 ? '#111827' : '#ffffff';
}

// Dates, times and money for the current language, in the tenant's time zone and currency.
import { bindFormat, type Place } from '@portico/web-shared/format';
import { getI18n } from '$lib/i18n';

export type TenantFormat = Place;

/** Call during component setup; the functions read the locale when called, so they follow the switcher. */
export function useFormat(tenant: () => TenantFormat) {
  const i18n = getI18n();
  return bindFormat(() => i18n.locale, tenant);
}

// The signed-in staff member and their business's zone and currency, shared by every page under (app).
import { createContext } from 'svelte';
import { bindFormat } from '@portico/web-shared/format';
import type { StaffRole } from '$lib/gql/graphql';
import { getI18n } from '$lib/i18n';

export interface Business {
  staffId: string;
  role: StaffRole;
  timeZone: string;
  currency: string;
}

export const [getBusiness, setBusiness] = createContext<Business>();

/** Formatters bound to the person's language and the business's zone and currency. */
export function useFormat() {
  const i18n = getI18n();
  const business = getBusiness();
  return {
    ...bindFormat(
      () => i18n.locale,
      () => business,
    ),
    /** 10,000 / 10 000: pages, units. */
    count: (n: number) => new Intl.NumberFormat(i18n.locale === 'fr' ? 'fr-FR' : 'en-US').format(n),
    /** "Mon, Nov 16" / "lun. 16 nov.": a column of a week view. */
    weekday: (day: string) =>
      new Intl.DateTimeFormat(i18n.locale === 'fr' ? 'fr-FR' : 'en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)),
  };
}

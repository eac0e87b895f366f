import { graphql, useFragment } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { SignatureSettingsFields } from '$lib/signatures';
import type { PageLoad } from './$types';

const QuoteSettingsPage = graphql(`
  query AdminQuoteSettingsPage {
    tenantSettings {
      slug
      tipsEnabled
      tipPresetsPercent
      ...QuoteSettingsFields
    }
    signatureSettings {
      ...SignatureSettingsFields
    }
  }
`);

const QuoteSettingsFields = graphql(`
  fragment QuoteSettingsFields on TenantSettings {
    quoteNumberFormat
    quoteConversion
    quoteValidityDays
    quoteDefaultTerms
  }
`);

/** Owners and admins only: the API answers FORBIDDEN to others, which shows the access-denied page. */
export const load: PageLoad = async (event) => {
  const { tenantSettings, signatureSettings } = await loadQuery(event, QuoteSettingsPage, {});
  return {
    slug: tenantSettings.slug,
    tips: { tipsEnabled: tenantSettings.tipsEnabled, tipPresetsPercent: tenantSettings.tipPresetsPercent },
    quoteSettings: useFragment(QuoteSettingsFields, tenantSettings),
    signatureSettings: useFragment(SignatureSettingsFields, signatureSettings),
  };
};

import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const QuoteSettingsPage = graphql(`
  query AdminQuoteSettingsPage {
    tenantSettings {
      slug
      tipsEnabled
      tipPresetsPercent
    }
    quoteSettings {
      ...QuoteSettingsFields
    }
    signatureSettings {
      ...SignatureSettingsFields
    }
  }
`);

graphql(`
  fragment QuoteSettingsFields on QuoteSettings {
    quoteNumberFormat
    quoteConversion
    quoteValidityDays
    quoteDefaultTerms
  }
`);

graphql(`
  fragment SignatureSettingsFields on SignatureSettings {
    provider
    docusignAccountId
    docusignIntegrationKey
    docusignUserId
    docusignBasePath
    docusignOAuthBasePath
    docusignPrivateKeySet
    docusignHmacKeySet
  }
`);

/** Owners and admins only: the API answers FORBIDDEN to others, which shows the access-denied page. */
export const load: PageLoad = async (event) => {
  const { tenantSettings, quoteSettings, signatureSettings } = await loadQuery(event, QuoteSettingsPage, {});
  return { slug: tenantSettings.slug, tips: { tipsEnabled: tenantSettings.tipsEnabled, tipPresetsPercent: tenantSettings.tipPresetsPercent }, quoteSettings, signatureSettings };
};

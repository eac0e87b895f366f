import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const PrivacySettingsPage = graphql(`
  query AdminPrivacySettingsPage {
    privacySettings {
      privacyNotice
      privacyNoticeVersion
      legalRetentionYears
      erasureAutoDays
      exportLinkDays
    }
  }
`);

/** Owners and admins only: the API answers FORBIDDEN to others, which shows the access-denied page. */
export const load: PageLoad = async (event) => {
  const { privacySettings } = await loadQuery(event, PrivacySettingsPage, {});
  return { settings: privacySettings };
};

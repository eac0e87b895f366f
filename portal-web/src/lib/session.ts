// Who is signed in is loaded with the business, in one request, by the tenant layout; it depends
// on SESSION. Signing in or out is the one time the portal reloads it.
import { goto } from '$app/navigation';
import { graphql } from '$lib/gql';

export const SESSION = 'portal:session';

/** The business's branding, features and contact details: every tenant page shows some. */
export const PortalTenantFields = graphql(`
  fragment PortalTenantFields on PortalTenant {
    slug
    name
    logoUrl
    primaryColor
    accentColor
    locale
    timeZone
    currency
    trade
    selfRegistration
    suppliesAnyAddress
    features {
      booking
      documents
      invoices
      requests
      reviews
      projects
      meters
      supplies
    }
    contact {
      phone
      email
      addressLine1
      addressLine2
      city
      postalCode
      region
      country
      openingHours
      legalName
      registrationNumber
      vatNumber
    }
  }
`);

/** The signed-in customer's own details every portal page may show (the portal layout checks them), and what the signed-in contact may do (navigation and pages follow its rights). */
export const PortalMeFields = graphql(`
  fragment PortalMeFields on CustomerProfile {
    id
    name
    email
    tenantSlug
    locale
    contact {
      id
      name
      locale
      isPrimary
      rights
      siteIds
    }
  }
`);

/** After signing in (or out): open `path` with who is signed in read again, and nothing else. */
export function gotoAsSignedIn(path: string): Promise<void> {
  return goto(path, { invalidate: [SESSION] });
}

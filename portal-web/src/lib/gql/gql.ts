/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n\t\tmutation CreateAttachmentUpload($fileName: String!) {\n\t\t\tcreateAttachmentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t": typeof types.CreateAttachmentUploadDocument,
    "\n\t\tmutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n\t\t\trescheduleAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t": typeof types.RescheduleAppointmentDocument,
    "\n\t\tmutation CancelAppointment($id: ID!, $reason: String) {\n\t\t\tcancelAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": typeof types.CancelAppointmentDocument,
    "\n\t\tmutation PortalLogin($input: LoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.PortalLoginDocument,
    "\n\t\tmutation PortalLogout {\n\t\t\tlogout\n\t\t}\n\t": typeof types.PortalLogoutDocument,
    "\n\t\tmutation SubmitReview($input: SubmitReviewInput!) {\n\t\t\tsubmitReview(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": typeof types.SubmitReviewDocument,
    "\n\t\tquery AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n\t\t\tavailableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n\t\t\t\tdate\n\t\t\t\tslots {\n\t\t\t\t\tstart\n\t\t\t\t\tend\n\t\t\t\t\tlocalTime\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.AvailableSlotsDocument,
    "\n\t\tmutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n\t\t\tstartInvoicePayment(input: $input) {\n\t\t\t\tprovider\n\t\t\t\tclientSecret\n\t\t\t\tpublishableKey\n\t\t\t\tstripeAccount\n\t\t\t\tamountMinor\n\t\t\t\tcurrency\n\t\t\t\tpayment {\n\t\t\t\t\t...PaymentResult\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.StartInvoicePaymentDocument,
    "\n\t\tmutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n\t\t\tcompleteSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t": typeof types.CompleteSandboxAuthenticationDocument,
    "\n\t\tmutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n\t\t\tconfirmSandboxPayment(input: $input) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t": typeof types.ConfirmSandboxPaymentDocument,
    "\n\t\tmutation RefreshPayment($id: ID!) {\n\t\t\trefreshPayment(id: $id) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t": typeof types.RefreshPaymentDocument,
    "\n\t\tmutation CreateCalendarFeed {\n\t\t\tcreateCalendarFeed {\n\t\t\t\turl\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t": typeof types.CreateCalendarFeedDocument,
    "\n\t\tmutation RevokeCalendarFeed {\n\t\t\trevokeCalendarFeed {\n\t\t\t\tactive\n\t\t\t}\n\t\t}\n\t": typeof types.RevokeCalendarFeedDocument,
    "\n\t\tmutation RequestEmailChange($input: RequestEmailChangeInput!) {\n\t\t\trequestEmailChange(input: $input) {\n\t\t\t\tid\n\t\t\t\tpendingEmail\n\t\t\t}\n\t\t}\n\t": typeof types.RequestEmailChangeDocument,
    "\n\t\tmutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n\t\t\tupdateNotificationPreferences(input: $input) {\n\t\t\t\tid\n\t\t\t\tnotificationPreferences {\n\t\t\t\t\tappointments\n\t\t\t\t\tinvoices\n\t\t\t\t\trequests\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.UpdateNotificationPreferencesDocument,
    "\n\t\tmutation ChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t": typeof types.ChangePasswordDocument,
    "\n\t\tmutation UpdateProfile($input: UpdateProfileInput!) {\n\t\t\tupdateProfile(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tphone\n\t\t\t\tlocale\n\t\t\t}\n\t\t}\n\t": typeof types.UpdateProfileDocument,
    "\n\t\tmutation RemovePaymentMethod($id: ID!) {\n\t\t\tremovePaymentMethod(id: $id)\n\t\t}\n\t": typeof types.RemovePaymentMethodDocument,
    "\n\t\tmutation RevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t": typeof types.RevokeSessionDocument,
    "\n\t\tmutation SignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.SignOutOtherSessionsDocument,
    "\n\tquery PortalTenantByDomain($domain: String!) {\n\t\tportalTenantByDomain(domain: $domain) {\n\t\t\tslug\n\t\t}\n\t}\n": typeof types.PortalTenantByDomainDocument,
    "\n\tfragment PaymentResult on Payment {\n\t\tid\n\t\tstatus\n\t\tamountMinor\n\t\tcurrency\n\t\tfailureReason\n\t\treceiptUrl\n\t\tcardBrand\n\t\tlast4\n\t}\n": typeof types.PaymentResultFragmentDoc,
    "\n\tquery PortalTenant($slug: String!) {\n\t\tportalTenant(slug: $slug) {\n\t\t\tslug\n\t\t\tname\n\t\t\tlogoUrl\n\t\t\tprimaryColor\n\t\t\taccentColor\n\t\t\tlocale\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t\ttrade\n\t\t\tselfRegistration\n\t\t\tfeatures {\n\t\t\t\tbooking\n\t\t\t\tdocuments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t\treviews\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalTenantDocument,
    "\n\t\tmutation AcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.AcceptInvitationDocument,
    "\n\t\tmutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n\t\t\tconfirmEmailChange(input: $input)\n\t\t}\n\t": typeof types.ConfirmEmailChangeDocument,
    "\n\t\tmutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t": typeof types.RequestPasswordResetDocument,
    "\n\t\tmutation RequestMagicLink($input: EmailLinkRequestInput!) {\n\t\t\trequestMagicLink(input: $input)\n\t\t}\n\t": typeof types.RequestMagicLinkDocument,
    "\n\t\tmutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n\t\t\tloginWithMagicLink(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.LoginWithMagicLinkDocument,
    "\n\tquery PortalMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\ttenantSlug\n\t\t\tlocale\n\t\t}\n\t}\n": typeof types.PortalMeDocument,
    "\n\tquery PortalDashboard {\n\t\tdashboard {\n\t\t\tcurrency\n\t\t\tamountDueMinor\n\t\t\toverdueAmountMinor\n\t\t\tnextAppointments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t}\n\t\t\tawaitingReview {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t}\n\t\t\topenRequests {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tunpaidInvoices {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tdueDate\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalDashboardDocument,
    "\n\tquery PortalAssets {\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tcategory\n\t\t\ttypeName\n\t\t\tmodel\n\t\t\tserialNumber\n\t\t\tinstalledOn\n\t\t\twarrantyEndOn\n\t\t\twarrantyStatus\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t}\n\t\t\tmaintenanceHistory(limit: 5) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalAssetsDocument,
    "\n\t\tmutation BookAppointment($input: BookAppointmentInput!) {\n\t\t\tbookAppointment(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t": typeof types.BookAppointmentDocument,
    "\n\tquery PortalBooking {\n\t\tbookableServices {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tdurationMinutes\n\t\t\tpriceMinor\n\t\t}\n\t\tbookingOptions {\n\t\t\tmode\n\t\t\ttimeZone\n\t\t\tchangeWindowHours\n\t\t}\n\t\tsites {\n\t\t\tid\n\t\t\tlabel\n\t\t\taddressLine1\n\t\t\tcity\n\t\t\taccessInstructions\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tsite {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalBookingDocument,
    "\n\tquery PortalDocuments($kind: DocumentKind, $after: String) {\n\t\tdocuments(kind: $kind, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tcontentType\n\t\t\t\tsizeBytes\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tjobId\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalDocumentsDocument,
    "\n\tquery PortalInvoices($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalInvoicesDocument,
    "\n\tquery PortalInvoice($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\tid\n\t\t\tnumber\n\t\t\tstatus\n\t\t\tissueDate\n\t\t\tdueDate\n\t\t\tcurrency\n\t\t\tsubtotalMinor\n\t\t\ttaxMinor\n\t\t\ttotalMinor\n\t\t\tamountDueMinor\n\t\t\tpaidMinor\n\t\t\trefundedMinor\n\t\t\tcreditedMinor\n\t\t\trefundState\n\t\t\tcreditNotes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tamountMinor\n\t\t\t\treason\n\t\t\t\tissuedAt\n\t\t\t\tpdfUrl\n\t\t\t}\n\t\t\trecurringLabel\n\t\t\tpdfUrl\n\t\t\tcanPay\n\t\t\tallowPartialPayment\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tfailureReason\n\t\t\t\tcreatedAt\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t\tlines {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tquantity\n\t\t\t\tunitPriceMinor\n\t\t\t\ttaxRateBp\n\t\t\t\ttotalMinor\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tkind\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t}\n": typeof types.PortalInvoiceDocument,
    "\n\tquery PortalJobs($when: JobWhen!, $after: String) {\n\t\tjobs(when: $when, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t\tserviceType {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalJobsDocument,
    "\n\tquery PortalJob($id: ID!) {\n\t\tjob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\tdeclineReason\n\t\t\tscheduledStart\n\t\t\tscheduledEnd\n\t\t\tcompletedAt\n\t\t\ttechnicianName\n\t\t\tcanChange\n\t\t\tchangeDeadline\n\t\t\tcalendarFileUrl\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdurationMinutes\n\t\t\t}\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t}\n\t\t\tasset {\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tcontentType\n\t\t\t\tfileName\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t\treview {\n\t\t\t\tid\n\t\t\t\trating\n\t\t\t\tcomment\n\t\t\t\tstatus\n\t\t\t\tresponse\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalJobDocument,
    "\n\t\tmutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n\t\t\tsubmitServiceRequest(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": typeof types.SubmitServiceRequestDocument,
    "\n\tquery PortalRequests($after: String) {\n\t\tserviceRequests(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tdeclineReason\n\t\t\t\tjobId\n\t\t\t\tasset {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t\tfileName\n\t\t\t\t\tcontentType\n\t\t\t\t\turl\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.PortalRequestsDocument,
    "\n\tquery PortalSettings {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\tphone\n\t\t\tlocale\n\t\t\tpendingEmail\n\t\t\tcanEditProfile\n\t\t\tnotificationPreferences {\n\t\t\t\tappointments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t\tcalendarFeed {\n\t\t\tactive\n\t\t\tcreatedAt\n\t\t}\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n": typeof types.PortalSettingsDocument,
    "\n\t\tmutation Register($input: RegisterInput!) {\n\t\t\tregister(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.RegisterDocument,
    "\n\t\tmutation ResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.ResetPasswordDocument,
};
const documents: Documents = {
    "\n\t\tmutation CreateAttachmentUpload($fileName: String!) {\n\t\t\tcreateAttachmentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t": types.CreateAttachmentUploadDocument,
    "\n\t\tmutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n\t\t\trescheduleAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t": types.RescheduleAppointmentDocument,
    "\n\t\tmutation CancelAppointment($id: ID!, $reason: String) {\n\t\t\tcancelAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": types.CancelAppointmentDocument,
    "\n\t\tmutation PortalLogin($input: LoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.PortalLoginDocument,
    "\n\t\tmutation PortalLogout {\n\t\t\tlogout\n\t\t}\n\t": types.PortalLogoutDocument,
    "\n\t\tmutation SubmitReview($input: SubmitReviewInput!) {\n\t\t\tsubmitReview(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": types.SubmitReviewDocument,
    "\n\t\tquery AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n\t\t\tavailableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n\t\t\t\tdate\n\t\t\t\tslots {\n\t\t\t\t\tstart\n\t\t\t\t\tend\n\t\t\t\t\tlocalTime\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.AvailableSlotsDocument,
    "\n\t\tmutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n\t\t\tstartInvoicePayment(input: $input) {\n\t\t\t\tprovider\n\t\t\t\tclientSecret\n\t\t\t\tpublishableKey\n\t\t\t\tstripeAccount\n\t\t\t\tamountMinor\n\t\t\t\tcurrency\n\t\t\t\tpayment {\n\t\t\t\t\t...PaymentResult\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.StartInvoicePaymentDocument,
    "\n\t\tmutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n\t\t\tcompleteSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t": types.CompleteSandboxAuthenticationDocument,
    "\n\t\tmutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n\t\t\tconfirmSandboxPayment(input: $input) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t": types.ConfirmSandboxPaymentDocument,
    "\n\t\tmutation RefreshPayment($id: ID!) {\n\t\t\trefreshPayment(id: $id) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t": types.RefreshPaymentDocument,
    "\n\t\tmutation CreateCalendarFeed {\n\t\t\tcreateCalendarFeed {\n\t\t\t\turl\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t": types.CreateCalendarFeedDocument,
    "\n\t\tmutation RevokeCalendarFeed {\n\t\t\trevokeCalendarFeed {\n\t\t\t\tactive\n\t\t\t}\n\t\t}\n\t": types.RevokeCalendarFeedDocument,
    "\n\t\tmutation RequestEmailChange($input: RequestEmailChangeInput!) {\n\t\t\trequestEmailChange(input: $input) {\n\t\t\t\tid\n\t\t\t\tpendingEmail\n\t\t\t}\n\t\t}\n\t": types.RequestEmailChangeDocument,
    "\n\t\tmutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n\t\t\tupdateNotificationPreferences(input: $input) {\n\t\t\t\tid\n\t\t\t\tnotificationPreferences {\n\t\t\t\t\tappointments\n\t\t\t\t\tinvoices\n\t\t\t\t\trequests\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.UpdateNotificationPreferencesDocument,
    "\n\t\tmutation ChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t": types.ChangePasswordDocument,
    "\n\t\tmutation UpdateProfile($input: UpdateProfileInput!) {\n\t\t\tupdateProfile(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tphone\n\t\t\t\tlocale\n\t\t\t}\n\t\t}\n\t": types.UpdateProfileDocument,
    "\n\t\tmutation RemovePaymentMethod($id: ID!) {\n\t\t\tremovePaymentMethod(id: $id)\n\t\t}\n\t": types.RemovePaymentMethodDocument,
    "\n\t\tmutation RevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t": types.RevokeSessionDocument,
    "\n\t\tmutation SignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.SignOutOtherSessionsDocument,
    "\n\tquery PortalTenantByDomain($domain: String!) {\n\t\tportalTenantByDomain(domain: $domain) {\n\t\t\tslug\n\t\t}\n\t}\n": types.PortalTenantByDomainDocument,
    "\n\tfragment PaymentResult on Payment {\n\t\tid\n\t\tstatus\n\t\tamountMinor\n\t\tcurrency\n\t\tfailureReason\n\t\treceiptUrl\n\t\tcardBrand\n\t\tlast4\n\t}\n": types.PaymentResultFragmentDoc,
    "\n\tquery PortalTenant($slug: String!) {\n\t\tportalTenant(slug: $slug) {\n\t\t\tslug\n\t\t\tname\n\t\t\tlogoUrl\n\t\t\tprimaryColor\n\t\t\taccentColor\n\t\t\tlocale\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t\ttrade\n\t\t\tselfRegistration\n\t\t\tfeatures {\n\t\t\t\tbooking\n\t\t\t\tdocuments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t\treviews\n\t\t\t}\n\t\t}\n\t}\n": types.PortalTenantDocument,
    "\n\t\tmutation AcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.AcceptInvitationDocument,
    "\n\t\tmutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n\t\t\tconfirmEmailChange(input: $input)\n\t\t}\n\t": types.ConfirmEmailChangeDocument,
    "\n\t\tmutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t": types.RequestPasswordResetDocument,
    "\n\t\tmutation RequestMagicLink($input: EmailLinkRequestInput!) {\n\t\t\trequestMagicLink(input: $input)\n\t\t}\n\t": types.RequestMagicLinkDocument,
    "\n\t\tmutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n\t\t\tloginWithMagicLink(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.LoginWithMagicLinkDocument,
    "\n\tquery PortalMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\ttenantSlug\n\t\t\tlocale\n\t\t}\n\t}\n": types.PortalMeDocument,
    "\n\tquery PortalDashboard {\n\t\tdashboard {\n\t\t\tcurrency\n\t\t\tamountDueMinor\n\t\t\toverdueAmountMinor\n\t\t\tnextAppointments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t}\n\t\t\tawaitingReview {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t}\n\t\t\topenRequests {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tunpaidInvoices {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tdueDate\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t}\n": types.PortalDashboardDocument,
    "\n\tquery PortalAssets {\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tcategory\n\t\t\ttypeName\n\t\t\tmodel\n\t\t\tserialNumber\n\t\t\tinstalledOn\n\t\t\twarrantyEndOn\n\t\t\twarrantyStatus\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t}\n\t\t\tmaintenanceHistory(limit: 5) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t}\n": types.PortalAssetsDocument,
    "\n\t\tmutation BookAppointment($input: BookAppointmentInput!) {\n\t\t\tbookAppointment(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t": types.BookAppointmentDocument,
    "\n\tquery PortalBooking {\n\t\tbookableServices {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tdurationMinutes\n\t\t\tpriceMinor\n\t\t}\n\t\tbookingOptions {\n\t\t\tmode\n\t\t\ttimeZone\n\t\t\tchangeWindowHours\n\t\t}\n\t\tsites {\n\t\t\tid\n\t\t\tlabel\n\t\t\taddressLine1\n\t\t\tcity\n\t\t\taccessInstructions\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tsite {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t}\n": types.PortalBookingDocument,
    "\n\tquery PortalDocuments($kind: DocumentKind, $after: String) {\n\t\tdocuments(kind: $kind, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tcontentType\n\t\t\t\tsizeBytes\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tjobId\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": types.PortalDocumentsDocument,
    "\n\tquery PortalInvoices($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": types.PortalInvoicesDocument,
    "\n\tquery PortalInvoice($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\tid\n\t\t\tnumber\n\t\t\tstatus\n\t\t\tissueDate\n\t\t\tdueDate\n\t\t\tcurrency\n\t\t\tsubtotalMinor\n\t\t\ttaxMinor\n\t\t\ttotalMinor\n\t\t\tamountDueMinor\n\t\t\tpaidMinor\n\t\t\trefundedMinor\n\t\t\tcreditedMinor\n\t\t\trefundState\n\t\t\tcreditNotes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tamountMinor\n\t\t\t\treason\n\t\t\t\tissuedAt\n\t\t\t\tpdfUrl\n\t\t\t}\n\t\t\trecurringLabel\n\t\t\tpdfUrl\n\t\t\tcanPay\n\t\t\tallowPartialPayment\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tfailureReason\n\t\t\t\tcreatedAt\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t\tlines {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tquantity\n\t\t\t\tunitPriceMinor\n\t\t\t\ttaxRateBp\n\t\t\t\ttotalMinor\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tkind\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t}\n": types.PortalInvoiceDocument,
    "\n\tquery PortalJobs($when: JobWhen!, $after: String) {\n\t\tjobs(when: $when, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t\tserviceType {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": types.PortalJobsDocument,
    "\n\tquery PortalJob($id: ID!) {\n\t\tjob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\tdeclineReason\n\t\t\tscheduledStart\n\t\t\tscheduledEnd\n\t\t\tcompletedAt\n\t\t\ttechnicianName\n\t\t\tcanChange\n\t\t\tchangeDeadline\n\t\t\tcalendarFileUrl\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdurationMinutes\n\t\t\t}\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t}\n\t\t\tasset {\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tcontentType\n\t\t\t\tfileName\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t\treview {\n\t\t\t\tid\n\t\t\t\trating\n\t\t\t\tcomment\n\t\t\t\tstatus\n\t\t\t\tresponse\n\t\t\t}\n\t\t}\n\t}\n": types.PortalJobDocument,
    "\n\t\tmutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n\t\t\tsubmitServiceRequest(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": types.SubmitServiceRequestDocument,
    "\n\tquery PortalRequests($after: String) {\n\t\tserviceRequests(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tdeclineReason\n\t\t\t\tjobId\n\t\t\t\tasset {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t\tfileName\n\t\t\t\t\tcontentType\n\t\t\t\t\turl\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.PortalRequestsDocument,
    "\n\tquery PortalSettings {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\tphone\n\t\t\tlocale\n\t\t\tpendingEmail\n\t\t\tcanEditProfile\n\t\t\tnotificationPreferences {\n\t\t\t\tappointments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t\tcalendarFeed {\n\t\t\tactive\n\t\t\tcreatedAt\n\t\t}\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n": types.PortalSettingsDocument,
    "\n\t\tmutation Register($input: RegisterInput!) {\n\t\t\tregister(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.RegisterDocument,
    "\n\t\tmutation ResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.ResetPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CreateAttachmentUpload($fileName: String!) {\n\t\t\tcreateAttachmentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CreateAttachmentUpload($fileName: String!) {\n\t\t\tcreateAttachmentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n\t\t\trescheduleAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n\t\t\trescheduleAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CancelAppointment($id: ID!, $reason: String) {\n\t\t\tcancelAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CancelAppointment($id: ID!, $reason: String) {\n\t\t\tcancelAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation PortalLogin($input: LoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation PortalLogin($input: LoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation PortalLogout {\n\t\t\tlogout\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation PortalLogout {\n\t\t\tlogout\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation SubmitReview($input: SubmitReviewInput!) {\n\t\t\tsubmitReview(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation SubmitReview($input: SubmitReviewInput!) {\n\t\t\tsubmitReview(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tquery AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n\t\t\tavailableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n\t\t\t\tdate\n\t\t\t\tslots {\n\t\t\t\t\tstart\n\t\t\t\t\tend\n\t\t\t\t\tlocalTime\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tquery AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n\t\t\tavailableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n\t\t\t\tdate\n\t\t\t\tslots {\n\t\t\t\t\tstart\n\t\t\t\t\tend\n\t\t\t\t\tlocalTime\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n\t\t\tstartInvoicePayment(input: $input) {\n\t\t\t\tprovider\n\t\t\t\tclientSecret\n\t\t\t\tpublishableKey\n\t\t\t\tstripeAccount\n\t\t\t\tamountMinor\n\t\t\t\tcurrency\n\t\t\t\tpayment {\n\t\t\t\t\t...PaymentResult\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n\t\t\tstartInvoicePayment(input: $input) {\n\t\t\t\tprovider\n\t\t\t\tclientSecret\n\t\t\t\tpublishableKey\n\t\t\t\tstripeAccount\n\t\t\t\tamountMinor\n\t\t\t\tcurrency\n\t\t\t\tpayment {\n\t\t\t\t\t...PaymentResult\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n\t\t\tcompleteSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n\t\t\tcompleteSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n\t\t\tconfirmSandboxPayment(input: $input) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n\t\t\tconfirmSandboxPayment(input: $input) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RefreshPayment($id: ID!) {\n\t\t\trefreshPayment(id: $id) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RefreshPayment($id: ID!) {\n\t\t\trefreshPayment(id: $id) {\n\t\t\t\t...PaymentResult\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CreateCalendarFeed {\n\t\t\tcreateCalendarFeed {\n\t\t\t\turl\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CreateCalendarFeed {\n\t\t\tcreateCalendarFeed {\n\t\t\t\turl\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RevokeCalendarFeed {\n\t\t\trevokeCalendarFeed {\n\t\t\t\tactive\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RevokeCalendarFeed {\n\t\t\trevokeCalendarFeed {\n\t\t\t\tactive\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RequestEmailChange($input: RequestEmailChangeInput!) {\n\t\t\trequestEmailChange(input: $input) {\n\t\t\t\tid\n\t\t\t\tpendingEmail\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RequestEmailChange($input: RequestEmailChangeInput!) {\n\t\t\trequestEmailChange(input: $input) {\n\t\t\t\tid\n\t\t\t\tpendingEmail\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n\t\t\tupdateNotificationPreferences(input: $input) {\n\t\t\t\tid\n\t\t\t\tnotificationPreferences {\n\t\t\t\t\tappointments\n\t\t\t\t\tinvoices\n\t\t\t\t\trequests\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n\t\t\tupdateNotificationPreferences(input: $input) {\n\t\t\t\tid\n\t\t\t\tnotificationPreferences {\n\t\t\t\t\tappointments\n\t\t\t\t\tinvoices\n\t\t\t\t\trequests\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation ChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation ChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation UpdateProfile($input: UpdateProfileInput!) {\n\t\t\tupdateProfile(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tphone\n\t\t\t\tlocale\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation UpdateProfile($input: UpdateProfileInput!) {\n\t\t\tupdateProfile(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tphone\n\t\t\t\tlocale\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RemovePaymentMethod($id: ID!) {\n\t\t\tremovePaymentMethod(id: $id)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RemovePaymentMethod($id: ID!) {\n\t\t\tremovePaymentMethod(id: $id)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation SignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation SignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalTenantByDomain($domain: String!) {\n\t\tportalTenantByDomain(domain: $domain) {\n\t\t\tslug\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalTenantByDomain($domain: String!) {\n\t\tportalTenantByDomain(domain: $domain) {\n\t\t\tslug\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment PaymentResult on Payment {\n\t\tid\n\t\tstatus\n\t\tamountMinor\n\t\tcurrency\n\t\tfailureReason\n\t\treceiptUrl\n\t\tcardBrand\n\t\tlast4\n\t}\n"): (typeof documents)["\n\tfragment PaymentResult on Payment {\n\t\tid\n\t\tstatus\n\t\tamountMinor\n\t\tcurrency\n\t\tfailureReason\n\t\treceiptUrl\n\t\tcardBrand\n\t\tlast4\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalTenant($slug: String!) {\n\t\tportalTenant(slug: $slug) {\n\t\t\tslug\n\t\t\tname\n\t\t\tlogoUrl\n\t\t\tprimaryColor\n\t\t\taccentColor\n\t\t\tlocale\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t\ttrade\n\t\t\tselfRegistration\n\t\t\tfeatures {\n\t\t\t\tbooking\n\t\t\t\tdocuments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t\treviews\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalTenant($slug: String!) {\n\t\tportalTenant(slug: $slug) {\n\t\t\tslug\n\t\t\tname\n\t\t\tlogoUrl\n\t\t\tprimaryColor\n\t\t\taccentColor\n\t\t\tlocale\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t\ttrade\n\t\t\tselfRegistration\n\t\t\tfeatures {\n\t\t\t\tbooking\n\t\t\t\tdocuments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t\treviews\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n\t\t\tconfirmEmailChange(input: $input)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n\t\t\tconfirmEmailChange(input: $input)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation RequestMagicLink($input: EmailLinkRequestInput!) {\n\t\t\trequestMagicLink(input: $input)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation RequestMagicLink($input: EmailLinkRequestInput!) {\n\t\t\trequestMagicLink(input: $input)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n\t\t\tloginWithMagicLink(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n\t\t\tloginWithMagicLink(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\ttenantSlug\n\t\t\tlocale\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\ttenantSlug\n\t\t\tlocale\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalDashboard {\n\t\tdashboard {\n\t\t\tcurrency\n\t\t\tamountDueMinor\n\t\t\toverdueAmountMinor\n\t\t\tnextAppointments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t}\n\t\t\tawaitingReview {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t}\n\t\t\topenRequests {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tunpaidInvoices {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tdueDate\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalDashboard {\n\t\tdashboard {\n\t\t\tcurrency\n\t\t\tamountDueMinor\n\t\t\toverdueAmountMinor\n\t\t\tnextAppointments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t}\n\t\t\tawaitingReview {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t}\n\t\t\topenRequests {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tunpaidInvoices {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tdueDate\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalAssets {\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tcategory\n\t\t\ttypeName\n\t\t\tmodel\n\t\t\tserialNumber\n\t\t\tinstalledOn\n\t\t\twarrantyEndOn\n\t\t\twarrantyStatus\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t}\n\t\t\tmaintenanceHistory(limit: 5) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalAssets {\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tcategory\n\t\t\ttypeName\n\t\t\tmodel\n\t\t\tserialNumber\n\t\t\tinstalledOn\n\t\t\twarrantyEndOn\n\t\t\twarrantyStatus\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t}\n\t\t\tmaintenanceHistory(limit: 5) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcompletedAt\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation BookAppointment($input: BookAppointmentInput!) {\n\t\t\tbookAppointment(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation BookAppointment($input: BookAppointmentInput!) {\n\t\t\tbookAppointment(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalBooking {\n\t\tbookableServices {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tdurationMinutes\n\t\t\tpriceMinor\n\t\t}\n\t\tbookingOptions {\n\t\t\tmode\n\t\t\ttimeZone\n\t\t\tchangeWindowHours\n\t\t}\n\t\tsites {\n\t\t\tid\n\t\t\tlabel\n\t\t\taddressLine1\n\t\t\tcity\n\t\t\taccessInstructions\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tsite {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalBooking {\n\t\tbookableServices {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tdurationMinutes\n\t\t\tpriceMinor\n\t\t}\n\t\tbookingOptions {\n\t\t\tmode\n\t\t\ttimeZone\n\t\t\tchangeWindowHours\n\t\t}\n\t\tsites {\n\t\t\tid\n\t\t\tlabel\n\t\t\taddressLine1\n\t\t\tcity\n\t\t\taccessInstructions\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t\tsite {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalDocuments($kind: DocumentKind, $after: String) {\n\t\tdocuments(kind: $kind, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tcontentType\n\t\t\t\tsizeBytes\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tjobId\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalDocuments($kind: DocumentKind, $after: String) {\n\t\tdocuments(kind: $kind, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tcontentType\n\t\t\t\tsizeBytes\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tjobId\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalInvoices($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalInvoices($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalInvoice($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\tid\n\t\t\tnumber\n\t\t\tstatus\n\t\t\tissueDate\n\t\t\tdueDate\n\t\t\tcurrency\n\t\t\tsubtotalMinor\n\t\t\ttaxMinor\n\t\t\ttotalMinor\n\t\t\tamountDueMinor\n\t\t\tpaidMinor\n\t\t\trefundedMinor\n\t\t\tcreditedMinor\n\t\t\trefundState\n\t\t\tcreditNotes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tamountMinor\n\t\t\t\treason\n\t\t\t\tissuedAt\n\t\t\t\tpdfUrl\n\t\t\t}\n\t\t\trecurringLabel\n\t\t\tpdfUrl\n\t\t\tcanPay\n\t\t\tallowPartialPayment\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tfailureReason\n\t\t\t\tcreatedAt\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t\tlines {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tquantity\n\t\t\t\tunitPriceMinor\n\t\t\t\ttaxRateBp\n\t\t\t\ttotalMinor\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tkind\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalInvoice($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\tid\n\t\t\tnumber\n\t\t\tstatus\n\t\t\tissueDate\n\t\t\tdueDate\n\t\t\tcurrency\n\t\t\tsubtotalMinor\n\t\t\ttaxMinor\n\t\t\ttotalMinor\n\t\t\tamountDueMinor\n\t\t\tpaidMinor\n\t\t\trefundedMinor\n\t\t\tcreditedMinor\n\t\t\trefundState\n\t\t\tcreditNotes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tamountMinor\n\t\t\t\treason\n\t\t\t\tissuedAt\n\t\t\t\tpdfUrl\n\t\t\t}\n\t\t\trecurringLabel\n\t\t\tpdfUrl\n\t\t\tcanPay\n\t\t\tallowPartialPayment\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tfailureReason\n\t\t\t\tcreatedAt\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t\tlines {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\tquantity\n\t\t\t\tunitPriceMinor\n\t\t\t\ttaxRateBp\n\t\t\t\ttotalMinor\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tkind\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalJobs($when: JobWhen!, $after: String) {\n\t\tjobs(when: $when, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t\tserviceType {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalJobs($when: JobWhen!, $after: String) {\n\t\tjobs(when: $when, first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\tsite {\n\t\t\t\t\tlabel\n\t\t\t\t}\n\t\t\t\tserviceType {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalJob($id: ID!) {\n\t\tjob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\tdeclineReason\n\t\t\tscheduledStart\n\t\t\tscheduledEnd\n\t\t\tcompletedAt\n\t\t\ttechnicianName\n\t\t\tcanChange\n\t\t\tchangeDeadline\n\t\t\tcalendarFileUrl\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdurationMinutes\n\t\t\t}\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t}\n\t\t\tasset {\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tcontentType\n\t\t\t\tfileName\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t\treview {\n\t\t\t\tid\n\t\t\t\trating\n\t\t\t\tcomment\n\t\t\t\tstatus\n\t\t\t\tresponse\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalJob($id: ID!) {\n\t\tjob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\tdeclineReason\n\t\t\tscheduledStart\n\t\t\tscheduledEnd\n\t\t\tcompletedAt\n\t\t\ttechnicianName\n\t\t\tcanChange\n\t\t\tchangeDeadline\n\t\t\tcalendarFileUrl\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdurationMinutes\n\t\t\t}\n\t\t\tsite {\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t}\n\t\t\tasset {\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tcontentType\n\t\t\t\tfileName\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t\treview {\n\t\t\t\tid\n\t\t\t\trating\n\t\t\t\tcomment\n\t\t\t\tstatus\n\t\t\t\tresponse\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n\t\t\tsubmitServiceRequest(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n\t\t\tsubmitServiceRequest(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalRequests($after: String) {\n\t\tserviceRequests(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tdeclineReason\n\t\t\t\tjobId\n\t\t\t\tasset {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t\tfileName\n\t\t\t\t\tcontentType\n\t\t\t\t\turl\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalRequests($after: String) {\n\t\tserviceRequests(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tdeclineReason\n\t\t\t\tjobId\n\t\t\t\tasset {\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t\tfileName\n\t\t\t\t\tcontentType\n\t\t\t\t\turl\n\t\t\t\t}\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t\tassets {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalSettings {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\tphone\n\t\t\tlocale\n\t\t\tpendingEmail\n\t\t\tcanEditProfile\n\t\t\tnotificationPreferences {\n\t\t\t\tappointments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t\tcalendarFeed {\n\t\t\tactive\n\t\t\tcreatedAt\n\t\t}\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalSettings {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\tphone\n\t\t\tlocale\n\t\t\tpendingEmail\n\t\t\tcanEditProfile\n\t\t\tnotificationPreferences {\n\t\t\t\tappointments\n\t\t\t\tinvoices\n\t\t\t\trequests\n\t\t\t}\n\t\t}\n\t\tsavedPaymentMethods {\n\t\t\tid\n\t\t\tbrand\n\t\t\tlast4\n\t\t\texpMonth\n\t\t\texpYear\n\t\t}\n\t\tcalendarFeed {\n\t\t\tactive\n\t\t\tcreatedAt\n\t\t}\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation Register($input: RegisterInput!) {\n\t\t\tregister(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation Register($input: RegisterInput!) {\n\t\t\tregister(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation ResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation ResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tcustomer {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n\t\tmutation AdminLogin($input: StaffLoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\trole\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.AdminLoginDocument,
    "\n\t\tmutation AdminLogout {\n\t\t\tlogout\n\t\t}\n\t": typeof types.AdminLogoutDocument,
    "\n\t\tmutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.StaffAcceptInvitationDocument,
    "\n\t\tmutation StaffResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.StaffResetPasswordDocument,
    "\n\t\tmutation AgreementCreate($input: CreateServiceAgreementInput!) {\n\t\t\tcreateServiceAgreement(input: $input) {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t": typeof types.AgreementCreateDocument,
    "\n\t\tmutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n\t\t\tcreateAsset(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerCreateAssetDocument,
    "\n\t\tmutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n\t\t\tupdateAsset(id: $id, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerUpdateAssetDocument,
    "\n\t\tmutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n\t\t\tsetDocumentShared(id: $id, shared: $shared) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t": typeof types.DocumentSetSharedDocument,
    "\n\t\tmutation DocumentCreateUpload($fileName: String!) {\n\t\t\tcreateDocumentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t\tallowedTypes\n\t\t\t}\n\t\t}\n\t": typeof types.DocumentCreateUploadDocument,
    "\n\t\tmutation DocumentCreate($input: CreateDocumentInput!) {\n\t\t\tcreateDocument(input: $input) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t": typeof types.DocumentCreateDocument,
    "\n\t\tmutation CustomerDeleteAsset($id: ID!) {\n\t\t\tdeleteAsset(id: $id)\n\t\t}\n\t": typeof types.CustomerDeleteAssetDocument,
    "\n\t\tmutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n\t\t\tupdateCustomer(id: $id, input: $input) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerUpdateDocument,
    "\n\t\tmutation CustomerDeleteSite($id: ID!) {\n\t\t\tdeleteSite(id: $id)\n\t\t}\n\t": typeof types.CustomerDeleteSiteDocument,
    "\n\t\tmutation CustomerLogCommunication($input: LogCommunicationInput!) {\n\t\t\tlogCommunication(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerLogCommunicationDocument,
    "\n\t\tmutation CustomerCreate($input: CreateCustomerInput!) {\n\t\t\tcreateCustomer(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerCreateDocument,
    "\n\t\tmutation CustomerInvite($customerId: ID!) {\n\t\t\tinviteCustomer(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerInviteDocument,
    "\n\t\tmutation CustomerResetLink($customerId: ID!) {\n\t\t\tsendPasswordResetLink(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerResetLinkDocument,
    "\n\t\tmutation CustomerDeactivate($customerId: ID!) {\n\t\t\tdeactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerDeactivateDocument,
    "\n\t\tmutation CustomerReactivate($customerId: ID!) {\n\t\t\treactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerReactivateDocument,
    "\n\t\tmutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n\t\t\tcreateSite(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerCreateSiteDocument,
    "\n\t\tmutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n\t\t\tupdateSite(id: $id, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerUpdateSiteDocument,
    "\n\tfragment CustomerFields on Customer {\n\t\tid\n\t\tname\n\t\temail\n\t\tphone\n\t\tlocale\n\t\tportalStatus\n\t\tportalEmail\n\t\tpendingPortalEmail\n\t\tcreatedAt\n\t}\n": typeof types.CustomerFieldsFragmentDoc,
    "\n\tfragment CustomerSiteFields on Site {\n\t\tid\n\t\tlabel\n\t\taddressLine1\n\t\taddressLine2\n\t\tcity\n\t\tpostalCode\n\t\tregion\n\t\tcountry\n\t\taccessInstructions\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n": typeof types.CustomerSiteFieldsFragmentDoc,
    "\n\tfragment CustomerAssetFields on AdminAsset {\n\t\tid\n\t\tname\n\t\tmodel\n\t\tserialNumber\n\t\tcategory\n\t\twarrantyStatus\n\t\twarrantyEndOn\n\t\tinstalledOn\n\t\tnotes\n\t\tsite {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t\tassetType {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n": typeof types.CustomerAssetFieldsFragmentDoc,
    "\n\tfragment AgreementFields on ServiceAgreement {\n\t\tid\n\t\tname\n\t\tactive\n\t\tintervalMonths\n\t\tpriceMinor\n\t\tcurrency\n\t\tnextInvoiceOn\n\t}\n": typeof types.AgreementFieldsFragmentDoc,
    "\n\tfragment CustomerDocumentFields on AdminDocument {\n\t\tid\n\t\ttitle\n\t\tkind\n\t\tfileName\n\t\tshared\n\t\tcreatedAt\n\t\tdownloadUrl\n\t\tsizeBytes\n\t}\n": typeof types.CustomerDocumentFieldsFragmentDoc,
    "\n\tmutation BoardAssignJob($id: ID!, $technicianId: ID) {\n\t\tassignJob(id: $id, technicianId: $technicianId) {\n\t\t\tid\n\t\t\ttechnicianId\n\t\t}\n\t}\n": typeof types.BoardAssignJobDocument,
    "\n\tmutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n\t\tmoveJob(id: $id, start: $start, technicianId: $technicianId) {\n\t\t\tid\n\t\t\tscheduledStart\n\t\t\ttechnicianId\n\t\t}\n\t}\n": typeof types.BoardMoveJobDocument,
    "\n\tmutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\tid\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t}\n\t}\n": typeof types.BoardSetJobStatusDocument,
    "\n\t\tmutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n\t\t\tissueCreditNote(input: $input) {\n\t\t\t\tcreditNote {\n\t\t\t\t\tid\n\t\t\t\t\tnumber\n\t\t\t\t}\n\t\t\t\tinvoice {\n\t\t\t\t\t...InvoiceDetailFields\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.InvoiceIssueCreditNoteDocument,
    "\n\t\tmutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n\t\t\tcreateInvoice(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": typeof types.EditorCreateInvoiceDocument,
    "\n\t\tmutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n\t\t\tupdateDraftInvoice(id: $id, input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": typeof types.EditorUpdateDraftDocument,
    "\n\t\tmutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n\t\t\trecordOfflinePayment(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": typeof types.InvoiceRecordPaymentDocument,
    "\n\t\tmutation InvoiceVoid($id: ID!, $reason: String!) {\n\t\t\tvoidInvoice(id: $id, reason: $reason) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": typeof types.InvoiceVoidDocument,
    "\n\t\tmutation PlanCreateJob($input: CreateJobInput!) {\n\t\t\tcreateJob(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t": typeof types.PlanCreateJobDocument,
    "\n\t\tmutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n\t\t\tconvertRequestToJob(id: $id, job: $job) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t": typeof types.InboxConvertRequestDocument,
    "\n\t\tmutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n\t\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.MyDaySetJobStatusDocument,
    "\n\t\tmutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.MyDayAddInternalNoteDocument,
    "\n\t\tmutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n\t\t\tsetPartsUsed(id: $id, parts: $parts) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": typeof types.JobSetPartsUsedDocument,
    "\n\t\tmutation PaymentRefund($input: RefundPaymentInput!) {\n\t\t\trefundPayment(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\trefundedMinor\n\t\t\t}\n\t\t}\n\t": typeof types.PaymentRefundDocument,
    "\n\t\tmutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n\t\t\tconfirmAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tstart: scheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t": typeof types.InboxConfirmAppointmentDocument,
    "\n\t\tmutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n\t\t\tdeclineAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": typeof types.InboxDeclineAppointmentDocument,
    "\n\tfragment InboxRequestFields on AdminServiceRequest {\n\t\tid\n\t\tcustomerId\n\t\tcustomerName\n\t\tdescription\n\t\turgency\n\t\tstatus\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tpreferredAt\n\t\tdeclineReason\n\t\tassetId\n\t\tassetName\n\t\tattachments {\n\t\t\tid\n\t\t\tfileName\n\t\t\tcontentType\n\t\t\tsizeBytes\n\t\t\turl\n\t\t}\n\t\tjob {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\ttechnicianName\n\t\t}\n\t}\n": typeof types.InboxRequestFieldsFragmentDoc,
    "\n\t\tmutation ReviewPublish($id: ID!) {\n\t\t\tpublishReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t": typeof types.ReviewPublishDocument,
    "\n\t\tmutation ReviewReject($id: ID!) {\n\t\t\trejectReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t": typeof types.ReviewRejectDocument,
    "\n\t\tmutation ReviewRespond($id: ID!, $response: String!) {\n\t\t\trespondToReview(id: $id, response: $response) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t": typeof types.ReviewRespondDocument,
    "\n\t\tmutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n\t\t\tcreateAssetType(code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t": typeof types.SettingsCreateAssetTypeDocument,
    "\n\t\tmutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n\t\t\tupdateAssetType(id: $id, code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t": typeof types.SettingsUpdateAssetTypeDocument,
    "\n\t\tmutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n\t\t\tupdateBookingSettings(input: $input) {\n\t\t\t\t...BookingSettingsFields\n\t\t\t}\n\t\t}\n\t": typeof types.AdminUpdateBookingSettingsDocument,
    "\n\t\tmutation AdminAddClosedDate($date: String!, $label: String) {\n\t\t\taddClosedDate(date: $date, label: $label) {\n\t\t\t\tdate\n\t\t\t\tlabel\n\t\t\t}\n\t\t}\n\t": typeof types.AdminAddClosedDateDocument,
    "\n\t\tmutation AdminRemoveClosedDate($date: String!) {\n\t\t\tremoveClosedDate(date: $date)\n\t\t}\n\t": typeof types.AdminRemoveClosedDateDocument,
    "\n\t\tmutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": typeof types.AdminUpdateContactDetailsDocument,
    "\n\t\tmutation AdminVerifyCustomDomain {\n\t\t\tverifyCustomDomain {\n\t\t\t\tdomain\n\t\t\t\tstatus\n\t\t\t\trecordType\n\t\t\t\trecordName\n\t\t\t\trecordValue\n\t\t\t\tcheckedAt\n\t\t\t\tnextCheckAt\n\t\t\t\tverifiedAt\n\t\t\t\tproblem\n\t\t\t\tproblemMessage\n\t\t\t}\n\t\t}\n\t": typeof types.AdminVerifyCustomDomainDocument,
    "\n\t\tmutation AdminCreateLogoUpload {\n\t\t\tcreateLogoUpload {\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t": typeof types.AdminCreateLogoUploadDocument,
    "\n\t\tmutation AdminRemoveLogo {\n\t\t\tremoveLogo {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": typeof types.AdminRemoveLogoDocument,
    "\n\t\tmutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": typeof types.AdminUpdatePaymentSettingsDocument,
    "\n\t\tmutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n\t\t\tcreateServiceType(input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t": typeof types.SettingsCreateServiceTypeDocument,
    "\n\t\tmutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n\t\t\tupdateServiceType(id: $id, input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t": typeof types.SettingsUpdateServiceTypeDocument,
    "\n\t\tmutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": typeof types.AdminUpdateSessionSettingsDocument,
    "\n\t\tmutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n\t\t\tupdateStaffAlertSettings(input: $input) {\n\t\t\t\tkind\n\t\t\t\troles\n\t\t\t}\n\t\t}\n\t": typeof types.AdminUpdateStaffAlertsDocument,
    "\n\t\tmutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": typeof types.AdminUpdateTenantSettingsDocument,
    "\n\tfragment TenantSettingsFields on TenantSettings {\n\t\tname\n\t\tslug\n\t\tcustomDomain\n\t\tcustomDomainVerification {\n\t\t\tdomain\n\t\t\tstatus\n\t\t\trecordType\n\t\t\trecordName\n\t\t\trecordValue\n\t\t\tcheckedAt\n\t\t\tnextCheckAt\n\t\t\tverifiedAt\n\t\t\tproblem\n\t\t\tproblemMessage\n\t\t}\n\t\tprimaryColor\n\t\taccentColor\n\t\tlogoUrl\n\t\tlocale\n\t\ttimeZone\n\t\tcurrency\n\t\tinvoiceNumberFormat\n\t\tselfRegistration\n\t\treviewModeration\n\t\tcustomerProfileEdit\n\t\tcustomersMayAddSites\n\t\tcustomersMayAddAssets\n\t\tallowPartialPayments\n\t\tcustomerSessionIdleDays\n\t\tstaffSessionIdleHours\n\t\tstripeConfigured\n\t\tstripePublishableKey\n\t\tstripeSecretKeyLast4\n\t\tstripeWebhookConfigured\n\t\tstripeAccountId\n\t\tfeatures {\n\t\t\tbooking\n\t\t\tdocuments\n\t\t\tinvoices\n\t\t\trequests\n\t\t\treviews\n\t\t}\n\t\tcontact {\n\t\t\tphone\n\t\t\temail\n\t\t\taddressLine1\n\t\t\taddressLine2\n\t\t\tcity\n\t\t\tpostalCode\n\t\t\tregion\n\t\t\tcountry\n\t\t\topeningHours\n\t\t\tlegalName\n\t\t\tregistrationNumber\n\t\t\tvatNumber\n\t\t}\n\t}\n": typeof types.TenantSettingsFieldsFragmentDoc,
    "\n\tfragment BookingSettingsFields on BookingSettings {\n\t\tmode\n\t\tslotMinutes\n\t\tbufferBeforeMinutes\n\t\tbufferAfterMinutes\n\t\tminLeadMinutes\n\t\tmaxAdvanceDays\n\t\tchangeWindowHours\n\t\tchangeGraceMinutes\n\t\ttimeZone\n\t\thours {\n\t\t\tweekday\n\t\t\tranges {\n\t\t\t\tstart\n\t\t\t\tend\n\t\t\t}\n\t\t}\n\t\tclosedDates {\n\t\t\tdate\n\t\t\tlabel\n\t\t}\n\t}\n": typeof types.BookingSettingsFieldsFragmentDoc,
    "\n\tfragment ServiceTypeFields on AdminServiceType {\n\t\tid\n\t\tname\n\t\tdescription\n\t\tdurationMinutes\n\t\tpriceMinor\n\t\tbookableOnline\n\t\tactive\n\t\ttechnicians {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ServiceTypeFieldsFragmentDoc,
    "\n\tfragment AssetTypeFields on AdminAssetType {\n\t\tid\n\t\tcode\n\t\tcategory\n\t\tname\n\t\tnames {\n\t\t\tlocale\n\t\t\tname\n\t\t}\n\t}\n": typeof types.AssetTypeFieldsFragmentDoc,
    "\n\tfragment InvoiceDetailFields on Invoice {\n\t\tid\n\t\tnumber\n\t\tstatus\n\t\tcustomerId\n\t\tcustomerName\n\t\tissueDate\n\t\tdueDate\n\t\tcurrency\n\t\tsubtotalMinor\n\t\ttaxMinor\n\t\ttotalMinor\n\t\tpaidMinor\n\t\trefundedMinor\n\t\tcreditedMinor\n\t\trefundState\n\t\tamountDueMinor\n\t\tcreditNotes {\n\t\t\tid\n\t\t\tnumber\n\t\t\tamountMinor\n\t\t\treason\n\t\t\tissuedAt\n\t\t\tpdfUrl\n\t\t}\n\t\tnotes\n\t\tvoidReason\n\t\trecurringLabel\n\t\tpdfUrl\n\t\tpayments {\n\t\t\tid\n\t\t\tamountMinor\n\t\t\trefundedMinor\n\t\t\tcurrency\n\t\t\tmethod\n\t\t\tcardBrand\n\t\t\tlast4\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t\tfailureReason\n\t\t\treceiptUrl\n\t\t}\n\t\tlines {\n\t\t\tid\n\t\t\tdescription\n\t\t\tquantity\n\t\t\tunitPriceMinor\n\t\t\ttaxRateBp\n\t\t\ttotalMinor\n\t\t}\n\t}\n": typeof types.InvoiceDetailFieldsFragmentDoc,
    "\n\tfragment ReviewFields on Review {\n\t\tid\n\t\trating\n\t\tcomment\n\t\tcustomerName\n\t\tjobTitle\n\t\tstatus\n\t\tcreatedAt\n\t\tpublishedAt\n\t\tresponse\n\t\trespondedAt\n\t}\n": typeof types.ReviewFieldsFragmentDoc,
    "\n\tquery AdminMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t}\n\t}\n": typeof types.AdminMeDocument,
    "\n\tquery AdminAttentionCounts {\n\t\tattentionCounts {\n\t\t\ttotal\n\t\t\turgentRequests\n\t\t}\n\t}\n": typeof types.AdminAttentionCountsDocument,
    "\n\t\tmutation StaffChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t": typeof types.StaffChangePasswordDocument,
    "\n\t\tmutation StaffRevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t": typeof types.StaffRevokeSessionDocument,
    "\n\t\tmutation StaffSignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t\tcurrent\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tlastSeenAt\n\t\t\t\t\texpiresAt\n\t\t\t\t\tbrowser\n\t\t\t\t\tos\n\t\t\t\t\tdevice\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.StaffSignOutOtherSessionsDocument,
    "\n\tquery StaffSessions {\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\texpiresAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n": typeof types.StaffSessionsDocument,
    "\n\t\tmutation AgreementEnd($id: ID!) {\n\t\t\tendServiceAgreement(id: $id) {\n\t\t\t\tid\n\t\t\t\tactive\n\t\t\t\tnextInvoiceOn\n\t\t\t}\n\t\t}\n\t": typeof types.AgreementEndDocument,
    "\n\tquery AgreementList($active: Boolean, $after: String) {\n\t\tserviceAgreements(active: $active, first: 50, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tname\n\t\t\t\tpriceMinor\n\t\t\t\tcurrency\n\t\t\t\tintervalMonths\n\t\t\t\tnextInvoiceOn\n\t\t\t\tactive\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": typeof types.AgreementListDocument,
    "\n\tquery CustomerList($search: String, $after: String) {\n\t\tcustomers(search: $search, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\tphone\n\t\t\t\tportalStatus\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CustomerListDocument,
    "\n\t\tquery CustomerFeeds($id: ID!) {\n\t\t\tcustomer(id: $id) {\n\t\t\t\tid\n\t\t\t\tactivity(first: 15) {\n\t\t\t\t\tnodes {\n\t\t\t\t\t\tid\n\t\t\t\t\t\taction\n\t\t\t\t\t\tactorName\n\t\t\t\t\t\tactorType\n\t\t\t\t\t\tat\n\t\t\t\t\t\tip\n\t\t\t\t\t\tsubject {\n\t\t\t\t\t\t\tkind\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tkind\n\t\t\t\t\tdirection\n\t\t\t\t\toccurredAt\n\t\t\t\t\tsummary\n\t\t\t\t\tactorName\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.CustomerFeedsDocument,
    "\n\tquery CustomerDetail($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\t...CustomerFields\n\t\t\tsites {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t\tassets {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t\tactivity(first: 15) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\taction\n\t\t\t\t\tactorName\n\t\t\t\t\tactorType\n\t\t\t\t\tat\n\t\t\t\t\tip\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tadminJobs(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t\tinvoices(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t\tcustomerPayments(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tinvoiceId\n\t\t\t\tinvoiceNumber\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tfailureReason\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t}\n\t\tdocuments(customerId: $id, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tsizeBytes\n\t\t\t}\n\t\t}\n\t\tassetTypes {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tdirection\n\t\t\t\toccurredAt\n\t\t\t\tsummary\n\t\t\t\tactorName\n\t\t\t\tsubject {\n\t\t\t\t\tkind\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CustomerDetailDocument,
    "\n\tquery CustomerAgreements($id: ID!) {\n\t\tserviceAgreements(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CustomerAgreementsDocument,
    "\n\tquery DispatchWeek($from: String!, $to: String!) {\n\t\tdispatchBoard(from: $from, to: $to) {\n\t\t\tfrom\n\t\t\tto\n\t\t\ttimeZone\n\t\t\tdays {\n\t\t\t\tdate\n\t\t\t\tlanes {\n\t\t\t\t\ttechnicianId\n\t\t\t\t\ttechnicianName\n\t\t\t\t\tjobs {\n\t\t\t\t\t\tid\n\t\t\t\t\t\ttitle\n\t\t\t\t\t\tstatus\n\t\t\t\t\t\tnextStatuses\n\t\t\t\t\t\tcustomerName\n\t\t\t\t\t\tsiteLabel\n\t\t\t\t\t\tsiteAddress\n\t\t\t\t\t\tlocalDate\n\t\t\t\t\t\tlocalStartTime\n\t\t\t\t\t\tlocalEndTime\n\t\t\t\t\t\tscheduledStart\n\t\t\t\t\t\ttechnicianId\n\t\t\t\t\t\ttechnicianName\n\t\t\t\t\t\tbookedOnline\n\t\t\t\t\t\tserviceType {\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DispatchWeekDocument,
    "\n\tquery InvoiceList($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": typeof types.InvoiceListDocument,
    "\n\t\tmutation InvoiceIssue($id: ID!) {\n\t\t\tissueInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": typeof types.InvoiceIssueDocument,
    "\n\t\tmutation InvoiceResend($id: ID!) {\n\t\t\tresendInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": typeof types.InvoiceResendDocument,
    "\n\t\tmutation InvoiceReopen($id: ID!) {\n\t\t\treopenInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": typeof types.InvoiceReopenDocument,
    "\n\tquery InvoiceDetail($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\t...InvoiceDetailFields\n\t\t}\n\t}\n": typeof types.InvoiceDetailDocument,
    "\n\tquery InvoiceCustomer($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t}\n\t}\n": typeof types.InvoiceCustomerDocument,
    "\n\tquery InvoiceCustomerSearch($search: String) {\n\t\tcustomers(search: $search, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t}\n\t\t}\n\t}\n": typeof types.InvoiceCustomerSearchDocument,
    "\n\t\tmutation JobAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": typeof types.JobAddInternalNoteDocument,
    "\n\t\tmutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n\t\t\tupdateJobNotes(id: $id, customerNotes: $customerNotes) {\n\t\t\t\tid\n\t\t\t\tcustomerNotes\n\t\t\t}\n\t\t}\n\t": typeof types.JobUpdateCustomerNotesDocument,
    "\n\tquery JobDetail($id: ID!) {\n\t\tadminJob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t\tcustomerId\n\t\t\tcustomerPhone\n\t\t\tmapUrl\n\t\t\tcustomerName\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\taccessInstructions\n\t\t\tsiteLabel\n\t\t\tsiteAddress\n\t\t\tassetName\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\tlocalEndTime\n\t\t\ttechnicianId\n\t\t\ttechnicianName\n\t\t\tbookedOnline\n\t\t\tdeclineReason\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tinternalNotes {\n\t\t\t\tid\n\t\t\t\tbody\n\t\t\t\tauthorName\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t}\n\t}\n": typeof types.JobDetailDocument,
    "\n\tquery MyDay {\n\t\tmyDay {\n\t\t\tdate\n\t\t\ttimeZone\n\t\t\tjobs {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MyDayDocument,
    "\n\tquery DevOutbox($after: String) {\n\t\tdevOutbox(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tto\n\t\t\t\tsubject\n\t\t\t\ttext\n\t\t\t\tcreatedAt\n\t\t\t\tsentAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DevOutboxDocument,
    "\n\tquery RequestsInbox {\n\t\tappointmentRequests(first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcustomerName\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tstart: scheduledStart\n\t\t\t\tend: scheduledEnd\n\t\t\t\trequestedStart\n\t\t\t\tdescription\n\t\t\t\tbookedOnline\n\t\t\t}\n\t\t}\n\t\tsubmitted: serviceRequestsInbox(status: submitted, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treviewed: serviceRequestsInbox(status: reviewed, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.RequestsInboxDocument,
    "\n\t\tmutation InboxMarkReviewed($id: ID!) {\n\t\t\tmarkRequestReviewed(id: $id) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t": typeof types.InboxMarkReviewedDocument,
    "\n\t\tmutation InboxDeclineRequest($id: ID!, $reason: String!) {\n\t\t\tdeclineRequest(id: $id, reason: $reason) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t": typeof types.InboxDeclineRequestDocument,
    "\n\tquery InboxRequest($id: ID!) {\n\t\tinboxRequest(id: $id) {\n\t\t\t...InboxRequestFields\n\t\t}\n\t}\n": typeof types.InboxRequestDocument,
    "\n\tquery ConvertOptions($customerId: ID!) {\n\t\tcustomer(id: $customerId) {\n\t\t\tid\n\t\t\tsites {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t\tcountry\n\t\t\t}\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConvertOptionsDocument,
    "\n\tquery AdminReviews($status: ReviewStatus) {\n\t\treviews(status: $status, first: 50) {\n\t\t\tnodes {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.AdminReviewsDocument,
    "\n\tquery AdminSettings {\n\t\ttenantSettings {\n\t\t\t...TenantSettingsFields\n\t\t}\n\t\tserviceTypes {\n\t\t\t...ServiceTypeFields\n\t\t}\n\t\tassetTypes {\n\t\t\t...AssetTypeFields\n\t\t}\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\trole\n\t\t\tstatus\n\t\t}\n\t\tbookingSettings {\n\t\t\t...BookingSettingsFields\n\t\t}\n\t\tstaffAlertSettings {\n\t\t\tkind\n\t\t\troles\n\t\t}\n\t}\n": typeof types.AdminSettingsDocument,
    "\n\t\tmutation StaffInvite($input: InviteStaffInput!) {\n\t\t\tinviteStaff(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t": typeof types.StaffInviteDocument,
    "\n\t\tmutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n\t\t\tchangeStaffRole(staffUserId: $staffUserId, role: $role) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\trole\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t": typeof types.StaffChangeRoleDocument,
    "\n\t\tmutation StaffDeactivate($staffUserId: ID!) {\n\t\t\tdeactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": typeof types.StaffDeactivateDocument,
    "\n\t\tmutation StaffReactivate($staffUserId: ID!) {\n\t\t\treactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": typeof types.StaffReactivateDocument,
    "\n\tquery StaffList {\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t}\n\t}\n": typeof types.StaffListDocument,
    "\n\t\tmutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t": typeof types.StaffRequestPasswordResetDocument,
};
const documents: Documents = {
    "\n\t\tmutation AdminLogin($input: StaffLoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\trole\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.AdminLoginDocument,
    "\n\t\tmutation AdminLogout {\n\t\t\tlogout\n\t\t}\n\t": types.AdminLogoutDocument,
    "\n\t\tmutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.StaffAcceptInvitationDocument,
    "\n\t\tmutation StaffResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.StaffResetPasswordDocument,
    "\n\t\tmutation AgreementCreate($input: CreateServiceAgreementInput!) {\n\t\t\tcreateServiceAgreement(input: $input) {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t": types.AgreementCreateDocument,
    "\n\t\tmutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n\t\t\tcreateAsset(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t": types.CustomerCreateAssetDocument,
    "\n\t\tmutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n\t\t\tupdateAsset(id: $id, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t": types.CustomerUpdateAssetDocument,
    "\n\t\tmutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n\t\t\tsetDocumentShared(id: $id, shared: $shared) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t": types.DocumentSetSharedDocument,
    "\n\t\tmutation DocumentCreateUpload($fileName: String!) {\n\t\t\tcreateDocumentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t\tallowedTypes\n\t\t\t}\n\t\t}\n\t": types.DocumentCreateUploadDocument,
    "\n\t\tmutation DocumentCreate($input: CreateDocumentInput!) {\n\t\t\tcreateDocument(input: $input) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t": types.DocumentCreateDocument,
    "\n\t\tmutation CustomerDeleteAsset($id: ID!) {\n\t\t\tdeleteAsset(id: $id)\n\t\t}\n\t": types.CustomerDeleteAssetDocument,
    "\n\t\tmutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n\t\t\tupdateCustomer(id: $id, input: $input) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": types.CustomerUpdateDocument,
    "\n\t\tmutation CustomerDeleteSite($id: ID!) {\n\t\t\tdeleteSite(id: $id)\n\t\t}\n\t": types.CustomerDeleteSiteDocument,
    "\n\t\tmutation CustomerLogCommunication($input: LogCommunicationInput!) {\n\t\t\tlogCommunication(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": types.CustomerLogCommunicationDocument,
    "\n\t\tmutation CustomerCreate($input: CreateCustomerInput!) {\n\t\t\tcreateCustomer(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": types.CustomerCreateDocument,
    "\n\t\tmutation CustomerInvite($customerId: ID!) {\n\t\t\tinviteCustomer(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": types.CustomerInviteDocument,
    "\n\t\tmutation CustomerResetLink($customerId: ID!) {\n\t\t\tsendPasswordResetLink(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": types.CustomerResetLinkDocument,
    "\n\t\tmutation CustomerDeactivate($customerId: ID!) {\n\t\t\tdeactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": types.CustomerDeactivateDocument,
    "\n\t\tmutation CustomerReactivate($customerId: ID!) {\n\t\t\treactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t": types.CustomerReactivateDocument,
    "\n\t\tmutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n\t\t\tcreateSite(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t": types.CustomerCreateSiteDocument,
    "\n\t\tmutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n\t\t\tupdateSite(id: $id, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t": types.CustomerUpdateSiteDocument,
    "\n\tfragment CustomerFields on Customer {\n\t\tid\n\t\tname\n\t\temail\n\t\tphone\n\t\tlocale\n\t\tportalStatus\n\t\tportalEmail\n\t\tpendingPortalEmail\n\t\tcreatedAt\n\t}\n": types.CustomerFieldsFragmentDoc,
    "\n\tfragment CustomerSiteFields on Site {\n\t\tid\n\t\tlabel\n\t\taddressLine1\n\t\taddressLine2\n\t\tcity\n\t\tpostalCode\n\t\tregion\n\t\tcountry\n\t\taccessInstructions\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n": types.CustomerSiteFieldsFragmentDoc,
    "\n\tfragment CustomerAssetFields on AdminAsset {\n\t\tid\n\t\tname\n\t\tmodel\n\t\tserialNumber\n\t\tcategory\n\t\twarrantyStatus\n\t\twarrantyEndOn\n\t\tinstalledOn\n\t\tnotes\n\t\tsite {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t\tassetType {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n": types.CustomerAssetFieldsFragmentDoc,
    "\n\tfragment AgreementFields on ServiceAgreement {\n\t\tid\n\t\tname\n\t\tactive\n\t\tintervalMonths\n\t\tpriceMinor\n\t\tcurrency\n\t\tnextInvoiceOn\n\t}\n": types.AgreementFieldsFragmentDoc,
    "\n\tfragment CustomerDocumentFields on AdminDocument {\n\t\tid\n\t\ttitle\n\t\tkind\n\t\tfileName\n\t\tshared\n\t\tcreatedAt\n\t\tdownloadUrl\n\t\tsizeBytes\n\t}\n": types.CustomerDocumentFieldsFragmentDoc,
    "\n\tmutation BoardAssignJob($id: ID!, $technicianId: ID) {\n\t\tassignJob(id: $id, technicianId: $technicianId) {\n\t\t\tid\n\t\t\ttechnicianId\n\t\t}\n\t}\n": types.BoardAssignJobDocument,
    "\n\tmutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n\t\tmoveJob(id: $id, start: $start, technicianId: $technicianId) {\n\t\t\tid\n\t\t\tscheduledStart\n\t\t\ttechnicianId\n\t\t}\n\t}\n": types.BoardMoveJobDocument,
    "\n\tmutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\tid\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t}\n\t}\n": types.BoardSetJobStatusDocument,
    "\n\t\tmutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n\t\t\tissueCreditNote(input: $input) {\n\t\t\t\tcreditNote {\n\t\t\t\t\tid\n\t\t\t\t\tnumber\n\t\t\t\t}\n\t\t\t\tinvoice {\n\t\t\t\t\t...InvoiceDetailFields\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.InvoiceIssueCreditNoteDocument,
    "\n\t\tmutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n\t\t\tcreateInvoice(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": types.EditorCreateInvoiceDocument,
    "\n\t\tmutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n\t\t\tupdateDraftInvoice(id: $id, input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": types.EditorUpdateDraftDocument,
    "\n\t\tmutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n\t\t\trecordOfflinePayment(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": types.InvoiceRecordPaymentDocument,
    "\n\t\tmutation InvoiceVoid($id: ID!, $reason: String!) {\n\t\t\tvoidInvoice(id: $id, reason: $reason) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": types.InvoiceVoidDocument,
    "\n\t\tmutation PlanCreateJob($input: CreateJobInput!) {\n\t\t\tcreateJob(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t": types.PlanCreateJobDocument,
    "\n\t\tmutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n\t\t\tconvertRequestToJob(id: $id, job: $job) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t": types.InboxConvertRequestDocument,
    "\n\t\tmutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n\t\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.MyDaySetJobStatusDocument,
    "\n\t\tmutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.MyDayAddInternalNoteDocument,
    "\n\t\tmutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n\t\t\tsetPartsUsed(id: $id, parts: $parts) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": types.JobSetPartsUsedDocument,
    "\n\t\tmutation PaymentRefund($input: RefundPaymentInput!) {\n\t\t\trefundPayment(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\trefundedMinor\n\t\t\t}\n\t\t}\n\t": types.PaymentRefundDocument,
    "\n\t\tmutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n\t\t\tconfirmAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tstart: scheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t": types.InboxConfirmAppointmentDocument,
    "\n\t\tmutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n\t\t\tdeclineAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t": types.InboxDeclineAppointmentDocument,
    "\n\tfragment InboxRequestFields on AdminServiceRequest {\n\t\tid\n\t\tcustomerId\n\t\tcustomerName\n\t\tdescription\n\t\turgency\n\t\tstatus\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tpreferredAt\n\t\tdeclineReason\n\t\tassetId\n\t\tassetName\n\t\tattachments {\n\t\t\tid\n\t\t\tfileName\n\t\t\tcontentType\n\t\t\tsizeBytes\n\t\t\turl\n\t\t}\n\t\tjob {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\ttechnicianName\n\t\t}\n\t}\n": types.InboxRequestFieldsFragmentDoc,
    "\n\t\tmutation ReviewPublish($id: ID!) {\n\t\t\tpublishReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t": types.ReviewPublishDocument,
    "\n\t\tmutation ReviewReject($id: ID!) {\n\t\t\trejectReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t": types.ReviewRejectDocument,
    "\n\t\tmutation ReviewRespond($id: ID!, $response: String!) {\n\t\t\trespondToReview(id: $id, response: $response) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t": types.ReviewRespondDocument,
    "\n\t\tmutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n\t\t\tcreateAssetType(code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t": types.SettingsCreateAssetTypeDocument,
    "\n\t\tmutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n\t\t\tupdateAssetType(id: $id, code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t": types.SettingsUpdateAssetTypeDocument,
    "\n\t\tmutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n\t\t\tupdateBookingSettings(input: $input) {\n\t\t\t\t...BookingSettingsFields\n\t\t\t}\n\t\t}\n\t": types.AdminUpdateBookingSettingsDocument,
    "\n\t\tmutation AdminAddClosedDate($date: String!, $label: String) {\n\t\t\taddClosedDate(date: $date, label: $label) {\n\t\t\t\tdate\n\t\t\t\tlabel\n\t\t\t}\n\t\t}\n\t": types.AdminAddClosedDateDocument,
    "\n\t\tmutation AdminRemoveClosedDate($date: String!) {\n\t\t\tremoveClosedDate(date: $date)\n\t\t}\n\t": types.AdminRemoveClosedDateDocument,
    "\n\t\tmutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": types.AdminUpdateContactDetailsDocument,
    "\n\t\tmutation AdminVerifyCustomDomain {\n\t\t\tverifyCustomDomain {\n\t\t\t\tdomain\n\t\t\t\tstatus\n\t\t\t\trecordType\n\t\t\t\trecordName\n\t\t\t\trecordValue\n\t\t\t\tcheckedAt\n\t\t\t\tnextCheckAt\n\t\t\t\tverifiedAt\n\t\t\t\tproblem\n\t\t\t\tproblemMessage\n\t\t\t}\n\t\t}\n\t": types.AdminVerifyCustomDomainDocument,
    "\n\t\tmutation AdminCreateLogoUpload {\n\t\t\tcreateLogoUpload {\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t": types.AdminCreateLogoUploadDocument,
    "\n\t\tmutation AdminRemoveLogo {\n\t\t\tremoveLogo {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": types.AdminRemoveLogoDocument,
    "\n\t\tmutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": types.AdminUpdatePaymentSettingsDocument,
    "\n\t\tmutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n\t\t\tcreateServiceType(input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t": types.SettingsCreateServiceTypeDocument,
    "\n\t\tmutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n\t\t\tupdateServiceType(id: $id, input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t": types.SettingsUpdateServiceTypeDocument,
    "\n\t\tmutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": types.AdminUpdateSessionSettingsDocument,
    "\n\t\tmutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n\t\t\tupdateStaffAlertSettings(input: $input) {\n\t\t\t\tkind\n\t\t\t\troles\n\t\t\t}\n\t\t}\n\t": types.AdminUpdateStaffAlertsDocument,
    "\n\t\tmutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t": types.AdminUpdateTenantSettingsDocument,
    "\n\tfragment TenantSettingsFields on TenantSettings {\n\t\tname\n\t\tslug\n\t\tcustomDomain\n\t\tcustomDomainVerification {\n\t\t\tdomain\n\t\t\tstatus\n\t\t\trecordType\n\t\t\trecordName\n\t\t\trecordValue\n\t\t\tcheckedAt\n\t\t\tnextCheckAt\n\t\t\tverifiedAt\n\t\t\tproblem\n\t\t\tproblemMessage\n\t\t}\n\t\tprimaryColor\n\t\taccentColor\n\t\tlogoUrl\n\t\tlocale\n\t\ttimeZone\n\t\tcurrency\n\t\tinvoiceNumberFormat\n\t\tselfRegistration\n\t\treviewModeration\n\t\tcustomerProfileEdit\n\t\tcustomersMayAddSites\n\t\tcustomersMayAddAssets\n\t\tallowPartialPayments\n\t\tcustomerSessionIdleDays\n\t\tstaffSessionIdleHours\n\t\tstripeConfigured\n\t\tstripePublishableKey\n\t\tstripeSecretKeyLast4\n\t\tstripeWebhookConfigured\n\t\tstripeAccountId\n\t\tfeatures {\n\t\t\tbooking\n\t\t\tdocuments\n\t\t\tinvoices\n\t\t\trequests\n\t\t\treviews\n\t\t}\n\t\tcontact {\n\t\t\tphone\n\t\t\temail\n\t\t\taddressLine1\n\t\t\taddressLine2\n\t\t\tcity\n\t\t\tpostalCode\n\t\t\tregion\n\t\t\tcountry\n\t\t\topeningHours\n\t\t\tlegalName\n\t\t\tregistrationNumber\n\t\t\tvatNumber\n\t\t}\n\t}\n": types.TenantSettingsFieldsFragmentDoc,
    "\n\tfragment BookingSettingsFields on BookingSettings {\n\t\tmode\n\t\tslotMinutes\n\t\tbufferBeforeMinutes\n\t\tbufferAfterMinutes\n\t\tminLeadMinutes\n\t\tmaxAdvanceDays\n\t\tchangeWindowHours\n\t\tchangeGraceMinutes\n\t\ttimeZone\n\t\thours {\n\t\t\tweekday\n\t\t\tranges {\n\t\t\t\tstart\n\t\t\t\tend\n\t\t\t}\n\t\t}\n\t\tclosedDates {\n\t\t\tdate\n\t\t\tlabel\n\t\t}\n\t}\n": types.BookingSettingsFieldsFragmentDoc,
    "\n\tfragment ServiceTypeFields on AdminServiceType {\n\t\tid\n\t\tname\n\t\tdescription\n\t\tdurationMinutes\n\t\tpriceMinor\n\t\tbookableOnline\n\t\tactive\n\t\ttechnicians {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.ServiceTypeFieldsFragmentDoc,
    "\n\tfragment AssetTypeFields on AdminAssetType {\n\t\tid\n\t\tcode\n\t\tcategory\n\t\tname\n\t\tnames {\n\t\t\tlocale\n\t\t\tname\n\t\t}\n\t}\n": types.AssetTypeFieldsFragmentDoc,
    "\n\tfragment InvoiceDetailFields on Invoice {\n\t\tid\n\t\tnumber\n\t\tstatus\n\t\tcustomerId\n\t\tcustomerName\n\t\tissueDate\n\t\tdueDate\n\t\tcurrency\n\t\tsubtotalMinor\n\t\ttaxMinor\n\t\ttotalMinor\n\t\tpaidMinor\n\t\trefundedMinor\n\t\tcreditedMinor\n\t\trefundState\n\t\tamountDueMinor\n\t\tcreditNotes {\n\t\t\tid\n\t\t\tnumber\n\t\t\tamountMinor\n\t\t\treason\n\t\t\tissuedAt\n\t\t\tpdfUrl\n\t\t}\n\t\tnotes\n\t\tvoidReason\n\t\trecurringLabel\n\t\tpdfUrl\n\t\tpayments {\n\t\t\tid\n\t\t\tamountMinor\n\t\t\trefundedMinor\n\t\t\tcurrency\n\t\t\tmethod\n\t\t\tcardBrand\n\t\t\tlast4\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t\tfailureReason\n\t\t\treceiptUrl\n\t\t}\n\t\tlines {\n\t\t\tid\n\t\t\tdescription\n\t\t\tquantity\n\t\t\tunitPriceMinor\n\t\t\ttaxRateBp\n\t\t\ttotalMinor\n\t\t}\n\t}\n": types.InvoiceDetailFieldsFragmentDoc,
    "\n\tfragment ReviewFields on Review {\n\t\tid\n\t\trating\n\t\tcomment\n\t\tcustomerName\n\t\tjobTitle\n\t\tstatus\n\t\tcreatedAt\n\t\tpublishedAt\n\t\tresponse\n\t\trespondedAt\n\t}\n": types.ReviewFieldsFragmentDoc,
    "\n\tquery AdminMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t}\n\t}\n": types.AdminMeDocument,
    "\n\tquery AdminAttentionCounts {\n\t\tattentionCounts {\n\t\t\ttotal\n\t\t\turgentRequests\n\t\t}\n\t}\n": types.AdminAttentionCountsDocument,
    "\n\t\tmutation StaffChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t": types.StaffChangePasswordDocument,
    "\n\t\tmutation StaffRevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t": types.StaffRevokeSessionDocument,
    "\n\t\tmutation StaffSignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t\tcurrent\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tlastSeenAt\n\t\t\t\t\texpiresAt\n\t\t\t\t\tbrowser\n\t\t\t\t\tos\n\t\t\t\t\tdevice\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.StaffSignOutOtherSessionsDocument,
    "\n\tquery StaffSessions {\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\texpiresAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n": types.StaffSessionsDocument,
    "\n\t\tmutation AgreementEnd($id: ID!) {\n\t\t\tendServiceAgreement(id: $id) {\n\t\t\t\tid\n\t\t\t\tactive\n\t\t\t\tnextInvoiceOn\n\t\t\t}\n\t\t}\n\t": types.AgreementEndDocument,
    "\n\tquery AgreementList($active: Boolean, $after: String) {\n\t\tserviceAgreements(active: $active, first: 50, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tname\n\t\t\t\tpriceMinor\n\t\t\t\tcurrency\n\t\t\t\tintervalMonths\n\t\t\t\tnextInvoiceOn\n\t\t\t\tactive\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": types.AgreementListDocument,
    "\n\tquery CustomerList($search: String, $after: String) {\n\t\tcustomers(search: $search, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\tphone\n\t\t\t\tportalStatus\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": types.CustomerListDocument,
    "\n\t\tquery CustomerFeeds($id: ID!) {\n\t\t\tcustomer(id: $id) {\n\t\t\t\tid\n\t\t\t\tactivity(first: 15) {\n\t\t\t\t\tnodes {\n\t\t\t\t\t\tid\n\t\t\t\t\t\taction\n\t\t\t\t\t\tactorName\n\t\t\t\t\t\tactorType\n\t\t\t\t\t\tat\n\t\t\t\t\t\tip\n\t\t\t\t\t\tsubject {\n\t\t\t\t\t\t\tkind\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tkind\n\t\t\t\t\tdirection\n\t\t\t\t\toccurredAt\n\t\t\t\t\tsummary\n\t\t\t\t\tactorName\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.CustomerFeedsDocument,
    "\n\tquery CustomerDetail($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\t...CustomerFields\n\t\t\tsites {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t\tassets {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t\tactivity(first: 15) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\taction\n\t\t\t\t\tactorName\n\t\t\t\t\tactorType\n\t\t\t\t\tat\n\t\t\t\t\tip\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tadminJobs(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t\tinvoices(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t\tcustomerPayments(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tinvoiceId\n\t\t\t\tinvoiceNumber\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tfailureReason\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t}\n\t\tdocuments(customerId: $id, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tsizeBytes\n\t\t\t}\n\t\t}\n\t\tassetTypes {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tdirection\n\t\t\t\toccurredAt\n\t\t\t\tsummary\n\t\t\t\tactorName\n\t\t\t\tsubject {\n\t\t\t\t\tkind\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.CustomerDetailDocument,
    "\n\tquery CustomerAgreements($id: ID!) {\n\t\tserviceAgreements(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t}\n": types.CustomerAgreementsDocument,
    "\n\tquery DispatchWeek($from: String!, $to: String!) {\n\t\tdispatchBoard(from: $from, to: $to) {\n\t\t\tfrom\n\t\t\tto\n\t\t\ttimeZone\n\t\t\tdays {\n\t\t\t\tdate\n\t\t\t\tlanes {\n\t\t\t\t\ttechnicianId\n\t\t\t\t\ttechnicianName\n\t\t\t\t\tjobs {\n\t\t\t\t\t\tid\n\t\t\t\t\t\ttitle\n\t\t\t\t\t\tstatus\n\t\t\t\t\t\tnextStatuses\n\t\t\t\t\t\tcustomerName\n\t\t\t\t\t\tsiteLabel\n\t\t\t\t\t\tsiteAddress\n\t\t\t\t\t\tlocalDate\n\t\t\t\t\t\tlocalStartTime\n\t\t\t\t\t\tlocalEndTime\n\t\t\t\t\t\tscheduledStart\n\t\t\t\t\t\ttechnicianId\n\t\t\t\t\t\ttechnicianName\n\t\t\t\t\t\tbookedOnline\n\t\t\t\t\t\tserviceType {\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.DispatchWeekDocument,
    "\n\tquery InvoiceList($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": types.InvoiceListDocument,
    "\n\t\tmutation InvoiceIssue($id: ID!) {\n\t\t\tissueInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": types.InvoiceIssueDocument,
    "\n\t\tmutation InvoiceResend($id: ID!) {\n\t\t\tresendInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": types.InvoiceResendDocument,
    "\n\t\tmutation InvoiceReopen($id: ID!) {\n\t\t\treopenInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t": types.InvoiceReopenDocument,
    "\n\tquery InvoiceDetail($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\t...InvoiceDetailFields\n\t\t}\n\t}\n": types.InvoiceDetailDocument,
    "\n\tquery InvoiceCustomer($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t}\n\t}\n": types.InvoiceCustomerDocument,
    "\n\tquery InvoiceCustomerSearch($search: String) {\n\t\tcustomers(search: $search, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t}\n\t\t}\n\t}\n": types.InvoiceCustomerSearchDocument,
    "\n\t\tmutation JobAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t": types.JobAddInternalNoteDocument,
    "\n\t\tmutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n\t\t\tupdateJobNotes(id: $id, customerNotes: $customerNotes) {\n\t\t\t\tid\n\t\t\t\tcustomerNotes\n\t\t\t}\n\t\t}\n\t": types.JobUpdateCustomerNotesDocument,
    "\n\tquery JobDetail($id: ID!) {\n\t\tadminJob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t\tcustomerId\n\t\t\tcustomerPhone\n\t\t\tmapUrl\n\t\t\tcustomerName\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\taccessInstructions\n\t\t\tsiteLabel\n\t\t\tsiteAddress\n\t\t\tassetName\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\tlocalEndTime\n\t\t\ttechnicianId\n\t\t\ttechnicianName\n\t\t\tbookedOnline\n\t\t\tdeclineReason\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tinternalNotes {\n\t\t\t\tid\n\t\t\t\tbody\n\t\t\t\tauthorName\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t}\n\t}\n": types.JobDetailDocument,
    "\n\tquery MyDay {\n\t\tmyDay {\n\t\t\tdate\n\t\t\ttimeZone\n\t\t\tjobs {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.MyDayDocument,
    "\n\tquery DevOutbox($after: String) {\n\t\tdevOutbox(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tto\n\t\t\t\tsubject\n\t\t\t\ttext\n\t\t\t\tcreatedAt\n\t\t\t\tsentAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n": types.DevOutboxDocument,
    "\n\tquery RequestsInbox {\n\t\tappointmentRequests(first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcustomerName\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tstart: scheduledStart\n\t\t\t\tend: scheduledEnd\n\t\t\t\trequestedStart\n\t\t\t\tdescription\n\t\t\t\tbookedOnline\n\t\t\t}\n\t\t}\n\t\tsubmitted: serviceRequestsInbox(status: submitted, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treviewed: serviceRequestsInbox(status: reviewed, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.RequestsInboxDocument,
    "\n\t\tmutation InboxMarkReviewed($id: ID!) {\n\t\t\tmarkRequestReviewed(id: $id) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t": types.InboxMarkReviewedDocument,
    "\n\t\tmutation InboxDeclineRequest($id: ID!, $reason: String!) {\n\t\t\tdeclineRequest(id: $id, reason: $reason) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t": types.InboxDeclineRequestDocument,
    "\n\tquery InboxRequest($id: ID!) {\n\t\tinboxRequest(id: $id) {\n\t\t\t...InboxRequestFields\n\t\t}\n\t}\n": types.InboxRequestDocument,
    "\n\tquery ConvertOptions($customerId: ID!) {\n\t\tcustomer(id: $customerId) {\n\t\t\tid\n\t\t\tsites {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t\tcountry\n\t\t\t}\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.ConvertOptionsDocument,
    "\n\tquery AdminReviews($status: ReviewStatus) {\n\t\treviews(status: $status, first: 50) {\n\t\t\tnodes {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t}\n": types.AdminReviewsDocument,
    "\n\tquery AdminSettings {\n\t\ttenantSettings {\n\t\t\t...TenantSettingsFields\n\t\t}\n\t\tserviceTypes {\n\t\t\t...ServiceTypeFields\n\t\t}\n\t\tassetTypes {\n\t\t\t...AssetTypeFields\n\t\t}\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\trole\n\t\t\tstatus\n\t\t}\n\t\tbookingSettings {\n\t\t\t...BookingSettingsFields\n\t\t}\n\t\tstaffAlertSettings {\n\t\t\tkind\n\t\t\troles\n\t\t}\n\t}\n": types.AdminSettingsDocument,
    "\n\t\tmutation StaffInvite($input: InviteStaffInput!) {\n\t\t\tinviteStaff(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t": types.StaffInviteDocument,
    "\n\t\tmutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n\t\t\tchangeStaffRole(staffUserId: $staffUserId, role: $role) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\trole\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t": types.StaffChangeRoleDocument,
    "\n\t\tmutation StaffDeactivate($staffUserId: ID!) {\n\t\t\tdeactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": types.StaffDeactivateDocument,
    "\n\t\tmutation StaffReactivate($staffUserId: ID!) {\n\t\t\treactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t": types.StaffReactivateDocument,
    "\n\tquery StaffList {\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t}\n\t}\n": types.StaffListDocument,
    "\n\t\tmutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t": types.StaffRequestPasswordResetDocument,
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
export function graphql(source: "\n\t\tmutation AdminLogin($input: StaffLoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\trole\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminLogin($input: StaffLoginInput!) {\n\t\t\tlogin(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\trole\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminLogout {\n\t\t\tlogout\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminLogout {\n\t\t\tlogout\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n\t\t\tacceptInvitation(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffResetPassword($input: ResetPasswordInput!) {\n\t\t\tresetPassword(input: $input) {\n\t\t\t\tstaff {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AgreementCreate($input: CreateServiceAgreementInput!) {\n\t\t\tcreateServiceAgreement(input: $input) {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AgreementCreate($input: CreateServiceAgreementInput!) {\n\t\t\tcreateServiceAgreement(input: $input) {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n\t\t\tcreateAsset(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n\t\t\tcreateAsset(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n\t\t\tupdateAsset(id: $id, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n\t\t\tupdateAsset(id: $id, input: $input) {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n\t\t\tsetDocumentShared(id: $id, shared: $shared) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n\t\t\tsetDocumentShared(id: $id, shared: $shared) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation DocumentCreateUpload($fileName: String!) {\n\t\t\tcreateDocumentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t\tallowedTypes\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation DocumentCreateUpload($fileName: String!) {\n\t\t\tcreateDocumentUpload(fileName: $fileName) {\n\t\t\t\tuploadId\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t\tallowedTypes\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation DocumentCreate($input: CreateDocumentInput!) {\n\t\t\tcreateDocument(input: $input) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation DocumentCreate($input: CreateDocumentInput!) {\n\t\t\tcreateDocument(input: $input) {\n\t\t\t\t...CustomerDocumentFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerDeleteAsset($id: ID!) {\n\t\t\tdeleteAsset(id: $id)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerDeleteAsset($id: ID!) {\n\t\t\tdeleteAsset(id: $id)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n\t\t\tupdateCustomer(id: $id, input: $input) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n\t\t\tupdateCustomer(id: $id, input: $input) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerDeleteSite($id: ID!) {\n\t\t\tdeleteSite(id: $id)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerDeleteSite($id: ID!) {\n\t\t\tdeleteSite(id: $id)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerLogCommunication($input: LogCommunicationInput!) {\n\t\t\tlogCommunication(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerLogCommunication($input: LogCommunicationInput!) {\n\t\t\tlogCommunication(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerCreate($input: CreateCustomerInput!) {\n\t\t\tcreateCustomer(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerCreate($input: CreateCustomerInput!) {\n\t\t\tcreateCustomer(input: $input) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerInvite($customerId: ID!) {\n\t\t\tinviteCustomer(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerInvite($customerId: ID!) {\n\t\t\tinviteCustomer(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerResetLink($customerId: ID!) {\n\t\t\tsendPasswordResetLink(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerResetLink($customerId: ID!) {\n\t\t\tsendPasswordResetLink(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerDeactivate($customerId: ID!) {\n\t\t\tdeactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerDeactivate($customerId: ID!) {\n\t\t\tdeactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerReactivate($customerId: ID!) {\n\t\t\treactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerReactivate($customerId: ID!) {\n\t\t\treactivateCustomerAccount(customerId: $customerId) {\n\t\t\t\t...CustomerFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n\t\t\tcreateSite(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n\t\t\tcreateSite(customerId: $customerId, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n\t\t\tupdateSite(id: $id, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n\t\t\tupdateSite(id: $id, input: $input) {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment CustomerFields on Customer {\n\t\tid\n\t\tname\n\t\temail\n\t\tphone\n\t\tlocale\n\t\tportalStatus\n\t\tportalEmail\n\t\tpendingPortalEmail\n\t\tcreatedAt\n\t}\n"): (typeof documents)["\n\tfragment CustomerFields on Customer {\n\t\tid\n\t\tname\n\t\temail\n\t\tphone\n\t\tlocale\n\t\tportalStatus\n\t\tportalEmail\n\t\tpendingPortalEmail\n\t\tcreatedAt\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment CustomerSiteFields on Site {\n\t\tid\n\t\tlabel\n\t\taddressLine1\n\t\taddressLine2\n\t\tcity\n\t\tpostalCode\n\t\tregion\n\t\tcountry\n\t\taccessInstructions\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment CustomerSiteFields on Site {\n\t\tid\n\t\tlabel\n\t\taddressLine1\n\t\taddressLine2\n\t\tcity\n\t\tpostalCode\n\t\tregion\n\t\tcountry\n\t\taccessInstructions\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment CustomerAssetFields on AdminAsset {\n\t\tid\n\t\tname\n\t\tmodel\n\t\tserialNumber\n\t\tcategory\n\t\twarrantyStatus\n\t\twarrantyEndOn\n\t\tinstalledOn\n\t\tnotes\n\t\tsite {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t\tassetType {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment CustomerAssetFields on AdminAsset {\n\t\tid\n\t\tname\n\t\tmodel\n\t\tserialNumber\n\t\tcategory\n\t\twarrantyStatus\n\t\twarrantyEndOn\n\t\tinstalledOn\n\t\tnotes\n\t\tsite {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t\tassetType {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\taddedBy {\n\t\t\tby\n\t\t\tstaffName\n\t\t\tat\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment AgreementFields on ServiceAgreement {\n\t\tid\n\t\tname\n\t\tactive\n\t\tintervalMonths\n\t\tpriceMinor\n\t\tcurrency\n\t\tnextInvoiceOn\n\t}\n"): (typeof documents)["\n\tfragment AgreementFields on ServiceAgreement {\n\t\tid\n\t\tname\n\t\tactive\n\t\tintervalMonths\n\t\tpriceMinor\n\t\tcurrency\n\t\tnextInvoiceOn\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment CustomerDocumentFields on AdminDocument {\n\t\tid\n\t\ttitle\n\t\tkind\n\t\tfileName\n\t\tshared\n\t\tcreatedAt\n\t\tdownloadUrl\n\t\tsizeBytes\n\t}\n"): (typeof documents)["\n\tfragment CustomerDocumentFields on AdminDocument {\n\t\tid\n\t\ttitle\n\t\tkind\n\t\tfileName\n\t\tshared\n\t\tcreatedAt\n\t\tdownloadUrl\n\t\tsizeBytes\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation BoardAssignJob($id: ID!, $technicianId: ID) {\n\t\tassignJob(id: $id, technicianId: $technicianId) {\n\t\t\tid\n\t\t\ttechnicianId\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation BoardAssignJob($id: ID!, $technicianId: ID) {\n\t\tassignJob(id: $id, technicianId: $technicianId) {\n\t\t\tid\n\t\t\ttechnicianId\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n\t\tmoveJob(id: $id, start: $start, technicianId: $technicianId) {\n\t\t\tid\n\t\t\tscheduledStart\n\t\t\ttechnicianId\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n\t\tmoveJob(id: $id, start: $start, technicianId: $technicianId) {\n\t\t\tid\n\t\t\tscheduledStart\n\t\t\ttechnicianId\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\tid\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\tid\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n\t\t\tissueCreditNote(input: $input) {\n\t\t\t\tcreditNote {\n\t\t\t\t\tid\n\t\t\t\t\tnumber\n\t\t\t\t}\n\t\t\t\tinvoice {\n\t\t\t\t\t...InvoiceDetailFields\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n\t\t\tissueCreditNote(input: $input) {\n\t\t\t\tcreditNote {\n\t\t\t\t\tid\n\t\t\t\t\tnumber\n\t\t\t\t}\n\t\t\t\tinvoice {\n\t\t\t\t\t...InvoiceDetailFields\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n\t\t\tcreateInvoice(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n\t\t\tcreateInvoice(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n\t\t\tupdateDraftInvoice(id: $id, input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n\t\t\tupdateDraftInvoice(id: $id, input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n\t\t\trecordOfflinePayment(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n\t\t\trecordOfflinePayment(input: $input) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InvoiceVoid($id: ID!, $reason: String!) {\n\t\t\tvoidInvoice(id: $id, reason: $reason) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InvoiceVoid($id: ID!, $reason: String!) {\n\t\t\tvoidInvoice(id: $id, reason: $reason) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation PlanCreateJob($input: CreateJobInput!) {\n\t\t\tcreateJob(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation PlanCreateJob($input: CreateJobInput!) {\n\t\t\tcreateJob(input: $input) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n\t\t\tconvertRequestToJob(id: $id, job: $job) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n\t\t\tconvertRequestToJob(id: $id, job: $job) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n\t\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n\t\t\tsetJobStatus(id: $id, status: $status) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n\t\t\tsetPartsUsed(id: $id, parts: $parts) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n\t\t\tsetPartsUsed(id: $id, parts: $parts) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation PaymentRefund($input: RefundPaymentInput!) {\n\t\t\trefundPayment(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\trefundedMinor\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation PaymentRefund($input: RefundPaymentInput!) {\n\t\t\trefundPayment(input: $input) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\trefundedMinor\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n\t\t\tconfirmAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tstart: scheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n\t\t\tconfirmAppointment(id: $id, start: $start) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t\tstart: scheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n\t\t\tdeclineAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n\t\t\tdeclineAppointment(id: $id, reason: $reason) {\n\t\t\t\tid\n\t\t\t\tstatus\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment InboxRequestFields on AdminServiceRequest {\n\t\tid\n\t\tcustomerId\n\t\tcustomerName\n\t\tdescription\n\t\turgency\n\t\tstatus\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tpreferredAt\n\t\tdeclineReason\n\t\tassetId\n\t\tassetName\n\t\tattachments {\n\t\t\tid\n\t\t\tfileName\n\t\t\tcontentType\n\t\t\tsizeBytes\n\t\t\turl\n\t\t}\n\t\tjob {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\ttechnicianName\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment InboxRequestFields on AdminServiceRequest {\n\t\tid\n\t\tcustomerId\n\t\tcustomerName\n\t\tdescription\n\t\turgency\n\t\tstatus\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tpreferredAt\n\t\tdeclineReason\n\t\tassetId\n\t\tassetName\n\t\tattachments {\n\t\t\tid\n\t\t\tfileName\n\t\t\tcontentType\n\t\t\tsizeBytes\n\t\t\turl\n\t\t}\n\t\tjob {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\ttechnicianName\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation ReviewPublish($id: ID!) {\n\t\t\tpublishReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation ReviewPublish($id: ID!) {\n\t\t\tpublishReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation ReviewReject($id: ID!) {\n\t\t\trejectReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation ReviewReject($id: ID!) {\n\t\t\trejectReview(id: $id) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation ReviewRespond($id: ID!, $response: String!) {\n\t\t\trespondToReview(id: $id, response: $response) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation ReviewRespond($id: ID!, $response: String!) {\n\t\t\trespondToReview(id: $id, response: $response) {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n\t\t\tcreateAssetType(code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n\t\t\tcreateAssetType(code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n\t\t\tupdateAssetType(id: $id, code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n\t\t\tupdateAssetType(id: $id, code: $code, category: $category, names: $names) {\n\t\t\t\t...AssetTypeFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n\t\t\tupdateBookingSettings(input: $input) {\n\t\t\t\t...BookingSettingsFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n\t\t\tupdateBookingSettings(input: $input) {\n\t\t\t\t...BookingSettingsFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminAddClosedDate($date: String!, $label: String) {\n\t\t\taddClosedDate(date: $date, label: $label) {\n\t\t\t\tdate\n\t\t\t\tlabel\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminAddClosedDate($date: String!, $label: String) {\n\t\t\taddClosedDate(date: $date, label: $label) {\n\t\t\t\tdate\n\t\t\t\tlabel\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminRemoveClosedDate($date: String!) {\n\t\t\tremoveClosedDate(date: $date)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminRemoveClosedDate($date: String!) {\n\t\t\tremoveClosedDate(date: $date)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminVerifyCustomDomain {\n\t\t\tverifyCustomDomain {\n\t\t\t\tdomain\n\t\t\t\tstatus\n\t\t\t\trecordType\n\t\t\t\trecordName\n\t\t\t\trecordValue\n\t\t\t\tcheckedAt\n\t\t\t\tnextCheckAt\n\t\t\t\tverifiedAt\n\t\t\t\tproblem\n\t\t\t\tproblemMessage\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminVerifyCustomDomain {\n\t\t\tverifyCustomDomain {\n\t\t\t\tdomain\n\t\t\t\tstatus\n\t\t\t\trecordType\n\t\t\t\trecordName\n\t\t\t\trecordValue\n\t\t\t\tcheckedAt\n\t\t\t\tnextCheckAt\n\t\t\t\tverifiedAt\n\t\t\t\tproblem\n\t\t\t\tproblemMessage\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminCreateLogoUpload {\n\t\t\tcreateLogoUpload {\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminCreateLogoUpload {\n\t\t\tcreateLogoUpload {\n\t\t\t\tuploadUrl\n\t\t\t\tmaxBytes\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminRemoveLogo {\n\t\t\tremoveLogo {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminRemoveLogo {\n\t\t\tremoveLogo {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n\t\t\tcreateServiceType(input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n\t\t\tcreateServiceType(input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n\t\t\tupdateServiceType(id: $id, input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n\t\t\tupdateServiceType(id: $id, input: $input) {\n\t\t\t\t...ServiceTypeFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n\t\t\tupdateStaffAlertSettings(input: $input) {\n\t\t\t\tkind\n\t\t\t\troles\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n\t\t\tupdateStaffAlertSettings(input: $input) {\n\t\t\t\tkind\n\t\t\t\troles\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n\t\t\tupdateTenantSettings(input: $input) {\n\t\t\t\t...TenantSettingsFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment TenantSettingsFields on TenantSettings {\n\t\tname\n\t\tslug\n\t\tcustomDomain\n\t\tcustomDomainVerification {\n\t\t\tdomain\n\t\t\tstatus\n\t\t\trecordType\n\t\t\trecordName\n\t\t\trecordValue\n\t\t\tcheckedAt\n\t\t\tnextCheckAt\n\t\t\tverifiedAt\n\t\t\tproblem\n\t\t\tproblemMessage\n\t\t}\n\t\tprimaryColor\n\t\taccentColor\n\t\tlogoUrl\n\t\tlocale\n\t\ttimeZone\n\t\tcurrency\n\t\tinvoiceNumberFormat\n\t\tselfRegistration\n\t\treviewModeration\n\t\tcustomerProfileEdit\n\t\tcustomersMayAddSites\n\t\tcustomersMayAddAssets\n\t\tallowPartialPayments\n\t\tcustomerSessionIdleDays\n\t\tstaffSessionIdleHours\n\t\tstripeConfigured\n\t\tstripePublishableKey\n\t\tstripeSecretKeyLast4\n\t\tstripeWebhookConfigured\n\t\tstripeAccountId\n\t\tfeatures {\n\t\t\tbooking\n\t\t\tdocuments\n\t\t\tinvoices\n\t\t\trequests\n\t\t\treviews\n\t\t}\n\t\tcontact {\n\t\t\tphone\n\t\t\temail\n\t\t\taddressLine1\n\t\t\taddressLine2\n\t\t\tcity\n\t\t\tpostalCode\n\t\t\tregion\n\t\t\tcountry\n\t\t\topeningHours\n\t\t\tlegalName\n\t\t\tregistrationNumber\n\t\t\tvatNumber\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment TenantSettingsFields on TenantSettings {\n\t\tname\n\t\tslug\n\t\tcustomDomain\n\t\tcustomDomainVerification {\n\t\t\tdomain\n\t\t\tstatus\n\t\t\trecordType\n\t\t\trecordName\n\t\t\trecordValue\n\t\t\tcheckedAt\n\t\t\tnextCheckAt\n\t\t\tverifiedAt\n\t\t\tproblem\n\t\t\tproblemMessage\n\t\t}\n\t\tprimaryColor\n\t\taccentColor\n\t\tlogoUrl\n\t\tlocale\n\t\ttimeZone\n\t\tcurrency\n\t\tinvoiceNumberFormat\n\t\tselfRegistration\n\t\treviewModeration\n\t\tcustomerProfileEdit\n\t\tcustomersMayAddSites\n\t\tcustomersMayAddAssets\n\t\tallowPartialPayments\n\t\tcustomerSessionIdleDays\n\t\tstaffSessionIdleHours\n\t\tstripeConfigured\n\t\tstripePublishableKey\n\t\tstripeSecretKeyLast4\n\t\tstripeWebhookConfigured\n\t\tstripeAccountId\n\t\tfeatures {\n\t\t\tbooking\n\t\t\tdocuments\n\t\t\tinvoices\n\t\t\trequests\n\t\t\treviews\n\t\t}\n\t\tcontact {\n\t\t\tphone\n\t\t\temail\n\t\t\taddressLine1\n\t\t\taddressLine2\n\t\t\tcity\n\t\t\tpostalCode\n\t\t\tregion\n\t\t\tcountry\n\t\t\topeningHours\n\t\t\tlegalName\n\t\t\tregistrationNumber\n\t\t\tvatNumber\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment BookingSettingsFields on BookingSettings {\n\t\tmode\n\t\tslotMinutes\n\t\tbufferBeforeMinutes\n\t\tbufferAfterMinutes\n\t\tminLeadMinutes\n\t\tmaxAdvanceDays\n\t\tchangeWindowHours\n\t\tchangeGraceMinutes\n\t\ttimeZone\n\t\thours {\n\t\t\tweekday\n\t\t\tranges {\n\t\t\t\tstart\n\t\t\t\tend\n\t\t\t}\n\t\t}\n\t\tclosedDates {\n\t\t\tdate\n\t\t\tlabel\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment BookingSettingsFields on BookingSettings {\n\t\tmode\n\t\tslotMinutes\n\t\tbufferBeforeMinutes\n\t\tbufferAfterMinutes\n\t\tminLeadMinutes\n\t\tmaxAdvanceDays\n\t\tchangeWindowHours\n\t\tchangeGraceMinutes\n\t\ttimeZone\n\t\thours {\n\t\t\tweekday\n\t\t\tranges {\n\t\t\t\tstart\n\t\t\t\tend\n\t\t\t}\n\t\t}\n\t\tclosedDates {\n\t\t\tdate\n\t\t\tlabel\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ServiceTypeFields on AdminServiceType {\n\t\tid\n\t\tname\n\t\tdescription\n\t\tdurationMinutes\n\t\tpriceMinor\n\t\tbookableOnline\n\t\tactive\n\t\ttechnicians {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment ServiceTypeFields on AdminServiceType {\n\t\tid\n\t\tname\n\t\tdescription\n\t\tdurationMinutes\n\t\tpriceMinor\n\t\tbookableOnline\n\t\tactive\n\t\ttechnicians {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment AssetTypeFields on AdminAssetType {\n\t\tid\n\t\tcode\n\t\tcategory\n\t\tname\n\t\tnames {\n\t\t\tlocale\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment AssetTypeFields on AdminAssetType {\n\t\tid\n\t\tcode\n\t\tcategory\n\t\tname\n\t\tnames {\n\t\t\tlocale\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment InvoiceDetailFields on Invoice {\n\t\tid\n\t\tnumber\n\t\tstatus\n\t\tcustomerId\n\t\tcustomerName\n\t\tissueDate\n\t\tdueDate\n\t\tcurrency\n\t\tsubtotalMinor\n\t\ttaxMinor\n\t\ttotalMinor\n\t\tpaidMinor\n\t\trefundedMinor\n\t\tcreditedMinor\n\t\trefundState\n\t\tamountDueMinor\n\t\tcreditNotes {\n\t\t\tid\n\t\t\tnumber\n\t\t\tamountMinor\n\t\t\treason\n\t\t\tissuedAt\n\t\t\tpdfUrl\n\t\t}\n\t\tnotes\n\t\tvoidReason\n\t\trecurringLabel\n\t\tpdfUrl\n\t\tpayments {\n\t\t\tid\n\t\t\tamountMinor\n\t\t\trefundedMinor\n\t\t\tcurrency\n\t\t\tmethod\n\t\t\tcardBrand\n\t\t\tlast4\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t\tfailureReason\n\t\t\treceiptUrl\n\t\t}\n\t\tlines {\n\t\t\tid\n\t\t\tdescription\n\t\t\tquantity\n\t\t\tunitPriceMinor\n\t\t\ttaxRateBp\n\t\t\ttotalMinor\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment InvoiceDetailFields on Invoice {\n\t\tid\n\t\tnumber\n\t\tstatus\n\t\tcustomerId\n\t\tcustomerName\n\t\tissueDate\n\t\tdueDate\n\t\tcurrency\n\t\tsubtotalMinor\n\t\ttaxMinor\n\t\ttotalMinor\n\t\tpaidMinor\n\t\trefundedMinor\n\t\tcreditedMinor\n\t\trefundState\n\t\tamountDueMinor\n\t\tcreditNotes {\n\t\t\tid\n\t\t\tnumber\n\t\t\tamountMinor\n\t\t\treason\n\t\t\tissuedAt\n\t\t\tpdfUrl\n\t\t}\n\t\tnotes\n\t\tvoidReason\n\t\trecurringLabel\n\t\tpdfUrl\n\t\tpayments {\n\t\t\tid\n\t\t\tamountMinor\n\t\t\trefundedMinor\n\t\t\tcurrency\n\t\t\tmethod\n\t\t\tcardBrand\n\t\t\tlast4\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t\tfailureReason\n\t\t\treceiptUrl\n\t\t}\n\t\tlines {\n\t\t\tid\n\t\t\tdescription\n\t\t\tquantity\n\t\t\tunitPriceMinor\n\t\t\ttaxRateBp\n\t\t\ttotalMinor\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ReviewFields on Review {\n\t\tid\n\t\trating\n\t\tcomment\n\t\tcustomerName\n\t\tjobTitle\n\t\tstatus\n\t\tcreatedAt\n\t\tpublishedAt\n\t\tresponse\n\t\trespondedAt\n\t}\n"): (typeof documents)["\n\tfragment ReviewFields on Review {\n\t\tid\n\t\trating\n\t\tcomment\n\t\tcustomerName\n\t\tjobTitle\n\t\tstatus\n\t\tcreatedAt\n\t\tpublishedAt\n\t\tresponse\n\t\trespondedAt\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AdminMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery AdminMe {\n\t\tme {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\ttimeZone\n\t\t\tcurrency\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AdminAttentionCounts {\n\t\tattentionCounts {\n\t\t\ttotal\n\t\t\turgentRequests\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery AdminAttentionCounts {\n\t\tattentionCounts {\n\t\t\ttotal\n\t\t\turgentRequests\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffChangePassword($input: ChangePasswordInput!) {\n\t\t\tchangePassword(input: $input)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffRevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffRevokeSession($id: ID!) {\n\t\t\trevokeSession(id: $id)\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffSignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t\tcurrent\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tlastSeenAt\n\t\t\t\t\texpiresAt\n\t\t\t\t\tbrowser\n\t\t\t\t\tos\n\t\t\t\t\tdevice\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffSignOutOtherSessions {\n\t\t\tsignOutOtherSessions {\n\t\t\t\tendedCount\n\t\t\t\tsessions {\n\t\t\t\t\tid\n\t\t\t\t\tcurrent\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tlastSeenAt\n\t\t\t\t\texpiresAt\n\t\t\t\t\tbrowser\n\t\t\t\t\tos\n\t\t\t\t\tdevice\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery StaffSessions {\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\texpiresAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery StaffSessions {\n\t\tsessions {\n\t\t\tid\n\t\t\tcurrent\n\t\t\tcreatedAt\n\t\t\tlastSeenAt\n\t\t\texpiresAt\n\t\t\tbrowser\n\t\t\tos\n\t\t\tdevice\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation AgreementEnd($id: ID!) {\n\t\t\tendServiceAgreement(id: $id) {\n\t\t\t\tid\n\t\t\t\tactive\n\t\t\t\tnextInvoiceOn\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation AgreementEnd($id: ID!) {\n\t\t\tendServiceAgreement(id: $id) {\n\t\t\t\tid\n\t\t\t\tactive\n\t\t\t\tnextInvoiceOn\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AgreementList($active: Boolean, $after: String) {\n\t\tserviceAgreements(active: $active, first: 50, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tname\n\t\t\t\tpriceMinor\n\t\t\t\tcurrency\n\t\t\t\tintervalMonths\n\t\t\t\tnextInvoiceOn\n\t\t\t\tactive\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery AgreementList($active: Boolean, $after: String) {\n\t\tserviceAgreements(active: $active, first: 50, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tname\n\t\t\t\tpriceMinor\n\t\t\t\tcurrency\n\t\t\t\tintervalMonths\n\t\t\t\tnextInvoiceOn\n\t\t\t\tactive\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery CustomerList($search: String, $after: String) {\n\t\tcustomers(search: $search, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\tphone\n\t\t\t\tportalStatus\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery CustomerList($search: String, $after: String) {\n\t\tcustomers(search: $search, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\tphone\n\t\t\t\tportalStatus\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tquery CustomerFeeds($id: ID!) {\n\t\t\tcustomer(id: $id) {\n\t\t\t\tid\n\t\t\t\tactivity(first: 15) {\n\t\t\t\t\tnodes {\n\t\t\t\t\t\tid\n\t\t\t\t\t\taction\n\t\t\t\t\t\tactorName\n\t\t\t\t\t\tactorType\n\t\t\t\t\t\tat\n\t\t\t\t\t\tip\n\t\t\t\t\t\tsubject {\n\t\t\t\t\t\t\tkind\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tkind\n\t\t\t\t\tdirection\n\t\t\t\t\toccurredAt\n\t\t\t\t\tsummary\n\t\t\t\t\tactorName\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tquery CustomerFeeds($id: ID!) {\n\t\t\tcustomer(id: $id) {\n\t\t\t\tid\n\t\t\t\tactivity(first: 15) {\n\t\t\t\t\tnodes {\n\t\t\t\t\t\tid\n\t\t\t\t\t\taction\n\t\t\t\t\t\tactorName\n\t\t\t\t\t\tactorType\n\t\t\t\t\t\tat\n\t\t\t\t\t\tip\n\t\t\t\t\t\tsubject {\n\t\t\t\t\t\t\tkind\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tkind\n\t\t\t\t\tdirection\n\t\t\t\t\toccurredAt\n\t\t\t\t\tsummary\n\t\t\t\t\tactorName\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery CustomerDetail($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\t...CustomerFields\n\t\t\tsites {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t\tassets {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t\tactivity(first: 15) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\taction\n\t\t\t\t\tactorName\n\t\t\t\t\tactorType\n\t\t\t\t\tat\n\t\t\t\t\tip\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tadminJobs(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t\tinvoices(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t\tcustomerPayments(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tinvoiceId\n\t\t\t\tinvoiceNumber\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tfailureReason\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t}\n\t\tdocuments(customerId: $id, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tsizeBytes\n\t\t\t}\n\t\t}\n\t\tassetTypes {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tdirection\n\t\t\t\toccurredAt\n\t\t\t\tsummary\n\t\t\t\tactorName\n\t\t\t\tsubject {\n\t\t\t\t\tkind\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery CustomerDetail($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\t...CustomerFields\n\t\t\tsites {\n\t\t\t\t...CustomerSiteFields\n\t\t\t}\n\t\t\tassets {\n\t\t\t\t...CustomerAssetFields\n\t\t\t}\n\t\t\tactivity(first: 15) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\taction\n\t\t\t\t\tactorName\n\t\t\t\t\tactorType\n\t\t\t\t\tat\n\t\t\t\t\tip\n\t\t\t\t\tsubject {\n\t\t\t\t\t\tkind\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tadminJobs(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tscheduledStart\n\t\t\t\ttechnicianName\n\t\t\t}\n\t\t}\n\t\tinvoices(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tissueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t}\n\t\t}\n\t\tcustomerPayments(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tinvoiceId\n\t\t\t\tinvoiceNumber\n\t\t\t\tamountMinor\n\t\t\t\trefundedMinor\n\t\t\t\tcurrency\n\t\t\t\tmethod\n\t\t\t\tcardBrand\n\t\t\t\tlast4\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tfailureReason\n\t\t\t\treceiptUrl\n\t\t\t}\n\t\t}\n\t\tdocuments(customerId: $id, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t\tsizeBytes\n\t\t\t}\n\t\t}\n\t\tassetTypes {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tcommunicationsTimeline(customerId: $id, first: 30) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tdirection\n\t\t\t\toccurredAt\n\t\t\t\tsummary\n\t\t\t\tactorName\n\t\t\t\tsubject {\n\t\t\t\t\tkind\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery CustomerAgreements($id: ID!) {\n\t\tserviceAgreements(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery CustomerAgreements($id: ID!) {\n\t\tserviceAgreements(customerId: $id, first: 20) {\n\t\t\tnodes {\n\t\t\t\t...AgreementFields\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DispatchWeek($from: String!, $to: String!) {\n\t\tdispatchBoard(from: $from, to: $to) {\n\t\t\tfrom\n\t\t\tto\n\t\t\ttimeZone\n\t\t\tdays {\n\t\t\t\tdate\n\t\t\t\tlanes {\n\t\t\t\t\ttechnicianId\n\t\t\t\t\ttechnicianName\n\t\t\t\t\tjobs {\n\t\t\t\t\t\tid\n\t\t\t\t\t\ttitle\n\t\t\t\t\t\tstatus\n\t\t\t\t\t\tnextStatuses\n\t\t\t\t\t\tcustomerName\n\t\t\t\t\t\tsiteLabel\n\t\t\t\t\t\tsiteAddress\n\t\t\t\t\t\tlocalDate\n\t\t\t\t\t\tlocalStartTime\n\t\t\t\t\t\tlocalEndTime\n\t\t\t\t\t\tscheduledStart\n\t\t\t\t\t\ttechnicianId\n\t\t\t\t\t\ttechnicianName\n\t\t\t\t\t\tbookedOnline\n\t\t\t\t\t\tserviceType {\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery DispatchWeek($from: String!, $to: String!) {\n\t\tdispatchBoard(from: $from, to: $to) {\n\t\t\tfrom\n\t\t\tto\n\t\t\ttimeZone\n\t\t\tdays {\n\t\t\t\tdate\n\t\t\t\tlanes {\n\t\t\t\t\ttechnicianId\n\t\t\t\t\ttechnicianName\n\t\t\t\t\tjobs {\n\t\t\t\t\t\tid\n\t\t\t\t\t\ttitle\n\t\t\t\t\t\tstatus\n\t\t\t\t\t\tnextStatuses\n\t\t\t\t\t\tcustomerName\n\t\t\t\t\t\tsiteLabel\n\t\t\t\t\t\tsiteAddress\n\t\t\t\t\t\tlocalDate\n\t\t\t\t\t\tlocalStartTime\n\t\t\t\t\t\tlocalEndTime\n\t\t\t\t\t\tscheduledStart\n\t\t\t\t\t\ttechnicianId\n\t\t\t\t\t\ttechnicianName\n\t\t\t\t\t\tbookedOnline\n\t\t\t\t\t\tserviceType {\n\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InvoiceList($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery InvoiceList($status: InvoiceStatus, $after: String) {\n\t\tinvoices(status: $status, first: 25, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tnumber\n\t\t\t\tstatus\n\t\t\t\tcustomerId\n\t\t\t\tcustomerName\n\t\t\t\tissueDate\n\t\t\t\tdueDate\n\t\t\t\ttotalMinor\n\t\t\t\tamountDueMinor\n\t\t\t\tcurrency\n\t\t\t\trecurringLabel\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InvoiceIssue($id: ID!) {\n\t\t\tissueInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InvoiceIssue($id: ID!) {\n\t\t\tissueInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InvoiceResend($id: ID!) {\n\t\t\tresendInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InvoiceResend($id: ID!) {\n\t\t\tresendInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InvoiceReopen($id: ID!) {\n\t\t\treopenInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InvoiceReopen($id: ID!) {\n\t\t\treopenInvoice(id: $id) {\n\t\t\t\t...InvoiceDetailFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InvoiceDetail($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\t...InvoiceDetailFields\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery InvoiceDetail($id: ID!) {\n\t\tinvoice(id: $id) {\n\t\t\t...InvoiceDetailFields\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InvoiceCustomer($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery InvoiceCustomer($id: ID!) {\n\t\tcustomer(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InvoiceCustomerSearch($search: String) {\n\t\tcustomers(search: $search, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery InvoiceCustomerSearch($search: String) {\n\t\tcustomers(search: $search, first: 20) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation JobAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation JobAddInternalNote($jobId: ID!, $body: String!) {\n\t\t\taddInternalNote(jobId: $jobId, body: $body) {\n\t\t\t\tid\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n\t\t\tupdateJobNotes(id: $id, customerNotes: $customerNotes) {\n\t\t\t\tid\n\t\t\t\tcustomerNotes\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n\t\t\tupdateJobNotes(id: $id, customerNotes: $customerNotes) {\n\t\t\t\tid\n\t\t\t\tcustomerNotes\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery JobDetail($id: ID!) {\n\t\tadminJob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t\tcustomerId\n\t\t\tcustomerPhone\n\t\t\tmapUrl\n\t\t\tcustomerName\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\taccessInstructions\n\t\t\tsiteLabel\n\t\t\tsiteAddress\n\t\t\tassetName\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\tlocalEndTime\n\t\t\ttechnicianId\n\t\t\ttechnicianName\n\t\t\tbookedOnline\n\t\t\tdeclineReason\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tinternalNotes {\n\t\t\t\tid\n\t\t\t\tbody\n\t\t\t\tauthorName\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery JobDetail($id: ID!) {\n\t\tadminJob(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t\tnextStatuses\n\t\t\tcustomerId\n\t\t\tcustomerPhone\n\t\t\tmapUrl\n\t\t\tcustomerName\n\t\t\tdescription\n\t\t\tcustomerNotes\n\t\t\taccessInstructions\n\t\t\tsiteLabel\n\t\t\tsiteAddress\n\t\t\tassetName\n\t\t\tlocalDate\n\t\t\tlocalStartTime\n\t\t\tlocalEndTime\n\t\t\ttechnicianId\n\t\t\ttechnicianName\n\t\t\tbookedOnline\n\t\t\tdeclineReason\n\t\t\tserviceType {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpartsUsed {\n\t\t\t\tname\n\t\t\t\tquantity\n\t\t\t}\n\t\t\tinternalNotes {\n\t\t\t\tid\n\t\t\t\tbody\n\t\t\t\tauthorName\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tdocuments {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tkind\n\t\t\t\tfileName\n\t\t\t\tshared\n\t\t\t\tcreatedAt\n\t\t\t\tdownloadUrl\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MyDay {\n\t\tmyDay {\n\t\t\tdate\n\t\t\ttimeZone\n\t\t\tjobs {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery MyDay {\n\t\tmyDay {\n\t\t\tdate\n\t\t\ttimeZone\n\t\t\tjobs {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tnextStatuses\n\t\t\t\tlocalStartTime\n\t\t\t\tlocalEndTime\n\t\t\t\tcustomerName\n\t\t\t\tcustomerPhone\n\t\t\t\tsiteLabel\n\t\t\t\tsiteAddress\n\t\t\t\tmapUrl\n\t\t\t\taccessInstructions\n\t\t\t\tdescription\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinternalNotes {\n\t\t\t\t\tid\n\t\t\t\t\tbody\n\t\t\t\t\tauthorName\n\t\t\t\t\tcreatedAt\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DevOutbox($after: String) {\n\t\tdevOutbox(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tto\n\t\t\t\tsubject\n\t\t\t\ttext\n\t\t\t\tcreatedAt\n\t\t\t\tsentAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery DevOutbox($after: String) {\n\t\tdevOutbox(first: 20, after: $after) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tto\n\t\t\t\tsubject\n\t\t\t\ttext\n\t\t\t\tcreatedAt\n\t\t\t\tsentAt\n\t\t\t}\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RequestsInbox {\n\t\tappointmentRequests(first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcustomerName\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tstart: scheduledStart\n\t\t\t\tend: scheduledEnd\n\t\t\t\trequestedStart\n\t\t\t\tdescription\n\t\t\t\tbookedOnline\n\t\t\t}\n\t\t}\n\t\tsubmitted: serviceRequestsInbox(status: submitted, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treviewed: serviceRequestsInbox(status: reviewed, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery RequestsInbox {\n\t\tappointmentRequests(first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t\tcustomerName\n\t\t\t\tserviceType {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tstart: scheduledStart\n\t\t\t\tend: scheduledEnd\n\t\t\t\trequestedStart\n\t\t\t\tdescription\n\t\t\t\tbookedOnline\n\t\t\t}\n\t\t}\n\t\tsubmitted: serviceRequestsInbox(status: submitted, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\treviewed: serviceRequestsInbox(status: reviewed, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tcustomerName\n\t\t\t\tdescription\n\t\t\t\turgency\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t\tpreferredAt\n\t\t\t\tassetName\n\t\t\t\tattachments {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InboxMarkReviewed($id: ID!) {\n\t\t\tmarkRequestReviewed(id: $id) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InboxMarkReviewed($id: ID!) {\n\t\t\tmarkRequestReviewed(id: $id) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation InboxDeclineRequest($id: ID!, $reason: String!) {\n\t\t\tdeclineRequest(id: $id, reason: $reason) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation InboxDeclineRequest($id: ID!, $reason: String!) {\n\t\t\tdeclineRequest(id: $id, reason: $reason) {\n\t\t\t\t...InboxRequestFields\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InboxRequest($id: ID!) {\n\t\tinboxRequest(id: $id) {\n\t\t\t...InboxRequestFields\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery InboxRequest($id: ID!) {\n\t\tinboxRequest(id: $id) {\n\t\t\t...InboxRequestFields\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConvertOptions($customerId: ID!) {\n\t\tcustomer(id: $customerId) {\n\t\t\tid\n\t\t\tsites {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t\tcountry\n\t\t\t}\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConvertOptions($customerId: ID!) {\n\t\tcustomer(id: $customerId) {\n\t\t\tid\n\t\t\tsites {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\taddressLine1\n\t\t\t\taddressLine2\n\t\t\t\tcity\n\t\t\t\tpostalCode\n\t\t\t\tregion\n\t\t\t\tcountry\n\t\t\t}\n\t\t}\n\t\tserviceTypes {\n\t\t\tid\n\t\t\tname\n\t\t\tactive\n\t\t\tdurationMinutes\n\t\t\ttechnicians {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AdminReviews($status: ReviewStatus) {\n\t\treviews(status: $status, first: 50) {\n\t\t\tnodes {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery AdminReviews($status: ReviewStatus) {\n\t\treviews(status: $status, first: 50) {\n\t\t\tnodes {\n\t\t\t\t...ReviewFields\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AdminSettings {\n\t\ttenantSettings {\n\t\t\t...TenantSettingsFields\n\t\t}\n\t\tserviceTypes {\n\t\t\t...ServiceTypeFields\n\t\t}\n\t\tassetTypes {\n\t\t\t...AssetTypeFields\n\t\t}\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\trole\n\t\t\tstatus\n\t\t}\n\t\tbookingSettings {\n\t\t\t...BookingSettingsFields\n\t\t}\n\t\tstaffAlertSettings {\n\t\t\tkind\n\t\t\troles\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery AdminSettings {\n\t\ttenantSettings {\n\t\t\t...TenantSettingsFields\n\t\t}\n\t\tserviceTypes {\n\t\t\t...ServiceTypeFields\n\t\t}\n\t\tassetTypes {\n\t\t\t...AssetTypeFields\n\t\t}\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\trole\n\t\t\tstatus\n\t\t}\n\t\tbookingSettings {\n\t\t\t...BookingSettingsFields\n\t\t}\n\t\tstaffAlertSettings {\n\t\t\tkind\n\t\t\troles\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffInvite($input: InviteStaffInput!) {\n\t\t\tinviteStaff(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffInvite($input: InviteStaffInput!) {\n\t\t\tinviteStaff(input: $input) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n\t\t\tchangeStaffRole(staffUserId: $staffUserId, role: $role) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\trole\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n\t\t\tchangeStaffRole(staffUserId: $staffUserId, role: $role) {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\temail\n\t\t\t\trole\n\t\t\t\tstatus\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffDeactivate($staffUserId: ID!) {\n\t\t\tdeactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffDeactivate($staffUserId: ID!) {\n\t\t\tdeactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffReactivate($staffUserId: ID!) {\n\t\t\treactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffReactivate($staffUserId: ID!) {\n\t\t\treactivateStaffMember(staffUserId: $staffUserId) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery StaffList {\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery StaffList {\n\t\tstaffMembers {\n\t\t\tid\n\t\t\tname\n\t\t\temail\n\t\t\trole\n\t\t\tstatus\n\t\t\tcreatedAt\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\t\tmutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t"): (typeof documents)["\n\t\tmutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n\t\t\trequestPasswordReset(input: $input)\n\t\t}\n\t"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
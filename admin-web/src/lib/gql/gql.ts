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
    "\n    mutation AdminLogin($input: StaffLoginInput!) {\n      login(input: $input) {\n        staff {\n          id\n          name\n          role\n        }\n      }\n    }\n  ": typeof types.AdminLoginDocument,
    "\n    mutation AdminLogout {\n      logout\n    }\n  ": typeof types.AdminLogoutDocument,
    "\n    mutation AdminUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  ": typeof types.AdminUpdateNotificationPreferencesDocument,
    "\n    mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  ": typeof types.StaffAcceptInvitationDocument,
    "\n    mutation StaffResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  ": typeof types.StaffResetPasswordDocument,
    "\n    mutation AgreementCreate($input: CreateServiceAgreementInput!) {\n      createServiceAgreement(input: $input) {\n        ...AgreementFields\n      }\n    }\n  ": typeof types.AgreementCreateDocument,
    "\n    mutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n      createAsset(customerId: $customerId, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  ": typeof types.CustomerCreateAssetDocument,
    "\n    mutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n      updateAsset(id: $id, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  ": typeof types.CustomerUpdateAssetDocument,
    "\n    query CustomerContacts($id: ID!) {\n      customer(id: $id) {\n        id\n        contacts {\n          id\n          name\n          email\n          phone\n          locale\n          isPrimary\n          status\n          rights\n          siteIds\n          lastLoginAt\n          hearsNow\n          notificationChoices {\n            kind\n            channel\n          }\n        }\n      }\n    }\n  ": typeof types.CustomerContactsDocument,
    "\n    mutation InviteCustomerContact($customerId: ID!, $input: InviteContactInput!) {\n      inviteCustomerContact(customerId: $customerId, input: $input) {\n        id\n        email\n      }\n    }\n  ": typeof types.InviteCustomerContactDocument,
    "\n    mutation UpdateCustomerContact($input: UpdateContactInput!) {\n      updateCustomerContact(input: $input) {\n        id\n      }\n    }\n  ": typeof types.UpdateCustomerContactDocument,
    "\n    mutation SetPrimaryContact($id: ID!) {\n      setPrimaryContact(id: $id) {\n        id\n      }\n    }\n  ": typeof types.SetPrimaryContactDocument,
    "\n    mutation ResendCustomerContactInvitation($id: ID!) {\n      resendCustomerContactInvitation(id: $id) {\n        id\n      }\n    }\n  ": typeof types.ResendCustomerContactInvitationDocument,
    "\n    mutation DeactivateCustomerContact($id: ID!) {\n      deactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  ": typeof types.DeactivateCustomerContactDocument,
    "\n    mutation ReactivateCustomerContact($id: ID!) {\n      reactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  ": typeof types.ReactivateCustomerContactDocument,
    "\n    mutation RemoveCustomerContact($id: ID!) {\n      removeCustomerContact(id: $id)\n    }\n  ": typeof types.RemoveCustomerContactDocument,
    "\n    query DocumentAccessHistory($id: ID!, $after: String) {\n      document(id: $id) {\n        id\n        accessHistory(first: 20, after: $after) {\n          nodes {\n            id\n            action\n            at\n            actorType\n            actorName\n            ip\n            browser\n            os\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": typeof types.DocumentAccessHistoryDocument,
    "\n    mutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n      setDocumentShared(id: $id, shared: $shared) {\n        ...CustomerDocumentFields\n      }\n    }\n  ": typeof types.DocumentSetSharedDocument,
    "\n    mutation DocumentCreateUpload($fileName: String!) {\n      createDocumentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  ": typeof types.DocumentCreateUploadDocument,
    "\n    mutation DocumentCreate($input: CreateDocumentInput!) {\n      createDocument(input: $input) {\n        ...CustomerDocumentFields\n      }\n    }\n  ": typeof types.DocumentCreateDocument,
    "\n    mutation CustomerDeleteAsset($id: ID!) {\n      deleteAsset(id: $id)\n    }\n  ": typeof types.CustomerDeleteAssetDocument,
    "\n    mutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n      updateCustomer(id: $id, input: $input) {\n        ...CustomerFields\n      }\n    }\n  ": typeof types.CustomerUpdateDocument,
    "\n    mutation CustomerDeleteSite($id: ID!) {\n      deleteSite(id: $id)\n    }\n  ": typeof types.CustomerDeleteSiteDocument,
    "\n    mutation CustomerLogCommunication($input: LogCommunicationInput!) {\n      logCommunication(input: $input) {\n        id\n      }\n    }\n  ": typeof types.CustomerLogCommunicationDocument,
    "\n    mutation CustomerCreate($input: CreateCustomerInput!) {\n      createCustomer(input: $input) {\n        id\n      }\n    }\n  ": typeof types.CustomerCreateDocument,
    "\n    mutation CustomerInvite($customerId: ID!) {\n      inviteCustomer(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": typeof types.CustomerInviteDocument,
    "\n    mutation CustomerResetLink($customerId: ID!) {\n      sendPasswordResetLink(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": typeof types.CustomerResetLinkDocument,
    "\n    mutation CustomerDeactivate($customerId: ID!) {\n      deactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": typeof types.CustomerDeactivateDocument,
    "\n    mutation CustomerReactivate($customerId: ID!) {\n      reactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": typeof types.CustomerReactivateDocument,
    "\n    mutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n      createSite(customerId: $customerId, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  ": typeof types.CustomerCreateSiteDocument,
    "\n    mutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n      updateSite(id: $id, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  ": typeof types.CustomerUpdateSiteDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    email\n    phone\n    locale\n    portalStatus\n    portalEmail\n    pendingPortalEmail\n    createdAt\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  fragment CustomerSiteFields on Site {\n    id\n    label\n    addressLine1\n    addressLine2\n    city\n    postalCode\n    region\n    country\n    accessInstructions\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n": typeof types.CustomerSiteFieldsFragmentDoc,
    "\n  fragment CustomerAssetFields on AdminAsset {\n    id\n    name\n    model\n    serialNumber\n    category\n    warrantyStatus\n    warrantyEndOn\n    installedOn\n    notes\n    site {\n      id\n      label\n    }\n    assetType {\n      id\n      name\n    }\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n": typeof types.CustomerAssetFieldsFragmentDoc,
    "\n  fragment AgreementFields on ServiceAgreement {\n    id\n    name\n    active\n    intervalMonths\n    priceMinor\n    currency\n    nextInvoiceOn\n    autopay {\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  fragment CustomerDocumentFields on AdminDocument {\n    id\n    title\n    kind\n    fileName\n    shared\n    createdAt\n    downloadUrl\n    sizeBytes\n  }\n": typeof types.CustomerDocumentFieldsFragmentDoc,
    "\n    mutation RecordMeterReading($input: RecordMeterReadingInput!) {\n      recordMeterReading(input: $input) {\n        id\n        value\n        status\n      }\n    }\n  ": typeof types.RecordMeterReadingDocument,
    "\n    mutation CreateSupplyItem($input: SupplyItemInput!) {\n      createSupplyItem(input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  ": typeof types.CreateSupplyItemDocument,
    "\n    mutation UpdateSupplyItem($id: ID!, $input: SupplyItemInput!) {\n      updateSupplyItem(id: $id, input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  ": typeof types.UpdateSupplyItemDocument,
    "\n  mutation BoardAssignJob($id: ID!, $technicianId: ID) {\n    assignJob(id: $id, technicianId: $technicianId) {\n      id\n      technicianId\n    }\n  }\n": typeof types.BoardAssignJobDocument,
    "\n  mutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n    moveJob(id: $id, start: $start, technicianId: $technicianId) {\n      id\n      scheduledStart\n      technicianId\n    }\n  }\n": typeof types.BoardMoveJobDocument,
    "\n  mutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n    setJobStatus(id: $id, status: $status) {\n      id\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n    }\n  }\n": typeof types.BoardSetJobStatusDocument,
    "\n    mutation AdminAssignThread($threadId: ID!, $staffUserId: ID) {\n      assignThread(threadId: $threadId, staffUserId: $staffUserId) {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.AdminAssignThreadDocument,
    "\n    mutation AdminSaveCannedReply($input: CannedReplyInput!) {\n      saveCannedReply(input: $input) {\n        ...CannedReplyFields\n      }\n    }\n  ": typeof types.AdminSaveCannedReplyDocument,
    "\n    mutation AdminDeleteCannedReply($id: ID!) {\n      deleteCannedReply(id: $id) {\n        ...CannedReplyFields\n      }\n    }\n  ": typeof types.AdminDeleteCannedReplyDocument,
    "\n    mutation AdminStartThread($customerId: ID!, $anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n      startThreadWithCustomer(customerId: $customerId, anchor: $anchor, message: $message) {\n        id\n      }\n    }\n  ": typeof types.AdminStartThreadDocument,
    "\n    query AdminStartedThread($customerId: ID!) {\n      teamThreads(customerId: $customerId, first: 100) {\n        nodes {\n          id\n          anchor {\n            type\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.AdminStartedThreadDocument,
    "\n  fragment CannedReplyFields on CannedReply {\n    id\n    title\n    bodies {\n      locale\n      text\n    }\n  }\n": typeof types.CannedReplyFieldsFragmentDoc,
    "\n    mutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n      issueCreditNote(input: $input) {\n        creditNote {\n          id\n          number\n        }\n        invoice {\n          ...InvoiceDetailFields\n        }\n      }\n    }\n  ": typeof types.InvoiceIssueCreditNoteDocument,
    "\n    mutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n      createInvoice(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": typeof types.EditorCreateInvoiceDocument,
    "\n    mutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n      updateDraftInvoice(id: $id, input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": typeof types.EditorUpdateDraftDocument,
    "\n    mutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n      recordOfflinePayment(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": typeof types.InvoiceRecordPaymentDocument,
    "\n    mutation InvoiceVoid($id: ID!, $reason: String!) {\n      voidInvoice(id: $id, reason: $reason) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": typeof types.InvoiceVoidDocument,
    "\n    mutation PlanCreateJob($input: CreateJobInput!) {\n      createJob(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n  ": typeof types.PlanCreateJobDocument,
    "\n    mutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n      convertRequestToJob(id: $id, job: $job) {\n        ...InboxRequestFields\n      }\n    }\n  ": typeof types.InboxConvertRequestDocument,
    "\n    mutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n      setJobStatus(id: $id, status: $status) {\n        ...MyDayJobFields\n      }\n    }\n  ": typeof types.MyDaySetJobStatusDocument,
    "\n    mutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        ...MyDayJobFields\n      }\n    }\n  ": typeof types.MyDayAddInternalNoteDocument,
    "\n    mutation JobAnnounceOnMyWay($jobId: ID!, $etaMinutes: Int, $etaAt: DateTimeISO) {\n      announceOnMyWay(jobId: $jobId, etaMinutes: $etaMinutes, etaAt: $etaAt) {\n        ...JobVisitFields\n      }\n    }\n  ": typeof types.JobAnnounceOnMyWayDocument,
    "\n    mutation JobMarkArrived($jobId: ID!) {\n      markArrived(jobId: $jobId) {\n        ...JobVisitFields\n      }\n    }\n  ": typeof types.JobMarkArrivedDocument,
    "\n    mutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n      setPartsUsed(id: $id, parts: $parts) {\n        id\n      }\n    }\n  ": typeof types.JobSetPartsUsedDocument,
    "\n  fragment MyDayJobFields on AdminJob {\n    id\n    title\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n    localStartTime\n    localEndTime\n    customerName\n    customerPhone\n    siteLabel\n    siteAddress\n    mapUrl\n    accessInstructions\n    description\n    serviceType {\n      id\n      name\n    }\n    internalNotes {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n": typeof types.MyDayJobFieldsFragmentDoc,
    "\n  fragment JobVisitFields on AdminJob {\n    id\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n  }\n": typeof types.JobVisitFieldsFragmentDoc,
    "\n    mutation PaymentRefund($input: RefundPaymentInput!) {\n      refundPayment(input: $input) {\n        id\n        status\n        refundedMinor\n      }\n    }\n  ": typeof types.PaymentRefundDocument,
    "\n    mutation AdminUpdatePrivacySettings($input: PrivacySettingsInput!) {\n      updatePrivacySettings(input: $input) {\n        privacyNotice\n        privacyNoticeVersion\n        legalRetentionYears\n        erasureAutoDays\n        exportLinkDays\n      }\n    }\n  ": typeof types.AdminUpdatePrivacySettingsDocument,
    "\n  fragment PrivacyRequestFields on AdminPrivacyRequest {\n    id\n    kind\n    status\n    wholeAccount\n    reason\n    dueAt\n    createdAt\n    byStaff\n    customerId\n    customerName\n    downloadUrl\n  }\n": typeof types.PrivacyRequestFieldsFragmentDoc,
    "\n  query AdminPrivacyRequests($status: PrivacyRequestStatus, $customerId: ID) {\n    privacyRequests(status: $status, customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.AdminPrivacyRequestsDocument,
    "\n  mutation AdminConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.AdminConfirmErasureDocument,
    "\n  mutation AdminRejectErasure($id: ID!, $reason: String!) {\n    rejectErasure(id: $id, reason: $reason) {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.AdminRejectErasureDocument,
    "\n  mutation AdminRunCustomerDataExport($customerId: ID!) {\n    runCustomerDataExport(customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.AdminRunCustomerDataExportDocument,
    "\n    mutation ProjectReportDelay($projectId: ID!, $input: ProjectDelayInput!) {\n      reportProjectDelay(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectReportDelayDocument,
    "\n    mutation ProjectRemoveDelay($id: ID!) {\n      removeProjectDelay(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectRemoveDelayDocument,
    "\n    mutation ProjectUpdatePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectUpdatePhotoDocument,
    "\n    mutation ProjectRemovePhoto($id: ID!) {\n      removeProjectPhoto(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectRemovePhotoDocument,
    "\n    mutation ProjectAddMilestone($projectId: ID!, $input: ProjectMilestoneInput!) {\n      addProjectMilestone(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectAddMilestoneDocument,
    "\n    mutation ProjectReachMilestone($id: ID!) {\n      reachProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectReachMilestoneDocument,
    "\n    mutation ProjectCancelMilestone($id: ID!) {\n      cancelProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectCancelMilestoneDocument,
    "\n    mutation ProjectUpdatePhase($id: ID!, $input: UpdateProjectPhaseInput!) {\n      updateProjectPhase(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectUpdatePhaseDocument,
    "\n    mutation ProjectRemovePhase($id: ID!) {\n      removeProjectPhase(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectRemovePhaseDocument,
    "\n    mutation ProjectAddPhase($projectId: ID!, $input: ProjectPhaseInput!) {\n      addProjectPhase(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectAddPhaseDocument,
    "\n    mutation ProjectMovePhase($id: ID!, $position: Int!) {\n      moveProjectPhase(id: $id, position: $position) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectMovePhaseDocument,
    "\n    mutation ProjectPhotoUpload($projectId: ID!) {\n      createProjectPhotoUpload(projectId: $projectId) {\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  ": typeof types.ProjectPhotoUploadDocument,
    "\n    mutation ProjectPlacePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectPlacePhotoDocument,
    "\n    mutation ProjectCreate($input: CreateProjectInput!) {\n      createProject(input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectCreateDocument,
    "\n    mutation ProjectUpdate($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectUpdateDocument,
    "\n    mutation ProjectLinkJob($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkJobToProject(projectId: $projectId, jobId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectLinkJobDocument,
    "\n    mutation ProjectLinkInvoice($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkInvoiceToProject(projectId: $projectId, invoiceId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectLinkInvoiceDocument,
    "\n    mutation ProjectLinkDocument($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkDocumentToProject(projectId: $projectId, documentId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectLinkDocumentDocument,
    "\n    mutation ProjectChangeStatus($id: ID!, $status: ProjectStatus!) {\n      changeProjectStatus(id: $id, status: $status) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectChangeStatusDocument,
    "\n    mutation ProjectSetProgress($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": typeof types.ProjectSetProgressDocument,
    "\n    mutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n      confirmAppointment(id: $id, start: $start) {\n        id\n        status\n        start: scheduledStart\n        technicianName\n      }\n    }\n  ": typeof types.InboxConfirmAppointmentDocument,
    "\n    mutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n      declineAppointment(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": typeof types.InboxDeclineAppointmentDocument,
    "\n  fragment InboxRequestFields on AdminServiceRequest {\n    id\n    customerId\n    customerName\n    description\n    urgency\n    status\n    createdAt\n    updatedAt\n    preferredAt\n    preferredUntil\n    respondBy\n    firstResponseAt\n    overdue\n    respondedLate\n    declineReason\n    assetId\n    assetName\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n    job {\n      id\n      title\n      localDate\n      localStartTime\n      technicianName\n    }\n  }\n": typeof types.InboxRequestFieldsFragmentDoc,
    "\n    mutation ReviewPublish($id: ID!) {\n      publishReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  ": typeof types.ReviewPublishDocument,
    "\n    mutation ReviewReject($id: ID!) {\n      rejectReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  ": typeof types.ReviewRejectDocument,
    "\n    mutation ReviewRespond($id: ID!, $response: String!) {\n      respondToReview(id: $id, response: $response) {\n        ...ReviewFields\n      }\n    }\n  ": typeof types.ReviewRespondDocument,
    "\n    mutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n      createAssetType(code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  ": typeof types.SettingsCreateAssetTypeDocument,
    "\n    mutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n      updateAssetType(id: $id, code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  ": typeof types.SettingsUpdateAssetTypeDocument,
    "\n    mutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n      updateBookingSettings(input: $input) {\n        ...BookingSettingsFields\n      }\n    }\n  ": typeof types.AdminUpdateBookingSettingsDocument,
    "\n    mutation AdminAddClosedDate($date: String!, $label: String) {\n      addClosedDate(date: $date, label: $label) {\n        date\n        label\n      }\n    }\n  ": typeof types.AdminAddClosedDateDocument,
    "\n    mutation AdminRemoveClosedDate($date: String!) {\n      removeClosedDate(date: $date)\n    }\n  ": typeof types.AdminRemoveClosedDateDocument,
    "\n    mutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": typeof types.AdminUpdateContactDetailsDocument,
    "\n    mutation AdminVerifyCustomDomain {\n      verifyCustomDomain {\n        domain\n        status\n        recordType\n        recordName\n        recordValue\n        checkedAt\n        nextCheckAt\n        verifiedAt\n        problem\n        problemMessage\n      }\n    }\n  ": typeof types.AdminVerifyCustomDomainDocument,
    "\n    mutation AdminCreateLogoUpload {\n      createLogoUpload {\n        uploadUrl\n        maxBytes\n      }\n    }\n  ": typeof types.AdminCreateLogoUploadDocument,
    "\n    mutation AdminRemoveLogo {\n      removeLogo {\n        ...TenantSettingsFields\n      }\n    }\n  ": typeof types.AdminRemoveLogoDocument,
    "\n    mutation AdminUpdateMessageSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": typeof types.AdminUpdateMessageSettingsDocument,
    "\n    mutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": typeof types.AdminUpdatePaymentSettingsDocument,
    "\n    mutation AdminUpdateQuoteSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        quoteNumberFormat\n        quoteConversion\n        quoteValidityDays\n        quoteDefaultTerms\n      }\n    }\n  ": typeof types.AdminUpdateQuoteSettingsDocument,
    "\n    mutation AdminSetResponsePromises($promises: [RequestResponsePromiseInput!]!) {\n      setRequestResponsePromises(promises: $promises) {\n        urgency\n        responseMinutes\n        note\n        extraChargeMinor\n      }\n    }\n  ": typeof types.AdminSetResponsePromisesDocument,
    "\n    mutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n      createServiceType(input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  ": typeof types.SettingsCreateServiceTypeDocument,
    "\n    mutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n      updateServiceType(id: $id, input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  ": typeof types.SettingsUpdateServiceTypeDocument,
    "\n    mutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": typeof types.AdminUpdateSessionSettingsDocument,
    "\n    mutation AdminUpdateSignatureSettings($input: UpdateSignatureSettingsInput!) {\n      updateSignatureSettings(input: $input) {\n        ...SignatureSettingsFields\n      }\n    }\n  ": typeof types.AdminUpdateSignatureSettingsDocument,
    "\n    mutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n      updateStaffAlertSettings(input: $input) {\n        kind\n        roles\n      }\n    }\n  ": typeof types.AdminUpdateStaffAlertsDocument,
    "\n    mutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": typeof types.AdminUpdateTenantSettingsDocument,
    "\n    mutation AdminUpdateTipSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        tipsEnabled\n        tipPresetsPercent\n      }\n    }\n  ": typeof types.AdminUpdateTipSettingsDocument,
    "\n  fragment DocumentTemplateFields on DocumentTemplate {\n    kind\n    locale\n    isCustomized\n    updatedAt\n    placeholders\n    blocks {\n      heading\n      body\n    }\n  }\n": typeof types.DocumentTemplateFieldsFragmentDoc,
    "\n  fragment TenantSettingsFields on TenantSettings {\n    name\n    slug\n    customDomain\n    customDomainVerification {\n      domain\n      status\n      recordType\n      recordName\n      recordValue\n      checkedAt\n      nextCheckAt\n      verifiedAt\n      problem\n      problemMessage\n    }\n    primaryColor\n    accentColor\n    logoUrl\n    locale\n    timeZone\n    currency\n    invoiceNumberFormat\n    warrantyMonths\n    auditRetentionDays\n    selfRegistration\n    reviewModeration\n    customerProfileEdit\n    customersMayAddSites\n    customersMayAddAssets\n    suppliesAnyAddress\n    meterTolerancePercent\n    meterReadingWindowDays\n    allowPartialPayments\n    customerSessionIdleDays\n    staffSessionIdleHours\n    messageEmailDelayMinutes\n    stripeConfigured\n    stripePublishableKey\n    stripeSecretKeyLast4\n    stripeWebhookConfigured\n    stripeAccountId\n    features {\n      booking\n      documents\n      invoices\n      projects\n      requests\n      reviews\n      meters\n      supplies\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n": typeof types.TenantSettingsFieldsFragmentDoc,
    "\n  fragment BookingSettingsFields on BookingSettings {\n    mode\n    slotMinutes\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minLeadMinutes\n    maxAdvanceDays\n    changeWindowHours\n    changeGraceMinutes\n    timeZone\n    hours {\n      weekday\n      ranges {\n        start\n        end\n      }\n    }\n    closedDates {\n      date\n      label\n    }\n  }\n": typeof types.BookingSettingsFieldsFragmentDoc,
    "\n  fragment ServiceTypeFields on AdminServiceType {\n    id\n    name\n    description\n    durationMinutes\n    priceMinor\n    bookableOnline\n    active\n    technicians {\n      id\n      name\n    }\n  }\n": typeof types.ServiceTypeFieldsFragmentDoc,
    "\n  fragment AssetTypeFields on AdminAssetType {\n    id\n    code\n    category\n    name\n    names {\n      locale\n      name\n    }\n  }\n": typeof types.AssetTypeFieldsFragmentDoc,
    "\n    query DocumentSigning($id: ID!) {\n      document(id: $id) {\n        id\n        ...CustomerDocumentFields\n        signingRequest {\n          ...AdminSigningRequestFields\n        }\n      }\n    }\n  ": typeof types.DocumentSigningDocument,
    "\n    query SignedDocumentLink($id: ID!) {\n      document(id: $id) {\n        id\n        downloadUrl\n      }\n    }\n  ": typeof types.SignedDocumentLinkDocument,
    "\n    mutation RequestDocumentSignature($documentId: ID!, $input: RequestDocumentSignatureInput!) {\n      requestDocumentSignature(documentId: $documentId, input: $input) {\n        ...AdminSigningRequestFields\n      }\n    }\n  ": typeof types.RequestDocumentSignatureDocument,
    "\n    mutation CancelSigningRequest($id: ID!) {\n      cancelSigningRequest(id: $id) {\n        ...AdminSigningRequestFields\n      }\n    }\n  ": typeof types.CancelSigningRequestDocument,
    "\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    status\n    customerId\n    customerName\n    issueDate\n    dueDate\n    currency\n    subtotalMinor\n    taxMinor\n    totalMinor\n    paidMinor\n    refundedMinor\n    creditedMinor\n    refundState\n    amountDueMinor\n    paymentProcessing\n    autopay {\n      state\n      attempts\n      lastFailureReason\n      nextRetryAt\n    }\n    creditNotes {\n      id\n      number\n      amountMinor\n      reason\n      issuedAt\n      pdfUrl\n    }\n    notes\n    voidReason\n    recurringLabel\n    pdfUrl\n    payments {\n      id\n      amountMinor\n      refundedMinor\n      currency\n      method\n      cardBrand\n      last4\n      status\n      createdAt\n      failureReason\n      receiptUrl\n      tipMinor\n    }\n    lines {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n": typeof types.InvoiceDetailFieldsFragmentDoc,
    "\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n": typeof types.LiveEventsDocument,
    "\n  fragment TeamThreadRow on MessageThread {\n    id\n    lastMessageAt\n    unreadCount\n    anchor {\n      type\n      id\n      label\n    }\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    lastMessage {\n      body\n      internal\n      deleted\n      mine\n      author {\n        name\n      }\n      attachments {\n        fileName\n      }\n    }\n  }\n": typeof types.TeamThreadRowFragmentDoc,
    "\n  fragment TeamMessage on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    internal\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": typeof types.TeamMessageFragmentDoc,
    "\n  query TeamUnreadCount {\n    teamUnreadThreadCount\n  }\n": typeof types.TeamUnreadCountDocument,
    "\n  query TeamThreadMessages($id: ID!, $before: String) {\n    teamThread(id: $id) {\n      id\n      messages(last: 20, before: $before) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n": typeof types.TeamThreadMessagesDocument,
    "\n  mutation TeamReply($threadId: ID!, $message: NewMessageInput!, $internal: Boolean!) {\n    replyToThread(threadId: $threadId, message: $message, internal: $internal) {\n      ...TeamMessage\n    }\n  }\n": typeof types.TeamReplyDocument,
    "\n  mutation TeamEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...TeamMessage\n    }\n  }\n": typeof types.TeamEditMessageDocument,
    "\n  mutation TeamDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...TeamMessage\n    }\n  }\n": typeof types.TeamDeleteMessageDocument,
    "\n  mutation TeamMarkThreadRead($threadId: ID!) {\n    markTeamThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.TeamMarkThreadReadDocument,
    "\n  mutation TeamMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n": typeof types.TeamMessageUploadDocument,
    "\n  fragment MeterContractFields on MeterContract {\n    id\n    number\n    status\n    nextStates\n    customerId\n    assetId\n    deviceName\n    startsOn\n    endsOn\n    periodMonths\n    billingDay\n    baseChargeMinor\n    minimumMinor\n    taxRateBp\n    currency\n    billedThrough\n    currentPeriodStart\n    currentPeriodEnd\n    createdAt\n    rates {\n      meterId\n      kind\n      label\n      includedVolume\n      tiers {\n        upTo\n        rateMinorPerThousand\n      }\n    }\n    allowances {\n      category\n      unitsPerPeriod\n    }\n  }\n": typeof types.MeterContractFieldsFragmentDoc,
    "\n  fragment AdminNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n": typeof types.AdminNotificationFieldsFragmentDoc,
    "\n  query AdminNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...AdminNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminNotificationsDocument,
    "\n  query AdminUnreadNotifications {\n    myUnreadNotificationCount\n  }\n": typeof types.AdminUnreadNotificationsDocument,
    "\n  mutation AdminMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...AdminNotificationFields\n    }\n  }\n": typeof types.AdminMarkNotificationReadDocument,
    "\n  mutation AdminMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n": typeof types.AdminMarkAllNotificationsReadDocument,
    "\n  fragment AdminProjectDetail on AdminProject {\n    id\n    name\n    description\n    status\n    nextStates\n    contractValueMinor\n    currency\n    startDate\n    targetEndDate\n    forecastEndDate\n    delayDays\n    progressPercent\n    progressMode\n    manualProgress\n    startedAt\n    completedAt\n    customer {\n      id\n      name\n    }\n    site {\n      id\n      label\n    }\n    phases {\n      id\n      position\n      name\n      status\n      progress\n      weight\n    }\n    milestones {\n      id\n      name\n      dueDate\n      status\n      reachedAt\n      phaseId\n      paymentAmountMinor\n      currency\n      invoiceId\n    }\n    delays {\n      id\n      cause\n      days\n      note\n      reportedAt\n    }\n    photos {\n      id\n      stage\n      caption\n      takenAt\n      phaseId\n      width\n      height\n      url\n      thumbnailUrl\n    }\n    visits {\n      id\n      title\n      status\n      scheduledStart\n    }\n    invoices {\n      id\n      number\n      status\n      totalMinor\n      currency\n    }\n    documents {\n      id\n      title\n      fileName\n      shared\n      downloadUrl\n      createdAt\n    }\n    threadId\n  }\n": typeof types.AdminProjectDetailFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...AdminProjectDetail\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  fragment QuoteVersionFields on QuoteVersion {\n    id\n    version\n    title\n    intro\n    terms\n    validUntil\n    sentAt\n    depositRule {\n      kind\n      value\n    }\n    commonItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n    options {\n      id\n      name\n      description\n      items {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n      totals {\n        subtotalMinor\n        taxMinor\n        totalMinor\n        depositMinor\n      }\n    }\n    optionalItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n": typeof types.QuoteVersionFieldsFragmentDoc,
    "\n  fragment QuoteDetailFields on AdminQuote {\n    pdfUrl\n    id\n    number\n    status\n    nextStates\n    currency\n    customer {\n      id\n      name\n      email\n    }\n    createdAt\n    sentAt\n    approvedAt\n    declinedAt\n    declineReason\n    withdrawnAt\n    convertedAt\n    currentVersion\n    sentVersion\n    selection {\n      optionId\n      optionalItemIds\n    }\n    approvedTotals {\n      subtotalMinor\n      taxMinor\n      totalMinor\n      depositMinor\n    }\n    signingRequestId\n    signedDocumentId\n    depositInvoiceId\n    jobId\n    convertedProjectId\n    threadId\n    current {\n      ...QuoteVersionFields\n    }\n    versions {\n      ...QuoteVersionFields\n    }\n  }\n": typeof types.QuoteDetailFieldsFragmentDoc,
    "\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    customerName\n    jobTitle\n    status\n    createdAt\n    publishedAt\n    response\n    respondedAt\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  fragment AdminSigningRequestFields on AdminSigningRequest {\n    id\n    kind\n    status\n    title\n    provider\n    documentId\n    signedDocumentId\n    placement {\n      page\n    }\n    createdAt\n    consentedAt\n    codeVerifiedAt\n    signedAt\n    signerName\n    signerEmail\n    signerIp\n    signerUserAgent\n    declinedAt\n    declineReason\n    cancelledAt\n    originalSha256\n    signedSha256\n    disclosureVersion\n    events {\n      id\n      kind\n      actorType\n      at\n      ip\n      userAgent\n    }\n  }\n": typeof types.AdminSigningRequestFieldsFragmentDoc,
    "\n  fragment SignatureSettingsFields on SignatureSettings {\n    provider\n    docusignAccountId\n    docusignIntegrationKey\n    docusignUserId\n    docusignBasePath\n    docusignOAuthBasePath\n    docusignPrivateKeySet\n    docusignHmacKeySet\n  }\n": typeof types.SignatureSettingsFieldsFragmentDoc,
    "\n  fragment SupplyItemFields on AdminSupplyItem {\n    id\n    sku\n    name\n    description\n    category\n    priceMinor\n    taxRateBp\n    yieldPages\n    currency\n    models\n    active\n  }\n": typeof types.SupplyItemFieldsFragmentDoc,
    "\n  fragment SupplyOrderFields on AdminSupplyOrder {\n    id\n    number\n    status\n    nextStates\n    currency\n    submittedAt\n    approvedAt\n    shippedAt\n    deliveredAt\n    cancelledAt\n    statusReason\n    carrier\n    trackingNumber\n    notes\n    contractNumber\n    subtotalMinor\n    taxMinor\n    totalMinor\n    invoiceId\n    invoice {\n      id\n      number\n    }\n    customer {\n      id\n      name\n      email\n    }\n    asset {\n      id\n      name\n      model\n      serialNumber\n    }\n    deliveryAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      region\n      country\n    }\n    excessUsageWarning {\n      days\n      pagesOrdered\n      pagesPrinted\n      ratio\n    }\n    lines {\n      itemId\n      sku\n      name\n      category\n      quantity\n      coveredQuantity\n      billableQuantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n      taxMinor\n    }\n  }\n": typeof types.SupplyOrderFieldsFragmentDoc,
    "\n  query AdminMe {\n    me {\n      id\n      name\n      email\n      role\n      timeZone\n      currency\n    }\n    myUnreadNotificationCount\n    teamUnreadThreadCount\n    businessFeatures {\n      projects\n      meters\n      supplies\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  query AdminAttentionCounts {\n    attentionCounts {\n      total\n      urgentRequests\n    }\n  }\n": typeof types.AdminAttentionCountsDocument,
    "\n  query AdminFlaggedReadings {\n    meterReadingsForReview(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminFlaggedReadingsDocument,
    "\n  query AdminNewSupplyOrders {\n    supplyOrders(status: SUBMITTED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminNewSupplyOrdersDocument,
    "\n    mutation StaffChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  ": typeof types.StaffChangePasswordDocument,
    "\n    mutation StaffRevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  ": typeof types.StaffRevokeSessionDocument,
    "\n    mutation StaffSignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          expiresAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  ": typeof types.StaffSignOutOtherSessionsDocument,
    "\n  query StaffSessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      browser\n      os\n      device\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n  }\n": typeof types.StaffSessionsDocument,
    "\n    mutation AgreementEnd($id: ID!) {\n      endServiceAgreement(id: $id) {\n        id\n        active\n        nextInvoiceOn\n      }\n    }\n  ": typeof types.AgreementEndDocument,
    "\n  query AgreementList($active: Boolean, $after: String) {\n    serviceAgreements(active: $active, first: 50, after: $after) {\n      nodes {\n        id\n        customerId\n        customerName\n        name\n        priceMinor\n        currency\n        intervalMonths\n        nextInvoiceOn\n        active\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgreementListDocument,
    "\n  query AuditStaff {\n    staffMembers {\n      id\n      name\n    }\n  }\n": typeof types.AuditStaffDocument,
    "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        source\n        at\n        action\n        actorType\n        actorId\n        actorName\n        contactId\n        contactName\n        customerId\n        subjectType\n        subjectId\n        subjectLabel\n        ip\n        userAgent\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  query AuditLogCsvUrl($filter: AuditLogFilter) {\n    auditLogCsvUrl(filter: $filter)\n  }\n": typeof types.AuditLogCsvUrlDocument,
    "\n  query CustomerList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        email\n        phone\n        portalStatus\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n    query CustomerFeeds($id: ID!) {\n      customer(id: $id) {\n        id\n        activity(first: 15) {\n          nodes {\n            id\n            action\n            actorName\n            actorType\n            at\n            ip\n            subject {\n              kind\n              id\n              name\n            }\n          }\n        }\n      }\n      communicationsTimeline(customerId: $id, first: 30) {\n        nodes {\n          id\n          kind\n          direction\n          occurredAt\n          summary\n          actorName\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  ": typeof types.CustomerFeedsDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n      sites {\n        ...CustomerSiteFields\n      }\n      assets {\n        ...CustomerAssetFields\n      }\n      activity(first: 15) {\n        nodes {\n          id\n          action\n          actorName\n          actorType\n          at\n          ip\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n    adminJobs(customerId: $id, first: 20) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n    invoices(customerId: $id, first: 20) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        totalMinor\n        amountDueMinor\n        currency\n      }\n    }\n    customerPayments(customerId: $id, first: 20) {\n      nodes {\n        id\n        invoiceId\n        invoiceNumber\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        status\n        createdAt\n        failureReason\n        receiptUrl\n      }\n    }\n    documents(customerId: $id, first: 50) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n        sizeBytes\n      }\n    }\n    assetTypes {\n      id\n      name\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n    communicationsTimeline(customerId: $id, first: 30) {\n      nodes {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        actorName\n        subject {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query CustomerAgreements($id: ID!) {\n    serviceAgreements(customerId: $id, first: 20) {\n      nodes {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.CustomerAgreementsDocument,
    "\n  query CustomerThreads($id: ID!) {\n    teamThreads(customerId: $id, first: 10) {\n      nodes {\n        ...TeamThreadRow\n      }\n    }\n  }\n": typeof types.CustomerThreadsDocument,
    "\n  query CustomerProjects($id: ID!) {\n    projects(customerId: $id, first: 10) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n      }\n    }\n  }\n": typeof types.CustomerProjectsDocument,
    "\n    mutation AddMeter($assetId: ID!, $kind: MeterKind!, $label: String!) {\n      addMeter(assetId: $assetId, kind: $kind, label: $label) {\n        id\n        label\n      }\n    }\n  ": typeof types.AddMeterDocument,
    "\n    mutation UpdateMeter($id: ID!, $label: String, $active: Boolean) {\n      updateMeter(id: $id, label: $label, active: $active) {\n        id\n        label\n        active\n      }\n    }\n  ": typeof types.UpdateMeterDocument,
    "\n    mutation CorrectMeterReading($id: ID!, $value: Int!, $note: String!) {\n      correctMeterReading(id: $id, value: $value, note: $note) {\n        id\n        value\n        status\n      }\n    }\n  ": typeof types.CorrectMeterReadingDocument,
    "\n  query DeviceMeters($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        site {\n          id\n          label\n        }\n        meterContract {\n          id\n          number\n          status\n        }\n        meters {\n          id\n          kind\n          label\n          active\n          readingDueBy\n          readings(first: 12) {\n            id\n            value\n            readAt\n            source\n            status\n            estimated\n            flagReason\n            expectedValue\n            resetsCounter\n            reviewNote\n            reviewerName\n            submittedByName\n            correctedFromValue\n            billed\n            nextStates\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeviceMetersDocument,
    "\n  query DeviceUsage($assetId: ID!) {\n    meterUsage(assetId: $assetId) {\n      contractNumber\n      currency\n      periodStart\n      periodEnd\n      daysElapsed\n      daysInPeriod\n      baseChargeMinor\n      minimumMinor\n      estimatedChargeMinor\n      meters {\n        meterId\n        label\n        openingValue\n        latestValue\n        volumeThisPeriod\n        includedVolume\n        allowanceLeft\n        projectedVolume\n        projectedOverageVolume\n        projectedOverageMinor\n      }\n    }\n  }\n": typeof types.DeviceUsageDocument,
    "\n  query DispatchWeek($from: String!, $to: String!) {\n    dispatchBoard(from: $from, to: $to) {\n      from\n      to\n      timeZone\n      days {\n        date\n        lanes {\n          technicianId\n          technicianName\n          jobs {\n            id\n            title\n            status\n            nextStatuses\n            customerName\n            siteLabel\n            siteAddress\n            localDate\n            localStartTime\n            localEndTime\n            scheduledStart\n            technicianId\n            technicianName\n            bookedOnline\n            serviceType {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DispatchWeekDocument,
    "\n  query InvoiceList($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        customerName\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n        paymentProcessing\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n    mutation InvoiceIssue($id: ID!) {\n      issueInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": typeof types.InvoiceIssueDocument,
    "\n    mutation InvoiceResend($id: ID!) {\n      resendInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": typeof types.InvoiceResendDocument,
    "\n    mutation InvoiceReopen($id: ID!) {\n      reopenInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": typeof types.InvoiceReopenDocument,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  query InvoiceCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.InvoiceCustomerDocument,
    "\n  query InvoiceCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.InvoiceCustomerSearchDocument,
    "\n  query TipsReport($from: String!, $to: String!) {\n    tipsReport(from: $from, to: $to) {\n      from\n      to\n      currency\n      count\n      totalMinor\n      technicians {\n        technicianId\n        technicianName\n        count\n        totalMinor\n      }\n    }\n  }\n": typeof types.TipsReportDocument,
    "\n    mutation JobAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        id\n        internalNotes {\n          id\n          body\n          authorName\n          createdAt\n        }\n      }\n    }\n  ": typeof types.JobAddInternalNoteDocument,
    "\n    mutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n      updateJobNotes(id: $id, customerNotes: $customerNotes) {\n        id\n        customerNotes\n      }\n    }\n  ": typeof types.JobUpdateCustomerNotesDocument,
    "\n  query JobDetail($id: ID!) {\n    adminJob(id: $id) {\n      id\n      title\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n      onMyWayAt\n      etaAt\n      arrivedAt\n      customerId\n      customerPhone\n      mapUrl\n      customerName\n      description\n      customerNotes\n      accessInstructions\n      siteLabel\n      siteAddress\n      assetName\n      localDate\n      localStartTime\n      localEndTime\n      technicianId\n      technicianName\n      bookedOnline\n      declineReason\n      serviceType {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      internalNotes {\n        id\n        body\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n      }\n    }\n  }\n": typeof types.JobDetailDocument,
    "\n  query TeamInbox($view: TeamInboxView!, $customerId: ID, $after: String) {\n    teamThreads(view: $view, customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        ...TeamThreadRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TeamInboxDocument,
    "\n  query InboxCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.InboxCustomerDocument,
    "\n  query InboxCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.InboxCustomerSearchDocument,
    "\n  query TeamThread($id: ID!, $office: Boolean!) {\n    teamThread(id: $id) {\n      id\n      lastMessageAt\n      seenByCustomerAt\n      unreadCount\n      anchor {\n        type\n        id\n        label\n      }\n      customer {\n        id\n        name\n        locale\n      }\n      assignee {\n        id\n        name\n      }\n      messages(last: 20) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n    cannedReplies {\n      ...CannedReplyFields\n    }\n    threadAssignees(threadId: $id) @include(if: $office) {\n      id\n      name\n    }\n  }\n": typeof types.TeamThreadDocument,
    "\n    mutation ApproveMeterReading($id: ID!, $note: String) {\n      approveMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  ": typeof types.ApproveMeterReadingDocument,
    "\n    mutation RejectMeterReading($id: ID!, $note: String) {\n      rejectMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  ": typeof types.RejectMeterReadingDocument,
    "\n  query ReadingsForReview($after: String) {\n    meterReadingsForReview(first: 50, after: $after) {\n      nodes {\n        id\n        value\n        readAt\n        source\n        flagReason\n        expectedValue\n        resetsCounter\n        photoUrl\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        meter {\n          id\n          label\n          lastReading {\n            id\n            value\n            readAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReadingsForReviewDocument,
    "\n  query MeterContractList($customerId: ID, $after: String) {\n    meterContracts(customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        deviceName\n        startsOn\n        endsOn\n        periodMonths\n        baseChargeMinor\n        currency\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MeterContractListDocument,
    "\n  query MeterContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.MeterContractCustomerDocument,
    "\n  query MeterContractCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeterContractCustomerSearchDocument,
    "\n    mutation UpdateMeterContract($id: ID!, $input: MeterContractInput!) {\n      updateMeterContract(id: $id, input: $input) {\n        ...MeterContractFields\n      }\n    }\n  ": typeof types.UpdateMeterContractDocument,
    "\n    mutation EndMeterContract($id: ID!, $endsOn: String!) {\n      endMeterContract(id: $id, endsOn: $endsOn) {\n        ...MeterContractFields\n      }\n    }\n  ": typeof types.EndMeterContractDocument,
    "\n  query MeterContractDetail($id: ID!) {\n    meterContract(id: $id) {\n      ...MeterContractFields\n    }\n    meterBillingPeriods(contractId: $id) {\n      id\n      periodStart\n      periodEnd\n      subtotalMinor\n      invoiceId\n      invoiceNumber\n      createdAt\n      meters {\n        meterId\n        label\n        openingValue\n        closingValue\n        estimated\n        volume\n        includedVolume\n        overageVolume\n        amountMinor\n        creditMinor\n      }\n    }\n  }\n": typeof types.MeterContractDetailDocument,
    "\n  query MeterContractDevice($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n": typeof types.MeterContractDeviceDocument,
    "\n    mutation CreateMeterContract($input: MeterContractInput!) {\n      createMeterContract(input: $input) {\n        id\n        number\n      }\n    }\n  ": typeof types.CreateMeterContractDocument,
    "\n  query NewContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n": typeof types.NewContractCustomerDocument,
    "\n  query NewContractCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.NewContractCustomerSearchDocument,
    "\n  query MyDay {\n    myDay {\n      date\n      timeZone\n      jobs {\n        ...MyDayJobFields\n      }\n    }\n  }\n": typeof types.MyDayDocument,
    "\n  query DevOutbox($after: String) {\n    devOutbox(first: 20, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  query ProjectList($status: ProjectStatus, $customerId: ID, $after: String) {\n    projects(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n        delayDays\n        contractValueMinor\n        currency\n        customer {\n          id\n          name\n        }\n        currentPhase {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProjectListDocument,
    "\n  query ProjectListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ProjectListCustomerDocument,
    "\n  query ProjectListCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.ProjectListCustomerSearchDocument,
    "\n  query ProjectCandidates($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n      }\n    }\n    adminJobs(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n    invoices(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        number\n        status\n        totalMinor\n        currency\n      }\n    }\n  }\n": typeof types.ProjectCandidatesDocument,
    "\n  query ProjectDocumentCandidates($customerId: ID!) {\n    documents(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        fileName\n        shared\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n": typeof types.ProjectDocumentCandidatesDocument,
    "\n  query NewProjectCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      sites {\n        id\n        label\n      }\n    }\n  }\n": typeof types.NewProjectCustomerDocument,
    "\n  query NewProjectCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.NewProjectCustomerSearchDocument,
    "\n  query QuoteList($status: QuoteStatus, $customerId: ID, $after: String) {\n    quotes(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        currency\n        customer {\n          id\n          name\n        }\n        current {\n          title\n          validUntil\n          commonItems {\n            description\n            quantity\n            unitPriceMinor\n            taxRateBp\n          }\n          options {\n            id\n            totals {\n              totalMinor\n            }\n          }\n        }\n        approvedTotals {\n          totalMinor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QuoteListDocument,
    "\n  query QuoteListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.QuoteListCustomerDocument,
    "\n    mutation UpdateQuoteDraft($id: ID!, $input: QuoteContentInput!) {\n      updateQuoteDraft(id: $id, input: $input) {\n        ...QuoteDetailFields\n      }\n    }\n  ": typeof types.UpdateQuoteDraftDocument,
    "\n    mutation SendQuote($id: ID!) {\n      sendQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": typeof types.SendQuoteDocument,
    "\n    mutation ReviseQuote($id: ID!) {\n      reviseQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": typeof types.ReviseQuoteDocument,
    "\n    mutation WithdrawQuote($id: ID!) {\n      withdrawQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": typeof types.WithdrawQuoteDocument,
    "\n    mutation ConvertQuote($id: ID!) {\n      convertQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": typeof types.ConvertQuoteDocument,
    "\n  query QuoteDetail($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetailFields\n    }\n  }\n": typeof types.QuoteDetailDocument,
    "\n  query QuoteSigning($id: ID!) {\n    signingRequest(id: $id) {\n      ...AdminSigningRequestFields\n    }\n  }\n": typeof types.QuoteSigningDocument,
    "\n  query QuoteSignedPdf($id: ID!) {\n    document(id: $id) {\n      id\n      downloadUrl\n    }\n  }\n": typeof types.QuoteSignedPdfDocument,
    "\n    mutation CreateQuote($input: CreateQuoteInput!) {\n      createQuote(input: $input) {\n        id\n        number\n      }\n    }\n  ": typeof types.CreateQuoteDocument,
    "\n  query NewQuoteCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.NewQuoteCustomerDocument,
    "\n  query NewQuoteRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      id\n      description\n    }\n  }\n": typeof types.NewQuoteRequestDocument,
    "\n  query NewQuoteProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.NewQuoteProjectDocument,
    "\n  query NewQuoteCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.NewQuoteCustomerSearchDocument,
    "\n  query RequestsInbox($overdue: Boolean) {\n    appointmentRequests(first: 50) {\n      nodes {\n        id\n        title\n        customerName\n        serviceType {\n          id\n          name\n        }\n        start: scheduledStart\n        end: scheduledEnd\n        requestedStart\n        description\n        bookedOnline\n      }\n    }\n    # 40 of each: the page stays within the API's query cost limit with the response clock's fields.\n    submitted: serviceRequestsInbox(status: submitted, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n    reviewed: serviceRequestsInbox(status: reviewed, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RequestsInboxDocument,
    "\n    mutation InboxMarkReviewed($id: ID!) {\n      markRequestReviewed(id: $id) {\n        ...InboxRequestFields\n      }\n    }\n  ": typeof types.InboxMarkReviewedDocument,
    "\n    mutation InboxDeclineRequest($id: ID!, $reason: String!) {\n      declineRequest(id: $id, reason: $reason) {\n        ...InboxRequestFields\n      }\n    }\n  ": typeof types.InboxDeclineRequestDocument,
    "\n  query InboxRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      ...InboxRequestFields\n    }\n  }\n": typeof types.InboxRequestDocument,
    "\n  query ConvertOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConvertOptionsDocument,
    "\n  query AdminReviews($status: ReviewStatus) {\n    reviews(status: $status, first: 50) {\n      nodes {\n        ...ReviewFields\n      }\n    }\n  }\n": typeof types.AdminReviewsDocument,
    "\n  query AdminSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    assetTypes {\n      ...AssetTypeFields\n    }\n    staffMembers {\n      id\n      name\n      role\n      status\n    }\n    bookingSettings {\n      ...BookingSettingsFields\n    }\n    staffAlertSettings {\n      kind\n      roles\n    }\n    requestResponsePromises {\n      urgency\n      responseMinutes\n      note\n      extraChargeMinor\n    }\n  }\n": typeof types.AdminSettingsDocument,
    "\n  query AdminCannedReplies {\n    cannedReplies {\n      ...CannedReplyFields\n    }\n  }\n": typeof types.AdminCannedRepliesDocument,
    "\n    mutation AdminSaveDocumentTemplate($input: SaveDocumentTemplateInput!) {\n      saveDocumentTemplate(input: $input) {\n        ...DocumentTemplateFields\n      }\n    }\n  ": typeof types.AdminSaveDocumentTemplateDocument,
    "\n    mutation AdminResetDocumentTemplate($kind: GeneratedDocumentKind!, $locale: String!) {\n      resetDocumentTemplate(kind: $kind, locale: $locale) {\n        ...DocumentTemplateFields\n      }\n    }\n  ": typeof types.AdminResetDocumentTemplateDocument,
    "\n    mutation AdminPreviewDocumentTemplate($input: DocumentTemplatePreviewInput!) {\n      previewDocumentTemplate(input: $input) {\n        fileName\n        contentType\n        base64\n      }\n    }\n  ": typeof types.AdminPreviewDocumentTemplateDocument,
    "\n  query AdminDocumentTemplates {\n    documentTemplates {\n      ...DocumentTemplateFields\n    }\n  }\n": typeof types.AdminDocumentTemplatesDocument,
    "\n  query AdminPrivacySettingsPage {\n    privacySettings {\n      privacyNotice\n      privacyNoticeVersion\n      legalRetentionYears\n      erasureAutoDays\n      exportLinkDays\n    }\n  }\n": typeof types.AdminPrivacySettingsPageDocument,
    "\n  query AdminQuoteSettingsPage {\n    tenantSettings {\n      slug\n      tipsEnabled\n      tipPresetsPercent\n      ...QuoteSettingsFields\n    }\n    signatureSettings {\n      ...SignatureSettingsFields\n    }\n  }\n": typeof types.AdminQuoteSettingsPageDocument,
    "\n  fragment QuoteSettingsFields on TenantSettings {\n    quoteNumberFormat\n    quoteConversion\n    quoteValidityDays\n    quoteDefaultTerms\n  }\n": typeof types.QuoteSettingsFieldsFragmentDoc,
    "\n    mutation StaffInvite($input: InviteStaffInput!) {\n      inviteStaff(input: $input) {\n        id\n        name\n      }\n    }\n  ": typeof types.StaffInviteDocument,
    "\n    mutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n      changeStaffRole(staffUserId: $staffUserId, role: $role) {\n        id\n        name\n        email\n        role\n        status\n        createdAt\n      }\n    }\n  ": typeof types.StaffChangeRoleDocument,
    "\n    mutation StaffDeactivate($staffUserId: ID!) {\n      deactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  ": typeof types.StaffDeactivateDocument,
    "\n    mutation StaffReactivate($staffUserId: ID!) {\n      reactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  ": typeof types.StaffReactivateDocument,
    "\n  query StaffList {\n    staffMembers {\n      id\n      name\n      email\n      role\n      status\n      createdAt\n    }\n  }\n": typeof types.StaffListDocument,
    "\n  query SupplyOrderList($status: SupplyOrderStatus, $customerId: ID, $after: String) {\n    supplyOrders(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        submittedAt\n        totalMinor\n        currency\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        lines {\n          itemId\n          quantity\n        }\n        excessUsageWarning {\n          ratio\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SupplyOrderListDocument,
    "\n  query SupplyOrderCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.SupplyOrderCustomerDocument,
    "\n    mutation ApproveSupplyOrder($id: ID!) {\n      approveSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  ": typeof types.ApproveSupplyOrderDocument,
    "\n    mutation ShipSupplyOrder($id: ID!, $carrier: String!, $trackingNumber: String!) {\n      shipSupplyOrder(id: $id, carrier: $carrier, trackingNumber: $trackingNumber) {\n        ...SupplyOrderFields\n      }\n    }\n  ": typeof types.ShipSupplyOrderDocument,
    "\n    mutation DeliverSupplyOrder($id: ID!) {\n      deliverSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  ": typeof types.DeliverSupplyOrderDocument,
    "\n    mutation RejectSupplyOrder($id: ID!, $reason: String!) {\n      rejectSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  ": typeof types.RejectSupplyOrderDocument,
    "\n    mutation CancelSupplyOrder($id: ID!, $reason: String!) {\n      cancelSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  ": typeof types.CancelSupplyOrderDocument,
    "\n  query SupplyOrderDetail($id: ID!) {\n    supplyOrder(id: $id) {\n      ...SupplyOrderFields\n    }\n  }\n": typeof types.SupplyOrderDetailDocument,
    "\n  query SupplyCatalogue($search: String, $category: SupplyCategory, $includeInactive: Boolean!, $after: String) {\n    supplyItems(search: $search, category: $category, includeInactive: $includeInactive, first: 50, after: $after) {\n      nodes {\n        ...SupplyItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SupplyCatalogueDocument,
    "\n    mutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  ": typeof types.StaffRequestPasswordResetDocument,
};
const documents: Documents = {
    "\n    mutation AdminLogin($input: StaffLoginInput!) {\n      login(input: $input) {\n        staff {\n          id\n          name\n          role\n        }\n      }\n    }\n  ": types.AdminLoginDocument,
    "\n    mutation AdminLogout {\n      logout\n    }\n  ": types.AdminLogoutDocument,
    "\n    mutation AdminUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  ": types.AdminUpdateNotificationPreferencesDocument,
    "\n    mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  ": types.StaffAcceptInvitationDocument,
    "\n    mutation StaffResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  ": types.StaffResetPasswordDocument,
    "\n    mutation AgreementCreate($input: CreateServiceAgreementInput!) {\n      createServiceAgreement(input: $input) {\n        ...AgreementFields\n      }\n    }\n  ": types.AgreementCreateDocument,
    "\n    mutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n      createAsset(customerId: $customerId, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  ": types.CustomerCreateAssetDocument,
    "\n    mutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n      updateAsset(id: $id, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  ": types.CustomerUpdateAssetDocument,
    "\n    query CustomerContacts($id: ID!) {\n      customer(id: $id) {\n        id\n        contacts {\n          id\n          name\n          email\n          phone\n          locale\n          isPrimary\n          status\n          rights\n          siteIds\n          lastLoginAt\n          hearsNow\n          notificationChoices {\n            kind\n            channel\n          }\n        }\n      }\n    }\n  ": types.CustomerContactsDocument,
    "\n    mutation InviteCustomerContact($customerId: ID!, $input: InviteContactInput!) {\n      inviteCustomerContact(customerId: $customerId, input: $input) {\n        id\n        email\n      }\n    }\n  ": types.InviteCustomerContactDocument,
    "\n    mutation UpdateCustomerContact($input: UpdateContactInput!) {\n      updateCustomerContact(input: $input) {\n        id\n      }\n    }\n  ": types.UpdateCustomerContactDocument,
    "\n    mutation SetPrimaryContact($id: ID!) {\n      setPrimaryContact(id: $id) {\n        id\n      }\n    }\n  ": types.SetPrimaryContactDocument,
    "\n    mutation ResendCustomerContactInvitation($id: ID!) {\n      resendCustomerContactInvitation(id: $id) {\n        id\n      }\n    }\n  ": types.ResendCustomerContactInvitationDocument,
    "\n    mutation DeactivateCustomerContact($id: ID!) {\n      deactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  ": types.DeactivateCustomerContactDocument,
    "\n    mutation ReactivateCustomerContact($id: ID!) {\n      reactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  ": types.ReactivateCustomerContactDocument,
    "\n    mutation RemoveCustomerContact($id: ID!) {\n      removeCustomerContact(id: $id)\n    }\n  ": types.RemoveCustomerContactDocument,
    "\n    query DocumentAccessHistory($id: ID!, $after: String) {\n      document(id: $id) {\n        id\n        accessHistory(first: 20, after: $after) {\n          nodes {\n            id\n            action\n            at\n            actorType\n            actorName\n            ip\n            browser\n            os\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": types.DocumentAccessHistoryDocument,
    "\n    mutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n      setDocumentShared(id: $id, shared: $shared) {\n        ...CustomerDocumentFields\n      }\n    }\n  ": types.DocumentSetSharedDocument,
    "\n    mutation DocumentCreateUpload($fileName: String!) {\n      createDocumentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  ": types.DocumentCreateUploadDocument,
    "\n    mutation DocumentCreate($input: CreateDocumentInput!) {\n      createDocument(input: $input) {\n        ...CustomerDocumentFields\n      }\n    }\n  ": types.DocumentCreateDocument,
    "\n    mutation CustomerDeleteAsset($id: ID!) {\n      deleteAsset(id: $id)\n    }\n  ": types.CustomerDeleteAssetDocument,
    "\n    mutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n      updateCustomer(id: $id, input: $input) {\n        ...CustomerFields\n      }\n    }\n  ": types.CustomerUpdateDocument,
    "\n    mutation CustomerDeleteSite($id: ID!) {\n      deleteSite(id: $id)\n    }\n  ": types.CustomerDeleteSiteDocument,
    "\n    mutation CustomerLogCommunication($input: LogCommunicationInput!) {\n      logCommunication(input: $input) {\n        id\n      }\n    }\n  ": types.CustomerLogCommunicationDocument,
    "\n    mutation CustomerCreate($input: CreateCustomerInput!) {\n      createCustomer(input: $input) {\n        id\n      }\n    }\n  ": types.CustomerCreateDocument,
    "\n    mutation CustomerInvite($customerId: ID!) {\n      inviteCustomer(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": types.CustomerInviteDocument,
    "\n    mutation CustomerResetLink($customerId: ID!) {\n      sendPasswordResetLink(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": types.CustomerResetLinkDocument,
    "\n    mutation CustomerDeactivate($customerId: ID!) {\n      deactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": types.CustomerDeactivateDocument,
    "\n    mutation CustomerReactivate($customerId: ID!) {\n      reactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  ": types.CustomerReactivateDocument,
    "\n    mutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n      createSite(customerId: $customerId, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  ": types.CustomerCreateSiteDocument,
    "\n    mutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n      updateSite(id: $id, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  ": types.CustomerUpdateSiteDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    email\n    phone\n    locale\n    portalStatus\n    portalEmail\n    pendingPortalEmail\n    createdAt\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  fragment CustomerSiteFields on Site {\n    id\n    label\n    addressLine1\n    addressLine2\n    city\n    postalCode\n    region\n    country\n    accessInstructions\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n": types.CustomerSiteFieldsFragmentDoc,
    "\n  fragment CustomerAssetFields on AdminAsset {\n    id\n    name\n    model\n    serialNumber\n    category\n    warrantyStatus\n    warrantyEndOn\n    installedOn\n    notes\n    site {\n      id\n      label\n    }\n    assetType {\n      id\n      name\n    }\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n": types.CustomerAssetFieldsFragmentDoc,
    "\n  fragment AgreementFields on ServiceAgreement {\n    id\n    name\n    active\n    intervalMonths\n    priceMinor\n    currency\n    nextInvoiceOn\n    autopay {\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  fragment CustomerDocumentFields on AdminDocument {\n    id\n    title\n    kind\n    fileName\n    shared\n    createdAt\n    downloadUrl\n    sizeBytes\n  }\n": types.CustomerDocumentFieldsFragmentDoc,
    "\n    mutation RecordMeterReading($input: RecordMeterReadingInput!) {\n      recordMeterReading(input: $input) {\n        id\n        value\n        status\n      }\n    }\n  ": types.RecordMeterReadingDocument,
    "\n    mutation CreateSupplyItem($input: SupplyItemInput!) {\n      createSupplyItem(input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  ": types.CreateSupplyItemDocument,
    "\n    mutation UpdateSupplyItem($id: ID!, $input: SupplyItemInput!) {\n      updateSupplyItem(id: $id, input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  ": types.UpdateSupplyItemDocument,
    "\n  mutation BoardAssignJob($id: ID!, $technicianId: ID) {\n    assignJob(id: $id, technicianId: $technicianId) {\n      id\n      technicianId\n    }\n  }\n": types.BoardAssignJobDocument,
    "\n  mutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n    moveJob(id: $id, start: $start, technicianId: $technicianId) {\n      id\n      scheduledStart\n      technicianId\n    }\n  }\n": types.BoardMoveJobDocument,
    "\n  mutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n    setJobStatus(id: $id, status: $status) {\n      id\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n    }\n  }\n": types.BoardSetJobStatusDocument,
    "\n    mutation AdminAssignThread($threadId: ID!, $staffUserId: ID) {\n      assignThread(threadId: $threadId, staffUserId: $staffUserId) {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  ": types.AdminAssignThreadDocument,
    "\n    mutation AdminSaveCannedReply($input: CannedReplyInput!) {\n      saveCannedReply(input: $input) {\n        ...CannedReplyFields\n      }\n    }\n  ": types.AdminSaveCannedReplyDocument,
    "\n    mutation AdminDeleteCannedReply($id: ID!) {\n      deleteCannedReply(id: $id) {\n        ...CannedReplyFields\n      }\n    }\n  ": types.AdminDeleteCannedReplyDocument,
    "\n    mutation AdminStartThread($customerId: ID!, $anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n      startThreadWithCustomer(customerId: $customerId, anchor: $anchor, message: $message) {\n        id\n      }\n    }\n  ": types.AdminStartThreadDocument,
    "\n    query AdminStartedThread($customerId: ID!) {\n      teamThreads(customerId: $customerId, first: 100) {\n        nodes {\n          id\n          anchor {\n            type\n            id\n          }\n        }\n      }\n    }\n  ": types.AdminStartedThreadDocument,
    "\n  fragment CannedReplyFields on CannedReply {\n    id\n    title\n    bodies {\n      locale\n      text\n    }\n  }\n": types.CannedReplyFieldsFragmentDoc,
    "\n    mutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n      issueCreditNote(input: $input) {\n        creditNote {\n          id\n          number\n        }\n        invoice {\n          ...InvoiceDetailFields\n        }\n      }\n    }\n  ": types.InvoiceIssueCreditNoteDocument,
    "\n    mutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n      createInvoice(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": types.EditorCreateInvoiceDocument,
    "\n    mutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n      updateDraftInvoice(id: $id, input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": types.EditorUpdateDraftDocument,
    "\n    mutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n      recordOfflinePayment(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": types.InvoiceRecordPaymentDocument,
    "\n    mutation InvoiceVoid($id: ID!, $reason: String!) {\n      voidInvoice(id: $id, reason: $reason) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": types.InvoiceVoidDocument,
    "\n    mutation PlanCreateJob($input: CreateJobInput!) {\n      createJob(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n  ": types.PlanCreateJobDocument,
    "\n    mutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n      convertRequestToJob(id: $id, job: $job) {\n        ...InboxRequestFields\n      }\n    }\n  ": types.InboxConvertRequestDocument,
    "\n    mutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n      setJobStatus(id: $id, status: $status) {\n        ...MyDayJobFields\n      }\n    }\n  ": types.MyDaySetJobStatusDocument,
    "\n    mutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        ...MyDayJobFields\n      }\n    }\n  ": types.MyDayAddInternalNoteDocument,
    "\n    mutation JobAnnounceOnMyWay($jobId: ID!, $etaMinutes: Int, $etaAt: DateTimeISO) {\n      announceOnMyWay(jobId: $jobId, etaMinutes: $etaMinutes, etaAt: $etaAt) {\n        ...JobVisitFields\n      }\n    }\n  ": types.JobAnnounceOnMyWayDocument,
    "\n    mutation JobMarkArrived($jobId: ID!) {\n      markArrived(jobId: $jobId) {\n        ...JobVisitFields\n      }\n    }\n  ": types.JobMarkArrivedDocument,
    "\n    mutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n      setPartsUsed(id: $id, parts: $parts) {\n        id\n      }\n    }\n  ": types.JobSetPartsUsedDocument,
    "\n  fragment MyDayJobFields on AdminJob {\n    id\n    title\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n    localStartTime\n    localEndTime\n    customerName\n    customerPhone\n    siteLabel\n    siteAddress\n    mapUrl\n    accessInstructions\n    description\n    serviceType {\n      id\n      name\n    }\n    internalNotes {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n": types.MyDayJobFieldsFragmentDoc,
    "\n  fragment JobVisitFields on AdminJob {\n    id\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n  }\n": types.JobVisitFieldsFragmentDoc,
    "\n    mutation PaymentRefund($input: RefundPaymentInput!) {\n      refundPayment(input: $input) {\n        id\n        status\n        refundedMinor\n      }\n    }\n  ": types.PaymentRefundDocument,
    "\n    mutation AdminUpdatePrivacySettings($input: PrivacySettingsInput!) {\n      updatePrivacySettings(input: $input) {\n        privacyNotice\n        privacyNoticeVersion\n        legalRetentionYears\n        erasureAutoDays\n        exportLinkDays\n      }\n    }\n  ": types.AdminUpdatePrivacySettingsDocument,
    "\n  fragment PrivacyRequestFields on AdminPrivacyRequest {\n    id\n    kind\n    status\n    wholeAccount\n    reason\n    dueAt\n    createdAt\n    byStaff\n    customerId\n    customerName\n    downloadUrl\n  }\n": types.PrivacyRequestFieldsFragmentDoc,
    "\n  query AdminPrivacyRequests($status: PrivacyRequestStatus, $customerId: ID) {\n    privacyRequests(status: $status, customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n": types.AdminPrivacyRequestsDocument,
    "\n  mutation AdminConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      ...PrivacyRequestFields\n    }\n  }\n": types.AdminConfirmErasureDocument,
    "\n  mutation AdminRejectErasure($id: ID!, $reason: String!) {\n    rejectErasure(id: $id, reason: $reason) {\n      ...PrivacyRequestFields\n    }\n  }\n": types.AdminRejectErasureDocument,
    "\n  mutation AdminRunCustomerDataExport($customerId: ID!) {\n    runCustomerDataExport(customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n": types.AdminRunCustomerDataExportDocument,
    "\n    mutation ProjectReportDelay($projectId: ID!, $input: ProjectDelayInput!) {\n      reportProjectDelay(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectReportDelayDocument,
    "\n    mutation ProjectRemoveDelay($id: ID!) {\n      removeProjectDelay(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectRemoveDelayDocument,
    "\n    mutation ProjectUpdatePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectUpdatePhotoDocument,
    "\n    mutation ProjectRemovePhoto($id: ID!) {\n      removeProjectPhoto(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectRemovePhotoDocument,
    "\n    mutation ProjectAddMilestone($projectId: ID!, $input: ProjectMilestoneInput!) {\n      addProjectMilestone(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectAddMilestoneDocument,
    "\n    mutation ProjectReachMilestone($id: ID!) {\n      reachProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectReachMilestoneDocument,
    "\n    mutation ProjectCancelMilestone($id: ID!) {\n      cancelProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectCancelMilestoneDocument,
    "\n    mutation ProjectUpdatePhase($id: ID!, $input: UpdateProjectPhaseInput!) {\n      updateProjectPhase(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectUpdatePhaseDocument,
    "\n    mutation ProjectRemovePhase($id: ID!) {\n      removeProjectPhase(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectRemovePhaseDocument,
    "\n    mutation ProjectAddPhase($projectId: ID!, $input: ProjectPhaseInput!) {\n      addProjectPhase(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectAddPhaseDocument,
    "\n    mutation ProjectMovePhase($id: ID!, $position: Int!) {\n      moveProjectPhase(id: $id, position: $position) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectMovePhaseDocument,
    "\n    mutation ProjectPhotoUpload($projectId: ID!) {\n      createProjectPhotoUpload(projectId: $projectId) {\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  ": types.ProjectPhotoUploadDocument,
    "\n    mutation ProjectPlacePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectPlacePhotoDocument,
    "\n    mutation ProjectCreate($input: CreateProjectInput!) {\n      createProject(input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectCreateDocument,
    "\n    mutation ProjectUpdate($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectUpdateDocument,
    "\n    mutation ProjectLinkJob($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkJobToProject(projectId: $projectId, jobId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectLinkJobDocument,
    "\n    mutation ProjectLinkInvoice($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkInvoiceToProject(projectId: $projectId, invoiceId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectLinkInvoiceDocument,
    "\n    mutation ProjectLinkDocument($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkDocumentToProject(projectId: $projectId, documentId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectLinkDocumentDocument,
    "\n    mutation ProjectChangeStatus($id: ID!, $status: ProjectStatus!) {\n      changeProjectStatus(id: $id, status: $status) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectChangeStatusDocument,
    "\n    mutation ProjectSetProgress($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  ": types.ProjectSetProgressDocument,
    "\n    mutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n      confirmAppointment(id: $id, start: $start) {\n        id\n        status\n        start: scheduledStart\n        technicianName\n      }\n    }\n  ": types.InboxConfirmAppointmentDocument,
    "\n    mutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n      declineAppointment(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  ": types.InboxDeclineAppointmentDocument,
    "\n  fragment InboxRequestFields on AdminServiceRequest {\n    id\n    customerId\n    customerName\n    description\n    urgency\n    status\n    createdAt\n    updatedAt\n    preferredAt\n    preferredUntil\n    respondBy\n    firstResponseAt\n    overdue\n    respondedLate\n    declineReason\n    assetId\n    assetName\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n    job {\n      id\n      title\n      localDate\n      localStartTime\n      technicianName\n    }\n  }\n": types.InboxRequestFieldsFragmentDoc,
    "\n    mutation ReviewPublish($id: ID!) {\n      publishReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  ": types.ReviewPublishDocument,
    "\n    mutation ReviewReject($id: ID!) {\n      rejectReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  ": types.ReviewRejectDocument,
    "\n    mutation ReviewRespond($id: ID!, $response: String!) {\n      respondToReview(id: $id, response: $response) {\n        ...ReviewFields\n      }\n    }\n  ": types.ReviewRespondDocument,
    "\n    mutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n      createAssetType(code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  ": types.SettingsCreateAssetTypeDocument,
    "\n    mutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n      updateAssetType(id: $id, code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  ": types.SettingsUpdateAssetTypeDocument,
    "\n    mutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n      updateBookingSettings(input: $input) {\n        ...BookingSettingsFields\n      }\n    }\n  ": types.AdminUpdateBookingSettingsDocument,
    "\n    mutation AdminAddClosedDate($date: String!, $label: String) {\n      addClosedDate(date: $date, label: $label) {\n        date\n        label\n      }\n    }\n  ": types.AdminAddClosedDateDocument,
    "\n    mutation AdminRemoveClosedDate($date: String!) {\n      removeClosedDate(date: $date)\n    }\n  ": types.AdminRemoveClosedDateDocument,
    "\n    mutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": types.AdminUpdateContactDetailsDocument,
    "\n    mutation AdminVerifyCustomDomain {\n      verifyCustomDomain {\n        domain\n        status\n        recordType\n        recordName\n        recordValue\n        checkedAt\n        nextCheckAt\n        verifiedAt\n        problem\n        problemMessage\n      }\n    }\n  ": types.AdminVerifyCustomDomainDocument,
    "\n    mutation AdminCreateLogoUpload {\n      createLogoUpload {\n        uploadUrl\n        maxBytes\n      }\n    }\n  ": types.AdminCreateLogoUploadDocument,
    "\n    mutation AdminRemoveLogo {\n      removeLogo {\n        ...TenantSettingsFields\n      }\n    }\n  ": types.AdminRemoveLogoDocument,
    "\n    mutation AdminUpdateMessageSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": types.AdminUpdateMessageSettingsDocument,
    "\n    mutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": types.AdminUpdatePaymentSettingsDocument,
    "\n    mutation AdminUpdateQuoteSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        quoteNumberFormat\n        quoteConversion\n        quoteValidityDays\n        quoteDefaultTerms\n      }\n    }\n  ": types.AdminUpdateQuoteSettingsDocument,
    "\n    mutation AdminSetResponsePromises($promises: [RequestResponsePromiseInput!]!) {\n      setRequestResponsePromises(promises: $promises) {\n        urgency\n        responseMinutes\n        note\n        extraChargeMinor\n      }\n    }\n  ": types.AdminSetResponsePromisesDocument,
    "\n    mutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n      createServiceType(input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  ": types.SettingsCreateServiceTypeDocument,
    "\n    mutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n      updateServiceType(id: $id, input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  ": types.SettingsUpdateServiceTypeDocument,
    "\n    mutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": types.AdminUpdateSessionSettingsDocument,
    "\n    mutation AdminUpdateSignatureSettings($input: UpdateSignatureSettingsInput!) {\n      updateSignatureSettings(input: $input) {\n        ...SignatureSettingsFields\n      }\n    }\n  ": types.AdminUpdateSignatureSettingsDocument,
    "\n    mutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n      updateStaffAlertSettings(input: $input) {\n        kind\n        roles\n      }\n    }\n  ": types.AdminUpdateStaffAlertsDocument,
    "\n    mutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  ": types.AdminUpdateTenantSettingsDocument,
    "\n    mutation AdminUpdateTipSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        tipsEnabled\n        tipPresetsPercent\n      }\n    }\n  ": types.AdminUpdateTipSettingsDocument,
    "\n  fragment DocumentTemplateFields on DocumentTemplate {\n    kind\n    locale\n    isCustomized\n    updatedAt\n    placeholders\n    blocks {\n      heading\n      body\n    }\n  }\n": types.DocumentTemplateFieldsFragmentDoc,
    "\n  fragment TenantSettingsFields on TenantSettings {\n    name\n    slug\n    customDomain\n    customDomainVerification {\n      domain\n      status\n      recordType\n      recordName\n      recordValue\n      checkedAt\n      nextCheckAt\n      verifiedAt\n      problem\n      problemMessage\n    }\n    primaryColor\n    accentColor\n    logoUrl\n    locale\n    timeZone\n    currency\n    invoiceNumberFormat\n    warrantyMonths\n    auditRetentionDays\n    selfRegistration\n    reviewModeration\n    customerProfileEdit\n    customersMayAddSites\n    customersMayAddAssets\n    suppliesAnyAddress\n    meterTolerancePercent\n    meterReadingWindowDays\n    allowPartialPayments\n    customerSessionIdleDays\n    staffSessionIdleHours\n    messageEmailDelayMinutes\n    stripeConfigured\n    stripePublishableKey\n    stripeSecretKeyLast4\n    stripeWebhookConfigured\n    stripeAccountId\n    features {\n      booking\n      documents\n      invoices\n      projects\n      requests\n      reviews\n      meters\n      supplies\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n": types.TenantSettingsFieldsFragmentDoc,
    "\n  fragment BookingSettingsFields on BookingSettings {\n    mode\n    slotMinutes\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minLeadMinutes\n    maxAdvanceDays\n    changeWindowHours\n    changeGraceMinutes\n    timeZone\n    hours {\n      weekday\n      ranges {\n        start\n        end\n      }\n    }\n    closedDates {\n      date\n      label\n    }\n  }\n": types.BookingSettingsFieldsFragmentDoc,
    "\n  fragment ServiceTypeFields on AdminServiceType {\n    id\n    name\n    description\n    durationMinutes\n    priceMinor\n    bookableOnline\n    active\n    technicians {\n      id\n      name\n    }\n  }\n": types.ServiceTypeFieldsFragmentDoc,
    "\n  fragment AssetTypeFields on AdminAssetType {\n    id\n    code\n    category\n    name\n    names {\n      locale\n      name\n    }\n  }\n": types.AssetTypeFieldsFragmentDoc,
    "\n    query DocumentSigning($id: ID!) {\n      document(id: $id) {\n        id\n        ...CustomerDocumentFields\n        signingRequest {\n          ...AdminSigningRequestFields\n        }\n      }\n    }\n  ": types.DocumentSigningDocument,
    "\n    query SignedDocumentLink($id: ID!) {\n      document(id: $id) {\n        id\n        downloadUrl\n      }\n    }\n  ": types.SignedDocumentLinkDocument,
    "\n    mutation RequestDocumentSignature($documentId: ID!, $input: RequestDocumentSignatureInput!) {\n      requestDocumentSignature(documentId: $documentId, input: $input) {\n        ...AdminSigningRequestFields\n      }\n    }\n  ": types.RequestDocumentSignatureDocument,
    "\n    mutation CancelSigningRequest($id: ID!) {\n      cancelSigningRequest(id: $id) {\n        ...AdminSigningRequestFields\n      }\n    }\n  ": types.CancelSigningRequestDocument,
    "\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    status\n    customerId\n    customerName\n    issueDate\n    dueDate\n    currency\n    subtotalMinor\n    taxMinor\n    totalMinor\n    paidMinor\n    refundedMinor\n    creditedMinor\n    refundState\n    amountDueMinor\n    paymentProcessing\n    autopay {\n      state\n      attempts\n      lastFailureReason\n      nextRetryAt\n    }\n    creditNotes {\n      id\n      number\n      amountMinor\n      reason\n      issuedAt\n      pdfUrl\n    }\n    notes\n    voidReason\n    recurringLabel\n    pdfUrl\n    payments {\n      id\n      amountMinor\n      refundedMinor\n      currency\n      method\n      cardBrand\n      last4\n      status\n      createdAt\n      failureReason\n      receiptUrl\n      tipMinor\n    }\n    lines {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n": types.InvoiceDetailFieldsFragmentDoc,
    "\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n": types.LiveEventsDocument,
    "\n  fragment TeamThreadRow on MessageThread {\n    id\n    lastMessageAt\n    unreadCount\n    anchor {\n      type\n      id\n      label\n    }\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    lastMessage {\n      body\n      internal\n      deleted\n      mine\n      author {\n        name\n      }\n      attachments {\n        fileName\n      }\n    }\n  }\n": types.TeamThreadRowFragmentDoc,
    "\n  fragment TeamMessage on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    internal\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": types.TeamMessageFragmentDoc,
    "\n  query TeamUnreadCount {\n    teamUnreadThreadCount\n  }\n": types.TeamUnreadCountDocument,
    "\n  query TeamThreadMessages($id: ID!, $before: String) {\n    teamThread(id: $id) {\n      id\n      messages(last: 20, before: $before) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n": types.TeamThreadMessagesDocument,
    "\n  mutation TeamReply($threadId: ID!, $message: NewMessageInput!, $internal: Boolean!) {\n    replyToThread(threadId: $threadId, message: $message, internal: $internal) {\n      ...TeamMessage\n    }\n  }\n": types.TeamReplyDocument,
    "\n  mutation TeamEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...TeamMessage\n    }\n  }\n": types.TeamEditMessageDocument,
    "\n  mutation TeamDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...TeamMessage\n    }\n  }\n": types.TeamDeleteMessageDocument,
    "\n  mutation TeamMarkThreadRead($threadId: ID!) {\n    markTeamThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n    }\n  }\n": types.TeamMarkThreadReadDocument,
    "\n  mutation TeamMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n": types.TeamMessageUploadDocument,
    "\n  fragment MeterContractFields on MeterContract {\n    id\n    number\n    status\n    nextStates\n    customerId\n    assetId\n    deviceName\n    startsOn\n    endsOn\n    periodMonths\n    billingDay\n    baseChargeMinor\n    minimumMinor\n    taxRateBp\n    currency\n    billedThrough\n    currentPeriodStart\n    currentPeriodEnd\n    createdAt\n    rates {\n      meterId\n      kind\n      label\n      includedVolume\n      tiers {\n        upTo\n        rateMinorPerThousand\n      }\n    }\n    allowances {\n      category\n      unitsPerPeriod\n    }\n  }\n": types.MeterContractFieldsFragmentDoc,
    "\n  fragment AdminNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n": types.AdminNotificationFieldsFragmentDoc,
    "\n  query AdminNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...AdminNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminNotificationsDocument,
    "\n  query AdminUnreadNotifications {\n    myUnreadNotificationCount\n  }\n": types.AdminUnreadNotificationsDocument,
    "\n  mutation AdminMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...AdminNotificationFields\n    }\n  }\n": types.AdminMarkNotificationReadDocument,
    "\n  mutation AdminMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n": types.AdminMarkAllNotificationsReadDocument,
    "\n  fragment AdminProjectDetail on AdminProject {\n    id\n    name\n    description\n    status\n    nextStates\n    contractValueMinor\n    currency\n    startDate\n    targetEndDate\n    forecastEndDate\n    delayDays\n    progressPercent\n    progressMode\n    manualProgress\n    startedAt\n    completedAt\n    customer {\n      id\n      name\n    }\n    site {\n      id\n      label\n    }\n    phases {\n      id\n      position\n      name\n      status\n      progress\n      weight\n    }\n    milestones {\n      id\n      name\n      dueDate\n      status\n      reachedAt\n      phaseId\n      paymentAmountMinor\n      currency\n      invoiceId\n    }\n    delays {\n      id\n      cause\n      days\n      note\n      reportedAt\n    }\n    photos {\n      id\n      stage\n      caption\n      takenAt\n      phaseId\n      width\n      height\n      url\n      thumbnailUrl\n    }\n    visits {\n      id\n      title\n      status\n      scheduledStart\n    }\n    invoices {\n      id\n      number\n      status\n      totalMinor\n      currency\n    }\n    documents {\n      id\n      title\n      fileName\n      shared\n      downloadUrl\n      createdAt\n    }\n    threadId\n  }\n": types.AdminProjectDetailFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...AdminProjectDetail\n    }\n  }\n": types.ProjectPageDocument,
    "\n  fragment QuoteVersionFields on QuoteVersion {\n    id\n    version\n    title\n    intro\n    terms\n    validUntil\n    sentAt\n    depositRule {\n      kind\n      value\n    }\n    commonItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n    options {\n      id\n      name\n      description\n      items {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n      totals {\n        subtotalMinor\n        taxMinor\n        totalMinor\n        depositMinor\n      }\n    }\n    optionalItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n": types.QuoteVersionFieldsFragmentDoc,
    "\n  fragment QuoteDetailFields on AdminQuote {\n    pdfUrl\n    id\n    number\n    status\n    nextStates\n    currency\n    customer {\n      id\n      name\n      email\n    }\n    createdAt\n    sentAt\n    approvedAt\n    declinedAt\n    declineReason\n    withdrawnAt\n    convertedAt\n    currentVersion\n    sentVersion\n    selection {\n      optionId\n      optionalItemIds\n    }\n    approvedTotals {\n      subtotalMinor\n      taxMinor\n      totalMinor\n      depositMinor\n    }\n    signingRequestId\n    signedDocumentId\n    depositInvoiceId\n    jobId\n    convertedProjectId\n    threadId\n    current {\n      ...QuoteVersionFields\n    }\n    versions {\n      ...QuoteVersionFields\n    }\n  }\n": types.QuoteDetailFieldsFragmentDoc,
    "\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    customerName\n    jobTitle\n    status\n    createdAt\n    publishedAt\n    response\n    respondedAt\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  fragment AdminSigningRequestFields on AdminSigningRequest {\n    id\n    kind\n    status\n    title\n    provider\n    documentId\n    signedDocumentId\n    placement {\n      page\n    }\n    createdAt\n    consentedAt\n    codeVerifiedAt\n    signedAt\n    signerName\n    signerEmail\n    signerIp\n    signerUserAgent\n    declinedAt\n    declineReason\n    cancelledAt\n    originalSha256\n    signedSha256\n    disclosureVersion\n    events {\n      id\n      kind\n      actorType\n      at\n      ip\n      userAgent\n    }\n  }\n": types.AdminSigningRequestFieldsFragmentDoc,
    "\n  fragment SignatureSettingsFields on SignatureSettings {\n    provider\n    docusignAccountId\n    docusignIntegrationKey\n    docusignUserId\n    docusignBasePath\n    docusignOAuthBasePath\n    docusignPrivateKeySet\n    docusignHmacKeySet\n  }\n": types.SignatureSettingsFieldsFragmentDoc,
    "\n  fragment SupplyItemFields on AdminSupplyItem {\n    id\n    sku\n    name\n    description\n    category\n    priceMinor\n    taxRateBp\n    yieldPages\n    currency\n    models\n    active\n  }\n": types.SupplyItemFieldsFragmentDoc,
    "\n  fragment SupplyOrderFields on AdminSupplyOrder {\n    id\n    number\n    status\n    nextStates\n    currency\n    submittedAt\n    approvedAt\n    shippedAt\n    deliveredAt\n    cancelledAt\n    statusReason\n    carrier\n    trackingNumber\n    notes\n    contractNumber\n    subtotalMinor\n    taxMinor\n    totalMinor\n    invoiceId\n    invoice {\n      id\n      number\n    }\n    customer {\n      id\n      name\n      email\n    }\n    asset {\n      id\n      name\n      model\n      serialNumber\n    }\n    deliveryAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      region\n      country\n    }\n    excessUsageWarning {\n      days\n      pagesOrdered\n      pagesPrinted\n      ratio\n    }\n    lines {\n      itemId\n      sku\n      name\n      category\n      quantity\n      coveredQuantity\n      billableQuantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n      taxMinor\n    }\n  }\n": types.SupplyOrderFieldsFragmentDoc,
    "\n  query AdminMe {\n    me {\n      id\n      name\n      email\n      role\n      timeZone\n      currency\n    }\n    myUnreadNotificationCount\n    teamUnreadThreadCount\n    businessFeatures {\n      projects\n      meters\n      supplies\n    }\n  }\n": types.AdminMeDocument,
    "\n  query AdminAttentionCounts {\n    attentionCounts {\n      total\n      urgentRequests\n    }\n  }\n": types.AdminAttentionCountsDocument,
    "\n  query AdminFlaggedReadings {\n    meterReadingsForReview(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdminFlaggedReadingsDocument,
    "\n  query AdminNewSupplyOrders {\n    supplyOrders(status: SUBMITTED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdminNewSupplyOrdersDocument,
    "\n    mutation StaffChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  ": types.StaffChangePasswordDocument,
    "\n    mutation StaffRevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  ": types.StaffRevokeSessionDocument,
    "\n    mutation StaffSignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          expiresAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  ": types.StaffSignOutOtherSessionsDocument,
    "\n  query StaffSessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      browser\n      os\n      device\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n  }\n": types.StaffSessionsDocument,
    "\n    mutation AgreementEnd($id: ID!) {\n      endServiceAgreement(id: $id) {\n        id\n        active\n        nextInvoiceOn\n      }\n    }\n  ": types.AgreementEndDocument,
    "\n  query AgreementList($active: Boolean, $after: String) {\n    serviceAgreements(active: $active, first: 50, after: $after) {\n      nodes {\n        id\n        customerId\n        customerName\n        name\n        priceMinor\n        currency\n        intervalMonths\n        nextInvoiceOn\n        active\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgreementListDocument,
    "\n  query AuditStaff {\n    staffMembers {\n      id\n      name\n    }\n  }\n": types.AuditStaffDocument,
    "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        source\n        at\n        action\n        actorType\n        actorId\n        actorName\n        contactId\n        contactName\n        customerId\n        subjectType\n        subjectId\n        subjectLabel\n        ip\n        userAgent\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  query AuditLogCsvUrl($filter: AuditLogFilter) {\n    auditLogCsvUrl(filter: $filter)\n  }\n": types.AuditLogCsvUrlDocument,
    "\n  query CustomerList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        email\n        phone\n        portalStatus\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n    query CustomerFeeds($id: ID!) {\n      customer(id: $id) {\n        id\n        activity(first: 15) {\n          nodes {\n            id\n            action\n            actorName\n            actorType\n            at\n            ip\n            subject {\n              kind\n              id\n              name\n            }\n          }\n        }\n      }\n      communicationsTimeline(customerId: $id, first: 30) {\n        nodes {\n          id\n          kind\n          direction\n          occurredAt\n          summary\n          actorName\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  ": types.CustomerFeedsDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n      sites {\n        ...CustomerSiteFields\n      }\n      assets {\n        ...CustomerAssetFields\n      }\n      activity(first: 15) {\n        nodes {\n          id\n          action\n          actorName\n          actorType\n          at\n          ip\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n    adminJobs(customerId: $id, first: 20) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n    invoices(customerId: $id, first: 20) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        totalMinor\n        amountDueMinor\n        currency\n      }\n    }\n    customerPayments(customerId: $id, first: 20) {\n      nodes {\n        id\n        invoiceId\n        invoiceNumber\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        status\n        createdAt\n        failureReason\n        receiptUrl\n      }\n    }\n    documents(customerId: $id, first: 50) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n        sizeBytes\n      }\n    }\n    assetTypes {\n      id\n      name\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n    communicationsTimeline(customerId: $id, first: 30) {\n      nodes {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        actorName\n        subject {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query CustomerAgreements($id: ID!) {\n    serviceAgreements(customerId: $id, first: 20) {\n      nodes {\n        ...AgreementFields\n      }\n    }\n  }\n": types.CustomerAgreementsDocument,
    "\n  query CustomerThreads($id: ID!) {\n    teamThreads(customerId: $id, first: 10) {\n      nodes {\n        ...TeamThreadRow\n      }\n    }\n  }\n": types.CustomerThreadsDocument,
    "\n  query CustomerProjects($id: ID!) {\n    projects(customerId: $id, first: 10) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n      }\n    }\n  }\n": types.CustomerProjectsDocument,
    "\n    mutation AddMeter($assetId: ID!, $kind: MeterKind!, $label: String!) {\n      addMeter(assetId: $assetId, kind: $kind, label: $label) {\n        id\n        label\n      }\n    }\n  ": types.AddMeterDocument,
    "\n    mutation UpdateMeter($id: ID!, $label: String, $active: Boolean) {\n      updateMeter(id: $id, label: $label, active: $active) {\n        id\n        label\n        active\n      }\n    }\n  ": types.UpdateMeterDocument,
    "\n    mutation CorrectMeterReading($id: ID!, $value: Int!, $note: String!) {\n      correctMeterReading(id: $id, value: $value, note: $note) {\n        id\n        value\n        status\n      }\n    }\n  ": types.CorrectMeterReadingDocument,
    "\n  query DeviceMeters($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        site {\n          id\n          label\n        }\n        meterContract {\n          id\n          number\n          status\n        }\n        meters {\n          id\n          kind\n          label\n          active\n          readingDueBy\n          readings(first: 12) {\n            id\n            value\n            readAt\n            source\n            status\n            estimated\n            flagReason\n            expectedValue\n            resetsCounter\n            reviewNote\n            reviewerName\n            submittedByName\n            correctedFromValue\n            billed\n            nextStates\n          }\n        }\n      }\n    }\n  }\n": types.DeviceMetersDocument,
    "\n  query DeviceUsage($assetId: ID!) {\n    meterUsage(assetId: $assetId) {\n      contractNumber\n      currency\n      periodStart\n      periodEnd\n      daysElapsed\n      daysInPeriod\n      baseChargeMinor\n      minimumMinor\n      estimatedChargeMinor\n      meters {\n        meterId\n        label\n        openingValue\n        latestValue\n        volumeThisPeriod\n        includedVolume\n        allowanceLeft\n        projectedVolume\n        projectedOverageVolume\n        projectedOverageMinor\n      }\n    }\n  }\n": types.DeviceUsageDocument,
    "\n  query DispatchWeek($from: String!, $to: String!) {\n    dispatchBoard(from: $from, to: $to) {\n      from\n      to\n      timeZone\n      days {\n        date\n        lanes {\n          technicianId\n          technicianName\n          jobs {\n            id\n            title\n            status\n            nextStatuses\n            customerName\n            siteLabel\n            siteAddress\n            localDate\n            localStartTime\n            localEndTime\n            scheduledStart\n            technicianId\n            technicianName\n            bookedOnline\n            serviceType {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DispatchWeekDocument,
    "\n  query InvoiceList($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        customerName\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n        paymentProcessing\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InvoiceListDocument,
    "\n    mutation InvoiceIssue($id: ID!) {\n      issueInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": types.InvoiceIssueDocument,
    "\n    mutation InvoiceResend($id: ID!) {\n      resendInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": types.InvoiceResendDocument,
    "\n    mutation InvoiceReopen($id: ID!) {\n      reopenInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  ": types.InvoiceReopenDocument,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  query InvoiceCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n": types.InvoiceCustomerDocument,
    "\n  query InvoiceCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.InvoiceCustomerSearchDocument,
    "\n  query TipsReport($from: String!, $to: String!) {\n    tipsReport(from: $from, to: $to) {\n      from\n      to\n      currency\n      count\n      totalMinor\n      technicians {\n        technicianId\n        technicianName\n        count\n        totalMinor\n      }\n    }\n  }\n": types.TipsReportDocument,
    "\n    mutation JobAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        id\n        internalNotes {\n          id\n          body\n          authorName\n          createdAt\n        }\n      }\n    }\n  ": types.JobAddInternalNoteDocument,
    "\n    mutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n      updateJobNotes(id: $id, customerNotes: $customerNotes) {\n        id\n        customerNotes\n      }\n    }\n  ": types.JobUpdateCustomerNotesDocument,
    "\n  query JobDetail($id: ID!) {\n    adminJob(id: $id) {\n      id\n      title\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n      onMyWayAt\n      etaAt\n      arrivedAt\n      customerId\n      customerPhone\n      mapUrl\n      customerName\n      description\n      customerNotes\n      accessInstructions\n      siteLabel\n      siteAddress\n      assetName\n      localDate\n      localStartTime\n      localEndTime\n      technicianId\n      technicianName\n      bookedOnline\n      declineReason\n      serviceType {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      internalNotes {\n        id\n        body\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n      }\n    }\n  }\n": types.JobDetailDocument,
    "\n  query TeamInbox($view: TeamInboxView!, $customerId: ID, $after: String) {\n    teamThreads(view: $view, customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        ...TeamThreadRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TeamInboxDocument,
    "\n  query InboxCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.InboxCustomerDocument,
    "\n  query InboxCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.InboxCustomerSearchDocument,
    "\n  query TeamThread($id: ID!, $office: Boolean!) {\n    teamThread(id: $id) {\n      id\n      lastMessageAt\n      seenByCustomerAt\n      unreadCount\n      anchor {\n        type\n        id\n        label\n      }\n      customer {\n        id\n        name\n        locale\n      }\n      assignee {\n        id\n        name\n      }\n      messages(last: 20) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n    cannedReplies {\n      ...CannedReplyFields\n    }\n    threadAssignees(threadId: $id) @include(if: $office) {\n      id\n      name\n    }\n  }\n": types.TeamThreadDocument,
    "\n    mutation ApproveMeterReading($id: ID!, $note: String) {\n      approveMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  ": types.ApproveMeterReadingDocument,
    "\n    mutation RejectMeterReading($id: ID!, $note: String) {\n      rejectMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  ": types.RejectMeterReadingDocument,
    "\n  query ReadingsForReview($after: String) {\n    meterReadingsForReview(first: 50, after: $after) {\n      nodes {\n        id\n        value\n        readAt\n        source\n        flagReason\n        expectedValue\n        resetsCounter\n        photoUrl\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        meter {\n          id\n          label\n          lastReading {\n            id\n            value\n            readAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReadingsForReviewDocument,
    "\n  query MeterContractList($customerId: ID, $after: String) {\n    meterContracts(customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        deviceName\n        startsOn\n        endsOn\n        periodMonths\n        baseChargeMinor\n        currency\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MeterContractListDocument,
    "\n  query MeterContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.MeterContractCustomerDocument,
    "\n  query MeterContractCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.MeterContractCustomerSearchDocument,
    "\n    mutation UpdateMeterContract($id: ID!, $input: MeterContractInput!) {\n      updateMeterContract(id: $id, input: $input) {\n        ...MeterContractFields\n      }\n    }\n  ": types.UpdateMeterContractDocument,
    "\n    mutation EndMeterContract($id: ID!, $endsOn: String!) {\n      endMeterContract(id: $id, endsOn: $endsOn) {\n        ...MeterContractFields\n      }\n    }\n  ": types.EndMeterContractDocument,
    "\n  query MeterContractDetail($id: ID!) {\n    meterContract(id: $id) {\n      ...MeterContractFields\n    }\n    meterBillingPeriods(contractId: $id) {\n      id\n      periodStart\n      periodEnd\n      subtotalMinor\n      invoiceId\n      invoiceNumber\n      createdAt\n      meters {\n        meterId\n        label\n        openingValue\n        closingValue\n        estimated\n        volume\n        includedVolume\n        overageVolume\n        amountMinor\n        creditMinor\n      }\n    }\n  }\n": types.MeterContractDetailDocument,
    "\n  query MeterContractDevice($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n": types.MeterContractDeviceDocument,
    "\n    mutation CreateMeterContract($input: MeterContractInput!) {\n      createMeterContract(input: $input) {\n        id\n        number\n      }\n    }\n  ": types.CreateMeterContractDocument,
    "\n  query NewContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n": types.NewContractCustomerDocument,
    "\n  query NewContractCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.NewContractCustomerSearchDocument,
    "\n  query MyDay {\n    myDay {\n      date\n      timeZone\n      jobs {\n        ...MyDayJobFields\n      }\n    }\n  }\n": types.MyDayDocument,
    "\n  query DevOutbox($after: String) {\n    devOutbox(first: 20, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DevOutboxDocument,
    "\n  query ProjectList($status: ProjectStatus, $customerId: ID, $after: String) {\n    projects(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n        delayDays\n        contractValueMinor\n        currency\n        customer {\n          id\n          name\n        }\n        currentPhase {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProjectListDocument,
    "\n  query ProjectListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.ProjectListCustomerDocument,
    "\n  query ProjectListCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.ProjectListCustomerSearchDocument,
    "\n  query ProjectCandidates($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n      }\n    }\n    adminJobs(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n    invoices(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        number\n        status\n        totalMinor\n        currency\n      }\n    }\n  }\n": types.ProjectCandidatesDocument,
    "\n  query ProjectDocumentCandidates($customerId: ID!) {\n    documents(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        fileName\n        shared\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n": types.ProjectDocumentCandidatesDocument,
    "\n  query NewProjectCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      sites {\n        id\n        label\n      }\n    }\n  }\n": types.NewProjectCustomerDocument,
    "\n  query NewProjectCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.NewProjectCustomerSearchDocument,
    "\n  query QuoteList($status: QuoteStatus, $customerId: ID, $after: String) {\n    quotes(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        currency\n        customer {\n          id\n          name\n        }\n        current {\n          title\n          validUntil\n          commonItems {\n            description\n            quantity\n            unitPriceMinor\n            taxRateBp\n          }\n          options {\n            id\n            totals {\n              totalMinor\n            }\n          }\n        }\n        approvedTotals {\n          totalMinor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QuoteListDocument,
    "\n  query QuoteListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.QuoteListCustomerDocument,
    "\n    mutation UpdateQuoteDraft($id: ID!, $input: QuoteContentInput!) {\n      updateQuoteDraft(id: $id, input: $input) {\n        ...QuoteDetailFields\n      }\n    }\n  ": types.UpdateQuoteDraftDocument,
    "\n    mutation SendQuote($id: ID!) {\n      sendQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": types.SendQuoteDocument,
    "\n    mutation ReviseQuote($id: ID!) {\n      reviseQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": types.ReviseQuoteDocument,
    "\n    mutation WithdrawQuote($id: ID!) {\n      withdrawQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": types.WithdrawQuoteDocument,
    "\n    mutation ConvertQuote($id: ID!) {\n      convertQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  ": types.ConvertQuoteDocument,
    "\n  query QuoteDetail($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetailFields\n    }\n  }\n": types.QuoteDetailDocument,
    "\n  query QuoteSigning($id: ID!) {\n    signingRequest(id: $id) {\n      ...AdminSigningRequestFields\n    }\n  }\n": types.QuoteSigningDocument,
    "\n  query QuoteSignedPdf($id: ID!) {\n    document(id: $id) {\n      id\n      downloadUrl\n    }\n  }\n": types.QuoteSignedPdfDocument,
    "\n    mutation CreateQuote($input: CreateQuoteInput!) {\n      createQuote(input: $input) {\n        id\n        number\n      }\n    }\n  ": types.CreateQuoteDocument,
    "\n  query NewQuoteCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n": types.NewQuoteCustomerDocument,
    "\n  query NewQuoteRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      id\n      description\n    }\n  }\n": types.NewQuoteRequestDocument,
    "\n  query NewQuoteProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n    }\n  }\n": types.NewQuoteProjectDocument,
    "\n  query NewQuoteCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.NewQuoteCustomerSearchDocument,
    "\n  query RequestsInbox($overdue: Boolean) {\n    appointmentRequests(first: 50) {\n      nodes {\n        id\n        title\n        customerName\n        serviceType {\n          id\n          name\n        }\n        start: scheduledStart\n        end: scheduledEnd\n        requestedStart\n        description\n        bookedOnline\n      }\n    }\n    # 40 of each: the page stays within the API's query cost limit with the response clock's fields.\n    submitted: serviceRequestsInbox(status: submitted, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n    reviewed: serviceRequestsInbox(status: reviewed, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n  }\n": types.RequestsInboxDocument,
    "\n    mutation InboxMarkReviewed($id: ID!) {\n      markRequestReviewed(id: $id) {\n        ...InboxRequestFields\n      }\n    }\n  ": types.InboxMarkReviewedDocument,
    "\n    mutation InboxDeclineRequest($id: ID!, $reason: String!) {\n      declineRequest(id: $id, reason: $reason) {\n        ...InboxRequestFields\n      }\n    }\n  ": types.InboxDeclineRequestDocument,
    "\n  query InboxRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      ...InboxRequestFields\n    }\n  }\n": types.InboxRequestDocument,
    "\n  query ConvertOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n  }\n": types.ConvertOptionsDocument,
    "\n  query AdminReviews($status: ReviewStatus) {\n    reviews(status: $status, first: 50) {\n      nodes {\n        ...ReviewFields\n      }\n    }\n  }\n": types.AdminReviewsDocument,
    "\n  query AdminSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    assetTypes {\n      ...AssetTypeFields\n    }\n    staffMembers {\n      id\n      name\n      role\n      status\n    }\n    bookingSettings {\n      ...BookingSettingsFields\n    }\n    staffAlertSettings {\n      kind\n      roles\n    }\n    requestResponsePromises {\n      urgency\n      responseMinutes\n      note\n      extraChargeMinor\n    }\n  }\n": types.AdminSettingsDocument,
    "\n  query AdminCannedReplies {\n    cannedReplies {\n      ...CannedReplyFields\n    }\n  }\n": types.AdminCannedRepliesDocument,
    "\n    mutation AdminSaveDocumentTemplate($input: SaveDocumentTemplateInput!) {\n      saveDocumentTemplate(input: $input) {\n        ...DocumentTemplateFields\n      }\n    }\n  ": types.AdminSaveDocumentTemplateDocument,
    "\n    mutation AdminResetDocumentTemplate($kind: GeneratedDocumentKind!, $locale: String!) {\n      resetDocumentTemplate(kind: $kind, locale: $locale) {\n        ...DocumentTemplateFields\n      }\n    }\n  ": types.AdminResetDocumentTemplateDocument,
    "\n    mutation AdminPreviewDocumentTemplate($input: DocumentTemplatePreviewInput!) {\n      previewDocumentTemplate(input: $input) {\n        fileName\n        contentType\n        base64\n      }\n    }\n  ": types.AdminPreviewDocumentTemplateDocument,
    "\n  query AdminDocumentTemplates {\n    documentTemplates {\n      ...DocumentTemplateFields\n    }\n  }\n": types.AdminDocumentTemplatesDocument,
    "\n  query AdminPrivacySettingsPage {\n    privacySettings {\n      privacyNotice\n      privacyNoticeVersion\n      legalRetentionYears\n      erasureAutoDays\n      exportLinkDays\n    }\n  }\n": types.AdminPrivacySettingsPageDocument,
    "\n  query AdminQuoteSettingsPage {\n    tenantSettings {\n      slug\n      tipsEnabled\n      tipPresetsPercent\n      ...QuoteSettingsFields\n    }\n    signatureSettings {\n      ...SignatureSettingsFields\n    }\n  }\n": types.AdminQuoteSettingsPageDocument,
    "\n  fragment QuoteSettingsFields on TenantSettings {\n    quoteNumberFormat\n    quoteConversion\n    quoteValidityDays\n    quoteDefaultTerms\n  }\n": types.QuoteSettingsFieldsFragmentDoc,
    "\n    mutation StaffInvite($input: InviteStaffInput!) {\n      inviteStaff(input: $input) {\n        id\n        name\n      }\n    }\n  ": types.StaffInviteDocument,
    "\n    mutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n      changeStaffRole(staffUserId: $staffUserId, role: $role) {\n        id\n        name\n        email\n        role\n        status\n        createdAt\n      }\n    }\n  ": types.StaffChangeRoleDocument,
    "\n    mutation StaffDeactivate($staffUserId: ID!) {\n      deactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  ": types.StaffDeactivateDocument,
    "\n    mutation StaffReactivate($staffUserId: ID!) {\n      reactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  ": types.StaffReactivateDocument,
    "\n  query StaffList {\n    staffMembers {\n      id\n      name\n      email\n      role\n      status\n      createdAt\n    }\n  }\n": types.StaffListDocument,
    "\n  query SupplyOrderList($status: SupplyOrderStatus, $customerId: ID, $after: String) {\n    supplyOrders(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        submittedAt\n        totalMinor\n        currency\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        lines {\n          itemId\n          quantity\n        }\n        excessUsageWarning {\n          ratio\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SupplyOrderListDocument,
    "\n  query SupplyOrderCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.SupplyOrderCustomerDocument,
    "\n    mutation ApproveSupplyOrder($id: ID!) {\n      approveSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  ": types.ApproveSupplyOrderDocument,
    "\n    mutation ShipSupplyOrder($id: ID!, $carrier: String!, $trackingNumber: String!) {\n      shipSupplyOrder(id: $id, carrier: $carrier, trackingNumber: $trackingNumber) {\n        ...SupplyOrderFields\n      }\n    }\n  ": types.ShipSupplyOrderDocument,
    "\n    mutation DeliverSupplyOrder($id: ID!) {\n      deliverSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  ": types.DeliverSupplyOrderDocument,
    "\n    mutation RejectSupplyOrder($id: ID!, $reason: String!) {\n      rejectSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  ": types.RejectSupplyOrderDocument,
    "\n    mutation CancelSupplyOrder($id: ID!, $reason: String!) {\n      cancelSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  ": types.CancelSupplyOrderDocument,
    "\n  query SupplyOrderDetail($id: ID!) {\n    supplyOrder(id: $id) {\n      ...SupplyOrderFields\n    }\n  }\n": types.SupplyOrderDetailDocument,
    "\n  query SupplyCatalogue($search: String, $category: SupplyCategory, $includeInactive: Boolean!, $after: String) {\n    supplyItems(search: $search, category: $category, includeInactive: $includeInactive, first: 50, after: $after) {\n      nodes {\n        ...SupplyItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SupplyCatalogueDocument,
    "\n    mutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  ": types.StaffRequestPasswordResetDocument,
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
export function graphql(source: "\n    mutation AdminLogin($input: StaffLoginInput!) {\n      login(input: $input) {\n        staff {\n          id\n          name\n          role\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminLogin($input: StaffLoginInput!) {\n      login(input: $input) {\n        staff {\n          id\n          name\n          role\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminLogout {\n      logout\n    }\n  "): (typeof documents)["\n    mutation AdminLogout {\n      logout\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation StaffResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        staff {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementCreate($input: CreateServiceAgreementInput!) {\n      createServiceAgreement(input: $input) {\n        ...AgreementFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AgreementCreate($input: CreateServiceAgreementInput!) {\n      createServiceAgreement(input: $input) {\n        ...AgreementFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n      createAsset(customerId: $customerId, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerCreateAsset($customerId: ID!, $input: AssetInput!) {\n      createAsset(customerId: $customerId, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n      updateAsset(id: $id, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerUpdateAsset($id: ID!, $input: AssetInput!) {\n      updateAsset(id: $id, input: $input) {\n        ...CustomerAssetFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CustomerContacts($id: ID!) {\n      customer(id: $id) {\n        id\n        contacts {\n          id\n          name\n          email\n          phone\n          locale\n          isPrimary\n          status\n          rights\n          siteIds\n          lastLoginAt\n          hearsNow\n          notificationChoices {\n            kind\n            channel\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CustomerContacts($id: ID!) {\n      customer(id: $id) {\n        id\n        contacts {\n          id\n          name\n          email\n          phone\n          locale\n          isPrimary\n          status\n          rights\n          siteIds\n          lastLoginAt\n          hearsNow\n          notificationChoices {\n            kind\n            channel\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InviteCustomerContact($customerId: ID!, $input: InviteContactInput!) {\n      inviteCustomerContact(customerId: $customerId, input: $input) {\n        id\n        email\n      }\n    }\n  "): (typeof documents)["\n    mutation InviteCustomerContact($customerId: ID!, $input: InviteContactInput!) {\n      inviteCustomerContact(customerId: $customerId, input: $input) {\n        id\n        email\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateCustomerContact($input: UpdateContactInput!) {\n      updateCustomerContact(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateCustomerContact($input: UpdateContactInput!) {\n      updateCustomerContact(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetPrimaryContact($id: ID!) {\n      setPrimaryContact(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation SetPrimaryContact($id: ID!) {\n      setPrimaryContact(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ResendCustomerContactInvitation($id: ID!) {\n      resendCustomerContactInvitation(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ResendCustomerContactInvitation($id: ID!) {\n      resendCustomerContactInvitation(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeactivateCustomerContact($id: ID!) {\n      deactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation DeactivateCustomerContact($id: ID!) {\n      deactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReactivateCustomerContact($id: ID!) {\n      reactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ReactivateCustomerContact($id: ID!) {\n      reactivateCustomerContact(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemoveCustomerContact($id: ID!) {\n      removeCustomerContact(id: $id)\n    }\n  "): (typeof documents)["\n    mutation RemoveCustomerContact($id: ID!) {\n      removeCustomerContact(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DocumentAccessHistory($id: ID!, $after: String) {\n      document(id: $id) {\n        id\n        accessHistory(first: 20, after: $after) {\n          nodes {\n            id\n            action\n            at\n            actorType\n            actorName\n            ip\n            browser\n            os\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query DocumentAccessHistory($id: ID!, $after: String) {\n      document(id: $id) {\n        id\n        accessHistory(first: 20, after: $after) {\n          nodes {\n            id\n            action\n            at\n            actorType\n            actorName\n            ip\n            browser\n            os\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n      setDocumentShared(id: $id, shared: $shared) {\n        ...CustomerDocumentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation DocumentSetShared($id: ID!, $shared: Boolean!) {\n      setDocumentShared(id: $id, shared: $shared) {\n        ...CustomerDocumentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DocumentCreateUpload($fileName: String!) {\n      createDocumentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  "): (typeof documents)["\n    mutation DocumentCreateUpload($fileName: String!) {\n      createDocumentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DocumentCreate($input: CreateDocumentInput!) {\n      createDocument(input: $input) {\n        ...CustomerDocumentFields\n      }\n    }\n  "): (typeof documents)["\n    mutation DocumentCreate($input: CreateDocumentInput!) {\n      createDocument(input: $input) {\n        ...CustomerDocumentFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerDeleteAsset($id: ID!) {\n      deleteAsset(id: $id)\n    }\n  "): (typeof documents)["\n    mutation CustomerDeleteAsset($id: ID!) {\n      deleteAsset(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n      updateCustomer(id: $id, input: $input) {\n        ...CustomerFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerUpdate($id: ID!, $input: UpdateCustomerInput!) {\n      updateCustomer(id: $id, input: $input) {\n        ...CustomerFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerDeleteSite($id: ID!) {\n      deleteSite(id: $id)\n    }\n  "): (typeof documents)["\n    mutation CustomerDeleteSite($id: ID!) {\n      deleteSite(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerLogCommunication($input: LogCommunicationInput!) {\n      logCommunication(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerLogCommunication($input: LogCommunicationInput!) {\n      logCommunication(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerCreate($input: CreateCustomerInput!) {\n      createCustomer(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerCreate($input: CreateCustomerInput!) {\n      createCustomer(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerInvite($customerId: ID!) {\n      inviteCustomer(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerInvite($customerId: ID!) {\n      inviteCustomer(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerResetLink($customerId: ID!) {\n      sendPasswordResetLink(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerResetLink($customerId: ID!) {\n      sendPasswordResetLink(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerDeactivate($customerId: ID!) {\n      deactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerDeactivate($customerId: ID!) {\n      deactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerReactivate($customerId: ID!) {\n      reactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerReactivate($customerId: ID!) {\n      reactivateCustomerAccount(customerId: $customerId) {\n        ...CustomerFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n      createSite(customerId: $customerId, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerCreateSite($customerId: ID!, $input: SiteInput!) {\n      createSite(customerId: $customerId, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n      updateSite(id: $id, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerUpdateSite($id: ID!, $input: SiteInput!) {\n      updateSite(id: $id, input: $input) {\n        ...CustomerSiteFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    name\n    email\n    phone\n    locale\n    portalStatus\n    portalEmail\n    pendingPortalEmail\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id\n    name\n    email\n    phone\n    locale\n    portalStatus\n    portalEmail\n    pendingPortalEmail\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerSiteFields on Site {\n    id\n    label\n    addressLine1\n    addressLine2\n    city\n    postalCode\n    region\n    country\n    accessInstructions\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerSiteFields on Site {\n    id\n    label\n    addressLine1\n    addressLine2\n    city\n    postalCode\n    region\n    country\n    accessInstructions\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerAssetFields on AdminAsset {\n    id\n    name\n    model\n    serialNumber\n    category\n    warrantyStatus\n    warrantyEndOn\n    installedOn\n    notes\n    site {\n      id\n      label\n    }\n    assetType {\n      id\n      name\n    }\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerAssetFields on AdminAsset {\n    id\n    name\n    model\n    serialNumber\n    category\n    warrantyStatus\n    warrantyEndOn\n    installedOn\n    notes\n    site {\n      id\n      label\n    }\n    assetType {\n      id\n      name\n    }\n    addedBy {\n      by\n      staffName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on ServiceAgreement {\n    id\n    name\n    active\n    intervalMonths\n    priceMinor\n    currency\n    nextInvoiceOn\n    autopay {\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementFields on ServiceAgreement {\n    id\n    name\n    active\n    intervalMonths\n    priceMinor\n    currency\n    nextInvoiceOn\n    autopay {\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerDocumentFields on AdminDocument {\n    id\n    title\n    kind\n    fileName\n    shared\n    createdAt\n    downloadUrl\n    sizeBytes\n  }\n"): (typeof documents)["\n  fragment CustomerDocumentFields on AdminDocument {\n    id\n    title\n    kind\n    fileName\n    shared\n    createdAt\n    downloadUrl\n    sizeBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordMeterReading($input: RecordMeterReadingInput!) {\n      recordMeterReading(input: $input) {\n        id\n        value\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation RecordMeterReading($input: RecordMeterReadingInput!) {\n      recordMeterReading(input: $input) {\n        id\n        value\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateSupplyItem($input: SupplyItemInput!) {\n      createSupplyItem(input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateSupplyItem($input: SupplyItemInput!) {\n      createSupplyItem(input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateSupplyItem($id: ID!, $input: SupplyItemInput!) {\n      updateSupplyItem(id: $id, input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateSupplyItem($id: ID!, $input: SupplyItemInput!) {\n      updateSupplyItem(id: $id, input: $input) {\n        ...SupplyItemFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardAssignJob($id: ID!, $technicianId: ID) {\n    assignJob(id: $id, technicianId: $technicianId) {\n      id\n      technicianId\n    }\n  }\n"): (typeof documents)["\n  mutation BoardAssignJob($id: ID!, $technicianId: ID) {\n    assignJob(id: $id, technicianId: $technicianId) {\n      id\n      technicianId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n    moveJob(id: $id, start: $start, technicianId: $technicianId) {\n      id\n      scheduledStart\n      technicianId\n    }\n  }\n"): (typeof documents)["\n  mutation BoardMoveJob($id: ID!, $start: DateTimeISO!, $technicianId: ID) {\n    moveJob(id: $id, start: $start, technicianId: $technicianId) {\n      id\n      scheduledStart\n      technicianId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n    setJobStatus(id: $id, status: $status) {\n      id\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n    }\n  }\n"): (typeof documents)["\n  mutation BoardSetJobStatus($id: ID!, $status: JobStatus!) {\n    setJobStatus(id: $id, status: $status) {\n      id\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminAssignThread($threadId: ID!, $staffUserId: ID) {\n      assignThread(threadId: $threadId, staffUserId: $staffUserId) {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminAssignThread($threadId: ID!, $staffUserId: ID) {\n      assignThread(threadId: $threadId, staffUserId: $staffUserId) {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminSaveCannedReply($input: CannedReplyInput!) {\n      saveCannedReply(input: $input) {\n        ...CannedReplyFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminSaveCannedReply($input: CannedReplyInput!) {\n      saveCannedReply(input: $input) {\n        ...CannedReplyFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminDeleteCannedReply($id: ID!) {\n      deleteCannedReply(id: $id) {\n        ...CannedReplyFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminDeleteCannedReply($id: ID!) {\n      deleteCannedReply(id: $id) {\n        ...CannedReplyFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminStartThread($customerId: ID!, $anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n      startThreadWithCustomer(customerId: $customerId, anchor: $anchor, message: $message) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminStartThread($customerId: ID!, $anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n      startThreadWithCustomer(customerId: $customerId, anchor: $anchor, message: $message) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminStartedThread($customerId: ID!) {\n      teamThreads(customerId: $customerId, first: 100) {\n        nodes {\n          id\n          anchor {\n            type\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query AdminStartedThread($customerId: ID!) {\n      teamThreads(customerId: $customerId, first: 100) {\n        nodes {\n          id\n          anchor {\n            type\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CannedReplyFields on CannedReply {\n    id\n    title\n    bodies {\n      locale\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment CannedReplyFields on CannedReply {\n    id\n    title\n    bodies {\n      locale\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n      issueCreditNote(input: $input) {\n        creditNote {\n          id\n          number\n        }\n        invoice {\n          ...InvoiceDetailFields\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation InvoiceIssueCreditNote($input: IssueCreditNoteInput!) {\n      issueCreditNote(input: $input) {\n        creditNote {\n          id\n          number\n        }\n        invoice {\n          ...InvoiceDetailFields\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n      createInvoice(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation EditorCreateInvoice($input: CreateInvoiceInput!) {\n      createInvoice(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n      updateDraftInvoice(id: $id, input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation EditorUpdateDraft($id: ID!, $input: InvoiceDraftInput!) {\n      updateDraftInvoice(id: $id, input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n      recordOfflinePayment(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InvoiceRecordPayment($input: OfflinePaymentInput!) {\n      recordOfflinePayment(input: $input) {\n        ...InvoiceDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InvoiceVoid($id: ID!, $reason: String!) {\n      voidInvoice(id: $id, reason: $reason) {\n        ...InvoiceDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InvoiceVoid($id: ID!, $reason: String!) {\n      voidInvoice(id: $id, reason: $reason) {\n        ...InvoiceDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PlanCreateJob($input: CreateJobInput!) {\n      createJob(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n  "): (typeof documents)["\n    mutation PlanCreateJob($input: CreateJobInput!) {\n      createJob(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n      convertRequestToJob(id: $id, job: $job) {\n        ...InboxRequestFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InboxConvertRequest($id: ID!, $job: JobPlanInput!) {\n      convertRequestToJob(id: $id, job: $job) {\n        ...InboxRequestFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n      setJobStatus(id: $id, status: $status) {\n        ...MyDayJobFields\n      }\n    }\n  "): (typeof documents)["\n    mutation MyDaySetJobStatus($id: ID!, $status: JobStatus!) {\n      setJobStatus(id: $id, status: $status) {\n        ...MyDayJobFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        ...MyDayJobFields\n      }\n    }\n  "): (typeof documents)["\n    mutation MyDayAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        ...MyDayJobFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobAnnounceOnMyWay($jobId: ID!, $etaMinutes: Int, $etaAt: DateTimeISO) {\n      announceOnMyWay(jobId: $jobId, etaMinutes: $etaMinutes, etaAt: $etaAt) {\n        ...JobVisitFields\n      }\n    }\n  "): (typeof documents)["\n    mutation JobAnnounceOnMyWay($jobId: ID!, $etaMinutes: Int, $etaAt: DateTimeISO) {\n      announceOnMyWay(jobId: $jobId, etaMinutes: $etaMinutes, etaAt: $etaAt) {\n        ...JobVisitFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobMarkArrived($jobId: ID!) {\n      markArrived(jobId: $jobId) {\n        ...JobVisitFields\n      }\n    }\n  "): (typeof documents)["\n    mutation JobMarkArrived($jobId: ID!) {\n      markArrived(jobId: $jobId) {\n        ...JobVisitFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n      setPartsUsed(id: $id, parts: $parts) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation JobSetPartsUsed($id: ID!, $parts: [PartInput!]!) {\n      setPartsUsed(id: $id, parts: $parts) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyDayJobFields on AdminJob {\n    id\n    title\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n    localStartTime\n    localEndTime\n    customerName\n    customerPhone\n    siteLabel\n    siteAddress\n    mapUrl\n    accessInstructions\n    description\n    serviceType {\n      id\n      name\n    }\n    internalNotes {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment MyDayJobFields on AdminJob {\n    id\n    title\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n    localStartTime\n    localEndTime\n    customerName\n    customerPhone\n    siteLabel\n    siteAddress\n    mapUrl\n    accessInstructions\n    description\n    serviceType {\n      id\n      name\n    }\n    internalNotes {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobVisitFields on AdminJob {\n    id\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n  }\n"): (typeof documents)["\n  fragment JobVisitFields on AdminJob {\n    id\n    status\n    nextStatuses\n    visitStage\n    visitMoves\n    onMyWayAt\n    etaAt\n    arrivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PaymentRefund($input: RefundPaymentInput!) {\n      refundPayment(input: $input) {\n        id\n        status\n        refundedMinor\n      }\n    }\n  "): (typeof documents)["\n    mutation PaymentRefund($input: RefundPaymentInput!) {\n      refundPayment(input: $input) {\n        id\n        status\n        refundedMinor\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdatePrivacySettings($input: PrivacySettingsInput!) {\n      updatePrivacySettings(input: $input) {\n        privacyNotice\n        privacyNoticeVersion\n        legalRetentionYears\n        erasureAutoDays\n        exportLinkDays\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdatePrivacySettings($input: PrivacySettingsInput!) {\n      updatePrivacySettings(input: $input) {\n        privacyNotice\n        privacyNoticeVersion\n        legalRetentionYears\n        erasureAutoDays\n        exportLinkDays\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivacyRequestFields on AdminPrivacyRequest {\n    id\n    kind\n    status\n    wholeAccount\n    reason\n    dueAt\n    createdAt\n    byStaff\n    customerId\n    customerName\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment PrivacyRequestFields on AdminPrivacyRequest {\n    id\n    kind\n    status\n    wholeAccount\n    reason\n    dueAt\n    createdAt\n    byStaff\n    customerId\n    customerName\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPrivacyRequests($status: PrivacyRequestStatus, $customerId: ID) {\n    privacyRequests(status: $status, customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n"): (typeof documents)["\n  query AdminPrivacyRequests($status: PrivacyRequestStatus, $customerId: ID) {\n    privacyRequests(status: $status, customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      ...PrivacyRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminConfirmErasure($id: ID!) {\n    confirmErasure(id: $id) {\n      ...PrivacyRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectErasure($id: ID!, $reason: String!) {\n    rejectErasure(id: $id, reason: $reason) {\n      ...PrivacyRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRejectErasure($id: ID!, $reason: String!) {\n    rejectErasure(id: $id, reason: $reason) {\n      ...PrivacyRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRunCustomerDataExport($customerId: ID!) {\n    runCustomerDataExport(customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRunCustomerDataExport($customerId: ID!) {\n    runCustomerDataExport(customerId: $customerId) {\n      ...PrivacyRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectReportDelay($projectId: ID!, $input: ProjectDelayInput!) {\n      reportProjectDelay(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectReportDelay($projectId: ID!, $input: ProjectDelayInput!) {\n      reportProjectDelay(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectRemoveDelay($id: ID!) {\n      removeProjectDelay(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectRemoveDelay($id: ID!) {\n      removeProjectDelay(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectUpdatePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectUpdatePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectRemovePhoto($id: ID!) {\n      removeProjectPhoto(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectRemovePhoto($id: ID!) {\n      removeProjectPhoto(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectAddMilestone($projectId: ID!, $input: ProjectMilestoneInput!) {\n      addProjectMilestone(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectAddMilestone($projectId: ID!, $input: ProjectMilestoneInput!) {\n      addProjectMilestone(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectReachMilestone($id: ID!) {\n      reachProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectReachMilestone($id: ID!) {\n      reachProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectCancelMilestone($id: ID!) {\n      cancelProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectCancelMilestone($id: ID!) {\n      cancelProjectMilestone(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectUpdatePhase($id: ID!, $input: UpdateProjectPhaseInput!) {\n      updateProjectPhase(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectUpdatePhase($id: ID!, $input: UpdateProjectPhaseInput!) {\n      updateProjectPhase(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectRemovePhase($id: ID!) {\n      removeProjectPhase(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectRemovePhase($id: ID!) {\n      removeProjectPhase(id: $id) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectAddPhase($projectId: ID!, $input: ProjectPhaseInput!) {\n      addProjectPhase(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectAddPhase($projectId: ID!, $input: ProjectPhaseInput!) {\n      addProjectPhase(projectId: $projectId, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectMovePhase($id: ID!, $position: Int!) {\n      moveProjectPhase(id: $id, position: $position) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectMovePhase($id: ID!, $position: Int!) {\n      moveProjectPhase(id: $id, position: $position) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectPhotoUpload($projectId: ID!) {\n      createProjectPhotoUpload(projectId: $projectId) {\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectPhotoUpload($projectId: ID!) {\n      createProjectPhotoUpload(projectId: $projectId) {\n        uploadUrl\n        maxBytes\n        allowedTypes\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectPlacePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectPlacePhoto($id: ID!, $input: UpdateProjectPhotoInput!) {\n      updateProjectPhoto(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectCreate($input: CreateProjectInput!) {\n      createProject(input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectCreate($input: CreateProjectInput!) {\n      createProject(input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectUpdate($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectUpdate($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        id\n        name\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectLinkJob($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkJobToProject(projectId: $projectId, jobId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectLinkJob($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkJobToProject(projectId: $projectId, jobId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectLinkInvoice($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkInvoiceToProject(projectId: $projectId, invoiceId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectLinkInvoice($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkInvoiceToProject(projectId: $projectId, invoiceId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectLinkDocument($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkDocumentToProject(projectId: $projectId, documentId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectLinkDocument($projectId: ID!, $id: ID!, $linked: Boolean!) {\n      linkDocumentToProject(projectId: $projectId, documentId: $id, linked: $linked) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectChangeStatus($id: ID!, $status: ProjectStatus!) {\n      changeProjectStatus(id: $id, status: $status) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectChangeStatus($id: ID!, $status: ProjectStatus!) {\n      changeProjectStatus(id: $id, status: $status) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProjectSetProgress($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "): (typeof documents)["\n    mutation ProjectSetProgress($id: ID!, $input: UpdateProjectInput!) {\n      updateProject(id: $id, input: $input) {\n        ...AdminProjectDetail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n      confirmAppointment(id: $id, start: $start) {\n        id\n        status\n        start: scheduledStart\n        technicianName\n      }\n    }\n  "): (typeof documents)["\n    mutation InboxConfirmAppointment($id: ID!, $start: DateTimeISO) {\n      confirmAppointment(id: $id, start: $start) {\n        id\n        status\n        start: scheduledStart\n        technicianName\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n      declineAppointment(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation InboxDeclineAppointment($id: ID!, $reason: String!) {\n      declineAppointment(id: $id, reason: $reason) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxRequestFields on AdminServiceRequest {\n    id\n    customerId\n    customerName\n    description\n    urgency\n    status\n    createdAt\n    updatedAt\n    preferredAt\n    preferredUntil\n    respondBy\n    firstResponseAt\n    overdue\n    respondedLate\n    declineReason\n    assetId\n    assetName\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n    job {\n      id\n      title\n      localDate\n      localStartTime\n      technicianName\n    }\n  }\n"): (typeof documents)["\n  fragment InboxRequestFields on AdminServiceRequest {\n    id\n    customerId\n    customerName\n    description\n    urgency\n    status\n    createdAt\n    updatedAt\n    preferredAt\n    preferredUntil\n    respondBy\n    firstResponseAt\n    overdue\n    respondedLate\n    declineReason\n    assetId\n    assetName\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n    job {\n      id\n      title\n      localDate\n      localStartTime\n      technicianName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviewPublish($id: ID!) {\n      publishReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ReviewPublish($id: ID!) {\n      publishReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviewReject($id: ID!) {\n      rejectReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ReviewReject($id: ID!) {\n      rejectReview(id: $id) {\n        ...ReviewFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviewRespond($id: ID!, $response: String!) {\n      respondToReview(id: $id, response: $response) {\n        ...ReviewFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ReviewRespond($id: ID!, $response: String!) {\n      respondToReview(id: $id, response: $response) {\n        ...ReviewFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n      createAssetType(code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  "): (typeof documents)["\n    mutation SettingsCreateAssetType($code: String!, $category: AssetCategory!, $names: [AssetTypeNameInput!]!) {\n      createAssetType(code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n      updateAssetType(id: $id, code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  "): (typeof documents)["\n    mutation SettingsUpdateAssetType($id: ID!, $code: String, $category: AssetCategory, $names: [AssetTypeNameInput!]) {\n      updateAssetType(id: $id, code: $code, category: $category, names: $names) {\n        ...AssetTypeFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n      updateBookingSettings(input: $input) {\n        ...BookingSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateBookingSettings($input: BookingSettingsInput!) {\n      updateBookingSettings(input: $input) {\n        ...BookingSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminAddClosedDate($date: String!, $label: String) {\n      addClosedDate(date: $date, label: $label) {\n        date\n        label\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminAddClosedDate($date: String!, $label: String) {\n      addClosedDate(date: $date, label: $label) {\n        date\n        label\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminRemoveClosedDate($date: String!) {\n      removeClosedDate(date: $date)\n    }\n  "): (typeof documents)["\n    mutation AdminRemoveClosedDate($date: String!) {\n      removeClosedDate(date: $date)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateContactDetails($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminVerifyCustomDomain {\n      verifyCustomDomain {\n        domain\n        status\n        recordType\n        recordName\n        recordValue\n        checkedAt\n        nextCheckAt\n        verifiedAt\n        problem\n        problemMessage\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminVerifyCustomDomain {\n      verifyCustomDomain {\n        domain\n        status\n        recordType\n        recordName\n        recordValue\n        checkedAt\n        nextCheckAt\n        verifiedAt\n        problem\n        problemMessage\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminCreateLogoUpload {\n      createLogoUpload {\n        uploadUrl\n        maxBytes\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminCreateLogoUpload {\n      createLogoUpload {\n        uploadUrl\n        maxBytes\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminRemoveLogo {\n      removeLogo {\n        ...TenantSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminRemoveLogo {\n      removeLogo {\n        ...TenantSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateMessageSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateMessageSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdatePaymentSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateQuoteSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        quoteNumberFormat\n        quoteConversion\n        quoteValidityDays\n        quoteDefaultTerms\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateQuoteSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        quoteNumberFormat\n        quoteConversion\n        quoteValidityDays\n        quoteDefaultTerms\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminSetResponsePromises($promises: [RequestResponsePromiseInput!]!) {\n      setRequestResponsePromises(promises: $promises) {\n        urgency\n        responseMinutes\n        note\n        extraChargeMinor\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminSetResponsePromises($promises: [RequestResponsePromiseInput!]!) {\n      setRequestResponsePromises(promises: $promises) {\n        urgency\n        responseMinutes\n        note\n        extraChargeMinor\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n      createServiceType(input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  "): (typeof documents)["\n    mutation SettingsCreateServiceType($input: ServiceTypeInput!) {\n      createServiceType(input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n      updateServiceType(id: $id, input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  "): (typeof documents)["\n    mutation SettingsUpdateServiceType($id: ID!, $input: ServiceTypeInput!) {\n      updateServiceType(id: $id, input: $input) {\n        ...ServiceTypeFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateSessionSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateSignatureSettings($input: UpdateSignatureSettingsInput!) {\n      updateSignatureSettings(input: $input) {\n        ...SignatureSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateSignatureSettings($input: UpdateSignatureSettingsInput!) {\n      updateSignatureSettings(input: $input) {\n        ...SignatureSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n      updateStaffAlertSettings(input: $input) {\n        kind\n        roles\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateStaffAlerts($input: StaffAlertSettingsInput!) {\n      updateStaffAlertSettings(input: $input) {\n        kind\n        roles\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateTenantSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        ...TenantSettingsFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminUpdateTipSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        tipsEnabled\n        tipPresetsPercent\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminUpdateTipSettings($input: TenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        tipsEnabled\n        tipPresetsPercent\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentTemplateFields on DocumentTemplate {\n    kind\n    locale\n    isCustomized\n    updatedAt\n    placeholders\n    blocks {\n      heading\n      body\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentTemplateFields on DocumentTemplate {\n    kind\n    locale\n    isCustomized\n    updatedAt\n    placeholders\n    blocks {\n      heading\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantSettingsFields on TenantSettings {\n    name\n    slug\n    customDomain\n    customDomainVerification {\n      domain\n      status\n      recordType\n      recordName\n      recordValue\n      checkedAt\n      nextCheckAt\n      verifiedAt\n      problem\n      problemMessage\n    }\n    primaryColor\n    accentColor\n    logoUrl\n    locale\n    timeZone\n    currency\n    invoiceNumberFormat\n    warrantyMonths\n    auditRetentionDays\n    selfRegistration\n    reviewModeration\n    customerProfileEdit\n    customersMayAddSites\n    customersMayAddAssets\n    suppliesAnyAddress\n    meterTolerancePercent\n    meterReadingWindowDays\n    allowPartialPayments\n    customerSessionIdleDays\n    staffSessionIdleHours\n    messageEmailDelayMinutes\n    stripeConfigured\n    stripePublishableKey\n    stripeSecretKeyLast4\n    stripeWebhookConfigured\n    stripeAccountId\n    features {\n      booking\n      documents\n      invoices\n      projects\n      requests\n      reviews\n      meters\n      supplies\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n"): (typeof documents)["\n  fragment TenantSettingsFields on TenantSettings {\n    name\n    slug\n    customDomain\n    customDomainVerification {\n      domain\n      status\n      recordType\n      recordName\n      recordValue\n      checkedAt\n      nextCheckAt\n      verifiedAt\n      problem\n      problemMessage\n    }\n    primaryColor\n    accentColor\n    logoUrl\n    locale\n    timeZone\n    currency\n    invoiceNumberFormat\n    warrantyMonths\n    auditRetentionDays\n    selfRegistration\n    reviewModeration\n    customerProfileEdit\n    customersMayAddSites\n    customersMayAddAssets\n    suppliesAnyAddress\n    meterTolerancePercent\n    meterReadingWindowDays\n    allowPartialPayments\n    customerSessionIdleDays\n    staffSessionIdleHours\n    messageEmailDelayMinutes\n    stripeConfigured\n    stripePublishableKey\n    stripeSecretKeyLast4\n    stripeWebhookConfigured\n    stripeAccountId\n    features {\n      booking\n      documents\n      invoices\n      projects\n      requests\n      reviews\n      meters\n      supplies\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingSettingsFields on BookingSettings {\n    mode\n    slotMinutes\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minLeadMinutes\n    maxAdvanceDays\n    changeWindowHours\n    changeGraceMinutes\n    timeZone\n    hours {\n      weekday\n      ranges {\n        start\n        end\n      }\n    }\n    closedDates {\n      date\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment BookingSettingsFields on BookingSettings {\n    mode\n    slotMinutes\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minLeadMinutes\n    maxAdvanceDays\n    changeWindowHours\n    changeGraceMinutes\n    timeZone\n    hours {\n      weekday\n      ranges {\n        start\n        end\n      }\n    }\n    closedDates {\n      date\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceTypeFields on AdminServiceType {\n    id\n    name\n    description\n    durationMinutes\n    priceMinor\n    bookableOnline\n    active\n    technicians {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceTypeFields on AdminServiceType {\n    id\n    name\n    description\n    durationMinutes\n    priceMinor\n    bookableOnline\n    active\n    technicians {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetTypeFields on AdminAssetType {\n    id\n    code\n    category\n    name\n    names {\n      locale\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AssetTypeFields on AdminAssetType {\n    id\n    code\n    category\n    name\n    names {\n      locale\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DocumentSigning($id: ID!) {\n      document(id: $id) {\n        id\n        ...CustomerDocumentFields\n        signingRequest {\n          ...AdminSigningRequestFields\n        }\n      }\n    }\n  "): (typeof documents)["\n    query DocumentSigning($id: ID!) {\n      document(id: $id) {\n        id\n        ...CustomerDocumentFields\n        signingRequest {\n          ...AdminSigningRequestFields\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SignedDocumentLink($id: ID!) {\n      document(id: $id) {\n        id\n        downloadUrl\n      }\n    }\n  "): (typeof documents)["\n    query SignedDocumentLink($id: ID!) {\n      document(id: $id) {\n        id\n        downloadUrl\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RequestDocumentSignature($documentId: ID!, $input: RequestDocumentSignatureInput!) {\n      requestDocumentSignature(documentId: $documentId, input: $input) {\n        ...AdminSigningRequestFields\n      }\n    }\n  "): (typeof documents)["\n    mutation RequestDocumentSignature($documentId: ID!, $input: RequestDocumentSignatureInput!) {\n      requestDocumentSignature(documentId: $documentId, input: $input) {\n        ...AdminSigningRequestFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CancelSigningRequest($id: ID!) {\n      cancelSigningRequest(id: $id) {\n        ...AdminSigningRequestFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CancelSigningRequest($id: ID!) {\n      cancelSigningRequest(id: $id) {\n        ...AdminSigningRequestFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    status\n    customerId\n    customerName\n    issueDate\n    dueDate\n    currency\n    subtotalMinor\n    taxMinor\n    totalMinor\n    paidMinor\n    refundedMinor\n    creditedMinor\n    refundState\n    amountDueMinor\n    paymentProcessing\n    autopay {\n      state\n      attempts\n      lastFailureReason\n      nextRetryAt\n    }\n    creditNotes {\n      id\n      number\n      amountMinor\n      reason\n      issuedAt\n      pdfUrl\n    }\n    notes\n    voidReason\n    recurringLabel\n    pdfUrl\n    payments {\n      id\n      amountMinor\n      refundedMinor\n      currency\n      method\n      cardBrand\n      last4\n      status\n      createdAt\n      failureReason\n      receiptUrl\n      tipMinor\n    }\n    lines {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    status\n    customerId\n    customerName\n    issueDate\n    dueDate\n    currency\n    subtotalMinor\n    taxMinor\n    totalMinor\n    paidMinor\n    refundedMinor\n    creditedMinor\n    refundState\n    amountDueMinor\n    paymentProcessing\n    autopay {\n      state\n      attempts\n      lastFailureReason\n      nextRetryAt\n    }\n    creditNotes {\n      id\n      number\n      amountMinor\n      reason\n      issuedAt\n      pdfUrl\n    }\n    notes\n    voidReason\n    recurringLabel\n    pdfUrl\n    payments {\n      id\n      amountMinor\n      refundedMinor\n      currency\n      method\n      cardBrand\n      last4\n      status\n      createdAt\n      failureReason\n      receiptUrl\n      tipMinor\n    }\n    lines {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamThreadRow on MessageThread {\n    id\n    lastMessageAt\n    unreadCount\n    anchor {\n      type\n      id\n      label\n    }\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    lastMessage {\n      body\n      internal\n      deleted\n      mine\n      author {\n        name\n      }\n      attachments {\n        fileName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TeamThreadRow on MessageThread {\n    id\n    lastMessageAt\n    unreadCount\n    anchor {\n      type\n      id\n      label\n    }\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    lastMessage {\n      body\n      internal\n      deleted\n      mine\n      author {\n        name\n      }\n      attachments {\n        fileName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMessage on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    internal\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment TeamMessage on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    internal\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamUnreadCount {\n    teamUnreadThreadCount\n  }\n"): (typeof documents)["\n  query TeamUnreadCount {\n    teamUnreadThreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamThreadMessages($id: ID!, $before: String) {\n    teamThread(id: $id) {\n      id\n      messages(last: 20, before: $before) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamThreadMessages($id: ID!, $before: String) {\n    teamThread(id: $id) {\n      id\n      messages(last: 20, before: $before) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReply($threadId: ID!, $message: NewMessageInput!, $internal: Boolean!) {\n    replyToThread(threadId: $threadId, message: $message, internal: $internal) {\n      ...TeamMessage\n    }\n  }\n"): (typeof documents)["\n  mutation TeamReply($threadId: ID!, $message: NewMessageInput!, $internal: Boolean!) {\n    replyToThread(threadId: $threadId, message: $message, internal: $internal) {\n      ...TeamMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...TeamMessage\n    }\n  }\n"): (typeof documents)["\n  mutation TeamEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...TeamMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...TeamMessage\n    }\n  }\n"): (typeof documents)["\n  mutation TeamDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...TeamMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamMarkThreadRead($threadId: ID!) {\n    markTeamThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation TeamMarkThreadRead($threadId: ID!) {\n    markTeamThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation TeamMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeterContractFields on MeterContract {\n    id\n    number\n    status\n    nextStates\n    customerId\n    assetId\n    deviceName\n    startsOn\n    endsOn\n    periodMonths\n    billingDay\n    baseChargeMinor\n    minimumMinor\n    taxRateBp\n    currency\n    billedThrough\n    currentPeriodStart\n    currentPeriodEnd\n    createdAt\n    rates {\n      meterId\n      kind\n      label\n      includedVolume\n      tiers {\n        upTo\n        rateMinorPerThousand\n      }\n    }\n    allowances {\n      category\n      unitsPerPeriod\n    }\n  }\n"): (typeof documents)["\n  fragment MeterContractFields on MeterContract {\n    id\n    number\n    status\n    nextStates\n    customerId\n    assetId\n    deviceName\n    startsOn\n    endsOn\n    periodMonths\n    billingDay\n    baseChargeMinor\n    minimumMinor\n    taxRateBp\n    currency\n    billedThrough\n    currentPeriodStart\n    currentPeriodEnd\n    createdAt\n    rates {\n      meterId\n      kind\n      label\n      includedVolume\n      tiers {\n        upTo\n        rateMinorPerThousand\n      }\n    }\n    allowances {\n      category\n      unitsPerPeriod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  fragment AdminNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...AdminNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...AdminNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnreadNotifications {\n    myUnreadNotificationCount\n  }\n"): (typeof documents)["\n  query AdminUnreadNotifications {\n    myUnreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...AdminNotificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...AdminNotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminProjectDetail on AdminProject {\n    id\n    name\n    description\n    status\n    nextStates\n    contractValueMinor\n    currency\n    startDate\n    targetEndDate\n    forecastEndDate\n    delayDays\n    progressPercent\n    progressMode\n    manualProgress\n    startedAt\n    completedAt\n    customer {\n      id\n      name\n    }\n    site {\n      id\n      label\n    }\n    phases {\n      id\n      position\n      name\n      status\n      progress\n      weight\n    }\n    milestones {\n      id\n      name\n      dueDate\n      status\n      reachedAt\n      phaseId\n      paymentAmountMinor\n      currency\n      invoiceId\n    }\n    delays {\n      id\n      cause\n      days\n      note\n      reportedAt\n    }\n    photos {\n      id\n      stage\n      caption\n      takenAt\n      phaseId\n      width\n      height\n      url\n      thumbnailUrl\n    }\n    visits {\n      id\n      title\n      status\n      scheduledStart\n    }\n    invoices {\n      id\n      number\n      status\n      totalMinor\n      currency\n    }\n    documents {\n      id\n      title\n      fileName\n      shared\n      downloadUrl\n      createdAt\n    }\n    threadId\n  }\n"): (typeof documents)["\n  fragment AdminProjectDetail on AdminProject {\n    id\n    name\n    description\n    status\n    nextStates\n    contractValueMinor\n    currency\n    startDate\n    targetEndDate\n    forecastEndDate\n    delayDays\n    progressPercent\n    progressMode\n    manualProgress\n    startedAt\n    completedAt\n    customer {\n      id\n      name\n    }\n    site {\n      id\n      label\n    }\n    phases {\n      id\n      position\n      name\n      status\n      progress\n      weight\n    }\n    milestones {\n      id\n      name\n      dueDate\n      status\n      reachedAt\n      phaseId\n      paymentAmountMinor\n      currency\n      invoiceId\n    }\n    delays {\n      id\n      cause\n      days\n      note\n      reportedAt\n    }\n    photos {\n      id\n      stage\n      caption\n      takenAt\n      phaseId\n      width\n      height\n      url\n      thumbnailUrl\n    }\n    visits {\n      id\n      title\n      status\n      scheduledStart\n    }\n    invoices {\n      id\n      number\n      status\n      totalMinor\n      currency\n    }\n    documents {\n      id\n      title\n      fileName\n      shared\n      downloadUrl\n      createdAt\n    }\n    threadId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...AdminProjectDetail\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...AdminProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteVersionFields on QuoteVersion {\n    id\n    version\n    title\n    intro\n    terms\n    validUntil\n    sentAt\n    depositRule {\n      kind\n      value\n    }\n    commonItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n    options {\n      id\n      name\n      description\n      items {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n      totals {\n        subtotalMinor\n        taxMinor\n        totalMinor\n        depositMinor\n      }\n    }\n    optionalItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteVersionFields on QuoteVersion {\n    id\n    version\n    title\n    intro\n    terms\n    validUntil\n    sentAt\n    depositRule {\n      kind\n      value\n    }\n    commonItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n    options {\n      id\n      name\n      description\n      items {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n      totals {\n        subtotalMinor\n        taxMinor\n        totalMinor\n        depositMinor\n      }\n    }\n    optionalItems {\n      id\n      description\n      quantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteDetailFields on AdminQuote {\n    pdfUrl\n    id\n    number\n    status\n    nextStates\n    currency\n    customer {\n      id\n      name\n      email\n    }\n    createdAt\n    sentAt\n    approvedAt\n    declinedAt\n    declineReason\n    withdrawnAt\n    convertedAt\n    currentVersion\n    sentVersion\n    selection {\n      optionId\n      optionalItemIds\n    }\n    approvedTotals {\n      subtotalMinor\n      taxMinor\n      totalMinor\n      depositMinor\n    }\n    signingRequestId\n    signedDocumentId\n    depositInvoiceId\n    jobId\n    convertedProjectId\n    threadId\n    current {\n      ...QuoteVersionFields\n    }\n    versions {\n      ...QuoteVersionFields\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteDetailFields on AdminQuote {\n    pdfUrl\n    id\n    number\n    status\n    nextStates\n    currency\n    customer {\n      id\n      name\n      email\n    }\n    createdAt\n    sentAt\n    approvedAt\n    declinedAt\n    declineReason\n    withdrawnAt\n    convertedAt\n    currentVersion\n    sentVersion\n    selection {\n      optionId\n      optionalItemIds\n    }\n    approvedTotals {\n      subtotalMinor\n      taxMinor\n      totalMinor\n      depositMinor\n    }\n    signingRequestId\n    signedDocumentId\n    depositInvoiceId\n    jobId\n    convertedProjectId\n    threadId\n    current {\n      ...QuoteVersionFields\n    }\n    versions {\n      ...QuoteVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    customerName\n    jobTitle\n    status\n    createdAt\n    publishedAt\n    response\n    respondedAt\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id\n    rating\n    comment\n    customerName\n    jobTitle\n    status\n    createdAt\n    publishedAt\n    response\n    respondedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSigningRequestFields on AdminSigningRequest {\n    id\n    kind\n    status\n    title\n    provider\n    documentId\n    signedDocumentId\n    placement {\n      page\n    }\n    createdAt\n    consentedAt\n    codeVerifiedAt\n    signedAt\n    signerName\n    signerEmail\n    signerIp\n    signerUserAgent\n    declinedAt\n    declineReason\n    cancelledAt\n    originalSha256\n    signedSha256\n    disclosureVersion\n    events {\n      id\n      kind\n      actorType\n      at\n      ip\n      userAgent\n    }\n  }\n"): (typeof documents)["\n  fragment AdminSigningRequestFields on AdminSigningRequest {\n    id\n    kind\n    status\n    title\n    provider\n    documentId\n    signedDocumentId\n    placement {\n      page\n    }\n    createdAt\n    consentedAt\n    codeVerifiedAt\n    signedAt\n    signerName\n    signerEmail\n    signerIp\n    signerUserAgent\n    declinedAt\n    declineReason\n    cancelledAt\n    originalSha256\n    signedSha256\n    disclosureVersion\n    events {\n      id\n      kind\n      actorType\n      at\n      ip\n      userAgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignatureSettingsFields on SignatureSettings {\n    provider\n    docusignAccountId\n    docusignIntegrationKey\n    docusignUserId\n    docusignBasePath\n    docusignOAuthBasePath\n    docusignPrivateKeySet\n    docusignHmacKeySet\n  }\n"): (typeof documents)["\n  fragment SignatureSettingsFields on SignatureSettings {\n    provider\n    docusignAccountId\n    docusignIntegrationKey\n    docusignUserId\n    docusignBasePath\n    docusignOAuthBasePath\n    docusignPrivateKeySet\n    docusignHmacKeySet\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplyItemFields on AdminSupplyItem {\n    id\n    sku\n    name\n    description\n    category\n    priceMinor\n    taxRateBp\n    yieldPages\n    currency\n    models\n    active\n  }\n"): (typeof documents)["\n  fragment SupplyItemFields on AdminSupplyItem {\n    id\n    sku\n    name\n    description\n    category\n    priceMinor\n    taxRateBp\n    yieldPages\n    currency\n    models\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplyOrderFields on AdminSupplyOrder {\n    id\n    number\n    status\n    nextStates\n    currency\n    submittedAt\n    approvedAt\n    shippedAt\n    deliveredAt\n    cancelledAt\n    statusReason\n    carrier\n    trackingNumber\n    notes\n    contractNumber\n    subtotalMinor\n    taxMinor\n    totalMinor\n    invoiceId\n    invoice {\n      id\n      number\n    }\n    customer {\n      id\n      name\n      email\n    }\n    asset {\n      id\n      name\n      model\n      serialNumber\n    }\n    deliveryAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      region\n      country\n    }\n    excessUsageWarning {\n      days\n      pagesOrdered\n      pagesPrinted\n      ratio\n    }\n    lines {\n      itemId\n      sku\n      name\n      category\n      quantity\n      coveredQuantity\n      billableQuantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n      taxMinor\n    }\n  }\n"): (typeof documents)["\n  fragment SupplyOrderFields on AdminSupplyOrder {\n    id\n    number\n    status\n    nextStates\n    currency\n    submittedAt\n    approvedAt\n    shippedAt\n    deliveredAt\n    cancelledAt\n    statusReason\n    carrier\n    trackingNumber\n    notes\n    contractNumber\n    subtotalMinor\n    taxMinor\n    totalMinor\n    invoiceId\n    invoice {\n      id\n      number\n    }\n    customer {\n      id\n      name\n      email\n    }\n    asset {\n      id\n      name\n      model\n      serialNumber\n    }\n    deliveryAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      region\n      country\n    }\n    excessUsageWarning {\n      days\n      pagesOrdered\n      pagesPrinted\n      ratio\n    }\n    lines {\n      itemId\n      sku\n      name\n      category\n      quantity\n      coveredQuantity\n      billableQuantity\n      unitPriceMinor\n      taxRateBp\n      totalMinor\n      taxMinor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMe {\n    me {\n      id\n      name\n      email\n      role\n      timeZone\n      currency\n    }\n    myUnreadNotificationCount\n    teamUnreadThreadCount\n    businessFeatures {\n      projects\n      meters\n      supplies\n    }\n  }\n"): (typeof documents)["\n  query AdminMe {\n    me {\n      id\n      name\n      email\n      role\n      timeZone\n      currency\n    }\n    myUnreadNotificationCount\n    teamUnreadThreadCount\n    businessFeatures {\n      projects\n      meters\n      supplies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAttentionCounts {\n    attentionCounts {\n      total\n      urgentRequests\n    }\n  }\n"): (typeof documents)["\n  query AdminAttentionCounts {\n    attentionCounts {\n      total\n      urgentRequests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFlaggedReadings {\n    meterReadingsForReview(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminFlaggedReadings {\n    meterReadingsForReview(first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNewSupplyOrders {\n    supplyOrders(status: SUBMITTED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminNewSupplyOrders {\n    supplyOrders(status: SUBMITTED, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  "): (typeof documents)["\n    mutation StaffChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffRevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  "): (typeof documents)["\n    mutation StaffRevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffSignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          expiresAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation StaffSignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          expiresAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      browser\n      os\n      device\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n  }\n"): (typeof documents)["\n  query StaffSessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      browser\n      os\n      device\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementEnd($id: ID!) {\n      endServiceAgreement(id: $id) {\n        id\n        active\n        nextInvoiceOn\n      }\n    }\n  "): (typeof documents)["\n    mutation AgreementEnd($id: ID!) {\n      endServiceAgreement(id: $id) {\n        id\n        active\n        nextInvoiceOn\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementList($active: Boolean, $after: String) {\n    serviceAgreements(active: $active, first: 50, after: $after) {\n      nodes {\n        id\n        customerId\n        customerName\n        name\n        priceMinor\n        currency\n        intervalMonths\n        nextInvoiceOn\n        active\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementList($active: Boolean, $after: String) {\n    serviceAgreements(active: $active, first: 50, after: $after) {\n      nodes {\n        id\n        customerId\n        customerName\n        name\n        priceMinor\n        currency\n        intervalMonths\n        nextInvoiceOn\n        active\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditStaff {\n    staffMembers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditStaff {\n    staffMembers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        source\n        at\n        action\n        actorType\n        actorId\n        actorName\n        contactId\n        contactName\n        customerId\n        subjectType\n        subjectId\n        subjectLabel\n        ip\n        userAgent\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        source\n        at\n        action\n        actorType\n        actorId\n        actorName\n        contactId\n        contactName\n        customerId\n        subjectType\n        subjectId\n        subjectLabel\n        ip\n        userAgent\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogCsvUrl($filter: AuditLogFilter) {\n    auditLogCsvUrl(filter: $filter)\n  }\n"): (typeof documents)["\n  query AuditLogCsvUrl($filter: AuditLogFilter) {\n    auditLogCsvUrl(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        email\n        phone\n        portalStatus\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        email\n        phone\n        portalStatus\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CustomerFeeds($id: ID!) {\n      customer(id: $id) {\n        id\n        activity(first: 15) {\n          nodes {\n            id\n            action\n            actorName\n            actorType\n            at\n            ip\n            subject {\n              kind\n              id\n              name\n            }\n          }\n        }\n      }\n      communicationsTimeline(customerId: $id, first: 30) {\n        nodes {\n          id\n          kind\n          direction\n          occurredAt\n          summary\n          actorName\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CustomerFeeds($id: ID!) {\n      customer(id: $id) {\n        id\n        activity(first: 15) {\n          nodes {\n            id\n            action\n            actorName\n            actorType\n            at\n            ip\n            subject {\n              kind\n              id\n              name\n            }\n          }\n        }\n      }\n      communicationsTimeline(customerId: $id, first: 30) {\n        nodes {\n          id\n          kind\n          direction\n          occurredAt\n          summary\n          actorName\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n      sites {\n        ...CustomerSiteFields\n      }\n      assets {\n        ...CustomerAssetFields\n      }\n      activity(first: 15) {\n        nodes {\n          id\n          action\n          actorName\n          actorType\n          at\n          ip\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n    adminJobs(customerId: $id, first: 20) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n    invoices(customerId: $id, first: 20) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        totalMinor\n        amountDueMinor\n        currency\n      }\n    }\n    customerPayments(customerId: $id, first: 20) {\n      nodes {\n        id\n        invoiceId\n        invoiceNumber\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        status\n        createdAt\n        failureReason\n        receiptUrl\n      }\n    }\n    documents(customerId: $id, first: 50) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n        sizeBytes\n      }\n    }\n    assetTypes {\n      id\n      name\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n    communicationsTimeline(customerId: $id, first: 30) {\n      nodes {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        actorName\n        subject {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n      sites {\n        ...CustomerSiteFields\n      }\n      assets {\n        ...CustomerAssetFields\n      }\n      activity(first: 15) {\n        nodes {\n          id\n          action\n          actorName\n          actorType\n          at\n          ip\n          subject {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n    adminJobs(customerId: $id, first: 20) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        technicianName\n      }\n    }\n    invoices(customerId: $id, first: 20) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        totalMinor\n        amountDueMinor\n        currency\n      }\n    }\n    customerPayments(customerId: $id, first: 20) {\n      nodes {\n        id\n        invoiceId\n        invoiceNumber\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        status\n        createdAt\n        failureReason\n        receiptUrl\n      }\n    }\n    documents(customerId: $id, first: 50) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n        sizeBytes\n      }\n    }\n    assetTypes {\n      id\n      name\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n    communicationsTimeline(customerId: $id, first: 30) {\n      nodes {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        actorName\n        subject {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAgreements($id: ID!) {\n    serviceAgreements(customerId: $id, first: 20) {\n      nodes {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAgreements($id: ID!) {\n    serviceAgreements(customerId: $id, first: 20) {\n      nodes {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerThreads($id: ID!) {\n    teamThreads(customerId: $id, first: 10) {\n      nodes {\n        ...TeamThreadRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerThreads($id: ID!) {\n    teamThreads(customerId: $id, first: 10) {\n      nodes {\n        ...TeamThreadRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProjects($id: ID!) {\n    projects(customerId: $id, first: 10) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerProjects($id: ID!) {\n    projects(customerId: $id, first: 10) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddMeter($assetId: ID!, $kind: MeterKind!, $label: String!) {\n      addMeter(assetId: $assetId, kind: $kind, label: $label) {\n        id\n        label\n      }\n    }\n  "): (typeof documents)["\n    mutation AddMeter($assetId: ID!, $kind: MeterKind!, $label: String!) {\n      addMeter(assetId: $assetId, kind: $kind, label: $label) {\n        id\n        label\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateMeter($id: ID!, $label: String, $active: Boolean) {\n      updateMeter(id: $id, label: $label, active: $active) {\n        id\n        label\n        active\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateMeter($id: ID!, $label: String, $active: Boolean) {\n      updateMeter(id: $id, label: $label, active: $active) {\n        id\n        label\n        active\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CorrectMeterReading($id: ID!, $value: Int!, $note: String!) {\n      correctMeterReading(id: $id, value: $value, note: $note) {\n        id\n        value\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation CorrectMeterReading($id: ID!, $value: Int!, $note: String!) {\n      correctMeterReading(id: $id, value: $value, note: $note) {\n        id\n        value\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceMeters($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        site {\n          id\n          label\n        }\n        meterContract {\n          id\n          number\n          status\n        }\n        meters {\n          id\n          kind\n          label\n          active\n          readingDueBy\n          readings(first: 12) {\n            id\n            value\n            readAt\n            source\n            status\n            estimated\n            flagReason\n            expectedValue\n            resetsCounter\n            reviewNote\n            reviewerName\n            submittedByName\n            correctedFromValue\n            billed\n            nextStates\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeviceMeters($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        site {\n          id\n          label\n        }\n        meterContract {\n          id\n          number\n          status\n        }\n        meters {\n          id\n          kind\n          label\n          active\n          readingDueBy\n          readings(first: 12) {\n            id\n            value\n            readAt\n            source\n            status\n            estimated\n            flagReason\n            expectedValue\n            resetsCounter\n            reviewNote\n            reviewerName\n            submittedByName\n            correctedFromValue\n            billed\n            nextStates\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceUsage($assetId: ID!) {\n    meterUsage(assetId: $assetId) {\n      contractNumber\n      currency\n      periodStart\n      periodEnd\n      daysElapsed\n      daysInPeriod\n      baseChargeMinor\n      minimumMinor\n      estimatedChargeMinor\n      meters {\n        meterId\n        label\n        openingValue\n        latestValue\n        volumeThisPeriod\n        includedVolume\n        allowanceLeft\n        projectedVolume\n        projectedOverageVolume\n        projectedOverageMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeviceUsage($assetId: ID!) {\n    meterUsage(assetId: $assetId) {\n      contractNumber\n      currency\n      periodStart\n      periodEnd\n      daysElapsed\n      daysInPeriod\n      baseChargeMinor\n      minimumMinor\n      estimatedChargeMinor\n      meters {\n        meterId\n        label\n        openingValue\n        latestValue\n        volumeThisPeriod\n        includedVolume\n        allowanceLeft\n        projectedVolume\n        projectedOverageVolume\n        projectedOverageMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchWeek($from: String!, $to: String!) {\n    dispatchBoard(from: $from, to: $to) {\n      from\n      to\n      timeZone\n      days {\n        date\n        lanes {\n          technicianId\n          technicianName\n          jobs {\n            id\n            title\n            status\n            nextStatuses\n            customerName\n            siteLabel\n            siteAddress\n            localDate\n            localStartTime\n            localEndTime\n            scheduledStart\n            technicianId\n            technicianName\n            bookedOnline\n            serviceType {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchWeek($from: String!, $to: String!) {\n    dispatchBoard(from: $from, to: $to) {\n      from\n      to\n      timeZone\n      days {\n        date\n        lanes {\n          technicianId\n          technicianName\n          jobs {\n            id\n            title\n            status\n            nextStatuses\n            customerName\n            siteLabel\n            siteAddress\n            localDate\n            localStartTime\n            localEndTime\n            scheduledStart\n            technicianId\n            technicianName\n            bookedOnline\n            serviceType {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        customerName\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n        paymentProcessing\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceList($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        customerName\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n        paymentProcessing\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InvoiceIssue($id: ID!) {\n      issueInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InvoiceIssue($id: ID!) {\n      issueInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InvoiceResend($id: ID!) {\n      resendInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InvoiceResend($id: ID!) {\n      resendInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InvoiceReopen($id: ID!) {\n      reopenInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InvoiceReopen($id: ID!) {\n      reopenInvoice(id: $id) {\n        ...InvoiceDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query InvoiceCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipsReport($from: String!, $to: String!) {\n    tipsReport(from: $from, to: $to) {\n      from\n      to\n      currency\n      count\n      totalMinor\n      technicians {\n        technicianId\n        technicianName\n        count\n        totalMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TipsReport($from: String!, $to: String!) {\n    tipsReport(from: $from, to: $to) {\n      from\n      to\n      currency\n      count\n      totalMinor\n      technicians {\n        technicianId\n        technicianName\n        count\n        totalMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        id\n        internalNotes {\n          id\n          body\n          authorName\n          createdAt\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation JobAddInternalNote($jobId: ID!, $body: String!) {\n      addInternalNote(jobId: $jobId, body: $body) {\n        id\n        internalNotes {\n          id\n          body\n          authorName\n          createdAt\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n      updateJobNotes(id: $id, customerNotes: $customerNotes) {\n        id\n        customerNotes\n      }\n    }\n  "): (typeof documents)["\n    mutation JobUpdateCustomerNotes($id: ID!, $customerNotes: String) {\n      updateJobNotes(id: $id, customerNotes: $customerNotes) {\n        id\n        customerNotes\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobDetail($id: ID!) {\n    adminJob(id: $id) {\n      id\n      title\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n      onMyWayAt\n      etaAt\n      arrivedAt\n      customerId\n      customerPhone\n      mapUrl\n      customerName\n      description\n      customerNotes\n      accessInstructions\n      siteLabel\n      siteAddress\n      assetName\n      localDate\n      localStartTime\n      localEndTime\n      technicianId\n      technicianName\n      bookedOnline\n      declineReason\n      serviceType {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      internalNotes {\n        id\n        body\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobDetail($id: ID!) {\n    adminJob(id: $id) {\n      id\n      title\n      status\n      nextStatuses\n      visitStage\n      visitMoves\n      onMyWayAt\n      etaAt\n      arrivedAt\n      customerId\n      customerPhone\n      mapUrl\n      customerName\n      description\n      customerNotes\n      accessInstructions\n      siteLabel\n      siteAddress\n      assetName\n      localDate\n      localStartTime\n      localEndTime\n      technicianId\n      technicianName\n      bookedOnline\n      declineReason\n      serviceType {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      internalNotes {\n        id\n        body\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        title\n        kind\n        fileName\n        shared\n        createdAt\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInbox($view: TeamInboxView!, $customerId: ID, $after: String) {\n    teamThreads(view: $view, customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        ...TeamThreadRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamInbox($view: TeamInboxView!, $customerId: ID, $after: String) {\n    teamThreads(view: $view, customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        ...TeamThreadRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query InboxCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamThread($id: ID!, $office: Boolean!) {\n    teamThread(id: $id) {\n      id\n      lastMessageAt\n      seenByCustomerAt\n      unreadCount\n      anchor {\n        type\n        id\n        label\n      }\n      customer {\n        id\n        name\n        locale\n      }\n      assignee {\n        id\n        name\n      }\n      messages(last: 20) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n    cannedReplies {\n      ...CannedReplyFields\n    }\n    threadAssignees(threadId: $id) @include(if: $office) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TeamThread($id: ID!, $office: Boolean!) {\n    teamThread(id: $id) {\n      id\n      lastMessageAt\n      seenByCustomerAt\n      unreadCount\n      anchor {\n        type\n        id\n        label\n      }\n      customer {\n        id\n        name\n        locale\n      }\n      assignee {\n        id\n        name\n      }\n      messages(last: 20) {\n        nodes {\n          ...TeamMessage\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n    cannedReplies {\n      ...CannedReplyFields\n    }\n    threadAssignees(threadId: $id) @include(if: $office) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ApproveMeterReading($id: ID!, $note: String) {\n      approveMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  "): (typeof documents)["\n    mutation ApproveMeterReading($id: ID!, $note: String) {\n      approveMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RejectMeterReading($id: ID!, $note: String) {\n      rejectMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  "): (typeof documents)["\n    mutation RejectMeterReading($id: ID!, $note: String) {\n      rejectMeterReading(id: $id, note: $note) {\n        id\n        status\n        value\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingsForReview($after: String) {\n    meterReadingsForReview(first: 50, after: $after) {\n      nodes {\n        id\n        value\n        readAt\n        source\n        flagReason\n        expectedValue\n        resetsCounter\n        photoUrl\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        meter {\n          id\n          label\n          lastReading {\n            id\n            value\n            readAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingsForReview($after: String) {\n    meterReadingsForReview(first: 50, after: $after) {\n      nodes {\n        id\n        value\n        readAt\n        source\n        flagReason\n        expectedValue\n        resetsCounter\n        photoUrl\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        meter {\n          id\n          label\n          lastReading {\n            id\n            value\n            readAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeterContractList($customerId: ID, $after: String) {\n    meterContracts(customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        deviceName\n        startsOn\n        endsOn\n        periodMonths\n        baseChargeMinor\n        currency\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeterContractList($customerId: ID, $after: String) {\n    meterContracts(customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        customerId\n        deviceName\n        startsOn\n        endsOn\n        periodMonths\n        baseChargeMinor\n        currency\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeterContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MeterContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeterContractCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeterContractCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateMeterContract($id: ID!, $input: MeterContractInput!) {\n      updateMeterContract(id: $id, input: $input) {\n        ...MeterContractFields\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateMeterContract($id: ID!, $input: MeterContractInput!) {\n      updateMeterContract(id: $id, input: $input) {\n        ...MeterContractFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EndMeterContract($id: ID!, $endsOn: String!) {\n      endMeterContract(id: $id, endsOn: $endsOn) {\n        ...MeterContractFields\n      }\n    }\n  "): (typeof documents)["\n    mutation EndMeterContract($id: ID!, $endsOn: String!) {\n      endMeterContract(id: $id, endsOn: $endsOn) {\n        ...MeterContractFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeterContractDetail($id: ID!) {\n    meterContract(id: $id) {\n      ...MeterContractFields\n    }\n    meterBillingPeriods(contractId: $id) {\n      id\n      periodStart\n      periodEnd\n      subtotalMinor\n      invoiceId\n      invoiceNumber\n      createdAt\n      meters {\n        meterId\n        label\n        openingValue\n        closingValue\n        estimated\n        volume\n        includedVolume\n        overageVolume\n        amountMinor\n        creditMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeterContractDetail($id: ID!) {\n    meterContract(id: $id) {\n      ...MeterContractFields\n    }\n    meterBillingPeriods(contractId: $id) {\n      id\n      periodStart\n      periodEnd\n      subtotalMinor\n      invoiceId\n      invoiceNumber\n      createdAt\n      meters {\n        meterId\n        label\n        openingValue\n        closingValue\n        estimated\n        volume\n        includedVolume\n        overageVolume\n        amountMinor\n        creditMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeterContractDevice($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeterContractDevice($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      assets {\n        id\n        name\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateMeterContract($input: MeterContractInput!) {\n      createMeterContract(input: $input) {\n        id\n        number\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateMeterContract($input: MeterContractInput!) {\n      createMeterContract(input: $input) {\n        id\n        number\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewContractCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      assets {\n        id\n        name\n        model\n        serialNumber\n        meters {\n          id\n          label\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewContractCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewContractCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDay {\n    myDay {\n      date\n      timeZone\n      jobs {\n        ...MyDayJobFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDay {\n    myDay {\n      date\n      timeZone\n      jobs {\n        ...MyDayJobFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutbox($after: String) {\n    devOutbox(first: 20, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevOutbox($after: String) {\n    devOutbox(first: 20, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectList($status: ProjectStatus, $customerId: ID, $after: String) {\n    projects(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n        delayDays\n        contractValueMinor\n        currency\n        customer {\n          id\n          name\n        }\n        currentPhase {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectList($status: ProjectStatus, $customerId: ID, $after: String) {\n    projects(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        status\n        progressPercent\n        targetEndDate\n        forecastEndDate\n        delayDays\n        contractValueMinor\n        currency\n        customer {\n          id\n          name\n        }\n        currentPhase {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProjectListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectListCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectListCustomerSearch($search: String) {\n    customers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectCandidates($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n      }\n    }\n    adminJobs(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n    invoices(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        number\n        status\n        totalMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectCandidates($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n      }\n    }\n    adminJobs(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n    invoices(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        number\n        status\n        totalMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDocumentCandidates($customerId: ID!) {\n    documents(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        fileName\n        shared\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDocumentCandidates($customerId: ID!) {\n    documents(customerId: $customerId, first: 50) {\n      nodes {\n        id\n        title\n        fileName\n        shared\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewProjectCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      sites {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewProjectCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      sites {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewProjectCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewProjectCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteList($status: QuoteStatus, $customerId: ID, $after: String) {\n    quotes(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        currency\n        customer {\n          id\n          name\n        }\n        current {\n          title\n          validUntil\n          commonItems {\n            description\n            quantity\n            unitPriceMinor\n            taxRateBp\n          }\n          options {\n            id\n            totals {\n              totalMinor\n            }\n          }\n        }\n        approvedTotals {\n          totalMinor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuoteList($status: QuoteStatus, $customerId: ID, $after: String) {\n    quotes(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        currency\n        customer {\n          id\n          name\n        }\n        current {\n          title\n          validUntil\n          commonItems {\n            description\n            quantity\n            unitPriceMinor\n            taxRateBp\n          }\n          options {\n            id\n            totals {\n              totalMinor\n            }\n          }\n        }\n        approvedTotals {\n          totalMinor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query QuoteListCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateQuoteDraft($id: ID!, $input: QuoteContentInput!) {\n      updateQuoteDraft(id: $id, input: $input) {\n        ...QuoteDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateQuoteDraft($id: ID!, $input: QuoteContentInput!) {\n      updateQuoteDraft(id: $id, input: $input) {\n        ...QuoteDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SendQuote($id: ID!) {\n      sendQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation SendQuote($id: ID!) {\n      sendQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviseQuote($id: ID!) {\n      reviseQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ReviseQuote($id: ID!) {\n      reviseQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WithdrawQuote($id: ID!) {\n      withdrawQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation WithdrawQuote($id: ID!) {\n      withdrawQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConvertQuote($id: ID!) {\n      convertQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ConvertQuote($id: ID!) {\n      convertQuote(id: $id) {\n        ...QuoteDetailFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteDetail($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetailFields\n    }\n  }\n"): (typeof documents)["\n  query QuoteDetail($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteSigning($id: ID!) {\n    signingRequest(id: $id) {\n      ...AdminSigningRequestFields\n    }\n  }\n"): (typeof documents)["\n  query QuoteSigning($id: ID!) {\n    signingRequest(id: $id) {\n      ...AdminSigningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteSignedPdf($id: ID!) {\n    document(id: $id) {\n      id\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  query QuoteSignedPdf($id: ID!) {\n    document(id: $id) {\n      id\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateQuote($input: CreateQuoteInput!) {\n      createQuote(input: $input) {\n        id\n        number\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateQuote($input: CreateQuoteInput!) {\n      createQuote(input: $input) {\n        id\n        number\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewQuoteCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query NewQuoteCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewQuoteRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      id\n      description\n    }\n  }\n"): (typeof documents)["\n  query NewQuoteRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      id\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewQuoteProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewQuoteProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewQuoteCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewQuoteCustomerSearch($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestsInbox($overdue: Boolean) {\n    appointmentRequests(first: 50) {\n      nodes {\n        id\n        title\n        customerName\n        serviceType {\n          id\n          name\n        }\n        start: scheduledStart\n        end: scheduledEnd\n        requestedStart\n        description\n        bookedOnline\n      }\n    }\n    # 40 of each: the page stays within the API's query cost limit with the response clock's fields.\n    submitted: serviceRequestsInbox(status: submitted, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n    reviewed: serviceRequestsInbox(status: reviewed, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestsInbox($overdue: Boolean) {\n    appointmentRequests(first: 50) {\n      nodes {\n        id\n        title\n        customerName\n        serviceType {\n          id\n          name\n        }\n        start: scheduledStart\n        end: scheduledEnd\n        requestedStart\n        description\n        bookedOnline\n      }\n    }\n    # 40 of each: the page stays within the API's query cost limit with the response clock's fields.\n    submitted: serviceRequestsInbox(status: submitted, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n    reviewed: serviceRequestsInbox(status: reviewed, overdue: $overdue, first: 40) {\n      nodes {\n        id\n        customerName\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        preferredUntil\n        respondBy\n        overdue\n        assetName\n        attachments {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InboxMarkReviewed($id: ID!) {\n      markRequestReviewed(id: $id) {\n        ...InboxRequestFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InboxMarkReviewed($id: ID!) {\n      markRequestReviewed(id: $id) {\n        ...InboxRequestFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InboxDeclineRequest($id: ID!, $reason: String!) {\n      declineRequest(id: $id, reason: $reason) {\n        ...InboxRequestFields\n      }\n    }\n  "): (typeof documents)["\n    mutation InboxDeclineRequest($id: ID!, $reason: String!) {\n      declineRequest(id: $id, reason: $reason) {\n        ...InboxRequestFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      ...InboxRequestFields\n    }\n  }\n"): (typeof documents)["\n  query InboxRequest($id: ID!) {\n    inboxRequest(id: $id) {\n      ...InboxRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvertOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConvertOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      sites {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n    }\n    serviceTypes {\n      id\n      name\n      active\n      durationMinutes\n      technicians {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReviews($status: ReviewStatus) {\n    reviews(status: $status, first: 50) {\n      nodes {\n        ...ReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReviews($status: ReviewStatus) {\n    reviews(status: $status, first: 50) {\n      nodes {\n        ...ReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    assetTypes {\n      ...AssetTypeFields\n    }\n    staffMembers {\n      id\n      name\n      role\n      status\n    }\n    bookingSettings {\n      ...BookingSettingsFields\n    }\n    staffAlertSettings {\n      kind\n      roles\n    }\n    requestResponsePromises {\n      urgency\n      responseMinutes\n      note\n      extraChargeMinor\n    }\n  }\n"): (typeof documents)["\n  query AdminSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    assetTypes {\n      ...AssetTypeFields\n    }\n    staffMembers {\n      id\n      name\n      role\n      status\n    }\n    bookingSettings {\n      ...BookingSettingsFields\n    }\n    staffAlertSettings {\n      kind\n      roles\n    }\n    requestResponsePromises {\n      urgency\n      responseMinutes\n      note\n      extraChargeMinor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCannedReplies {\n    cannedReplies {\n      ...CannedReplyFields\n    }\n  }\n"): (typeof documents)["\n  query AdminCannedReplies {\n    cannedReplies {\n      ...CannedReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminSaveDocumentTemplate($input: SaveDocumentTemplateInput!) {\n      saveDocumentTemplate(input: $input) {\n        ...DocumentTemplateFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminSaveDocumentTemplate($input: SaveDocumentTemplateInput!) {\n      saveDocumentTemplate(input: $input) {\n        ...DocumentTemplateFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminResetDocumentTemplate($kind: GeneratedDocumentKind!, $locale: String!) {\n      resetDocumentTemplate(kind: $kind, locale: $locale) {\n        ...DocumentTemplateFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminResetDocumentTemplate($kind: GeneratedDocumentKind!, $locale: String!) {\n      resetDocumentTemplate(kind: $kind, locale: $locale) {\n        ...DocumentTemplateFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminPreviewDocumentTemplate($input: DocumentTemplatePreviewInput!) {\n      previewDocumentTemplate(input: $input) {\n        fileName\n        contentType\n        base64\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminPreviewDocumentTemplate($input: DocumentTemplatePreviewInput!) {\n      previewDocumentTemplate(input: $input) {\n        fileName\n        contentType\n        base64\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDocumentTemplates {\n    documentTemplates {\n      ...DocumentTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query AdminDocumentTemplates {\n    documentTemplates {\n      ...DocumentTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPrivacySettingsPage {\n    privacySettings {\n      privacyNotice\n      privacyNoticeVersion\n      legalRetentionYears\n      erasureAutoDays\n      exportLinkDays\n    }\n  }\n"): (typeof documents)["\n  query AdminPrivacySettingsPage {\n    privacySettings {\n      privacyNotice\n      privacyNoticeVersion\n      legalRetentionYears\n      erasureAutoDays\n      exportLinkDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminQuoteSettingsPage {\n    tenantSettings {\n      slug\n      tipsEnabled\n      tipPresetsPercent\n      ...QuoteSettingsFields\n    }\n    signatureSettings {\n      ...SignatureSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query AdminQuoteSettingsPage {\n    tenantSettings {\n      slug\n      tipsEnabled\n      tipPresetsPercent\n      ...QuoteSettingsFields\n    }\n    signatureSettings {\n      ...SignatureSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteSettingsFields on TenantSettings {\n    quoteNumberFormat\n    quoteConversion\n    quoteValidityDays\n    quoteDefaultTerms\n  }\n"): (typeof documents)["\n  fragment QuoteSettingsFields on TenantSettings {\n    quoteNumberFormat\n    quoteConversion\n    quoteValidityDays\n    quoteDefaultTerms\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffInvite($input: InviteStaffInput!) {\n      inviteStaff(input: $input) {\n        id\n        name\n      }\n    }\n  "): (typeof documents)["\n    mutation StaffInvite($input: InviteStaffInput!) {\n      inviteStaff(input: $input) {\n        id\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n      changeStaffRole(staffUserId: $staffUserId, role: $role) {\n        id\n        name\n        email\n        role\n        status\n        createdAt\n      }\n    }\n  "): (typeof documents)["\n    mutation StaffChangeRole($staffUserId: ID!, $role: StaffRole!) {\n      changeStaffRole(staffUserId: $staffUserId, role: $role) {\n        id\n        name\n        email\n        role\n        status\n        createdAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffDeactivate($staffUserId: ID!) {\n      deactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation StaffDeactivate($staffUserId: ID!) {\n      deactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffReactivate($staffUserId: ID!) {\n      reactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation StaffReactivate($staffUserId: ID!) {\n      reactivateStaffMember(staffUserId: $staffUserId) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffList {\n    staffMembers {\n      id\n      name\n      email\n      role\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query StaffList {\n    staffMembers {\n      id\n      name\n      email\n      role\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyOrderList($status: SupplyOrderStatus, $customerId: ID, $after: String) {\n    supplyOrders(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        submittedAt\n        totalMinor\n        currency\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        lines {\n          itemId\n          quantity\n        }\n        excessUsageWarning {\n          ratio\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplyOrderList($status: SupplyOrderStatus, $customerId: ID, $after: String) {\n    supplyOrders(status: $status, customerId: $customerId, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        status\n        submittedAt\n        totalMinor\n        currency\n        customer {\n          id\n          name\n        }\n        asset {\n          id\n          name\n          model\n        }\n        lines {\n          itemId\n          quantity\n        }\n        excessUsageWarning {\n          ratio\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyOrderCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SupplyOrderCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ApproveSupplyOrder($id: ID!) {\n      approveSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ApproveSupplyOrder($id: ID!) {\n      approveSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ShipSupplyOrder($id: ID!, $carrier: String!, $trackingNumber: String!) {\n      shipSupplyOrder(id: $id, carrier: $carrier, trackingNumber: $trackingNumber) {\n        ...SupplyOrderFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ShipSupplyOrder($id: ID!, $carrier: String!, $trackingNumber: String!) {\n      shipSupplyOrder(id: $id, carrier: $carrier, trackingNumber: $trackingNumber) {\n        ...SupplyOrderFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeliverSupplyOrder($id: ID!) {\n      deliverSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  "): (typeof documents)["\n    mutation DeliverSupplyOrder($id: ID!) {\n      deliverSupplyOrder(id: $id) {\n        ...SupplyOrderFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RejectSupplyOrder($id: ID!, $reason: String!) {\n      rejectSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  "): (typeof documents)["\n    mutation RejectSupplyOrder($id: ID!, $reason: String!) {\n      rejectSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CancelSupplyOrder($id: ID!, $reason: String!) {\n      cancelSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CancelSupplyOrder($id: ID!, $reason: String!) {\n      cancelSupplyOrder(id: $id, reason: $reason) {\n        ...SupplyOrderFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyOrderDetail($id: ID!) {\n    supplyOrder(id: $id) {\n      ...SupplyOrderFields\n    }\n  }\n"): (typeof documents)["\n  query SupplyOrderDetail($id: ID!) {\n    supplyOrder(id: $id) {\n      ...SupplyOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyCatalogue($search: String, $category: SupplyCategory, $includeInactive: Boolean!, $after: String) {\n    supplyItems(search: $search, category: $category, includeInactive: $includeInactive, first: 50, after: $after) {\n      nodes {\n        ...SupplyItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplyCatalogue($search: String, $category: SupplyCategory, $includeInactive: Boolean!, $after: String) {\n    supplyItems(search: $search, category: $category, includeInactive: $includeInactive, first: 50, after: $after) {\n      nodes {\n        ...SupplyItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  "): (typeof documents)["\n    mutation StaffRequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n    mutation CreateAttachmentUpload($fileName: String!) {\n      createAttachmentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n      }\n    }\n  ": typeof types.CreateAttachmentUploadDocument,
    "\n    mutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n      rescheduleAppointment(id: $id, start: $start) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  ": typeof types.RescheduleAppointmentDocument,
    "\n    mutation CancelAppointment($id: ID!, $reason: String) {\n      cancelAppointment(id: $id, reason: $reason) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  ": typeof types.CancelAppointmentDocument,
    "\n    mutation PortalLogin($input: LoginInput!) {\n      login(input: $input) {\n        customer {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.PortalLoginDocument,
    "\n    mutation PortalLogout {\n      logout\n    }\n  ": typeof types.PortalLogoutDocument,
    "\n    mutation SubmitReview($input: SubmitReviewInput!) {\n      submitReview(input: $input) {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  ": typeof types.SubmitReviewDocument,
    "\n    query AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n      availableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n        date\n        slots {\n          start\n          end\n          localTime\n        }\n      }\n    }\n  ": typeof types.AvailableSlotsDocument,
    "\n    mutation AddMyAsset($input: AssetInput!) {\n      addMyAsset(input: $input) {\n        ...MyAssetFields\n      }\n    }\n  ": typeof types.AddMyAssetDocument,
    "\n    mutation UpdateMyAsset($id: ID!, $input: AssetInput!) {\n      updateMyAsset(id: $id, input: $input) {\n        ...MyAssetFields\n      }\n    }\n  ": typeof types.UpdateMyAssetDocument,
    "\n    mutation DeleteMyAsset($id: ID!) {\n      deleteMyAsset(id: $id)\n    }\n  ": typeof types.DeleteMyAssetDocument,
    "\n  fragment MyAssetFields on Asset {\n    id\n    name\n    canEdit\n    category\n    typeName\n    model\n    serialNumber\n    installedOn\n    warrantyEndOn\n    warrantyStatus\n    notes\n    ageMonths\n    visitCount\n    site {\n      id\n      label\n    }\n  }\n": typeof types.MyAssetFieldsFragmentDoc,
    "\n    mutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n      startInvoicePayment(input: $input) {\n        provider\n        clientSecret\n        publishableKey\n        stripeAccount\n        amountMinor\n        currency\n        payment {\n          ...PaymentResult\n        }\n      }\n    }\n  ": typeof types.StartInvoicePaymentDocument,
    "\n    mutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n      completeSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n        ...PaymentResult\n      }\n    }\n  ": typeof types.CompleteSandboxAuthenticationDocument,
    "\n    mutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n      confirmSandboxPayment(input: $input) {\n        ...PaymentResult\n      }\n    }\n  ": typeof types.ConfirmSandboxPaymentDocument,
    "\n    mutation RefreshPayment($id: ID!) {\n      refreshPayment(id: $id) {\n        ...PaymentResult\n      }\n    }\n  ": typeof types.RefreshPaymentDocument,
    "\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  ": typeof types.CreateCalendarFeedDocument,
    "\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        active\n      }\n    }\n  ": typeof types.RevokeCalendarFeedDocument,
    "\n    mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n      requestEmailChange(input: $input) {\n        id\n        pendingEmail\n      }\n    }\n  ": typeof types.RequestEmailChangeDocument,
    "\n    mutation PortalUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  ": typeof types.PortalUpdateNotificationPreferencesDocument,
    "\n    mutation ChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  ": typeof types.ChangePasswordDocument,
    "\n    mutation UpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        id\n        name\n        phone\n        locale\n      }\n    }\n  ": typeof types.UpdateProfileDocument,
    "\n    mutation RemovePaymentMethod($id: ID!) {\n      removePaymentMethod(id: $id)\n    }\n  ": typeof types.RemovePaymentMethodDocument,
    "\n    mutation RevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  ": typeof types.RevokeSessionDocument,
    "\n    mutation SignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  ": typeof types.SignOutOtherSessionsDocument,
    "\n    mutation DeleteMySite($id: ID!) {\n      deleteMySite(id: $id)\n    }\n  ": typeof types.DeleteMySiteDocument,
    "\n    mutation AddMySite($input: SiteInput!) {\n      addMySite(input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  ": typeof types.AddMySiteDocument,
    "\n    mutation UpdateMySite($id: ID!, $input: SiteInput!) {\n      updateMySite(id: $id, input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  ": typeof types.UpdateMySiteDocument,
    "\n  query PortalTenantByDomain($domain: String!) {\n    portalTenantByDomain(domain: $domain) {\n      slug\n    }\n  }\n": typeof types.PortalTenantByDomainDocument,
    "\n  query PortalServiceTimeline($siteId: ID, $assetId: ID, $kinds: [HistoryKind!], $after: String) {\n    serviceTimeline(siteId: $siteId, assetId: $assetId, kinds: $kinds, first: 15, after: $after) {\n      nodes {\n        kind\n        at\n        invoice {\n          id\n          number\n          status\n          totalMinor\n          currency\n        }\n        document {\n          id\n          title\n          kind\n          fileName\n          contentType\n          downloadUrl\n        }\n        job {\n          id\n          title\n          status\n          technicianName\n          partsUsed {\n            name\n            quantity\n          }\n          documents {\n            id\n            title\n            fileName\n            contentType\n            downloadUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortalServiceTimelineDocument,
    "\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n": typeof types.LiveEventsDocument,
    "\n  fragment PortalMessageFields on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": typeof types.PortalMessageFieldsFragmentDoc,
    "\n  query PortalThreadMessages($id: ID!, $before: String) {\n    messageThread(id: $id) {\n      id\n      messages(before: $before) {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n": typeof types.PortalThreadMessagesDocument,
    "\n  mutation PortalReplyInThread($threadId: ID!, $message: NewMessageInput!) {\n    replyInThread(threadId: $threadId, message: $message) {\n      ...PortalMessageFields\n    }\n  }\n": typeof types.PortalReplyInThreadDocument,
    "\n  mutation PortalSendMessage($anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n    sendMessage(anchor: $anchor, message: $message) {\n      id\n    }\n  }\n": typeof types.PortalSendMessageDocument,
    "\n  query PortalThreadAbout($anchor: ThreadAnchorInput!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n  }\n": typeof types.PortalThreadAboutDocument,
    "\n  mutation PortalEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...PortalMessageFields\n    }\n  }\n": typeof types.PortalEditMessageDocument,
    "\n  mutation PortalDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...PortalMessageFields\n    }\n  }\n": typeof types.PortalDeleteMessageDocument,
    "\n  mutation PortalMarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n      seenByBusinessAt\n    }\n  }\n": typeof types.PortalMarkThreadReadDocument,
    "\n  mutation PortalCreateMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n": typeof types.PortalCreateMessageUploadDocument,
    "\n  query PortalUnreadMessages {\n    myUnreadMessageCount\n  }\n": typeof types.PortalUnreadMessagesDocument,
    "\n  fragment PortalNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n": typeof types.PortalNotificationFieldsFragmentDoc,
    "\n  query PortalNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...PortalNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortalNotificationsDocument,
    "\n  query PortalUnreadNotifications {\n    myUnreadNotificationCount\n  }\n": typeof types.PortalUnreadNotificationsDocument,
    "\n  mutation PortalMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...PortalNotificationFields\n    }\n  }\n": typeof types.PortalMarkNotificationReadDocument,
    "\n  mutation PortalMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n": typeof types.PortalMarkAllNotificationsReadDocument,
    "\n  fragment PaymentResult on Payment {\n    id\n    status\n    amountMinor\n    currency\n    failureReason\n    receiptUrl\n    cardBrand\n    last4\n  }\n": typeof types.PaymentResultFragmentDoc,
    "\n  fragment PortalTenantFields on PortalTenant {\n    slug\n    name\n    logoUrl\n    primaryColor\n    accentColor\n    locale\n    timeZone\n    currency\n    trade\n    selfRegistration\n    features {\n      booking\n      documents\n      invoices\n      requests\n      reviews\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n": typeof types.PortalTenantFieldsFragmentDoc,
    "\n  fragment PortalMeFields on CustomerProfile {\n    id\n    name\n    email\n    tenantSlug\n    locale\n  }\n": typeof types.PortalMeFieldsFragmentDoc,
    "\n  query PortalTenant($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n  }\n": typeof types.PortalTenantDocument,
    "\n  query PortalSession($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n": typeof types.PortalSessionDocument,
    "\n    mutation AcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": typeof types.AcceptInvitationDocument,
    "\n    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n      confirmEmailChange(input: $input)\n    }\n  ": typeof types.ConfirmEmailChangeDocument,
    "\n    mutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  ": typeof types.RequestPasswordResetDocument,
    "\n    mutation RequestMagicLink($input: EmailLinkRequestInput!) {\n      requestMagicLink(input: $input)\n    }\n  ": typeof types.RequestMagicLinkDocument,
    "\n    mutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n      loginWithMagicLink(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": typeof types.LoginWithMagicLinkDocument,
    "\n  query PortalMe {\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n": typeof types.PortalMeDocument,
    "\n  query PortalDashboard {\n    me {\n      id\n      name\n      email\n    }\n    dashboard {\n      currency\n      amountDueMinor\n      overdueAmountMinor\n      nextAppointments {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n      }\n      awaitingReview {\n        id\n        title\n        completedAt\n      }\n      openRequests {\n        id\n        description\n        status\n        createdAt\n      }\n      unpaidInvoices {\n        id\n        number\n        status\n        dueDate\n        amountDueMinor\n        currency\n      }\n    }\n  }\n": typeof types.PortalDashboardDocument,
    "\n  query PortalAssets {\n    viewer: me {\n      id\n      canAddAssets\n    }\n    assetTypes {\n      id\n      name\n    }\n    sites {\n      id\n      label\n    }\n    assets {\n      ...MyAssetFields\n    }\n  }\n": typeof types.PortalAssetsDocument,
    "\n  query PortalAsset($id: ID!) {\n    asset(id: $id) {\n      ...MyAssetFields\n    }\n  }\n": typeof types.PortalAssetDocument,
    "\n    mutation BookAppointment($input: BookAppointmentInput!) {\n      bookAppointment(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n  ": typeof types.BookAppointmentDocument,
    "\n  query PortalBooking {\n    bookableServices {\n      id\n      name\n      description\n      durationMinutes\n      priceMinor\n    }\n    bookingOptions {\n      mode\n      timeZone\n      changeWindowHours\n    }\n    me {\n      id\n      canAddSites\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    assets {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n": typeof types.PortalBookingDocument,
    "\n  query PortalDocuments($kind: DocumentKind, $after: String) {\n    documents(kind: $kind, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        contentType\n        sizeBytes\n        createdAt\n        downloadUrl\n        jobId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortalDocumentsDocument,
    "\n  query PortalInvoices($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortalInvoicesDocument,
    "\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      issueDate\n      dueDate\n      currency\n      subtotalMinor\n      taxMinor\n      totalMinor\n      amountDueMinor\n      paidMinor\n      refundedMinor\n      creditedMinor\n      refundState\n      creditNotes {\n        id\n        number\n        amountMinor\n        reason\n        issuedAt\n        pdfUrl\n      }\n      recurringLabel\n      pdfUrl\n      canPay\n      allowPartialPayment\n      payments {\n        id\n        status\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        failureReason\n        createdAt\n        receiptUrl\n      }\n      lines {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n    }\n    savedPaymentMethods {\n      id\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": typeof types.PortalInvoiceDocument,
    "\n  query PortalJobs($when: JobWhen!, $after: String) {\n    jobs(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n        serviceType {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortalJobsDocument,
    "\n  query PortalJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      description\n      customerNotes\n      declineReason\n      scheduledStart\n      scheduledEnd\n      completedAt\n      visitStage\n      etaAt\n      arrivedAt\n      technicianName\n      canChange\n      changeDeadline\n      calendarFileUrl\n      serviceType {\n        id\n        name\n        durationMinutes\n      }\n      site {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n      asset {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      documents {\n        id\n        title\n        kind\n        contentType\n        fileName\n        downloadUrl\n      }\n      review {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  }\n": typeof types.PortalJobDocument,
    "\n  query PortalThreads($after: String) {\n    myThreads(first: 20, after: $after) {\n      nodes {\n        id\n        lastMessageAt\n        unreadCount\n        anchor {\n          type\n          id\n          label\n        }\n        lastMessage {\n          id\n          body\n          deleted\n          mine\n          author {\n            name\n          }\n          attachments {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortalThreadsDocument,
    "\n  query PortalThread($id: ID!) {\n    messageThread(id: $id) {\n      id\n      unreadCount\n      seenByBusinessAt\n      anchor {\n        type\n        id\n        label\n      }\n      messages {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n": typeof types.PortalThreadDocument,
    "\n  query PortalNewThread($anchor: ThreadAnchorInput!, $id: ID!, $job: Boolean!, $request: Boolean!, $invoice: Boolean!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n    job(id: $id) @include(if: $job) {\n      id\n      title\n    }\n    serviceRequest(id: $id) @include(if: $request) {\n      id\n      description\n    }\n    invoice(id: $id) @include(if: $invoice) {\n      id\n      number\n    }\n  }\n": typeof types.PortalNewThreadDocument,
    "\n    mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n      submitServiceRequest(input: $input) {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n    }\n  ": typeof types.SubmitServiceRequestDocument,
    "\n  query PortalRequests($after: String) {\n    serviceRequests(first: 20, after: $after) {\n      nodes {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    assets {\n      id\n      name\n    }\n  }\n": typeof types.PortalRequestsDocument,
    "\n  query PortalSettings {\n    me {\n      id\n      name\n      email\n      phone\n      locale\n      pendingEmail\n      canEditProfile\n      canAddSites\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    savedPaymentMethods {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n    calendarFeed {\n      active\n      createdAt\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      browser\n      os\n      device\n    }\n  }\n": typeof types.PortalSettingsDocument,
    "\n  query PortalSite($id: ID!) {\n    site(id: $id) {\n      id\n      label\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      region\n      country\n    }\n    assets(siteId: $id) {\n      id\n      name\n    }\n  }\n": typeof types.PortalSiteDocument,
    "\n    mutation Register($input: RegisterInput!) {\n      register(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": typeof types.RegisterDocument,
    "\n    query RegisterCanAddSites {\n      me {\n        id\n        canAddSites\n      }\n    }\n  ": typeof types.RegisterCanAddSitesDocument,
    "\n    mutation ResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": typeof types.ResetPasswordDocument,
};
const documents: Documents = {
    "\n    mutation CreateAttachmentUpload($fileName: String!) {\n      createAttachmentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n      }\n    }\n  ": types.CreateAttachmentUploadDocument,
    "\n    mutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n      rescheduleAppointment(id: $id, start: $start) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  ": types.RescheduleAppointmentDocument,
    "\n    mutation CancelAppointment($id: ID!, $reason: String) {\n      cancelAppointment(id: $id, reason: $reason) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  ": types.CancelAppointmentDocument,
    "\n    mutation PortalLogin($input: LoginInput!) {\n      login(input: $input) {\n        customer {\n          id\n          name\n        }\n      }\n    }\n  ": types.PortalLoginDocument,
    "\n    mutation PortalLogout {\n      logout\n    }\n  ": types.PortalLogoutDocument,
    "\n    mutation SubmitReview($input: SubmitReviewInput!) {\n      submitReview(input: $input) {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  ": types.SubmitReviewDocument,
    "\n    query AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n      availableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n        date\n        slots {\n          start\n          end\n          localTime\n        }\n      }\n    }\n  ": types.AvailableSlotsDocument,
    "\n    mutation AddMyAsset($input: AssetInput!) {\n      addMyAsset(input: $input) {\n        ...MyAssetFields\n      }\n    }\n  ": types.AddMyAssetDocument,
    "\n    mutation UpdateMyAsset($id: ID!, $input: AssetInput!) {\n      updateMyAsset(id: $id, input: $input) {\n        ...MyAssetFields\n      }\n    }\n  ": types.UpdateMyAssetDocument,
    "\n    mutation DeleteMyAsset($id: ID!) {\n      deleteMyAsset(id: $id)\n    }\n  ": types.DeleteMyAssetDocument,
    "\n  fragment MyAssetFields on Asset {\n    id\n    name\n    canEdit\n    category\n    typeName\n    model\n    serialNumber\n    installedOn\n    warrantyEndOn\n    warrantyStatus\n    notes\n    ageMonths\n    visitCount\n    site {\n      id\n      label\n    }\n  }\n": types.MyAssetFieldsFragmentDoc,
    "\n    mutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n      startInvoicePayment(input: $input) {\n        provider\n        clientSecret\n        publishableKey\n        stripeAccount\n        amountMinor\n        currency\n        payment {\n          ...PaymentResult\n        }\n      }\n    }\n  ": types.StartInvoicePaymentDocument,
    "\n    mutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n      completeSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n        ...PaymentResult\n      }\n    }\n  ": types.CompleteSandboxAuthenticationDocument,
    "\n    mutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n      confirmSandboxPayment(input: $input) {\n        ...PaymentResult\n      }\n    }\n  ": types.ConfirmSandboxPaymentDocument,
    "\n    mutation RefreshPayment($id: ID!) {\n      refreshPayment(id: $id) {\n        ...PaymentResult\n      }\n    }\n  ": types.RefreshPaymentDocument,
    "\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  ": types.CreateCalendarFeedDocument,
    "\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        active\n      }\n    }\n  ": types.RevokeCalendarFeedDocument,
    "\n    mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n      requestEmailChange(input: $input) {\n        id\n        pendingEmail\n      }\n    }\n  ": types.RequestEmailChangeDocument,
    "\n    mutation PortalUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  ": types.PortalUpdateNotificationPreferencesDocument,
    "\n    mutation ChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  ": types.ChangePasswordDocument,
    "\n    mutation UpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        id\n        name\n        phone\n        locale\n      }\n    }\n  ": types.UpdateProfileDocument,
    "\n    mutation RemovePaymentMethod($id: ID!) {\n      removePaymentMethod(id: $id)\n    }\n  ": types.RemovePaymentMethodDocument,
    "\n    mutation RevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  ": types.RevokeSessionDocument,
    "\n    mutation SignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  ": types.SignOutOtherSessionsDocument,
    "\n    mutation DeleteMySite($id: ID!) {\n      deleteMySite(id: $id)\n    }\n  ": types.DeleteMySiteDocument,
    "\n    mutation AddMySite($input: SiteInput!) {\n      addMySite(input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  ": types.AddMySiteDocument,
    "\n    mutation UpdateMySite($id: ID!, $input: SiteInput!) {\n      updateMySite(id: $id, input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  ": types.UpdateMySiteDocument,
    "\n  query PortalTenantByDomain($domain: String!) {\n    portalTenantByDomain(domain: $domain) {\n      slug\n    }\n  }\n": types.PortalTenantByDomainDocument,
    "\n  query PortalServiceTimeline($siteId: ID, $assetId: ID, $kinds: [HistoryKind!], $after: String) {\n    serviceTimeline(siteId: $siteId, assetId: $assetId, kinds: $kinds, first: 15, after: $after) {\n      nodes {\n        kind\n        at\n        invoice {\n          id\n          number\n          status\n          totalMinor\n          currency\n        }\n        document {\n          id\n          title\n          kind\n          fileName\n          contentType\n          downloadUrl\n        }\n        job {\n          id\n          title\n          status\n          technicianName\n          partsUsed {\n            name\n            quantity\n          }\n          documents {\n            id\n            title\n            fileName\n            contentType\n            downloadUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortalServiceTimelineDocument,
    "\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n": types.LiveEventsDocument,
    "\n  fragment PortalMessageFields on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": types.PortalMessageFieldsFragmentDoc,
    "\n  query PortalThreadMessages($id: ID!, $before: String) {\n    messageThread(id: $id) {\n      id\n      messages(before: $before) {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n": types.PortalThreadMessagesDocument,
    "\n  mutation PortalReplyInThread($threadId: ID!, $message: NewMessageInput!) {\n    replyInThread(threadId: $threadId, message: $message) {\n      ...PortalMessageFields\n    }\n  }\n": types.PortalReplyInThreadDocument,
    "\n  mutation PortalSendMessage($anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n    sendMessage(anchor: $anchor, message: $message) {\n      id\n    }\n  }\n": types.PortalSendMessageDocument,
    "\n  query PortalThreadAbout($anchor: ThreadAnchorInput!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n  }\n": types.PortalThreadAboutDocument,
    "\n  mutation PortalEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...PortalMessageFields\n    }\n  }\n": types.PortalEditMessageDocument,
    "\n  mutation PortalDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...PortalMessageFields\n    }\n  }\n": types.PortalDeleteMessageDocument,
    "\n  mutation PortalMarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n      seenByBusinessAt\n    }\n  }\n": types.PortalMarkThreadReadDocument,
    "\n  mutation PortalCreateMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n": types.PortalCreateMessageUploadDocument,
    "\n  query PortalUnreadMessages {\n    myUnreadMessageCount\n  }\n": types.PortalUnreadMessagesDocument,
    "\n  fragment PortalNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n": types.PortalNotificationFieldsFragmentDoc,
    "\n  query PortalNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...PortalNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortalNotificationsDocument,
    "\n  query PortalUnreadNotifications {\n    myUnreadNotificationCount\n  }\n": types.PortalUnreadNotificationsDocument,
    "\n  mutation PortalMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...PortalNotificationFields\n    }\n  }\n": types.PortalMarkNotificationReadDocument,
    "\n  mutation PortalMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n": types.PortalMarkAllNotificationsReadDocument,
    "\n  fragment PaymentResult on Payment {\n    id\n    status\n    amountMinor\n    currency\n    failureReason\n    receiptUrl\n    cardBrand\n    last4\n  }\n": types.PaymentResultFragmentDoc,
    "\n  fragment PortalTenantFields on PortalTenant {\n    slug\n    name\n    logoUrl\n    primaryColor\n    accentColor\n    locale\n    timeZone\n    currency\n    trade\n    selfRegistration\n    features {\n      booking\n      documents\n      invoices\n      requests\n      reviews\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n": types.PortalTenantFieldsFragmentDoc,
    "\n  fragment PortalMeFields on CustomerProfile {\n    id\n    name\n    email\n    tenantSlug\n    locale\n  }\n": types.PortalMeFieldsFragmentDoc,
    "\n  query PortalTenant($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n  }\n": types.PortalTenantDocument,
    "\n  query PortalSession($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n": types.PortalSessionDocument,
    "\n    mutation AcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": types.AcceptInvitationDocument,
    "\n    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n      confirmEmailChange(input: $input)\n    }\n  ": types.ConfirmEmailChangeDocument,
    "\n    mutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  ": types.RequestPasswordResetDocument,
    "\n    mutation RequestMagicLink($input: EmailLinkRequestInput!) {\n      requestMagicLink(input: $input)\n    }\n  ": types.RequestMagicLinkDocument,
    "\n    mutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n      loginWithMagicLink(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": types.LoginWithMagicLinkDocument,
    "\n  query PortalMe {\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n": types.PortalMeDocument,
    "\n  query PortalDashboard {\n    me {\n      id\n      name\n      email\n    }\n    dashboard {\n      currency\n      amountDueMinor\n      overdueAmountMinor\n      nextAppointments {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n      }\n      awaitingReview {\n        id\n        title\n        completedAt\n      }\n      openRequests {\n        id\n        description\n        status\n        createdAt\n      }\n      unpaidInvoices {\n        id\n        number\n        status\n        dueDate\n        amountDueMinor\n        currency\n      }\n    }\n  }\n": types.PortalDashboardDocument,
    "\n  query PortalAssets {\n    viewer: me {\n      id\n      canAddAssets\n    }\n    assetTypes {\n      id\n      name\n    }\n    sites {\n      id\n      label\n    }\n    assets {\n      ...MyAssetFields\n    }\n  }\n": types.PortalAssetsDocument,
    "\n  query PortalAsset($id: ID!) {\n    asset(id: $id) {\n      ...MyAssetFields\n    }\n  }\n": types.PortalAssetDocument,
    "\n    mutation BookAppointment($input: BookAppointmentInput!) {\n      bookAppointment(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n  ": types.BookAppointmentDocument,
    "\n  query PortalBooking {\n    bookableServices {\n      id\n      name\n      description\n      durationMinutes\n      priceMinor\n    }\n    bookingOptions {\n      mode\n      timeZone\n      changeWindowHours\n    }\n    me {\n      id\n      canAddSites\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    assets {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n": types.PortalBookingDocument,
    "\n  query PortalDocuments($kind: DocumentKind, $after: String) {\n    documents(kind: $kind, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        contentType\n        sizeBytes\n        createdAt\n        downloadUrl\n        jobId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortalDocumentsDocument,
    "\n  query PortalInvoices($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortalInvoicesDocument,
    "\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      issueDate\n      dueDate\n      currency\n      subtotalMinor\n      taxMinor\n      totalMinor\n      amountDueMinor\n      paidMinor\n      refundedMinor\n      creditedMinor\n      refundState\n      creditNotes {\n        id\n        number\n        amountMinor\n        reason\n        issuedAt\n        pdfUrl\n      }\n      recurringLabel\n      pdfUrl\n      canPay\n      allowPartialPayment\n      payments {\n        id\n        status\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        failureReason\n        createdAt\n        receiptUrl\n      }\n      lines {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n    }\n    savedPaymentMethods {\n      id\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": types.PortalInvoiceDocument,
    "\n  query PortalJobs($when: JobWhen!, $after: String) {\n    jobs(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n        serviceType {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortalJobsDocument,
    "\n  query PortalJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      description\n      customerNotes\n      declineReason\n      scheduledStart\n      scheduledEnd\n      completedAt\n      visitStage\n      etaAt\n      arrivedAt\n      technicianName\n      canChange\n      changeDeadline\n      calendarFileUrl\n      serviceType {\n        id\n        name\n        durationMinutes\n      }\n      site {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n      asset {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      documents {\n        id\n        title\n        kind\n        contentType\n        fileName\n        downloadUrl\n      }\n      review {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  }\n": types.PortalJobDocument,
    "\n  query PortalThreads($after: String) {\n    myThreads(first: 20, after: $after) {\n      nodes {\n        id\n        lastMessageAt\n        unreadCount\n        anchor {\n          type\n          id\n          label\n        }\n        lastMessage {\n          id\n          body\n          deleted\n          mine\n          author {\n            name\n          }\n          attachments {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortalThreadsDocument,
    "\n  query PortalThread($id: ID!) {\n    messageThread(id: $id) {\n      id\n      unreadCount\n      seenByBusinessAt\n      anchor {\n        type\n        id\n        label\n      }\n      messages {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n": types.PortalThreadDocument,
    "\n  query PortalNewThread($anchor: ThreadAnchorInput!, $id: ID!, $job: Boolean!, $request: Boolean!, $invoice: Boolean!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n    job(id: $id) @include(if: $job) {\n      id\n      title\n    }\n    serviceRequest(id: $id) @include(if: $request) {\n      id\n      description\n    }\n    invoice(id: $id) @include(if: $invoice) {\n      id\n      number\n    }\n  }\n": types.PortalNewThreadDocument,
    "\n    mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n      submitServiceRequest(input: $input) {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n    }\n  ": types.SubmitServiceRequestDocument,
    "\n  query PortalRequests($after: String) {\n    serviceRequests(first: 20, after: $after) {\n      nodes {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    assets {\n      id\n      name\n    }\n  }\n": types.PortalRequestsDocument,
    "\n  query PortalSettings {\n    me {\n      id\n      name\n      email\n      phone\n      locale\n      pendingEmail\n      canEditProfile\n      canAddSites\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    savedPaymentMethods {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n    calendarFeed {\n      active\n      createdAt\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      browser\n      os\n      device\n    }\n  }\n": types.PortalSettingsDocument,
    "\n  query PortalSite($id: ID!) {\n    site(id: $id) {\n      id\n      label\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      region\n      country\n    }\n    assets(siteId: $id) {\n      id\n      name\n    }\n  }\n": types.PortalSiteDocument,
    "\n    mutation Register($input: RegisterInput!) {\n      register(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": types.RegisterDocument,
    "\n    query RegisterCanAddSites {\n      me {\n        id\n        canAddSites\n      }\n    }\n  ": types.RegisterCanAddSitesDocument,
    "\n    mutation ResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  ": types.ResetPasswordDocument,
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
export function graphql(source: "\n    mutation CreateAttachmentUpload($fileName: String!) {\n      createAttachmentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateAttachmentUpload($fileName: String!) {\n      createAttachmentUpload(fileName: $fileName) {\n        uploadId\n        uploadUrl\n        maxBytes\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n      rescheduleAppointment(id: $id, start: $start) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  "): (typeof documents)["\n    mutation RescheduleAppointment($id: ID!, $start: DateTimeISO!) {\n      rescheduleAppointment(id: $id, start: $start) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CancelAppointment($id: ID!, $reason: String) {\n      cancelAppointment(id: $id, reason: $reason) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  "): (typeof documents)["\n    mutation CancelAppointment($id: ID!, $reason: String) {\n      cancelAppointment(id: $id, reason: $reason) {\n        id\n        status\n        scheduledStart\n        scheduledEnd\n        technicianName\n        canChange\n        changeDeadline\n        calendarFileUrl\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PortalLogin($input: LoginInput!) {\n      login(input: $input) {\n        customer {\n          id\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PortalLogin($input: LoginInput!) {\n      login(input: $input) {\n        customer {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PortalLogout {\n      logout\n    }\n  "): (typeof documents)["\n    mutation PortalLogout {\n      logout\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitReview($input: SubmitReviewInput!) {\n      submitReview(input: $input) {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  "): (typeof documents)["\n    mutation SubmitReview($input: SubmitReviewInput!) {\n      submitReview(input: $input) {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n      availableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n        date\n        slots {\n          start\n          end\n          localTime\n        }\n      }\n    }\n  "): (typeof documents)["\n    query AvailableSlots($serviceTypeId: ID!, $from: String!, $to: String!) {\n      availableSlots(serviceTypeId: $serviceTypeId, from: $from, to: $to) {\n        date\n        slots {\n          start\n          end\n          localTime\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddMyAsset($input: AssetInput!) {\n      addMyAsset(input: $input) {\n        ...MyAssetFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AddMyAsset($input: AssetInput!) {\n      addMyAsset(input: $input) {\n        ...MyAssetFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateMyAsset($id: ID!, $input: AssetInput!) {\n      updateMyAsset(id: $id, input: $input) {\n        ...MyAssetFields\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateMyAsset($id: ID!, $input: AssetInput!) {\n      updateMyAsset(id: $id, input: $input) {\n        ...MyAssetFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeleteMyAsset($id: ID!) {\n      deleteMyAsset(id: $id)\n    }\n  "): (typeof documents)["\n    mutation DeleteMyAsset($id: ID!) {\n      deleteMyAsset(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAssetFields on Asset {\n    id\n    name\n    canEdit\n    category\n    typeName\n    model\n    serialNumber\n    installedOn\n    warrantyEndOn\n    warrantyStatus\n    notes\n    ageMonths\n    visitCount\n    site {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment MyAssetFields on Asset {\n    id\n    name\n    canEdit\n    category\n    typeName\n    model\n    serialNumber\n    installedOn\n    warrantyEndOn\n    warrantyStatus\n    notes\n    ageMonths\n    visitCount\n    site {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n      startInvoicePayment(input: $input) {\n        provider\n        clientSecret\n        publishableKey\n        stripeAccount\n        amountMinor\n        currency\n        payment {\n          ...PaymentResult\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation StartInvoicePayment($input: StartInvoicePaymentInput!) {\n      startInvoicePayment(input: $input) {\n        provider\n        clientSecret\n        publishableKey\n        stripeAccount\n        amountMinor\n        currency\n        payment {\n          ...PaymentResult\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n      completeSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n        ...PaymentResult\n      }\n    }\n  "): (typeof documents)["\n    mutation CompleteSandboxAuthentication($clientSecret: String!, $approve: Boolean!) {\n      completeSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) {\n        ...PaymentResult\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n      confirmSandboxPayment(input: $input) {\n        ...PaymentResult\n      }\n    }\n  "): (typeof documents)["\n    mutation ConfirmSandboxPayment($input: ConfirmSandboxPaymentInput!) {\n      confirmSandboxPayment(input: $input) {\n        ...PaymentResult\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RefreshPayment($id: ID!) {\n      refreshPayment(id: $id) {\n        ...PaymentResult\n      }\n    }\n  "): (typeof documents)["\n    mutation RefreshPayment($id: ID!) {\n      refreshPayment(id: $id) {\n        ...PaymentResult\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        active\n      }\n    }\n  "): (typeof documents)["\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        active\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n      requestEmailChange(input: $input) {\n        id\n        pendingEmail\n      }\n    }\n  "): (typeof documents)["\n    mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n      requestEmailChange(input: $input) {\n        id\n        pendingEmail\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PortalUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  "): (typeof documents)["\n    mutation PortalUpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n      updateMyNotificationPreferences(input: $input) {\n        kind\n        channel\n        roleReceives\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  "): (typeof documents)["\n    mutation ChangePassword($input: ChangePasswordInput!) {\n      changePassword(input: $input)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        id\n        name\n        phone\n        locale\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        id\n        name\n        phone\n        locale\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemovePaymentMethod($id: ID!) {\n      removePaymentMethod(id: $id)\n    }\n  "): (typeof documents)["\n    mutation RemovePaymentMethod($id: ID!) {\n      removePaymentMethod(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  "): (typeof documents)["\n    mutation RevokeSession($id: ID!) {\n      revokeSession(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SignOutOtherSessions {\n      signOutOtherSessions {\n        endedCount\n        sessions {\n          id\n          current\n          createdAt\n          lastSeenAt\n          browser\n          os\n          device\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeleteMySite($id: ID!) {\n      deleteMySite(id: $id)\n    }\n  "): (typeof documents)["\n    mutation DeleteMySite($id: ID!) {\n      deleteMySite(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddMySite($input: SiteInput!) {\n      addMySite(input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  "): (typeof documents)["\n    mutation AddMySite($input: SiteInput!) {\n      addMySite(input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateMySite($id: ID!, $input: SiteInput!) {\n      updateMySite(id: $id, input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateMySite($id: ID!, $input: SiteInput!) {\n      updateMySite(id: $id, input: $input) {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n        accessInstructions\n        canEdit\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTenantByDomain($domain: String!) {\n    portalTenantByDomain(domain: $domain) {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query PortalTenantByDomain($domain: String!) {\n    portalTenantByDomain(domain: $domain) {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalServiceTimeline($siteId: ID, $assetId: ID, $kinds: [HistoryKind!], $after: String) {\n    serviceTimeline(siteId: $siteId, assetId: $assetId, kinds: $kinds, first: 15, after: $after) {\n      nodes {\n        kind\n        at\n        invoice {\n          id\n          number\n          status\n          totalMinor\n          currency\n        }\n        document {\n          id\n          title\n          kind\n          fileName\n          contentType\n          downloadUrl\n        }\n        job {\n          id\n          title\n          status\n          technicianName\n          partsUsed {\n            name\n            quantity\n          }\n          documents {\n            id\n            title\n            fileName\n            contentType\n            downloadUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalServiceTimeline($siteId: ID, $assetId: ID, $kinds: [HistoryKind!], $after: String) {\n    serviceTimeline(siteId: $siteId, assetId: $assetId, kinds: $kinds, first: 15, after: $after) {\n      nodes {\n        kind\n        at\n        invoice {\n          id\n          number\n          status\n          totalMinor\n          currency\n        }\n        document {\n          id\n          title\n          kind\n          fileName\n          contentType\n          downloadUrl\n        }\n        job {\n          id\n          title\n          status\n          technicianName\n          partsUsed {\n            name\n            quantity\n          }\n          documents {\n            id\n            title\n            fileName\n            contentType\n            downloadUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEvents($after: String) {\n    liveEvents(after: $after) {\n      seq\n      change\n      subject\n      subjectId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalMessageFields on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment PortalMessageFields on Message {\n    id\n    body\n    sentAt\n    editedAt\n    deleted\n    mine\n    canEdit\n    channel\n    author {\n      kind\n      name\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalThreadMessages($id: ID!, $before: String) {\n    messageThread(id: $id) {\n      id\n      messages(before: $before) {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalThreadMessages($id: ID!, $before: String) {\n    messageThread(id: $id) {\n      id\n      messages(before: $before) {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalReplyInThread($threadId: ID!, $message: NewMessageInput!) {\n    replyInThread(threadId: $threadId, message: $message) {\n      ...PortalMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation PortalReplyInThread($threadId: ID!, $message: NewMessageInput!) {\n    replyInThread(threadId: $threadId, message: $message) {\n      ...PortalMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSendMessage($anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n    sendMessage(anchor: $anchor, message: $message) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSendMessage($anchor: ThreadAnchorInput!, $message: NewMessageInput!) {\n    sendMessage(anchor: $anchor, message: $message) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalThreadAbout($anchor: ThreadAnchorInput!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PortalThreadAbout($anchor: ThreadAnchorInput!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...PortalMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation PortalEditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...PortalMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...PortalMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation PortalDeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...PortalMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalMarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n      seenByBusinessAt\n    }\n  }\n"): (typeof documents)["\n  mutation PortalMarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unreadCount\n      seenByBusinessAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCreateMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation PortalCreateMessageUpload($fileName: String!) {\n    createMessageUpload(fileName: $fileName) {\n      uploadId\n      uploadUrl\n      allowedTypes\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUnreadMessages {\n    myUnreadMessageCount\n  }\n"): (typeof documents)["\n  query PortalUnreadMessages {\n    myUnreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  fragment PortalNotificationFields on Notification {\n    id\n    kind\n    subjectType\n    subjectId\n    createdAt\n    readAt\n    params {\n      title\n      start\n      change\n      number\n      amountMinor\n      currency\n      customer\n      technician\n      eta\n      status\n      urgency\n      rating\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...PortalNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...PortalNotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUnreadNotifications {\n    myUnreadNotificationCount\n  }\n"): (typeof documents)["\n  query PortalUnreadNotifications {\n    myUnreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...PortalNotificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation PortalMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...PortalNotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation PortalMarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      readAt\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentResult on Payment {\n    id\n    status\n    amountMinor\n    currency\n    failureReason\n    receiptUrl\n    cardBrand\n    last4\n  }\n"): (typeof documents)["\n  fragment PaymentResult on Payment {\n    id\n    status\n    amountMinor\n    currency\n    failureReason\n    receiptUrl\n    cardBrand\n    last4\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalTenantFields on PortalTenant {\n    slug\n    name\n    logoUrl\n    primaryColor\n    accentColor\n    locale\n    timeZone\n    currency\n    trade\n    selfRegistration\n    features {\n      booking\n      documents\n      invoices\n      requests\n      reviews\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n"): (typeof documents)["\n  fragment PortalTenantFields on PortalTenant {\n    slug\n    name\n    logoUrl\n    primaryColor\n    accentColor\n    locale\n    timeZone\n    currency\n    trade\n    selfRegistration\n    features {\n      booking\n      documents\n      invoices\n      requests\n      reviews\n    }\n    contact {\n      phone\n      email\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      openingHours\n      legalName\n      registrationNumber\n      vatNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalMeFields on CustomerProfile {\n    id\n    name\n    email\n    tenantSlug\n    locale\n  }\n"): (typeof documents)["\n  fragment PortalMeFields on CustomerProfile {\n    id\n    name\n    email\n    tenantSlug\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTenant($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n  }\n"): (typeof documents)["\n  query PortalTenant($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSession($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n"): (typeof documents)["\n  query PortalSession($slug: String!) {\n    portalTenant(slug: $slug) {\n      ...PortalTenantFields\n    }\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AcceptInvitation($input: AcceptInvitationInput!) {\n      acceptInvitation(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n      confirmEmailChange(input: $input)\n    }\n  "): (typeof documents)["\n    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n      confirmEmailChange(input: $input)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  "): (typeof documents)["\n    mutation RequestPasswordReset($input: EmailLinkRequestInput!) {\n      requestPasswordReset(input: $input)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RequestMagicLink($input: EmailLinkRequestInput!) {\n      requestMagicLink(input: $input)\n    }\n  "): (typeof documents)["\n    mutation RequestMagicLink($input: EmailLinkRequestInput!) {\n      requestMagicLink(input: $input)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n      loginWithMagicLink(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation LoginWithMagicLink($input: MagicLinkLoginInput!) {\n      loginWithMagicLink(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMe {\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n"): (typeof documents)["\n  query PortalMe {\n    me {\n      ...PortalMeFields\n    }\n    myUnreadNotificationCount\n    myUnreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDashboard {\n    me {\n      id\n      name\n      email\n    }\n    dashboard {\n      currency\n      amountDueMinor\n      overdueAmountMinor\n      nextAppointments {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n      }\n      awaitingReview {\n        id\n        title\n        completedAt\n      }\n      openRequests {\n        id\n        description\n        status\n        createdAt\n      }\n      unpaidInvoices {\n        id\n        number\n        status\n        dueDate\n        amountDueMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalDashboard {\n    me {\n      id\n      name\n      email\n    }\n    dashboard {\n      currency\n      amountDueMinor\n      overdueAmountMinor\n      nextAppointments {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n      }\n      awaitingReview {\n        id\n        title\n        completedAt\n      }\n      openRequests {\n        id\n        description\n        status\n        createdAt\n      }\n      unpaidInvoices {\n        id\n        number\n        status\n        dueDate\n        amountDueMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalAssets {\n    viewer: me {\n      id\n      canAddAssets\n    }\n    assetTypes {\n      id\n      name\n    }\n    sites {\n      id\n      label\n    }\n    assets {\n      ...MyAssetFields\n    }\n  }\n"): (typeof documents)["\n  query PortalAssets {\n    viewer: me {\n      id\n      canAddAssets\n    }\n    assetTypes {\n      id\n      name\n    }\n    sites {\n      id\n      label\n    }\n    assets {\n      ...MyAssetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalAsset($id: ID!) {\n    asset(id: $id) {\n      ...MyAssetFields\n    }\n  }\n"): (typeof documents)["\n  query PortalAsset($id: ID!) {\n    asset(id: $id) {\n      ...MyAssetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation BookAppointment($input: BookAppointmentInput!) {\n      bookAppointment(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n  "): (typeof documents)["\n    mutation BookAppointment($input: BookAppointmentInput!) {\n      bookAppointment(input: $input) {\n        id\n        title\n        status\n        scheduledStart\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBooking {\n    bookableServices {\n      id\n      name\n      description\n      durationMinutes\n      priceMinor\n    }\n    bookingOptions {\n      mode\n      timeZone\n      changeWindowHours\n    }\n    me {\n      id\n      canAddSites\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    assets {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalBooking {\n    bookableServices {\n      id\n      name\n      description\n      durationMinutes\n      priceMinor\n    }\n    bookingOptions {\n      mode\n      timeZone\n      changeWindowHours\n    }\n    me {\n      id\n      canAddSites\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    assets {\n      id\n      name\n      site {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDocuments($kind: DocumentKind, $after: String) {\n    documents(kind: $kind, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        contentType\n        sizeBytes\n        createdAt\n        downloadUrl\n        jobId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalDocuments($kind: DocumentKind, $after: String) {\n    documents(kind: $kind, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        kind\n        fileName\n        contentType\n        sizeBytes\n        createdAt\n        downloadUrl\n        jobId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInvoices($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalInvoices($status: InvoiceStatus, $after: String) {\n    invoices(status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        number\n        status\n        issueDate\n        dueDate\n        totalMinor\n        amountDueMinor\n        currency\n        recurringLabel\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      issueDate\n      dueDate\n      currency\n      subtotalMinor\n      taxMinor\n      totalMinor\n      amountDueMinor\n      paidMinor\n      refundedMinor\n      creditedMinor\n      refundState\n      creditNotes {\n        id\n        number\n        amountMinor\n        reason\n        issuedAt\n        pdfUrl\n      }\n      recurringLabel\n      pdfUrl\n      canPay\n      allowPartialPayment\n      payments {\n        id\n        status\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        failureReason\n        createdAt\n        receiptUrl\n      }\n      lines {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n    }\n    savedPaymentMethods {\n      id\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"): (typeof documents)["\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      status\n      issueDate\n      dueDate\n      currency\n      subtotalMinor\n      taxMinor\n      totalMinor\n      amountDueMinor\n      paidMinor\n      refundedMinor\n      creditedMinor\n      refundState\n      creditNotes {\n        id\n        number\n        amountMinor\n        reason\n        issuedAt\n        pdfUrl\n      }\n      recurringLabel\n      pdfUrl\n      canPay\n      allowPartialPayment\n      payments {\n        id\n        status\n        amountMinor\n        refundedMinor\n        currency\n        method\n        cardBrand\n        last4\n        failureReason\n        createdAt\n        receiptUrl\n      }\n      lines {\n        id\n        description\n        quantity\n        unitPriceMinor\n        taxRateBp\n        totalMinor\n      }\n    }\n    savedPaymentMethods {\n      id\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalJobs($when: JobWhen!, $after: String) {\n    jobs(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n        serviceType {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalJobs($when: JobWhen!, $after: String) {\n    jobs(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        title\n        status\n        scheduledStart\n        visitStage\n        etaAt\n        arrivedAt\n        technicianName\n        site {\n          label\n        }\n        serviceType {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      description\n      customerNotes\n      declineReason\n      scheduledStart\n      scheduledEnd\n      completedAt\n      visitStage\n      etaAt\n      arrivedAt\n      technicianName\n      canChange\n      changeDeadline\n      calendarFileUrl\n      serviceType {\n        id\n        name\n        durationMinutes\n      }\n      site {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n      asset {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      documents {\n        id\n        title\n        kind\n        contentType\n        fileName\n        downloadUrl\n      }\n      review {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      description\n      customerNotes\n      declineReason\n      scheduledStart\n      scheduledEnd\n      completedAt\n      visitStage\n      etaAt\n      arrivedAt\n      technicianName\n      canChange\n      changeDeadline\n      calendarFileUrl\n      serviceType {\n        id\n        name\n        durationMinutes\n      }\n      site {\n        id\n        label\n        addressLine1\n        addressLine2\n        city\n        postalCode\n        region\n        country\n      }\n      asset {\n        id\n        name\n      }\n      partsUsed {\n        name\n        quantity\n      }\n      documents {\n        id\n        title\n        kind\n        contentType\n        fileName\n        downloadUrl\n      }\n      review {\n        id\n        rating\n        comment\n        status\n        response\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalThreads($after: String) {\n    myThreads(first: 20, after: $after) {\n      nodes {\n        id\n        lastMessageAt\n        unreadCount\n        anchor {\n          type\n          id\n          label\n        }\n        lastMessage {\n          id\n          body\n          deleted\n          mine\n          author {\n            name\n          }\n          attachments {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalThreads($after: String) {\n    myThreads(first: 20, after: $after) {\n      nodes {\n        id\n        lastMessageAt\n        unreadCount\n        anchor {\n          type\n          id\n          label\n        }\n        lastMessage {\n          id\n          body\n          deleted\n          mine\n          author {\n            name\n          }\n          attachments {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalThread($id: ID!) {\n    messageThread(id: $id) {\n      id\n      unreadCount\n      seenByBusinessAt\n      anchor {\n        type\n        id\n        label\n      }\n      messages {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalThread($id: ID!) {\n    messageThread(id: $id) {\n      id\n      unreadCount\n      seenByBusinessAt\n      anchor {\n        type\n        id\n        label\n      }\n      messages {\n        nodes {\n          ...PortalMessageFields\n        }\n        hasOlder\n        olderCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNewThread($anchor: ThreadAnchorInput!, $id: ID!, $job: Boolean!, $request: Boolean!, $invoice: Boolean!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n    job(id: $id) @include(if: $job) {\n      id\n      title\n    }\n    serviceRequest(id: $id) @include(if: $request) {\n      id\n      description\n    }\n    invoice(id: $id) @include(if: $invoice) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  query PortalNewThread($anchor: ThreadAnchorInput!, $id: ID!, $job: Boolean!, $request: Boolean!, $invoice: Boolean!) {\n    threadAbout(anchor: $anchor) {\n      id\n    }\n    job(id: $id) @include(if: $job) {\n      id\n      title\n    }\n    serviceRequest(id: $id) @include(if: $request) {\n      id\n      description\n    }\n    invoice(id: $id) @include(if: $invoice) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n      submitServiceRequest(input: $input) {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n      submitServiceRequest(input: $input) {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalRequests($after: String) {\n    serviceRequests(first: 20, after: $after) {\n      nodes {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    assets {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PortalRequests($after: String) {\n    serviceRequests(first: 20, after: $after) {\n      nodes {\n        id\n        description\n        urgency\n        status\n        createdAt\n        preferredAt\n        declineReason\n        jobId\n        asset {\n          name\n        }\n        attachments {\n          id\n          fileName\n          contentType\n          url\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    assets {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSettings {\n    me {\n      id\n      name\n      email\n      phone\n      locale\n      pendingEmail\n      canEditProfile\n      canAddSites\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    savedPaymentMethods {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n    calendarFeed {\n      active\n      createdAt\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      browser\n      os\n      device\n    }\n  }\n"): (typeof documents)["\n  query PortalSettings {\n    me {\n      id\n      name\n      email\n      phone\n      locale\n      pendingEmail\n      canEditProfile\n      canAddSites\n    }\n    myNotificationPreferences {\n      kind\n      channel\n      roleReceives\n    }\n    sites {\n      id\n      label\n      addressLine1\n      addressLine2\n      city\n      postalCode\n      region\n      country\n      accessInstructions\n      canEdit\n    }\n    savedPaymentMethods {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n    calendarFeed {\n      active\n      createdAt\n    }\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      browser\n      os\n      device\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSite($id: ID!) {\n    site(id: $id) {\n      id\n      label\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      region\n      country\n    }\n    assets(siteId: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PortalSite($id: ID!) {\n    site(id: $id) {\n      id\n      label\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      region\n      country\n    }\n    assets(siteId: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Register($input: RegisterInput!) {\n      register(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation Register($input: RegisterInput!) {\n      register(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RegisterCanAddSites {\n      me {\n        id\n        canAddSites\n      }\n    }\n  "): (typeof documents)["\n    query RegisterCanAddSites {\n      me {\n        id\n        canAddSites\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ResetPassword($input: ResetPasswordInput!) {\n      resetPassword(input: $input) {\n        customer {\n          id\n        }\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
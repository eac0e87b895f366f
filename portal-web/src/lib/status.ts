// How each status reads (message key) and looks (badge tone) in the portal.
import type { BadgeTone } from '@portico/web-shared/components/Badge.svelte';
import type { InvoiceRefundState, InvoiceStatus, JobStatus, PaymentStatus, RequestStatus, ReviewStatus, WarrantyStatus } from '$lib/gql/graphql';
import type { MessageKey } from '$lib/i18n';

interface StatusView {
  label: MessageKey;
  tone: BadgeTone;
}

export const jobStatus: Record<JobStatus, StatusView> = {
  requested: { label: 'job.status.requested', tone: 'info' },
  scheduled: { label: 'job.status.scheduled', tone: 'info' },
  in_progress: { label: 'job.status.in_progress', tone: 'warning' },
  completed: { label: 'job.status.completed', tone: 'success' },
  cancelled: { label: 'job.status.cancelled', tone: 'neutral' },
  declined: { label: 'job.status.declined', tone: 'danger' },
};

export const invoiceStatus: Record<InvoiceStatus, StatusView> = {
  draft: { label: 'invoice.status.draft', tone: 'neutral' },
  unpaid: { label: 'invoice.status.unpaid', tone: 'warning' },
  partially_paid: { label: 'invoice.status.partially_paid', tone: 'warning' },
  overdue: { label: 'invoice.status.overdue', tone: 'danger' },
  paid: { label: 'invoice.status.paid', tone: 'success' },
  void: { label: 'invoice.status.void', tone: 'neutral' },
};

/** Shown beside the invoice's status once money was given back; nothing when none was. */
export const invoiceRefundState: Record<InvoiceRefundState, StatusView | null> = {
  none: null,
  partially_refunded: { label: 'invoice.refundState.partially_refunded', tone: 'info' },
  refunded: { label: 'invoice.refundState.refunded', tone: 'info' },
};

export const requestStatus: Record<RequestStatus, StatusView> = {
  submitted: { label: 'request.status.submitted', tone: 'info' },
  reviewed: { label: 'request.status.reviewed', tone: 'info' },
  converted: { label: 'request.status.converted', tone: 'success' },
  completed: { label: 'request.status.completed', tone: 'success' },
  declined: { label: 'request.status.declined', tone: 'danger' },
};

export const reviewStatus: Record<ReviewStatus, StatusView> = {
  pending: { label: 'review.status.pending', tone: 'info' },
  published: { label: 'review.status.published', tone: 'success' },
  rejected: { label: 'review.status.rejected', tone: 'neutral' },
};

export const warrantyStatus: Record<WarrantyStatus, StatusView> = {
  ACTIVE: { label: 'asset.warranty.ACTIVE', tone: 'success' },
  EXPIRING_SOON: { label: 'asset.warranty.EXPIRING_SOON', tone: 'warning' },
  EXPIRED: { label: 'asset.warranty.EXPIRED', tone: 'danger' },
  NONE: { label: 'asset.warranty.NONE', tone: 'neutral' },
};

export const paymentStatus: Record<PaymentStatus, StatusView> = {
  pending: { label: 'payment.status.pending', tone: 'info' },
  requires_action: { label: 'payment.status.requires_action', tone: 'warning' },
  processing: { label: 'payment.status.processing', tone: 'info' },
  succeeded: { label: 'payment.status.succeeded', tone: 'success' },
  failed: { label: 'payment.status.failed', tone: 'danger' },
  canceled: { label: 'payment.status.canceled', tone: 'neutral' },
  refunded: { label: 'payment.status.refunded', tone: 'neutral' },
  partially_refunded: { label: 'payment.status.partially_refunded', tone: 'neutral' },
};

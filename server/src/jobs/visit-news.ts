// What a customer is told as their technician's visit moves on: on the way (with the promised
// arrival time), a new arrival time, arrived. The one place for it, so each way of telling
// (today an email, the arrival shown on the job page) is added once for every kind of news.
import type { StaffContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { staffNameById } from './jobs.loaders.js';
import { sendOnMyWayEmail } from './on-my-way.emails.js';
import type { AdminJobRow } from './jobs.view.js';

export type VisitNews = 'on_the_way' | 'eta_changed' | 'arrived';

/**
 * Tells the customer of `job` (as just written) the news of its visit. The portal shows all of it
 * from the job itself; the email goes out for on the way and a new arrival time (the customer's
 * appointment emails setting applies), not for arrived: the technician is at the door.
 *
 * The notification centre's `notifyCustomer(...)` call belongs here, once, for all three kinds.
 */
export async function tellCustomerAboutVisit(ctx: StaffContext, tenant: Tenant, job: AdminJobRow, news: VisitNews): Promise<void> {
  if (news === 'arrived' || !job.etaAt || !job.technicianId) return;
  const technician = (await staffNameById(ctx, job.technicianId)) ?? tenant.name;
  await sendOnMyWayEmail(ctx, tenant, news, { ...job, etaAt: job.etaAt }, technician);
}

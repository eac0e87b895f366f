// What a customer is told as their technician's visit moves on: on the way (with the promised
// arrival time), a new arrival time, arrived. The one place for it, so each way of telling
// (today an email, the arrival shown on the job page) is added once for every kind of news.
import type { StaffContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { portalLinks } from '../communications/portal-links.js';
import { notifyCustomer } from '../notifications/notify.js';
import { staffNameById } from './jobs.loaders.js';
import { formatArrival, onMyWayLetter } from './on-my-way.emails.js';
import type { AdminJobRow } from './jobs.view.js';

export type VisitNews = 'on_the_way' | 'eta_changed' | 'arrived';

/**
 * Tells the customer of `job` (as just written) the news of its visit. The portal shows all of it
 * from the job itself (live); on the way and a new arrival time also reach the customer as a
 * "technician on the way" notification (bell and/or email, as they chose for that kind), not
 * arrived: the technician is at the door.
 */
export async function tellCustomerAboutVisit(ctx: StaffContext, tenant: Tenant, job: AdminJobRow, news: VisitNews): Promise<void> {
  if (news === 'arrived' || !job.etaAt || !job.technicianId) return;
  const technician = (await staffNameById(ctx, job.technicianId)) ?? tenant.name;
  const etaAt = job.etaAt;
  await notifyCustomer(ctx, {
    customerId: job.customerId,
    kind: 'technicianOnTheWay',
    subject: { type: 'job', id: job.id },
    params: { technician, eta: etaAt.toISOString(), title: job.title },
    letter: (to) =>
      onMyWayLetter(news, to.language, {
        business: tenant.name,
        name: to.name,
        technician,
        title: job.title,
        eta: formatArrival(etaAt, tenant.timeZone, to.language),
        link: portalLinks.appointment(ctx.deps.config.portalUrl, tenant, job.id),
      }),
  });
}

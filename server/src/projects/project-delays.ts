// A delay reported on a project: the customer is told through the notification centre (kind
// projectDelayed: the bell and an email, as their preferences say, in their language), with the
// delay's days and cause and the new forecast end date. The project's live event (recorded by
// trigger on project_delays) updates an open portal page.
import type { StaffContext } from '../context/context.js';
import type { ProjectDelay as DelayRow } from '../generated/prisma/client.js';
import { notifyCustomer } from '../notifications/notify.js';
import type { ProjectFields } from './projects.types.js';

export async function notifyProjectDelayed(ctx: StaffContext, project: ProjectFields, delay: DelayRow): Promise<void> {
  await notifyCustomer(ctx, {
    customerId: project.customerId,
    kind: 'projectDelayed',
    subject: { type: 'project', id: project.id },
    params: { title: project.name, days: delay.days, date: project.forecastEndDate, cause: delay.cause },
  });
}

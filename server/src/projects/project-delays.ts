// A delay reported on a project: the customer is told (bell and email, as their preferences say,
// in their language); the project's live event (recorded by trigger) updates an open portal page.
import type { StaffContext } from '../context/context.js';
import type { ProjectDelay as DelayRow } from '../generated/prisma/client.js';
import type { ProjectFields } from './projects.types.js';

export async function notifyProjectDelayed(ctx: StaffContext, project: ProjectFields, delay: DelayRow): Promise<void> {
  // The notification kind projectDelayed comes next; until then only the live event tells.
  ctx.log.debug({ projectId: project.id, delayId: delay.id }, 'project delayed');
  await Promise.resolve();
}

// When the office owes a request its first response, and whether it is overdue: the business
// promises a response time per priority (RequestResponsePromise); the deadline is fixed when the
// request is made, so changing the promise later does not move requests already in.

/** The deadline a request gets at submission: submitted + the priority's promised minutes; none without a promise. */
export function respondByFor(submittedAt: Date, responseMinutes: number | null | undefined): Date | null {
  return responseMinutes == null ? null : new Date(submittedAt.getTime() + responseMinutes * 60_000);
}

export interface ResponseClock {
  respondBy: Date | null;
  firstResponseAt: Date | null;
}

/** The deadline has passed and nobody at the office has acted on the request yet. */
export function isResponseOverdue(request: ResponseClock, now: Date): boolean {
  return request.respondBy !== null && request.firstResponseAt === null && request.respondBy.getTime() < now.getTime();
}

/** The office did respond, but after the deadline. */
export function wasRespondedLate(request: ResponseClock): boolean {
  return request.respondBy !== null && request.firstResponseAt !== null && request.firstResponseAt.getTime() > request.respondBy.getTime();
}

/** The Prisma condition for overdue requests at `now` (the same rule, for the inbox filter). */
export function overdueWhere(now: Date): { respondBy: { lt: Date }; firstResponseAt: null } {
  return { respondBy: { lt: now }, firstResponseAt: null };
}

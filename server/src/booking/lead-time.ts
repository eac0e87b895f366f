// The lead time (minimum notice): customers book at least `minLeadMinutes` before the start, so
// the business has time to plan the visit. Staff placing a job are not held to it.

const MINUTE = 60_000;

export interface LeadTimeRules {
  minLeadMinutes: number;
}

/** The first instant a customer may book a start at, at `now`. */
export function earliestBookableStart(rules: LeadTimeRules, now: Date): Date {
  return new Date(now.getTime() + rules.minLeadMinutes * MINUTE);
}

/** Whether a start at `start` gives the business its notice, at `now`. */
export function meetsLeadTime(rules: LeadTimeRules, start: Date, now: Date): boolean {
  return start.getTime() >= earliestBookableStart(rules, now).getTime();
}

// When a customer hears that the card paying their agreement automatically is about to expire: a
// card works to the end of its expiry month, so the reminder is due from the first day of the
// month before (in the business's calendar) and until the card has expired; once per card and
// expiry (the worker's claim in card_expiry_reminders).

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const monthIndex = ({ year, month }: YearMonth): number => year * 12 + (month - 1);

/** Whether a card expiring at the end of `expiry` is due its reminder on a day of `today`'s month. */
export function cardExpiryReminderDue(expiry: YearMonth, today: YearMonth): boolean {
  const monthsLeft = monthIndex(expiry) - monthIndex(today);
  return monthsLeft === 0 || monthsLeft === 1;
}

// Preloaded (`node --import`) into the web apps' servers by global-setup.ts when E2E_CLOCK moves
// the run's clock: `Date` reads the system clock plus E2E_CLOCK_OFFSET_MS, as the API's clock
// (PORTICO_CLOCK_OFFSET_MINUTES) and the browsers' (Playwright's clock) do. Timers are untouched.
const offset = Number(process.env.E2E_CLOCK_OFFSET_MS ?? 0);

if (Number.isFinite(offset) && offset !== 0) {
  const SystemDate = Date;
  const now = () => SystemDate.now() + offset;
  // Dates built from a given value are the system's; only "now" moves.
  function ShiftedDate(...args) {
    if (!new.target) return new SystemDate(now()).toString();
    return args.length === 0 ? new SystemDate(now()) : new SystemDate(...args);
  }
  Object.setPrototypeOf(ShiftedDate, SystemDate);
  ShiftedDate.prototype = SystemDate.prototype;
  ShiftedDate.now = now;
  globalThis.Date = ShiftedDate;
}

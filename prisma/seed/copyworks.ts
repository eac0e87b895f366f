// Copyworks Office Systems: an office-equipment dealer in Chicago (USD, en), the equipment demo.
// Three business customers with copiers and printers at several sites, each device on a service
// contract billed by its meters (a year of monthly readings, billed periods and their invoices),
// a supply catalogue, supply orders in every state, and service requests with the response the
// dealer promises per priority. Lakeshore Law Group signs in; its readings are due this week.
import type { Prisma } from '../../server/src/generated/prisma/client.js';
import {
  addDays,
  addMonths,
  dateOnly,
  daysBefore,
  id,
  InvoiceBook,
  localDateOf,
  minutesAfter,
  notAfter,
  staffRows,
  zonedInstant,
  type BuildInput,
  type DemoTenant,
  type LocalDate,
  type TenantRows,
} from './build.js';

const SLUG = 'copyworks-office';
const TIME_ZONE = 'America/Chicago';
const CURRENCY = 'USD';
const FORMAT = 'CW-{YYYY}-{SEQ:5}';
// Illinois sales tax on supplies (goods); service contracts carry none.
const SUPPLY_TAX_BP = 625;

const STAFF = {
  owner: { email: 'grace.whitman@example.net', name: 'Grace Whitman', role: 'owner' },
  office: { email: 'tom.reyes@example.net', name: 'Tom Reyes', role: 'admin' },
  dispatch: { email: 'ana.kowalski@example.net', name: 'Ana Kowalski', role: 'dispatcher' },
  devon: { email: 'devon.brooks@example.net', name: 'Devon Brooks', role: 'technician' },
} as const;

const CUSTOMER_EMAILS = {
  lakeshore: 'office@lakeshorelaw.example.com',
} as const;

export const copyworks: DemoTenant = {
  slug: SLUG,
  name: 'Copyworks Office Systems',
  logins: [
    { side: 'portal', email: CUSTOMER_EMAILS.lakeshore, role: 'customer' },
    { side: 'admin', email: STAFF.owner.email, role: 'owner' },
    { side: 'admin', email: STAFF.dispatch.email, role: 'dispatcher' },
    { side: 'admin', email: STAFF.devon.email, role: 'technician' },
  ],
  passwordEmails: { staff: Object.values(STAFF).map((s) => s.email), portal: Object.values(CUSTOMER_EMAILS) },
  build,
};

/** The models the dealer services (their supplies fit by model). */
const MODELS = {
  c250i: 'Konica Minolta bizhub C250i',
  c3926: 'Canon imageRUNNER ADVANCE DX C3926',
  m611: 'HP LaserJet Enterprise M611',
  c405: 'Xerox VersaLink C405',
} as const;
type ModelKey = keyof typeof MODELS;
const COLOUR_MODELS: readonly ModelKey[] = ['c250i', 'c3926', 'c405'];

type MeterKind = 'BLACK' | 'COLOUR' | 'SCAN';
const METER_LABEL: Record<MeterKind, string> = { BLACK: 'Black & white prints', COLOUR: 'Colour prints', SCAN: 'Scans' };
const VOLUME_WORD: Record<MeterKind, string> = { BLACK: 'B&W', COLOUR: 'colour', SCAN: 'scans' };

/** A volume band beyond the included volume: per 1,000 units, in cents; the last is unbounded. */
interface Tier {
  upTo: number | null;
  rateMinorPerThousand: number;
}

/** The contract terms per meter kind: included volume and overage tiers. */
const TERMS: Record<MeterKind, { included: number; tiers: Tier[] }> = {
  BLACK: {
    included: 3000,
    tiers: [
      { upTo: 5000, rateMinorPerThousand: 890 },
      { upTo: null, rateMinorPerThousand: 690 },
    ],
  },
  COLOUR: {
    included: 500,
    tiers: [
      { upTo: 2000, rateMinorPerThousand: 5900 },
      { upTo: null, rateMinorPerThousand: 4900 },
    ],
  },
  SCAN: { included: 100_000, tiers: [] },
};

/** What a volume beyond the included volume costs, band by band (cents, rounded once at the end). */
function overageMinor(volume: number, kind: MeterKind): number {
  const { included, tiers } = TERMS[kind];
  let left = Math.max(0, volume - included);
  let previous = 0;
  let thousandths = 0;
  for (const tier of tiers) {
    const band = tier.upTo === null ? left : Math.min(left, tier.upTo - previous);
    thousandths += band * tier.rateMinorPerThousand;
    left -= band;
    previous = tier.upTo ?? previous;
    if (left <= 0) break;
  }
  return Math.round(thousandths / 1000);
}

/** Deterministic noise, so every seeding tells the same story. */
function noise(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

interface DeviceSpec {
  key: string;
  customer: CustomerKey;
  site: string;
  model: ModelKey;
  name: string;
  serial: string;
  /** Average monthly volume per meter. */
  monthly: Partial<Record<MeterKind, number>>;
  baseChargeMinor: number;
  minimumMinor: number;
  tonerPerPeriod: number;
  installedMonthsAgo: number;
}

type CustomerKey = 'lakeshore' | 'riverside' | 'northgate';

function build({ now, staffHash, portalHash }: BuildInput): TenantRows {
  const tenantId = id();
  const ago = (days: number): Date => daysBefore(now, days);
  const today = localDateOf(TIME_ZONE, now);
  const at = (day: LocalDate, hour: number, minute = 0): Date => zonedInstant(TIME_ZONE, day, hour * 60 + minute);

  const { staff, rows: staffUsers } = staffRows(tenantId, STAFF, { hash: staffHash, locale: 'en', joinedDaysAgo: (i) => 3000 - i * 500, ago });

  const c = {
    lakeshore: { id: id(), name: 'Lakeshore Law Group', email: CUSTOMER_EMAILS.lakeshore, phone: '+1 312 555 0148', since: 900 },
    riverside: { id: id(), name: 'Riverside Dental', email: 'frontdesk@riversidedental.example.com', phone: '+1 708 555 0163', since: 640 },
    northgate: { id: id(), name: 'Northgate Property Management', email: 'ap@northgatepm.example.com', phone: '+1 847 555 0121', since: 1200 },
  };
  const customers: Prisma.CustomerCreateManyInput[] = Object.values(c).map((x) => ({
    id: x.id,
    tenantId,
    name: x.name,
    email: x.email,
    phone: x.phone,
    locale: 'en',
    createdAt: ago(x.since),
  }));
  const portalAccounts: Prisma.PortalAccountCreateManyInput[] = [
    {
      id: id(),
      tenantId,
      customerId: c.lakeshore.id,
      email: c.lakeshore.email,
      status: 'active',
      passwordHash: portalHash(c.lakeshore.email),
      lastLoginAt: ago(2),
      createdAt: ago(c.lakeshore.since - 10),
    },
  ];

  const site = (customer: CustomerKey, label: string, addressLine1: string, city: string, postalCode: string, accessInstructions: string | null) => ({
    id: id(),
    tenantId,
    customerId: c[customer].id,
    label,
    addressLine1,
    addressLine2: null,
    city,
    postalCode,
    region: 'IL',
    country: 'US',
    accessInstructions,
    createdAt: ago(c[customer].since),
    addedBy: 'staff',
    addedByStaffId: staff.office.id,
  });
  const s = {
    loop: site('lakeshore', 'Loop office (HQ)', '233 S Wacker Dr, Suite 4100', 'Chicago', '60606', 'Check in at the lobby desk; the copy room is next to reception on 41.'),
    evanston: site('lakeshore', 'Evanston office', '1603 Orrington Ave, Suite 900', 'Evanston', '60201', null),
    riverside: site('riverside', 'Main clinic', '31 E Burlington St', 'Riverside', '60546', 'Use the staff entrance at the back; not during patient hours if avoidable.'),
    oakPark: site('riverside', 'Oak Park clinic', '1010 Lake St', 'Oak Park', '60301', null),
    skokie: site('northgate', 'Head office', '4849 Golf Rd', 'Skokie', '60077', 'Loading dock on the east side for toner deliveries.'),
    maple: site('northgate', 'Maple Court leasing office', '2150 Maple Ave', 'Evanston', '60201', null),
    lincoln: site('northgate', 'Lincoln Park leasing office', '2440 N Lincoln Ave', 'Chicago', '60614', 'Street parking only; call the office on arrival.'),
  };
  const sites: Prisma.SiteCreateManyInput[] = Object.values(s);

  const types = { mfp: id(), printer: id() };
  const assetTypes: Prisma.AssetTypeCreateManyInput[] = [
    { id: types.mfp, tenantId, code: 'mfp', category: 'equipment' },
    { id: types.printer, tenantId, code: 'printer', category: 'equipment' },
  ];
  const assetTypeNames: Prisma.AssetTypeNameCreateManyInput[] = [
    ...[
      ['en', 'Multifunction printer'],
      ['fr', 'Imprimante multifonction'],
      ['es', 'Impresora multifunción'],
    ].map(([locale, name]) => ({ tenantId, assetTypeId: types.mfp, locale, name })),
    ...[
      ['en', 'Printer'],
      ['fr', 'Imprimante'],
      ['es', 'Impresora'],
    ].map(([locale, name]) => ({ tenantId, assetTypeId: types.printer, locale, name })),
  ];

  const devices: DeviceSpec[] = [
    {
      key: 'lsC250',
      customer: 'lakeshore',
      site: s.loop.id,
      model: 'c250i',
      name: 'Reception copier',
      serial: 'A9RE021004518',
      monthly: { BLACK: 6200, COLOUR: 1400, SCAN: 3100 },
      baseChargeMinor: 14_900,
      minimumMinor: 19_900,
      tonerPerPeriod: 2,
      installedMonthsAgo: 26,
    },
    {
      key: 'lsC3926',
      customer: 'lakeshore',
      site: s.loop.id,
      model: 'c3926',
      name: 'Litigation floor MFP',
      serial: '3KQ07712',
      monthly: { BLACK: 8800, COLOUR: 900 },
      baseChargeMinor: 16_900,
      minimumMinor: 21_900,
      tonerPerPeriod: 2,
      installedMonthsAgo: 18,
    },
    {
      key: 'lsM611',
      customer: 'lakeshore',
      site: s.evanston.id,
      model: 'm611',
      name: 'Evanston printer',
      serial: 'PHBFM4K0QZ',
      monthly: { BLACK: 2600 },
      baseChargeMinor: 4_900,
      minimumMinor: 4_900,
      tonerPerPeriod: 1,
      installedMonthsAgo: 30,
    },
    {
      key: 'rdC405',
      customer: 'riverside',
      site: s.riverside.id,
      model: 'c405',
      name: 'Front desk MFP',
      serial: '3390457812',
      monthly: { BLACK: 2100, COLOUR: 650, SCAN: 2400 },
      baseChargeMinor: 7_900,
      minimumMinor: 9_900,
      tonerPerPeriod: 1,
      installedMonthsAgo: 20,
    },
    {
      key: 'rdM611',
      customer: 'riverside',
      site: s.oakPark.id,
      model: 'm611',
      name: 'Oak Park printer',
      serial: 'PHBFM4K1RA',
      monthly: { BLACK: 1800 },
      baseChargeMinor: 4_900,
      minimumMinor: 4_900,
      tonerPerPeriod: 1,
      installedMonthsAgo: 20,
    },
    {
      key: 'ngC250',
      customer: 'northgate',
      site: s.skokie.id,
      model: 'c250i',
      name: 'Head office copier',
      serial: 'A9RE021007733',
      monthly: { BLACK: 7400, COLOUR: 2100, SCAN: 5200 },
      baseChargeMinor: 14_900,
      minimumMinor: 19_900,
      tonerPerPeriod: 2,
      installedMonthsAgo: 40,
    },
    {
      key: 'ngM611',
      customer: 'northgate',
      site: s.skokie.id,
      model: 'm611',
      name: 'Accounts printer',
      serial: 'PHBFM4K2TC',
      monthly: { BLACK: 4300 },
      baseChargeMinor: 4_900,
      minimumMinor: 4_900,
      tonerPerPeriod: 1,
      installedMonthsAgo: 40,
    },
    {
      key: 'ngC3926',
      customer: 'northgate',
      site: s.maple.id,
      model: 'c3926',
      name: 'Maple Court MFP',
      serial: '3KQ08145',
      monthly: { BLACK: 1900, COLOUR: 350 },
      baseChargeMinor: 9_900,
      minimumMinor: 9_900,
      tonerPerPeriod: 1,
      installedMonthsAgo: 14,
    },
    {
      key: 'ngLincoln',
      customer: 'northgate',
      site: s.lincoln.id,
      model: 'c405',
      name: 'Lincoln Park MFP',
      serial: '3390461150',
      monthly: { BLACK: 1500, COLOUR: 420 },
      baseChargeMinor: 7_900,
      minimumMinor: 9_900,
      tonerPerPeriod: 1,
      installedMonthsAgo: 13,
    },
  ];

  const assetIds = Object.fromEntries(devices.map((d) => [d.key, id()])) as Record<string, string>;
  const assets: Prisma.AssetCreateManyInput[] = devices.map((d) => ({
    id: assetIds[d.key],
    tenantId,
    customerId: c[d.customer].id,
    siteId: d.site,
    assetTypeId: d.model === 'm611' ? types.printer : types.mfp,
    name: d.name,
    model: MODELS[d.model],
    serialNumber: d.serial,
    installedOn: dateOnly(addMonths(today, -d.installedMonthsAgo)),
    notes: COLOUR_MODELS.includes(d.model) ? 'On a cost-per-copy service contract: toner and parts included.' : 'On a cost-per-page service contract: toner included.',
    warrantyEndOn: null,
    createdAt: ago(d.installedMonthsAgo * 30),
    addedBy: 'staff',
    addedByStaffId: staff.office.id,
  }));

  // Billing day: Lakeshore's contracts close three days from today (its readings are due this week);
  // the others on fixed days. A @db.Date period runs from one billing date to the next.
  const lakeshoreDay = Math.min(28, addDays(today, 3).d);
  const billingDayOf: Record<CustomerKey, number> = { lakeshore: lakeshoreDay, riverside: 15, northgate: 1 };
  /** The last billing date on or before today for a billing day (the current period's start). */
  const lastBillingDate = (day: number): LocalDate => {
    const thisMonth = { y: today.y, m: today.m, d: day };
    return dateOnly(thisMonth).getTime() <= dateOnly(today).getTime() ? thisMonth : addMonths(thisMonth, -1);
  };

  const meters: Prisma.MeterCreateManyInput[] = [];
  const meterContracts: Prisma.MeterContractCreateManyInput[] = [];
  const meterContractRates: Prisma.MeterContractRateCreateManyInput[] = [];
  const supplyAllowances: Prisma.SupplyAllowanceCreateManyInput[] = [];
  const meterReadings: Prisma.MeterReadingCreateManyInput[] = [];
  const meterBillingPeriods: Prisma.MeterBillingPeriodCreateManyInput[] = [];
  const book = new InvoiceBook(tenantId, CURRENCY, FORMAT);
  const contractIdOf: Record<string, string> = {};
  /** Per customer and period start (ISO), the invoice lines of its devices' periods and the periods to link. */
  const invoiceGroups = new Map<string, { customer: CustomerKey; end: LocalDate; lines: { description: string; unitPriceMinor: number }[]; periodIds: string[] }>();

  let flaggedDone = false;
  let estimateDone = false;
  devices.forEach((d, deviceIndex) => {
    const random = noise(deviceIndex * 7919 + 17);
    const contractId = id();
    contractIdOf[d.key] = contractId;
    const billingDay = billingDayOf[d.customer];
    const current = lastBillingDate(billingDay);
    const startsOn = addMonths(current, -Math.min(d.installedMonthsAgo, 24));
    meterContracts.push({
      id: contractId,
      tenantId,
      customerId: c[d.customer].id,
      assetId: assetIds[d.key],
      number: `MC-${String(1001 + deviceIndex)}`,
      startsOn: dateOnly(startsOn),
      endsOn: null,
      periodMonths: 1,
      billingDay,
      baseChargeMinor: d.baseChargeMinor,
      minimumMinor: d.minimumMinor,
      taxRateBp: 0,
      active: true,
      createdAt: at(addDays(startsOn, -7), 10),
    });
    supplyAllowances.push({ tenantId, contractId, category: 'TONER', unitsPerPeriod: d.tonerPerPeriod });

    const kinds = Object.keys(d.monthly) as MeterKind[];
    const meterIdOf = {} as Record<MeterKind, string>;
    for (const kind of kinds) {
      const meterId = id();
      meterIdOf[kind] = meterId;
      meters.push({
        id: meterId,
        tenantId,
        customerId: c[d.customer].id,
        assetId: assetIds[d.key],
        kind,
        label: METER_LABEL[kind],
        active: true,
        createdAt: ago(d.installedMonthsAgo * 30),
      });
      meterContractRates.push({ tenantId, contractId, meterId, includedVolume: TERMS[kind].included, tiers: TERMS[kind].tiers as unknown as Prisma.InputJsonValue });
    }

    // Twelve monthly readings on billing dates, the newest at the current period's start: eleven
    // billed periods between them. Northgate's Maple Court MFP missed last month's: an estimate.
    const dates = Array.from({ length: 12 }, (_, i) => addMonths(current, -11 + i));
    const counter = {} as Record<MeterKind, number>;
    for (const kind of kinds) counter[kind] = Math.round((d.monthly[kind] ?? 0) * (d.installedMonthsAgo - 11) * (0.9 + random() * 0.2));
    const values: Record<MeterKind, number>[] = [];
    dates.forEach((date, i) => {
      if (i > 0) for (const kind of kinds) counter[kind] += Math.round((d.monthly[kind] ?? 0) * (0.75 + random() * 0.5));
      values.push({ ...counter });
    });
    const estimateAt = d.key === 'ngC3926' && !estimateDone ? 11 : -1;
    if (estimateAt >= 0) estimateDone = true;

    const periodIdAt: (string | null)[] = dates.map(() => null);
    for (let i = 1; i < dates.length; i += 1) {
      const periodId = id();
      periodIdAt[i] = periodId;
      const start = dates[i - 1];
      const end = dates[i];
      const detail = kinds.map((kind) => {
        const volume = values[i][kind] - values[i - 1][kind];
        return {
          meterId: meterIdOf[kind],
          label: METER_LABEL[kind],
          openingValue: values[i - 1][kind],
          closingValue: values[i][kind],
          nextOpeningValue: values[i][kind],
          closingReadAt: null,
          volume,
          includedVolume: TERMS[kind].included,
          overageVolume: Math.max(0, volume - TERMS[kind].included),
          estimated: i === estimateAt,
          amountMinor: overageMinor(volume, kind),
          creditMinor: 0,
        };
      });
      const usage = d.baseChargeMinor + detail.reduce((sum, line) => sum + line.amountMinor, 0);
      const billed = Math.max(usage, d.minimumMinor);
      meterBillingPeriods.push({
        id: periodId,
        tenantId,
        contractId,
        periodStart: dateOnly(start),
        periodEnd: dateOnly(end),
        // The shape meter billing writes (server/src/meter-billing/billed-detail.ts): the next period
        // opens from it, and the office's billed periods list its meters.
        detail: { baseMinor: d.baseChargeMinor, minimumTopUpMinor: billed - usage, subtotalMinor: billed, meters: detail },
        createdAt: at(end, 6),
      });
      const key = `${d.customer}:${dateOnly(end).toISOString()}`;
      const group = invoiceGroups.get(key) ?? { customer: d.customer, end, lines: [], periodIds: [] };
      const volumes = detail.map((line, k) => `${VOLUME_WORD[kinds[k]]} ${line.volume.toLocaleString('en-US')}`).join(', ');
      group.lines.push({
        description: `${d.name} (${MODELS[d.model]}, ${d.serial}), contract MC-${String(1001 + deviceIndex)}: ${volumes}${i === estimateAt ? ' (estimated)' : ''}`,
        unitPriceMinor: billed,
      });
      group.periodIds.push(periodId);
      invoiceGroups.set(key, group);
    }

    dates.forEach((date, i) => {
      const estimate = i === estimateAt;
      const readAt = notAfter(at(addDays(date, estimate ? 0 : -1 - (i % 3)), estimate ? 6 : 9 + (i % 6), (i * 7) % 60), now);
      for (const kind of kinds) {
        meterReadings.push({
          id: id(),
          tenantId,
          customerId: c[d.customer].id,
          meterId: meterIdOf[kind],
          value: values[i][kind],
          readAt,
          source: estimate ? 'ESTIMATE' : d.customer === 'northgate' ? 'API' : i % 4 === 0 ? 'EMAIL' : 'PORTAL',
          status: 'ACCEPTED',
          resetsCounter: false,
          expectedValue: null,
          flagReason: null,
          submittedByStaffId: null,
          // A reading closes the period that ends on its date.
          billedPeriodId: periodIdAt[i],
          createdAt: readAt,
        });
      }
    });

    // Riverside's front desk sent a black reading two days ago far above what the last year
    // suggests: accepted as FLAGGED, it waits for the office's review and bills nothing until then.
    if (d.key === 'rdC405' && !flaggedDone) {
      flaggedDone = true;
      const last = values[values.length - 1].BLACK;
      const daysSince = Math.max(1, Math.round((dateOnly(today).getTime() - dateOnly(current).getTime()) / 86_400_000) - 2);
      const expected = last + Math.round(((d.monthly.BLACK ?? 0) / 30) * daysSince);
      const readAt = minutesAfter(ago(2), -120);
      meterReadings.push({
        id: id(),
        tenantId,
        customerId: c.riverside.id,
        meterId: meterIdOf.BLACK,
        value: expected + 21_400,
        readAt,
        source: 'PORTAL',
        status: 'FLAGGED',
        expectedValue: expected,
        flagReason: 'ABOVE_EXPECTED',
        createdAt: readAt,
      });
    }
  });

  // One invoice per customer per billed period; older ones paid, last month's open (Northgate's overdue).
  const periodInvoice = new Map<string, string>();
  const sortedGroups = [...invoiceGroups.values()].sort((a, b) => dateOnly(a.end).getTime() - dateOnly(b.end).getTime());
  for (const group of sortedGroups) {
    const issue = addDays(group.end, 1);
    const due = addDays(issue, 30);
    const dueYet = dateOnly(due).getTime() < dateOnly(today).getTime();
    const recent = dateOnly(issue).getTime() > dateOnly(addDays(today, -35)).getTime();
    const status: 'issued' | 'paid' =
      recent || (group.customer === 'northgate' && dueYet && dateOnly(issue).getTime() > dateOnly(addDays(today, -65)).getTime()) ? 'issued' : 'paid';
    const invoice = book.add({
      customerId: c[group.customer].id,
      status,
      issueDate: issue,
      dueDate: due,
      notes: 'Meter billing: base charge, included volumes and overage per the contract. Thank you for your business.',
      createdAt: at(issue, 6),
      lines: group.lines.map((line) => ({ description: line.description, unitPriceMinor: line.unitPriceMinor, taxRateBp: 0 })),
    });
    for (const periodId of group.periodIds) periodInvoice.set(periodId, invoice.id);
  }
  for (const period of meterBillingPeriods) period.invoiceId = periodInvoice.get(period.id ?? '') ?? null;

  // The catalogue: toner per colour, drums, staples and paper, with the models each fits.
  type Category = 'TONER' | 'DRUM' | 'STAPLES' | 'PAPER';
  const item = (sku: string, name: string, category: Category, priceMinor: number, fits: ModelKey[], yieldPages: number | null, description: string | null = null) => ({
    id: id(),
    sku,
    name,
    category,
    priceMinor,
    fits,
    yieldPages,
    description,
  });
  const catalogue = [
    item('KM-TN328K', 'Konica Minolta TN-328K toner, black', 'TONER', 8_900, ['c250i'], 28_000),
    item('KM-TN328C', 'Konica Minolta TN-328C toner, cyan', 'TONER', 12_900, ['c250i'], 28_000),
    item('KM-TN328M', 'Konica Minolta TN-328M toner, magenta', 'TONER', 12_900, ['c250i'], 28_000),
    item('KM-TN328Y', 'Konica Minolta TN-328Y toner, yellow', 'TONER', 12_900, ['c250i'], 28_000),
    item('KM-DR316K', 'Konica Minolta DR-316K drum unit, black', 'DRUM', 21_500, ['c250i'], 120_000),
    item('CN-GPR58K', 'Canon GPR-58 toner, black', 'TONER', 7_900, ['c3926'], 33_000),
    item('CN-GPR58C', 'Canon GPR-58 toner, cyan', 'TONER', 11_900, ['c3926'], 19_000),
    item('CN-GPR58M', 'Canon GPR-58 toner, magenta', 'TONER', 11_900, ['c3926'], 19_000),
    item('CN-GPR58Y', 'Canon GPR-58 toner, yellow', 'TONER', 11_900, ['c3926'], 19_000),
    item('CN-C-EXV55', 'Canon C-EXV 55 drum unit', 'DRUM', 18_900, ['c3926'], 160_000),
    item('HP-W1470X', 'HP 147X high-yield toner, black', 'TONER', 28_900, ['m611'], 25_200),
    item('XR-106R03524', 'Xerox VersaLink C405 toner, black', 'TONER', 10_400, ['c405'], 10_500),
    item('XR-106R03526', 'Xerox VersaLink C405 toner, cyan', 'TONER', 15_900, ['c405'], 4_800),
    item('XR-106R03527', 'Xerox VersaLink C405 toner, magenta', 'TONER', 15_900, ['c405'], 4_800),
    item('XR-106R03525', 'Xerox VersaLink C405 toner, yellow', 'TONER', 15_900, ['c405'], 4_800),
    item('XR-108R01121', 'Xerox VersaLink C405 drum cartridge', 'DRUM', 9_900, ['c405'], 60_000),
    item('ST-5000X3', 'Staple cartridge refills (3 × 5,000)', 'STAPLES', 3_900, ['c250i', 'c3926'], null, 'Fits the finisher staplers of the bizhub and imageRUNNER models.'),
    item('PP-LTR20-10', 'Copy paper, letter, 20 lb, case of 10 reams', 'PAPER', 5_490, ['c250i', 'c3926', 'm611', 'c405'], null, '5,000 sheets, 92 bright.'),
    item('PP-LGL20-10', 'Copy paper, legal, 20 lb, case of 10 reams', 'PAPER', 6_890, ['c250i', 'c3926', 'm611', 'c405'], null, 'For court filings and contracts.'),
  ];
  const supplyItems: Prisma.SupplyItemCreateManyInput[] = catalogue.map((x) => ({
    id: x.id,
    tenantId,
    sku: x.sku,
    name: x.name,
    description: x.description,
    category: x.category,
    yieldPages: x.yieldPages,
    priceMinor: x.priceMinor,
    taxRateBp: SUPPLY_TAX_BP,
    active: true,
    createdAt: ago(800),
  }));
  const supplyItemModels: Prisma.SupplyItemModelCreateManyInput[] = catalogue.flatMap((x) => x.fits.map((m) => ({ tenantId, itemId: x.id, model: MODELS[m] })));
  const bySku = (sku: string) => {
    const found = catalogue.find((x) => x.sku === sku);
    if (!found) throw new Error(`No supply ${sku}`);
    return found;
  };

  // Supply orders: Lakeshore's in every state, and one each for the others.
  const supplyOrders: Prisma.SupplyOrderCreateManyInput[] = [];
  const supplyOrderLines: Prisma.SupplyOrderLineCreateManyInput[] = [];
  const siteById = new Map(sites.map((x) => [x.id, x]));
  let orderSeq = 0;
  const order = (spec: {
    device: string;
    status: 'SUBMITTED' | 'APPROVED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';
    submittedDaysAgo: number;
    lines: [string, number, number][]; // sku, quantity, covered
    notes?: string;
    statusReason?: string;
  }) => {
    const d = devices.find((x) => x.key === spec.device);
    if (!d) throw new Error(`No device ${spec.device}`);
    const where = siteById.get(d.site);
    if (!where) throw new Error(`No site for ${spec.device}`);
    orderSeq += 1;
    const orderId = id();
    const submittedAt = minutesAfter(ago(spec.submittedDaysAgo), -90);
    const approvedAt = ['APPROVED', 'SHIPPED', 'DELIVERED'].includes(spec.status) ? minutesAfter(submittedAt, 95) : null;
    const shippedAt = ['SHIPPED', 'DELIVERED'].includes(spec.status) ? minutesAfter(submittedAt, 26 * 60) : null;
    const deliveredAt = spec.status === 'DELIVERED' ? minutesAfter(submittedAt, 3 * 24 * 60) : null;
    const cancelledAt = spec.status === 'CANCELLED' ? minutesAfter(submittedAt, 40) : null;
    let invoiceId: string | null = null;
    const lines = spec.lines.map(([sku, quantity, covered], index) => {
      const x = bySku(sku);
      return {
        id: id(),
        tenantId,
        orderId,
        itemId: x.id,
        position: index + 1,
        name: x.name,
        sku: x.sku,
        category: x.category,
        quantity,
        coveredQuantity: covered,
        billableQuantity: quantity - covered,
        unitPriceMinor: x.priceMinor,
        taxRateBp: SUPPLY_TAX_BP,
      };
    });
    const billable = lines.filter((l) => l.billableQuantity > 0);
    if (spec.status === 'DELIVERED' && billable.length && deliveredAt) {
      invoiceId = book.add({
        customerId: c[d.customer].id,
        status: spec.submittedDaysAgo > 40 ? 'paid' : 'issued',
        issueDate: localDateOf(TIME_ZONE, deliveredAt),
        dueDate: addDays(localDateOf(TIME_ZONE, deliveredAt), 30),
        notes: `Supply order SO-${today.y}-${String(orderSeq).padStart(4, '0')}: what the contract's allowance does not cover.`,
        createdAt: deliveredAt,
        lines: billable.map((l) => ({ description: `${l.name} (${l.sku})`, quantity: l.billableQuantity, unitPriceMinor: l.unitPriceMinor, taxRateBp: l.taxRateBp })),
      }).id;
    }
    supplyOrders.push({
      id: orderId,
      tenantId,
      customerId: c[d.customer].id,
      assetId: assetIds[d.key],
      contractId: contractIdOf[d.key],
      number: `SO-${today.y}-${String(orderSeq).padStart(4, '0')}`,
      status: spec.status,
      siteId: where.id,
      deliveryName: `${c[d.customer].name}, ${where.label}`,
      deliveryLine1: where.addressLine1,
      deliveryLine2: null,
      deliveryCity: where.city,
      deliveryPostalCode: where.postalCode,
      deliveryRegion: 'IL',
      deliveryCountry: 'US',
      notes: spec.notes ?? null,
      statusReason: spec.statusReason ?? null,
      carrier: shippedAt ? 'UPS' : null,
      trackingNumber: shippedAt ? `1Z8F4${String(orderSeq).padStart(2, '0')}A0${String(3_318_440 + orderSeq * 7_131)}` : null,
      invoiceId,
      submittedAt,
      approvedAt,
      shippedAt,
      deliveredAt,
      cancelledAt,
      updatedAt: deliveredAt ?? shippedAt ?? approvedAt ?? cancelledAt ?? submittedAt,
    });
    supplyOrderLines.push(...lines);
  };
  order({
    device: 'lsC250',
    status: 'DELIVERED',
    submittedDaysAgo: 48,
    lines: [
      ['KM-TN328K', 2, 2],
      ['PP-LGL20-10', 2, 0],
    ],
  });
  order({
    device: 'lsC3926',
    status: 'DELIVERED',
    submittedDaysAgo: 19,
    lines: [
      ['CN-GPR58K', 1, 1],
      ['CN-GPR58C', 1, 1],
      ['ST-5000X3', 1, 0],
    ],
  });
  order({
    device: 'lsC250',
    status: 'SHIPPED',
    submittedDaysAgo: 2,
    lines: [
      ['KM-TN328C', 1, 1],
      ['KM-TN328M', 1, 1],
    ],
    notes: 'Please leave with reception on 41.',
  });
  order({
    device: 'lsM611',
    status: 'APPROVED',
    submittedDaysAgo: 1,
    lines: [
      ['HP-W1470X', 1, 1],
      ['PP-LTR20-10', 3, 0],
    ],
  });
  order({
    device: 'lsC3926',
    status: 'SUBMITTED',
    submittedDaysAgo: 0,
    lines: [
      ['CN-GPR58Y', 1, 1],
      ['CN-GPR58K', 2, 1],
    ],
    notes: 'The black is at 10 %: we have a trial brief to print next week.',
  });
  order({ device: 'lsM611', status: 'CANCELLED', submittedDaysAgo: 12, lines: [['PP-LTR20-10', 5, 0]], statusReason: 'Cancelled at your request: ordered twice by mistake.' });
  order({ device: 'rdC405', status: 'SUBMITTED', submittedDaysAgo: 1, lines: [['XR-106R03524', 3, 1]], notes: 'Front desk is printing far more with the new intake forms.' });
  order({
    device: 'ngC250',
    status: 'DELIVERED',
    submittedDaysAgo: 26,
    lines: [
      ['KM-TN328K', 2, 2],
      ['KM-DR316K', 1, 0],
    ],
  });

  // The response promised per priority, and a few requests against them.
  const promises: [Prisma.RequestResponsePromiseCreateManyInput['urgency'], number, string | null, number | null][] = [
    ['low', 5 * 24 * 60, null, null],
    ['normal', 2 * 24 * 60, null, null],
    ['high', 24 * 60, null, null],
    ['urgent', 8 * 60, 'Same business day when called in before noon.', null],
    ['emergency', 4 * 60, 'Extra charge applies outside contract hours.', 12_500],
  ];
  const requestResponsePromises: Prisma.RequestResponsePromiseCreateManyInput[] = promises.map(([urgency, responseMinutes, note, extraChargeMinor]) => ({
    tenantId,
    urgency,
    responseMinutes,
    note,
    extraChargeMinor,
  }));
  const minutesOf = (urgency: string) => promises.find(([u]) => u === urgency)?.[1] ?? 0;
  const request = (spec: {
    customer: CustomerKey;
    device: string | null;
    description: string;
    urgency: 'low' | 'normal' | 'high' | 'urgent' | 'emergency';
    createdAt: Date;
    status?: 'submitted' | 'reviewed' | 'declined';
    respondedAfterMinutes?: number;
    preferred?: [Date, Date];
  }): Prisma.ServiceRequestCreateManyInput => {
    const firstResponseAt = spec.respondedAfterMinutes === undefined ? null : minutesAfter(spec.createdAt, spec.respondedAfterMinutes);
    return {
      id: id(),
      tenantId,
      customerId: c[spec.customer].id,
      assetId: spec.device ? assetIds[spec.device] : null,
      description: spec.description,
      urgency: spec.urgency,
      preferredAt: spec.preferred?.[0] ?? null,
      preferredUntil: spec.preferred?.[1] ?? null,
      respondBy: minutesAfter(spec.createdAt, minutesOf(spec.urgency)),
      firstResponseAt,
      status: spec.status ?? 'submitted',
      createdAt: spec.createdAt,
      updatedAt: firstResponseAt ?? spec.createdAt,
    };
  };
  const nextWeekday = (() => {
    for (let offset = 2; ; offset += 1) {
      const day = addDays(today, offset);
      const weekday = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
      if (weekday !== 0 && weekday !== 6) return day;
    }
  })();
  const serviceRequests: Prisma.ServiceRequestCreateManyInput[] = [
    // Overdue: nobody has answered Northgate's urgent jam and the promise has passed.
    request({
      customer: 'northgate',
      device: 'ngC250',
      description: 'Paper jam in the document feeder every few pages, error J-7212. The leasing team cannot send lease packs.',
      urgency: 'urgent',
      createdAt: minutesAfter(now, -(9 * 60 + 25)),
    }),
    request({
      customer: 'lakeshore',
      device: 'lsC3926',
      description: 'Colour prints come out with a faint magenta streak down the left side. Not urgent, but clients notice it on exhibits.',
      urgency: 'normal',
      createdAt: minutesAfter(now, -(26 * 60)),
      status: 'reviewed',
      respondedAfterMinutes: 95,
      preferred: [at(nextWeekday, 8), at(nextWeekday, 11)],
    }),
    request({
      customer: 'riverside',
      device: 'rdM611',
      description: 'The Oak Park printer shows "Replace maintenance kit soon".',
      urgency: 'low',
      createdAt: minutesAfter(now, -(3 * 60)),
    }),
    request({
      customer: 'lakeshore',
      device: 'lsM611',
      description: 'Evanston printer offline after the network switch was replaced.',
      urgency: 'high',
      createdAt: ago(9),
      status: 'reviewed',
      respondedAfterMinutes: 40,
    }),
  ];

  const { invoices, sequences: invoiceSequences } = book.finish();

  return {
    tenant: {
      id: tenantId,
      slug: SLUG,
      name: copyworks.name,
      trade: 'equipment',
      primaryColor: '#1e3a8a',
      accentColor: '#e11d48',
      timeZone: TIME_ZONE,
      currency: CURRENCY,
      locale: 'en',
      invoiceNumberFormat: FORMAT,
      // Customers report readings, order supplies and ask for service; visits are the office's to place.
      featureBooking: false,
      featureProjects: false,
      featureReviews: false,
      featureMeters: true,
      featureSupplies: true,
      meterTolerancePercent: 60,
      meterReadingWindowDays: 5,
      customersMayAddSites: false,
      customersMayAddAssets: false,
      contactPhone: '+1 312 555 0199',
      contactEmail: 'service@copyworks.example.com',
      addressLine1: '1200 W Fulton Market',
      addressLine2: 'Suite 300',
      city: 'Chicago',
      postalCode: '60607',
      region: 'IL',
      country: 'US',
      openingHours: 'Service desk Mon–Fri 7:30–18:00 · Emergencies 24/7',
      legalName: 'Copyworks Office Systems, Inc.',
      registrationNumber: 'IL 6123-458-9',
      vatNumber: null,
      createdAt: ago(3200),
    },
    staffUsers,
    customers,
    portalAccounts,
    sites,
    assetTypes,
    assetTypeNames,
    assets,
    serviceTypes: [
      {
        id: id(),
        tenantId,
        name: 'Service call',
        description: 'A technician visit under the service contract.',
        durationMinutes: 90,
        priceMinor: 0,
        bookableOnline: false,
        active: true,
      },
    ],
    jobs: [],
    jobInternalNotes: [],
    serviceAgreements: [],
    invoices,
    invoiceSequences,
    invoiceLines: book.lines,
    payments: [],
    serviceRequests,
    documents: [],
    reviews: [],
    activityLogs: [],
    meters,
    meterContracts,
    meterContractRates,
    supplyAllowances,
    meterBillingPeriods,
    meterReadings,
    supplyItems,
    supplyItemModels,
    supplyOrders,
    supplyOrderLines,
    requestResponsePromises,
  };
}

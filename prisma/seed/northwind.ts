// Northwind Heating & Plumbing: an HVAC and plumbing contractor around Chicago (USD, en).
import type { Prisma } from '../../server/src/generated/prisma/client.js';
import {
  addDays,
  addMonths,
  dateOnly,
  id,
  inTenant,
  InvoiceBook,
  minutesAfter,
  notAfter,
  minutesBefore,
  Scheduler,
  zonedInstant,
  type BookingHours,
  type LocalDate,
  type BuildInput,
  type DemoTenant,
  type TenantRows,
  staffRows,
  daysBefore,
} from './build.js';
import { demoQuotes } from './quotes.js';

const SLUG = 'northwind-hvac';
const TIME_ZONE = 'America/Chicago';
const CURRENCY = 'USD';
const FORMAT = 'NW-{YYYY}-{SEQ:4}';
const MIN_LEAD_MINUTES = 240;
// Illinois taxes parts sold with a repair, not the labour: the per-line rate shows both.
const PARTS_TAX_BP = 1025;
const LABOR_TAX_BP = 0;

const weekday: [string, string][] = [['08:00', '17:00']];
const BOOKING_HOURS: BookingHours = { '1': weekday, '2': weekday, '3': weekday, '4': weekday, '5': weekday };

const STAFF = {
  owner: { email: 'dana.whitfield@example.net', name: 'Dana Whitfield', role: 'owner' },
  admin: { email: 'marcus.reed@example.net', name: 'Marcus Reed', role: 'admin' },
  dispatcher: { email: 'jenna.park@example.net', name: 'Jenna Park', role: 'dispatcher' },
  luis: { email: 'luis.ortega@example.net', name: 'Luis Ortega', role: 'technician' },
  ana: { email: 'ana.kowalski@example.net', name: 'Ana Kowalski', role: 'technician' },
} as const;

// Alex Morgan is also a customer of Pawsome Grooming, with an independent account there.
const CUSTOMER_EMAILS = {
  alex: 'alex.morgan@example.com',
  priya: 'priya.raman@example.com',
  lakeview: 'frontdesk.lakeviewdental@example.com',
  sofia: 'sofia.hernandez@example.com',
  tom: 'tom.becker@example.com', // invited, has not set a password yet
  greta: 'greta.olsen@example.net', // phoned-in customer without a portal account
} as const;
// Lakeview Dental Clinic is a business account with three contacts (issue 22): the front desk's
// shared login is the primary contact (every right); accounts payable sees and pays invoices only;
// the receptionist books visits and submits requests, and sees only the documents shared with her.
const LAKEVIEW_CONTACTS = {
  payable: { email: 'ap.lakeviewdental@example.com', name: 'Marcus Reed (accounts payable)', rights: ['invoices'] },
  reception: { email: 'reception.lakeviewdental@example.com', name: 'Jamie Cole (reception)', rights: ['appointments', 'requests', 'documents_shared'] },
} as const;
const ACTIVE_PORTAL = [
  CUSTOMER_EMAILS.alex,
  CUSTOMER_EMAILS.priya,
  CUSTOMER_EMAILS.lakeview,
  CUSTOMER_EMAILS.sofia,
  LAKEVIEW_CONTACTS.payable.email,
  LAKEVIEW_CONTACTS.reception.email,
];

export const northwind: DemoTenant = {
  slug: SLUG,
  name: 'Northwind Heating & Plumbing',
  logins: [
    { side: 'portal', email: CUSTOMER_EMAILS.alex, role: 'customer' },
    { side: 'portal', email: CUSTOMER_EMAILS.sofia, role: 'customer' },
    { side: 'portal', email: CUSTOMER_EMAILS.lakeview, role: 'primary contact' },
    { side: 'portal', email: LAKEVIEW_CONTACTS.payable.email, role: 'contact: invoices' },
    { side: 'portal', email: LAKEVIEW_CONTACTS.reception.email, role: 'contact: book, request' },
    { side: 'admin', email: STAFF.owner.email, role: 'owner' },
    { side: 'admin', email: STAFF.dispatcher.email, role: 'dispatcher' },
    { side: 'admin', email: STAFF.luis.email, role: 'technician' },
  ],
  passwordEmails: { staff: Object.values(STAFF).map((s) => s.email), portal: ACTIVE_PORTAL },
  build,
};

function build({ now, staffHash, portalHash }: BuildInput): TenantRows {
  const tenantId = id();
  const at = new Scheduler(TIME_ZONE, now, BOOKING_HOURS, MIN_LEAD_MINUTES);
  const ago = (days: number): Date => daysBefore(now, days);

  const { staff, rows: staffUsers } = staffRows(tenantId, STAFF, { hash: staffHash, locale: 'en', joinedDaysAgo: (i) => 900 - i * 60, ago });

  // Customers
  const c = {
    alex: { id: id(), name: 'Alex Morgan', email: CUSTOMER_EMAILS.alex, phone: '+1 312-555-0142', locale: 'en', since: 700 },
    priya: { id: id(), name: 'Priya Raman', email: CUSTOMER_EMAILS.priya, phone: '+1 708-555-0187', locale: 'en', since: 420 },
    lakeview: { id: id(), name: 'Lakeview Dental Clinic', email: CUSTOMER_EMAILS.lakeview, phone: '+1 773-555-0120', locale: 'en', since: 380 },
    sofia: { id: id(), name: 'Sofía Hernández', email: CUSTOMER_EMAILS.sofia, phone: '+1 773-555-0163', locale: 'es', since: 150 },
    tom: { id: id(), name: 'Tom Becker', email: CUSTOMER_EMAILS.tom, phone: '+1 630-555-0109', locale: 'en', since: 6 },
    greta: { id: id(), name: 'Greta Olsen', email: CUSTOMER_EMAILS.greta, phone: '+1 847-555-0175', locale: null, since: 30 },
  };
  const customers: Prisma.CustomerCreateManyInput[] = Object.values(c).map((x) => ({
    id: x.id,
    tenantId,
    name: x.name,
    email: x.email,
    phone: x.phone,
    locale: x.locale,
    createdAt: ago(x.since),
  }));
  const portalAccounts: Prisma.PortalAccountCreateManyInput[] = [
    ...[c.alex, c.priya, c.lakeview, c.sofia].map((x, i) => ({
      id: id(),
      tenantId,
      customerId: x.id,
      email: x.email,
      status: 'active' as const,
      passwordHash: portalHash(x.email),
      lastLoginAt: ago(2 + i * 3),
      createdAt: ago(x.since - 1),
    })),
    // Invitation sent by staff, not accepted yet: no password until the customer sets one.
    { id: id(), tenantId, customerId: c.tom.id, email: c.tom.email, status: 'invited', passwordHash: null, createdAt: ago(5) },
    // Lakeview's other contacts, invited by its primary contact.
    ...[LAKEVIEW_CONTACTS.payable, LAKEVIEW_CONTACTS.reception].map((x, i) => ({
      id: id(),
      tenantId,
      customerId: c.lakeview.id,
      email: x.email,
      name: x.name,
      status: 'active' as const,
      passwordHash: portalHash(x.email),
      isPrimary: false,
      rights: [...x.rights],
      lastLoginAt: ago(4 + i),
      createdAt: ago(120 - i * 30),
    })),
  ];
  const lakeviewContactId = (email: string) => portalAccounts.find((a) => a.email === email)?.id ?? null;
  const lakeviewReception = lakeviewContactId(LAKEVIEW_CONTACTS.reception.email) ?? '';

  // Sites
  const s = {
    alexHome: {
      id: id(),
      customerId: c.alex.id,
      label: 'Home',
      addressLine1: '1418 Maple Avenue',
      addressLine2: null,
      city: 'Evanston',
      postalCode: '60201',
      region: 'IL',
      accessInstructions: 'Side gate code 4821#. Furnace and AC air handler are in the basement, stairs off the kitchen. Friendly dog (Bailey).',
    },
    priyaHome: {
      id: id(),
      customerId: c.priya.id,
      label: 'Home',
      addressLine1: '742 N Oak Park Avenue',
      addressLine2: null,
      city: 'Oak Park',
      postalCode: '60302',
      region: 'IL',
      accessInstructions: 'Park in the driveway. Heat pump outdoor unit is behind the garage.',
    },
    priyaRental: {
      id: id(),
      customerId: c.priya.id,
      label: 'Rental — Sheffield Ave',
      addressLine1: '3319 N Sheffield Avenue',
      addressLine2: 'Unit 2',
      city: 'Chicago',
      postalCode: '60657',
      region: 'IL',
      accessInstructions: 'Lockbox on the back porch, code 0719. Tenant (Mike) works nights: call 30 minutes ahead.',
    },
    lakeview: {
      id: id(),
      customerId: c.lakeview.id,
      label: 'Clinic',
      addressLine1: '1150 W Diversey Parkway',
      addressLine2: 'Suite 200',
      city: 'Chicago',
      postalCode: '60614',
      region: 'IL',
      accessInstructions: 'Boiler room in the basement; key at the front desk. Avoid patient hours when possible: arrive by 8:00.',
    },
    sofia: {
      id: id(),
      customerId: c.sofia.id,
      label: 'Casa',
      addressLine1: '5127 S Kedzie Avenue',
      addressLine2: null,
      city: 'Chicago',
      postalCode: '60632',
      region: 'IL',
      accessInstructions: 'Doorbell is broken: please call on arrival. Street parking only.',
    },
    tom: {
      id: id(),
      customerId: c.tom.id,
      label: 'Home',
      addressLine1: '88 Linden Street',
      addressLine2: null,
      city: 'Naperville',
      postalCode: '60540',
      region: 'IL',
      accessInstructions: null,
    },
    greta: {
      id: id(),
      customerId: c.greta.id,
      label: 'Home',
      addressLine1: '2610 Central Street',
      addressLine2: null,
      city: 'Evanston',
      postalCode: '60201',
      region: 'IL',
      accessInstructions: 'Cleanout is in the laundry room behind the water heater.',
    },
  };
  // Entered by the office, except Greta's: she added her address herself when she signed up.
  const sites: Prisma.SiteCreateManyInput[] = Object.values(s).map((x) => ({
    ...x,
    tenantId,
    country: 'US',
    createdAt: ago(30),
    ...(x === s.greta ? { addedBy: 'customer', addedByStaffId: null } : { addedBy: 'staff', addedByStaffId: staff.dispatcher.id }),
  }));

  // Asset types with names in the tenant's and its customers' languages
  const typeNames: Record<string, [string, string, string]> = {
    furnace: ['Furnace', 'Fournaise', 'Calefactor'],
    air_conditioner: ['Air conditioner', 'Climatiseur', 'Aire acondicionado'],
    water_heater: ['Water heater', 'Chauffe-eau', 'Calentador de agua'],
    boiler: ['Boiler', 'Chaudière', 'Caldera'],
    heat_pump: ['Heat pump', 'Pompe à chaleur', 'Bomba de calor'],
  };
  const t = Object.fromEntries(Object.keys(typeNames).map((code) => [code, id()]));
  const assetTypes: Prisma.AssetTypeCreateManyInput[] = Object.keys(typeNames).map((code) => ({
    id: t[code],
    tenantId,
    code,
    category: 'equipment',
  }));
  const assetTypeNames: Prisma.AssetTypeNameCreateManyInput[] = Object.entries(typeNames).flatMap(([code, [en, fr, es]]) =>
    [
      ['en', en],
      ['fr', fr],
      ['es', es],
    ].map(([locale, name]) => ({ tenantId, assetTypeId: t[code], locale, name })),
  );

  // Service types: prices are the labour, parts are billed per line
  const st = {
    tuneUp: {
      id: id(),
      name: 'Furnace tune-up',
      description: 'Safety inspection, cleaning and filter change for a gas furnace.',
      durationMinutes: 60,
      priceMinor: 12900,
      bookableOnline: true,
    },
    acRepair: {
      id: id(),
      name: 'AC repair',
      description: 'Diagnosis and up to two hours of repair on a central air system. Parts extra.',
      durationMinutes: 120,
      priceMinor: 18900,
      bookableOnline: true,
    },
    heaterInstall: {
      id: id(),
      name: 'Water heater installation',
      description: 'Remove the old tank and install a new one (labour; unit quoted separately).',
      durationMinutes: 240,
      priceMinor: 62000,
      bookableOnline: false,
    },
    drain: {
      id: id(),
      name: 'Drain cleaning',
      description: 'Clear a clogged main or branch line with a power auger.',
      durationMinutes: 90,
      priceMinor: 19900,
      bookableOnline: true,
    },
    boiler: {
      id: id(),
      name: 'Boiler inspection',
      description: 'Annual inspection with low-water cutoff test and certificate.',
      durationMinutes: 90,
      priceMinor: 18900,
      bookableOnline: true,
    },
    heatPump: {
      id: id(),
      name: 'Heat pump maintenance',
      description: 'Coil cleaning, refrigerant check and defrost test.',
      durationMinutes: 90,
      priceMinor: 15900,
      bookableOnline: true,
    },
    flush: {
      id: id(),
      name: 'Water heater flush',
      description: 'Drain and flush sediment, test the relief valve and anode.',
      durationMinutes: 60,
      priceMinor: 11900,
      bookableOnline: true,
    },
    emergency: { id: id(), name: 'Emergency no-heat call', description: 'Same-day response when the heat is out.', durationMinutes: 120, priceMinor: 22900, bookableOnline: false },
  };
  const serviceTypes: Prisma.ServiceTypeCreateManyInput[] = Object.values(st).map((x) => ({ ...x, tenantId, active: true }));

  // Jobs, placed on open days and hours relative to now
  const j1 = at.place(-42, '09:00', 60, staff.luis.id);
  const j2 = at.place(-45, '08:00', 240, staff.ana.id);
  const j3 = at.place(-20, '08:00', 90, staff.luis.id);
  const j4 = at.place(-6, '13:00', 120, staff.ana.id);
  const j5 = at.place(-1, '10:00', 90, staff.luis.id);
  const j6 = at.current(50, 120, staff.ana.id);
  const j7 = at.place(2, '10:00', 90, staff.luis.id);
  const j8 = at.place(5, '13:00', 120, staff.ana.id);
  const j9 = at.place(7, '08:00', 90, staff.luis.id);
  const j10 = at.place(-16, '11:00', 60, staff.ana.id);
  const j11 = at.place(12, '09:00', 60, staff.luis.id);
  const j12 = at.place(10, '14:00', 60, null);
  const j13 = at.place(9, '10:00', 60, null);
  // Luis's day today, whatever the hour the demo starts (admin "My day"; the browser test starts j15).
  const j14 = at.onToday('08:30', 60, staff.luis.id);
  const j15 = at.onToday('13:00', 60, staff.luis.id);
  // Alex's visit starting soon: Luis set off ten minutes ago and promised the start ("On my way").
  const j16 = at.soon(25, 60, staff.luis.id);

  // Assets; warranty: one expired, one ending within 30 days, the rest active
  const alexFurnaceWarrantyEnd = at.day(-240);
  const alexAcWarrantyEnd = at.day(18);
  const a = {
    alexFurnace: {
      id: id(),
      customerId: c.alex.id,
      siteId: s.alexHome.id,
      assetTypeId: t.furnace,
      name: 'Basement furnace',
      model: 'Carrier Infinity 59SC5A080E17',
      serialNumber: '3116A45872',
      notes: 'Filter size 16x25x1: change it every 3 months.',
      installedOn: dateOnly(addMonths(alexFurnaceWarrantyEnd, -120)),
      warrantyEndOn: dateOnly(alexFurnaceWarrantyEnd),
    },
    alexAc: {
      id: id(),
      customerId: c.alex.id,
      siteId: s.alexHome.id,
      assetTypeId: t.air_conditioner,
      name: 'Central air conditioner',
      model: 'Trane XR16 4TTR6036J1000AA',
      serialNumber: '21324K8ZFA',
      installedOn: dateOnly(addMonths(alexAcWarrantyEnd, -60)),
      warrantyEndOn: dateOnly(alexAcWarrantyEnd),
    },
    priyaHeater: {
      id: id(),
      customerId: c.priya.id,
      siteId: s.priyaRental.id,
      assetTypeId: t.water_heater,
      name: '50 gal gas water heater',
      model: 'Rheem Performance Plus XG50T06EC36U1',
      serialNumber: 'Q182604512',
      installedOn: dateOnly(j2.day),
      warrantyEndOn: dateOnly(addMonths(j2.day, 72)),
    },
    priyaHeatPump: {
      id: id(),
      customerId: c.priya.id,
      siteId: s.priyaHome.id,
      assetTypeId: t.heat_pump,
      name: 'Heat pump',
      model: 'Mitsubishi MXZ-3C24NAHZ2',
      serialNumber: '5012345T',
      installedOn: dateOnly(at.day(-3 * 365)),
      warrantyEndOn: dateOnly(addMonths(at.day(-3 * 365), 144)),
    },
    lakeviewBoiler: {
      id: id(),
      customerId: c.lakeview.id,
      siteId: s.lakeview.id,
      assetTypeId: t.boiler,
      name: 'Hot-water boiler',
      model: 'Weil-McLain CGa-5',
      serialNumber: 'CP6512874',
      installedOn: dateOnly(at.day(-14 * 365)),
      warrantyEndOn: dateOnly(addMonths(at.day(-14 * 365), 120)),
    },
    sofiaFurnace: {
      id: id(),
      customerId: c.sofia.id,
      siteId: s.sofia.id,
      assetTypeId: t.furnace,
      name: 'Furnace',
      model: 'Goodman GMVC960803BN',
      serialNumber: '1908653421',
      installedOn: dateOnly(at.day(-6 * 365)),
      warrantyEndOn: dateOnly(addMonths(at.day(-6 * 365), 120)),
    },
    tomAc: {
      id: id(),
      customerId: c.tom.id,
      siteId: s.tom.id,
      assetTypeId: t.air_conditioner,
      name: 'Air conditioner',
      model: 'Lennox ML14XC1-036',
      serialNumber: '5819K04732',
      installedOn: dateOnly(at.day(-2 * 365)),
      warrantyEndOn: dateOnly(addMonths(at.day(-2 * 365), 60)),
    },
  };
  const assets: Prisma.AssetCreateManyInput[] = Object.values(a).map((x) => ({ ...x, tenantId, createdAt: ago(60) }));

  const jobIds = { j1: id(), j2: id(), j3: id(), j4: id(), j5: id(), j6: id(), j7: id(), j8: id(), j9: id(), j10: id(), j11: id(), j12: id(), j13: id(), j14: id(), j15: id() };
  // Alex's visit that Luis is on his way to.
  const onMyWayJobId = id();
  const done = (slot: { end: Date }): Date => minutesAfter(slot.end, 7);
  const booked = (slot: { start: Date }, daysBefore: number): Date => minutesBefore(slot.start, daysBefore * 1440);
  const jobs = inTenant<Prisma.JobCreateManyInput>(tenantId, [
    {
      id: jobIds.j1,
      customerId: c.alex.id,
      siteId: s.alexHome.id,
      serviceTypeId: st.tuneUp.id,
      assetId: a.alexFurnace.id,
      technicianId: staff.luis.id,
      status: 'completed',
      title: 'Furnace tune-up',
      scheduledStart: j1.start,
      scheduledEnd: j1.end,
      customerNotes: 'Furnace makes a rattling noise when it starts up.',
      partsUsed: [{ name: 'Air filter 16x25x1', quantity: 1 }],
      completedAt: done(j1),
      createdAt: booked(j1, 9),
    },
    {
      id: jobIds.j2,
      customerId: c.priya.id,
      siteId: s.priyaRental.id,
      serviceTypeId: st.heaterInstall.id,
      assetId: a.priyaHeater.id,
      technicianId: staff.ana.id,
      status: 'completed',
      title: 'Replace 40 gal water heater with 50 gal gas unit',
      scheduledStart: j2.start,
      scheduledEnd: j2.end,
      customerNotes: 'Old tank is leaking from the bottom. Tenant is home all day.',
      partsUsed: [
        { name: 'Rheem Performance Plus 50 gal gas water heater', quantity: 1 },
        { name: 'Thermal expansion tank, 2 gal', quantity: 1 },
        { name: 'Gas flex connector 24 in', quantity: 1 },
      ],
      completedAt: done(j2),
      createdAt: booked(j2, 4),
    },
    {
      id: jobIds.j3,
      customerId: c.lakeview.id,
      siteId: s.lakeview.id,
      serviceTypeId: st.boiler.id,
      assetId: a.lakeviewBoiler.id,
      technicianId: staff.luis.id,
      status: 'completed',
      title: 'Annual boiler inspection',
      scheduledStart: j3.start,
      scheduledEnd: j3.end,
      customerNotes: 'Certificate needed for our insurer.',
      partsUsed: [{ name: 'Boiler gasket kit', quantity: 1 }],
      completedAt: done(j3),
      createdAt: booked(j3, 21),
    },
    {
      id: jobIds.j4,
      customerId: c.alex.id,
      siteId: s.alexHome.id,
      serviceTypeId: st.acRepair.id,
      assetId: a.alexAc.id,
      technicianId: staff.ana.id,
      status: 'completed',
      title: 'AC blowing warm air',
      scheduledStart: j4.start,
      scheduledEnd: j4.end,
      customerNotes: 'The AC runs but the air from the vents is warm.',
      partsUsed: [
        { name: 'Run capacitor 45/5 MFD 440V', quantity: 1 },
        { name: 'R-410A refrigerant (lb)', quantity: 2 },
      ],
      completedAt: done(j4),
      createdAt: booked(j4, 2),
    },
    {
      id: jobIds.j5,
      customerId: c.greta.id,
      siteId: s.greta.id,
      serviceTypeId: st.drain.id,
      assetId: null,
      technicianId: staff.luis.id,
      status: 'completed',
      title: 'Basement floor drain backing up',
      scheduledStart: j5.start,
      scheduledEnd: j5.end,
      customerNotes: 'Water comes up through the floor drain when the washer runs.',
      partsUsed: [],
      completedAt: done(j5),
      createdAt: booked(j5, 3),
    },
    {
      id: jobIds.j6,
      customerId: c.sofia.id,
      siteId: s.sofia.id,
      serviceTypeId: st.emergency.id,
      assetId: a.sofiaFurnace.id,
      technicianId: staff.ana.id,
      status: 'in_progress',
      title: 'No heat — furnace will not ignite',
      scheduledStart: j6.start,
      scheduledEnd: j6.end,
      customerNotes: 'The furnace clicks but never lights. We have a baby at home.',
      partsUsed: [],
      createdAt: minutesBefore(j6.start, 60),
    },
    {
      id: jobIds.j7,
      customerId: c.priya.id,
      siteId: s.priyaHome.id,
      serviceTypeId: st.heatPump.id,
      assetId: a.priyaHeatPump.id,
      technicianId: staff.luis.id,
      status: 'scheduled',
      title: 'Heat pump maintenance — rattling outdoor unit',
      scheduledStart: j7.start,
      scheduledEnd: j7.end,
      customerNotes: 'Outdoor unit rattles during defrost.',
      partsUsed: [],
      createdAt: ago(2),
    },
    {
      id: jobIds.j8,
      customerId: c.tom.id,
      siteId: s.tom.id,
      serviceTypeId: st.acRepair.id,
      assetId: a.tomAc.id,
      technicianId: staff.ana.id,
      status: 'scheduled',
      title: 'AC short-cycling',
      scheduledStart: j8.start,
      scheduledEnd: j8.end,
      customerNotes: null,
      partsUsed: [],
      createdAt: ago(5),
    },
    {
      id: jobIds.j9,
      customerId: c.lakeview.id,
      siteId: s.lakeview.id,
      serviceTypeId: st.drain.id,
      assetId: null,
      technicianId: staff.luis.id,
      status: 'scheduled',
      title: 'Slow drains in sterilisation room',
      scheduledStart: j9.start,
      scheduledEnd: j9.end,
      customerNotes: 'Please arrive before 8:30 when patients start arriving.',
      partsUsed: [],
      createdAt: ago(1),
    },
    {
      id: jobIds.j10,
      customerId: c.sofia.id,
      siteId: s.sofia.id,
      serviceTypeId: st.tuneUp.id,
      assetId: a.sofiaFurnace.id,
      technicianId: staff.ana.id,
      status: 'cancelled',
      title: 'Furnace tune-up',
      scheduledStart: j10.start,
      scheduledEnd: j10.end,
      customerNotes: 'Need to reschedule — we will be out of town.',
      partsUsed: [],
      createdAt: booked(j10, 10),
    },
    {
      id: jobIds.j11,
      customerId: c.alex.id,
      siteId: s.alexHome.id,
      serviceTypeId: st.tuneUp.id,
      assetId: a.alexFurnace.id,
      technicianId: staff.luis.id,
      status: 'scheduled',
      title: 'Furnace tune-up and blower wheel check',
      scheduledStart: j11.start,
      scheduledEnd: j11.end,
      customerNotes: 'Please check the blower wheel you mentioned last time.',
      partsUsed: [],
      createdAt: ago(3),
    },
    {
      id: jobIds.j14,
      customerId: c.greta.id,
      siteId: s.greta.id,
      serviceTypeId: st.drain.id,
      assetId: null,
      technicianId: staff.luis.id,
      status: 'scheduled',
      title: 'Camera inspection of the floor drain line',
      scheduledStart: j14.start,
      scheduledEnd: j14.end,
      customerNotes: 'Follow-up on the root intrusion found last time.',
      partsUsed: [],
      createdAt: ago(1),
    },
    {
      id: jobIds.j15,
      customerId: c.tom.id,
      siteId: s.tom.id,
      serviceTypeId: st.flush.id,
      assetId: null,
      technicianId: staff.luis.id,
      status: 'scheduled',
      title: 'Flush the water heater before winter',
      scheduledStart: j15.start,
      scheduledEnd: j15.end,
      customerNotes: null,
      partsUsed: [],
      createdAt: ago(2),
    },
    {
      id: onMyWayJobId,
      customerId: c.alex.id,
      siteId: s.alexHome.id,
      serviceTypeId: st.tuneUp.id,
      assetId: a.alexFurnace.id,
      technicianId: staff.luis.id,
      status: 'scheduled',
      title: 'Furnace short-cycling',
      scheduledStart: j16.start,
      scheduledEnd: j16.end,
      customerNotes: 'The furnace starts and stops every few minutes since yesterday evening.',
      partsUsed: [],
      onMyWayAt: minutesBefore(now, 10),
      etaAt: j16.start,
      createdAt: ago(1),
    },
    // Booked online, waiting for the dispatcher to confirm and assign a technician.
    {
      id: jobIds.j12,
      customerId: c.sofia.id,
      siteId: s.sofia.id,
      serviceTypeId: st.flush.id,
      assetId: null,
      technicianId: null,
      status: 'requested',
      title: 'Water heater flush',
      scheduledStart: j12.start,
      scheduledEnd: j12.end,
      customerNotes: 'Any afternoon works for us.',
      partsUsed: [],
      createdAt: ago(1),
    },
    {
      id: jobIds.j13,
      customerId: c.priya.id,
      siteId: s.priyaRental.id,
      serviceTypeId: st.flush.id,
      assetId: a.priyaHeater.id,
      technicianId: null,
      status: 'requested',
      title: 'Water heater flush',
      scheduledStart: j13.start,
      scheduledEnd: j13.end,
      customerNotes: 'Yearly flush for the rental unit; the tenant will be home.',
      partsUsed: [],
      createdAt: minutesBefore(now, 300),
    },
  ]);

  const jobInternalNotes = inTenant<Prisma.JobInternalNoteCreateManyInput>(tenantId, [
    {
      jobId: jobIds.j1,
      authorId: staff.luis.id,
      body: 'Blower wheel slightly out of balance; recommend replacement at the next visit. Customer declined the quote for now.',
      createdAt: done(j1),
    },
    {
      jobId: jobIds.j2,
      authorId: staff.ana.id,
      body: 'Old flue had poor draft; replaced 3 ft of vent pipe at no charge. Suggested a CO detector near the mechanical room to the tenant.',
      createdAt: done(j2),
    },
    {
      jobId: jobIds.j5,
      authorId: staff.luis.id,
      body: 'Heavy root intrusion at about 42 ft. Recommend a camera follow-up in 6 months; quote for lining if it recurs.',
      createdAt: done(j5),
    },
    { jobId: jobIds.j6, authorId: staff.dispatcher.id, body: 'Infant at home: treat as priority. Bring a universal hot-surface igniter.', createdAt: minutesBefore(j6.start, 45) },
  ]);

  // Maintenance plan, billed yearly
  const planIssued = at.day(-60);
  const zonedNoon = (day: LocalDate): Date => zonedInstant(TIME_ZONE, day, 12 * 60);
  const agreementId = id();
  const serviceAgreements: Prisma.ServiceAgreementCreateManyInput[] = [
    {
      id: agreementId,
      tenantId,
      customerId: c.priya.id,
      name: 'Comfort Club — annual maintenance plan',
      priceMinor: 18900,
      intervalMonths: 12,
      nextInvoiceOn: dateOnly(addMonths(planIssued, 12)),
      active: true,
      createdAt: ago(60 + 365),
    },
  ];

  // Invoices: one per state the portal and admin app show differently
  const book = new InvoiceBook(tenantId, CURRENCY, FORMAT);
  const inv = {
    // paid
    tuneUp: book.add({
      jobId: jobIds.j1,
      customerId: c.alex.id,
      status: 'paid',
      issueDate: j1.day,
      dueDate: addDays(j1.day, 30),
      notes: 'Furnace tune-up on your furnace (Carrier Infinity).',
      createdAt: done(j1),
      lines: [
        { description: 'Furnace tune-up', unitPriceMinor: 12900, taxRateBp: LABOR_TAX_BP },
        { description: 'Air filter 16x25x1', unitPriceMinor: 1899, taxRateBp: PARTS_TAX_BP },
      ],
    }),
    // issued long ago, past due, with a declined card attempt
    heater: book.add({
      jobId: jobIds.j2,
      customerId: c.priya.id,
      status: 'issued',
      issueDate: j2.day,
      dueDate: addDays(j2.day, 30),
      notes: 'Water heater replacement at 3319 N Sheffield Ave, Unit 2.',
      createdAt: done(j2),
      lines: [
        { description: 'Water heater installation (labour, 4 h)', unitPriceMinor: 62000, taxRateBp: LABOR_TAX_BP },
        { description: 'Rheem Performance Plus 50 gal gas water heater', unitPriceMinor: 89900, taxRateBp: PARTS_TAX_BP },
        { description: 'Thermal expansion tank, 2 gal', unitPriceMinor: 5400, taxRateBp: PARTS_TAX_BP },
        { description: 'Gas flex connector 24 in', unitPriceMinor: 1850, taxRateBp: PARTS_TAX_BP },
        { description: 'Haul-away and disposal of old unit', unitPriceMinor: 4500, taxRateBp: LABOR_TAX_BP },
      ],
    }),
    // issued, not yet due
    boiler: book.add({
      jobId: jobIds.j3,
      customerId: c.lakeview.id,
      status: 'issued',
      issueDate: j3.day,
      dueDate: addDays(j3.day, 30),
      notes: 'Net 30. Inspection certificate attached in your documents.',
      createdAt: done(j3),
      lines: [
        { description: 'Boiler annual inspection', unitPriceMinor: 18900, taxRateBp: LABOR_TAX_BP },
        { description: 'Low-water cutoff test and certificate', unitPriceMinor: 4500, taxRateBp: LABOR_TAX_BP },
        { description: 'Boiler gasket kit', unitPriceMinor: 3275, taxRateBp: PARTS_TAX_BP },
      ],
    }),
    acRepair: book.add({
      jobId: jobIds.j4,
      customerId: c.alex.id,
      status: 'issued',
      issueDate: j4.day,
      dueDate: addDays(j4.day, 30),
      createdAt: done(j4),
      lines: [
        { description: 'AC repair — diagnosis and repair', unitPriceMinor: 18900, taxRateBp: LABOR_TAX_BP },
        { description: 'Run capacitor 45/5 MFD 440V', unitPriceMinor: 4200, taxRateBp: PARTS_TAX_BP },
        { description: 'R-410A refrigerant (per lb)', quantity: 2, unitPriceMinor: 8500, taxRateBp: PARTS_TAX_BP },
      ],
    }),
    // recurring plan, paid by bank debit
    plan: book.add({
      customerId: c.priya.id,
      agreementId,
      status: 'paid',
      issueDate: planIssued,
      dueDate: addDays(planIssued, 15),
      notes: 'Comfort Club renewal: two tune-ups a year, 15 % off repairs, priority scheduling.',
      createdAt: zonedNoon(planIssued),
      lines: [{ description: 'Comfort Club — annual maintenance plan', unitPriceMinor: 18900, taxRateBp: LABOR_TAX_BP }],
    }),
    // numbered, then voided: numbers stay gap-free
    voided: book.add({
      customerId: c.sofia.id,
      status: 'void',
      issueDate: j10.day,
      dueDate: addDays(j10.day, 30),
      notes: 'Voided: the visit was cancelled by the customer.',
      createdAt: booked(j10, 1),
      lines: [{ description: 'Furnace tune-up', unitPriceMinor: 12900, taxRateBp: LABOR_TAX_BP }],
    }),
    // a second unpaid invoice of the demo customer, so online payment can be tried twice (sandbox)
    thermostat: book.add({
      customerId: c.alex.id,
      status: 'issued',
      issueDate: j5.day,
      dueDate: addDays(j5.day, 30),
      notes: 'Smart thermostat supplied and installed during the AC repair follow-up.',
      createdAt: done(j5),
      lines: [
        { description: 'Smart thermostat installation (labour, 1 h)', unitPriceMinor: 9500, taxRateBp: LABOR_TAX_BP },
        { description: 'ecobee Smart Thermostat Enhanced', unitPriceMinor: 18900, taxRateBp: PARTS_TAX_BP },
      ],
    }),
    // work done yesterday, invoice not sent yet
    draft: book.add({
      customerId: c.greta.id,
      status: 'draft',
      notes: 'Add camera inspection findings before sending.',
      createdAt: done(j5),
      lines: [
        { description: 'Drain cleaning — main line', unitPriceMinor: 19900, taxRateBp: LABOR_TAX_BP },
        { description: 'Sewer camera inspection', unitPriceMinor: 9500, taxRateBp: LABOR_TAX_BP },
      ],
    }),
  };
  const { invoices, sequences: invoiceSequences } = book.finish();

  const payments = inTenant<Prisma.PaymentCreateManyInput>(tenantId, [
    {
      customerId: c.alex.id,
      invoiceId: inv.tuneUp.id,
      amountMinor: inv.tuneUp.totalMinor,
      currency: CURRENCY,
      method: 'card',
      status: 'succeeded',
      provider: 'sandbox',
      providerRef: 'pi_demo_northwind_0001',
      receivedAt: minutesAfter(done(j1), 4 * 1440),
    },
    {
      customerId: c.priya.id,
      invoiceId: inv.plan.id,
      amountMinor: inv.plan.totalMinor,
      currency: CURRENCY,
      method: 'us_bank_account',
      status: 'succeeded',
      provider: 'sandbox',
      providerRef: 'pi_demo_northwind_0002',
      receivedAt: minutesAfter(zonedNoon(planIssued), 3 * 1440),
    },
    {
      customerId: c.priya.id,
      invoiceId: inv.heater.id,
      amountMinor: inv.heater.totalMinor,
      currency: CURRENCY,
      method: 'card',
      status: 'failed',
      provider: 'sandbox',
      providerRef: 'pi_demo_northwind_0003',
      failureReason: 'Your card was declined.',
      receivedAt: minutesAfter(done(j2), 10 * 1440),
    },
  ]);

  const alexRequestId = id();
  const sofiaRequestId = id();
  const lakeviewRequestId = id();
  const serviceRequests = inTenant<Prisma.ServiceRequestCreateManyInput>(tenantId, [
    {
      customerId: c.priya.id,
      assetId: a.priyaHeatPump.id,
      jobId: jobIds.j7,
      description: 'The outdoor unit of the heat pump rattles loudly every hour or so, then stops.',
      urgency: 'normal',
      preferredAt: j7.start,
      status: 'converted',
      createdAt: ago(3),
      updatedAt: ago(2),
    },
    {
      id: sofiaRequestId,
      customerId: c.sofia.id,
      assetId: a.sofiaFurnace.id,
      jobId: jobIds.j6,
      description: 'No heat since this morning. The furnace clicks but does not light.',
      urgency: 'emergency',
      preferredAt: null,
      status: 'converted',
      createdAt: minutesBefore(j6.start, 75),
      updatedAt: minutesBefore(j6.start, 60),
    },
    {
      id: alexRequestId,
      customerId: c.alex.id,
      assetId: a.alexAc.id,
      jobId: null,
      description: 'Water is pooling under the indoor AC unit in the basement.',
      urgency: 'high',
      preferredAt: at.place(1, '09:00', 60, null).start,
      status: 'submitted',
      createdAt: minutesBefore(now, 120),
      updatedAt: minutesBefore(now, 120),
    },
    {
      id: lakeviewRequestId,
      customerId: c.lakeview.id,
      assetId: a.lakeviewBoiler.id,
      jobId: null,
      description: 'The boiler pressure gauge reads above 30 psi and the relief valve is dripping. Photo attached.',
      urgency: 'urgent',
      preferredAt: null,
      status: 'submitted',
      createdAt: minutesBefore(now, 45),
      updatedAt: minutesBefore(now, 45),
    },
    {
      customerId: c.greta.id,
      assetId: null,
      jobId: null,
      description: 'Can you install a new dishwasher? The old one is already removed.',
      urgency: 'low',
      preferredAt: null,
      status: 'declined',
      declineReason: 'We do not install appliances. Please contact an appliance installer; we are happy to handle the plumbing hook-up.',
      createdAt: ago(12),
      updatedAt: ago(11),
    },
  ]);

  const requestAttachments = inTenant<Prisma.RequestAttachmentCreateManyInput>(tenantId, [
    {
      requestId: lakeviewRequestId,
      fileName: 'boiler-gauge.png',
      contentType: 'image/png',
      sizeBytes: 0,
      storageKey: `tenants/${tenantId}/requests/lakeview-boiler-gauge.png`,
      createdAt: minutesBefore(now, 45),
    },
  ]);

  const doc = (file: string): string => `tenants/${tenantId}/documents/${file}`;
  const capacitorPhotoId = id();
  const lakeviewCertificateId = id();
  const documents = inTenant<Prisma.DocumentCreateManyInput>(tenantId, [
    {
      customerId: c.alex.id,
      jobId: jobIds.j1,
      kind: 'report',
      title: 'Furnace tune-up report',
      fileName: 'furnace-tune-up-report.pdf',
      contentType: 'application/pdf',
      sizeBytes: 184_320,
      storageKey: doc('alex-morgan-furnace-tune-up-report.pdf'),
      shared: true,
      createdAt: done(j1),
    },
    {
      id: capacitorPhotoId,
      customerId: c.alex.id,
      jobId: jobIds.j4,
      kind: 'photo',
      title: 'Failed run capacitor (replaced)',
      fileName: 'capacitor.png',
      contentType: 'image/png',
      sizeBytes: 912_384,
      storageKey: doc('alex-morgan-capacitor.png'),
      shared: true,
      createdAt: done(j4),
    },
    {
      customerId: c.priya.id,
      jobId: jobIds.j2,
      kind: 'warranty',
      title: 'Rheem water heater warranty registration',
      fileName: 'rheem-warranty-registration.pdf',
      contentType: 'application/pdf',
      sizeBytes: 96_256,
      storageKey: doc('priya-raman-rheem-warranty.pdf'),
      shared: true,
      createdAt: done(j2),
    },
    // Staff-only: the customer must not see it in the portal.
    {
      customerId: c.priya.id,
      jobId: jobIds.j2,
      kind: 'photo',
      title: 'Flue clearance — internal site photo',
      fileName: 'flue-clearance.png',
      contentType: 'image/png',
      sizeBytes: 1_204_224,
      storageKey: doc('priya-raman-flue-clearance.png'),
      shared: false,
      createdAt: done(j2),
    },
    {
      customerId: c.priya.id,
      jobId: null,
      kind: 'contract',
      title: 'Comfort Club maintenance agreement',
      fileName: 'comfort-club-agreement.pdf',
      contentType: 'application/pdf',
      sizeBytes: 143_360,
      storageKey: doc('priya-raman-comfort-club.pdf'),
      shared: true,
      createdAt: ago(60 + 365),
    },
    {
      id: lakeviewCertificateId,
      customerId: c.lakeview.id,
      jobId: jobIds.j3,
      kind: 'certificate',
      title: 'Boiler inspection certificate',
      fileName: 'boiler-inspection-certificate.pdf',
      contentType: 'application/pdf',
      sizeBytes: 77_824,
      storageKey: doc('lakeview-dental-boiler-certificate.pdf'),
      shared: true,
      createdAt: done(j3),
    },
  ]);

  // The receptionist sees the boiler certificate: it is shared with her.
  const documentContactShares: Prisma.DocumentContactShareCreateManyInput[] = [{ tenantId, documentId: lakeviewCertificateId, contactId: lakeviewReception, createdAt: done(j3) }];

  const publishedReviewId = id();
  const pendingReviewId = id();
  const reviews = inTenant<Prisma.ReviewCreateManyInput>(tenantId, [
    {
      id: publishedReviewId,
      customerId: c.alex.id,
      jobId: jobIds.j1,
      rating: 5,
      comment: 'Luis was on time, explained everything and left the basement spotless. The furnace is much quieter now.',
      status: 'published',
      response: 'Thank you, Alex! We passed this on to Luis. See you at your next tune-up.',
      respondedAt: notAfter(minutesAfter(done(j1), 3 * 1440), now),
      publishedAt: notAfter(minutesAfter(done(j1), 2 * 1440), now),
      createdAt: notAfter(minutesAfter(done(j1), 1440), now),
    },
    {
      id: pendingReviewId,
      customerId: c.priya.id,
      jobId: jobIds.j2,
      rating: 4,
      comment: 'Clean install and a fair price. The crew arrived about an hour late, though.',
      status: 'pending',
      createdAt: minutesAfter(done(j2), 2 * 1440),
    },
    {
      customerId: c.lakeview.id,
      jobId: jobIds.j3,
      rating: 5,
      comment: 'Thorough inspection and the certificate reached our insurer the same day.',
      status: 'published',
      response: 'Thanks for trusting us with your boiler again this year.',
      respondedAt: notAfter(minutesAfter(done(j3), 2 * 1440), now),
      publishedAt: notAfter(minutesAfter(done(j3), 1440), now),
      createdAt: notAfter(minutesAfter(done(j3), 600), now),
    },
    {
      customerId: c.greta.id,
      jobId: jobIds.j5,
      rating: 4,
      comment: 'Drain works again. Luis showed me the camera footage of the roots.',
      status: 'published',
      response: 'Glad it is flowing again, Greta. We will remind you about the follow-up in spring.',
      respondedAt: notAfter(minutesAfter(done(j5), 2 * 1440), now),
      publishedAt: notAfter(minutesAfter(done(j5), 1440), now),
      createdAt: notAfter(minutesAfter(done(j5), 720), now),
    },
    // j4 (Alex's AC repair) is completed and left unreviewed, for the portal's review form.
  ]);

  const customerIp = '203.0.113.24';
  const activityLogs = inTenant<Prisma.ActivityLogCreateManyInput>(tenantId, [
    { actorType: 'system', actorId: null, customerId: c.priya.id, action: 'invoice.issued', subjectId: inv.plan.id, createdAt: zonedNoon(planIssued) },
    {
      actorType: 'customer',
      actorId: c.alex.id,
      customerId: c.alex.id,
      action: 'invoice.paid',
      subjectId: inv.tuneUp.id,
      ip: customerIp,
      createdAt: minutesAfter(done(j1), 4 * 1440),
    },
    {
      actorType: 'staff',
      actorId: staff.owner.id,
      customerId: c.alex.id,
      action: 'review.published',
      subjectId: publishedReviewId,
      ip: '198.51.100.7',
      createdAt: minutesAfter(done(j1), 2 * 1440),
    },
    { actorType: 'staff', actorId: staff.luis.id, customerId: c.greta.id, action: 'job.status_changed', subjectId: jobIds.j5, createdAt: done(j5) },
    { actorType: 'staff', actorId: staff.dispatcher.id, customerId: c.tom.id, action: 'auth.customer_invited', subjectId: c.tom.id, ip: '198.51.100.7', createdAt: ago(5) },
    {
      actorType: 'customer',
      actorId: c.alex.id,
      customerId: c.alex.id,
      action: 'auth.login',
      subjectId: null,
      ip: customerIp,
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
      createdAt: minutesBefore(now, 125),
    },
    { actorType: 'customer', actorId: c.alex.id, customerId: c.alex.id, action: 'request.submitted', subjectId: alexRequestId, ip: customerIp, createdAt: minutesBefore(now, 120) },
  ]);

  // The bell: a few unread notifications for the demo customers (Alex, Sofía) and the office (Dana, Jenna).
  const numberOf = (invoiceId: string) => invoices.find((x) => x.id === invoiceId)?.number ?? null;
  const notifications = inTenant<Prisma.NotificationCreateManyInput>(tenantId, [
    {
      customerId: c.alex.id,
      kind: 'paymentReceived',
      subjectType: 'invoice',
      subjectId: inv.tuneUp.id,
      params: { number: numberOf(inv.tuneUp.id), amountMinor: inv.tuneUp.totalMinor, currency: CURRENCY },
      createdAt: minutesAfter(done(j1), 4 * 1440),
      readAt: minutesAfter(done(j1), 5 * 1440),
    },
    { customerId: c.alex.id, kind: 'jobCompleted', subjectType: 'job', subjectId: jobIds.j4, params: { title: 'AC blowing warm air' }, createdAt: done(j4) },
    {
      customerId: c.alex.id,
      kind: 'documentShared',
      subjectType: 'document',
      subjectId: capacitorPhotoId,
      params: { title: 'Failed run capacitor (replaced)' },
      createdAt: minutesAfter(done(j4), 5),
    },
    {
      customerId: c.alex.id,
      kind: 'bookingConfirmed',
      subjectType: 'job',
      subjectId: jobIds.j11,
      params: { title: 'Furnace tune-up and blower wheel check', start: j11.start.toISOString() },
      createdAt: ago(3),
    },
    // Lakeview's contacts each have their own bell (issue 22): the invoice went to those who see
    // invoices, the finished visit to those who see appointments.
    ...[CUSTOMER_EMAILS.lakeview, LAKEVIEW_CONTACTS.payable.email].map((email) => ({
      customerId: c.lakeview.id,
      contactId: lakeviewContactId(email),
      kind: 'invoiceIssued',
      subjectType: 'invoice',
      subjectId: inv.boiler.id,
      params: { number: numberOf(inv.boiler.id), amountMinor: inv.boiler.totalMinor, currency: CURRENCY },
      createdAt: minutesAfter(done(j3), 30),
    })),
    ...[CUSTOMER_EMAILS.lakeview, LAKEVIEW_CONTACTS.reception.email].map((email) => ({
      customerId: c.lakeview.id,
      contactId: lakeviewContactId(email),
      kind: 'jobCompleted',
      subjectType: 'job',
      subjectId: jobIds.j3,
      params: { title: 'Annual boiler inspection' },
      createdAt: done(j3),
    })),
    {
      customerId: c.sofia.id,
      kind: 'requestStatusChanged',
      subjectType: 'request',
      subjectId: sofiaRequestId,
      params: { status: 'converted', excerpt: 'No heat since this morning. The furnace clicks but does not light.', start: j6.start.toISOString() },
      createdAt: minutesBefore(j6.start, 60),
    },
    ...[staff.owner.id, staff.dispatcher.id].flatMap((staffUserId) => [
      {
        staffUserId,
        kind: 'urgentRequest',
        subjectType: 'request',
        subjectId: lakeviewRequestId,
        params: { customer: 'Lakeview Dental Clinic', urgency: 'urgent', excerpt: 'The boiler pressure gauge reads above 30 psi and the relief valve is dripping. Photo…' },
        createdAt: minutesBefore(now, 45),
      },
      {
        staffUserId,
        kind: 'appointmentRequest',
        subjectType: 'job',
        subjectId: jobIds.j13,
        params: { customer: 'Priya Raman', title: 'Water heater flush', start: j13.start.toISOString() },
        createdAt: ago(1),
      },
    ]),
    {
      staffUserId: staff.owner.id,
      kind: 'reviewSubmitted',
      subjectType: 'review',
      subjectId: pendingReviewId,
      params: { customer: 'Priya Raman', rating: 4, title: 'Replace 40 gal water heater with 50 gal gas unit' },
      createdAt: minutesAfter(done(j2), 2 * 1440),
    },
    {
      staffUserId: staff.owner.id,
      kind: 'paymentReceived',
      subjectType: 'invoice',
      subjectId: inv.tuneUp.id,
      params: { customer: 'Alex Morgan', number: numberOf(inv.tuneUp.id), amountMinor: inv.tuneUp.totalMinor, currency: CURRENCY },
      createdAt: minutesAfter(done(j1), 4 * 1440),
      readAt: minutesAfter(done(j1), 4 * 1440 + 30),
    },
    {
      staffUserId: staff.dispatcher.id,
      kind: 'newBooking',
      subjectType: 'job',
      subjectId: jobIds.j11,
      params: { customer: 'Alex Morgan', title: 'Furnace tune-up and blower wheel check', start: j11.start.toISOString() },
      createdAt: ago(3),
    },
  ]);

  return {
    tenant: {
      id: tenantId,
      slug: SLUG,
      name: northwind.name,
      trade: 'hvac',
      primaryColor: '#0b4f6c',
      accentColor: '#f28c28',
      timeZone: TIME_ZONE,
      currency: CURRENCY,
      locale: 'en',
      invoiceNumberFormat: FORMAT,
      selfRegistration: true,
      reviewModeration: true,
      bookingHours: BOOKING_HOURS,
      slotMinutes: 60,
      minLeadMinutes: MIN_LEAD_MINUTES,
      maxAdvanceDays: 60,
      changeWindowHours: 24,
      // Payments II: paying for a completed visit offers a tip for the technician.
      tipsEnabled: true,
      tipPresetsPercent: [10, 15, 20],
      // Staff alerts (Settings → Alerts): the dispatcher hears of every booking; the owner of
      // what needs a decision.
      staffAlerts: { newBooking: ['dispatcher'], appointmentRequest: ['owner', 'dispatcher'], urgentRequest: ['owner', 'admin', 'dispatcher'] },
      // How customers reach the business: the portal footer, emails and PDFs show it.
      contactPhone: '+1 312-555-0100',
      contactEmail: 'office@northwind-hvac.example.com',
      addressLine1: '2250 W Fulton Street',
      addressLine2: 'Unit 4',
      city: 'Chicago',
      postalCode: '60612',
      region: 'IL',
      country: 'US',
      openingHours: 'Mon–Fri 7:30 am – 6:00 pm\nSat 8:00 am – 12:00 pm\n24/7 emergency line: +1 312-555-0199',
      legalName: 'Northwind Heating & Plumbing LLC',
      registrationNumber: null,
      vatNumber: null,
      createdAt: ago(900),
    },
    staffUsers,
    customers,
    portalAccounts,
    // "Where you are signed in" shows something: Alex on a phone and a work laptop, Dana on a Mac.
    sessions: [
      {
        holder: { portalAccountId: portalAccounts[0]?.id, customerId: c.alex.id },
        days: 20,
        seen: 125,
        userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      },
      {
        holder: { portalAccountId: portalAccounts[0]?.id, customerId: c.alex.id },
        days: 20,
        seen: 3 * 1440,
        userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      },
      {
        holder: { staffUserId: staff.owner.id },
        days: 5,
        seen: 90,
        userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      },
    ].map(({ holder, days, seen, userAgent }) => ({
      tenantId,
      ...holder,
      userAgent,
      ip: '203.0.113.24',
      createdAt: minutesBefore(now, seen + 600),
      lastSeenAt: minutesBefore(now, seen),
      expiresAt: minutesBefore(now, -days * 1440),
    })),
    sites,
    assetTypes,
    assetTypeNames,
    assets,
    serviceTypes,
    // Both technicians can do every service; online booking offers the bookable ones.
    serviceTypeTechnicians: serviceTypes.flatMap((x) => [staff.luis.id, staff.ana.id].map((staffUserId) => ({ tenantId, serviceTypeId: x.id as string, staffUserId }))),
    closedDates: [{ tenantId, date: dateOnly(at.day(17)), label: 'Team training day' }],
    jobs,
    jobInternalNotes,
    serviceAgreements,
    invoices,
    invoiceLines: book.lines,
    invoiceSequences,
    payments,
    serviceRequests,
    requestAttachments,
    documents,
    documentContactShares,
    reviews,
    activityLogs,
    notifications,
    ...conversations(tenantId, { now, alex: c.alex.id, sofia: c.sofia.id, j11: jobIds.j11, dana: staff.owner.id, jenna: staff.dispatcher.id }),
    // Quotes: Alex's furnace (repair or replace, a smart thermostat to add, 25 % deposit) waits for
    // his choice; last year's tune-up quote was approved and became his first visit.
    ...demoQuotes([
      {
        tenantId,
        customerId: c.alex.id,
        siteId: s.alexHome.id,
        number: `Q-${at.today.y}-0002`,
        currency: CURRENCY,
        title: 'Furnace: repair or replace',
        intro: 'Your furnace is 10 years old and its heat exchanger shows wear. Repair it now, or replace it with a high-efficiency unit.',
        terms: 'Prices include parts and labour. Work scheduled within two weeks of approval.',
        validUntil: dateOnly(addDays(at.today, 30)),
        deposit: { kind: 'PERCENT', value: 2500 },
        common: [['Diagnostic visit and safety check', 9_900, LABOR_TAX_BP]],
        options: [
          {
            name: 'Repair',
            lines: [
              ['Igniter and blower motor replacement', 38_500, PARTS_TAX_BP],
              ['Labour (3 h)', 29_700, LABOR_TAX_BP],
            ],
          },
          {
            name: 'Replace',
            lines: [
              ['96 % AFUE two-stage furnace', 389_000, PARTS_TAX_BP],
              ['Installation and haul-away', 120_000, LABOR_TAX_BP],
            ],
          },
        ],
        optional: [['Smart thermostat, installed', 24_900, PARTS_TAX_BP]],
        sentAt: ago(2),
      },
      {
        tenantId,
        customerId: c.alex.id,
        siteId: s.alexHome.id,
        number: `Q-${at.today.y}-0001`,
        currency: CURRENCY,
        title: 'Furnace tune-up',
        intro: 'Yearly tune-up before the heating season.',
        terms: 'Payment on completion.',
        validUntil: dateOnly(addDays(at.today, -170)),
        deposit: { kind: 'NONE', value: 0 },
        common: [['Furnace tune-up', 12_900, LABOR_TAX_BP]],
        options: [],
        optional: [],
        sentAt: ago(200),
        converted: { option: -1, approvedAt: ago(198), totalMinor: 12_900, jobId: jobIds.j1 },
      },
    ]),
  };
}

/**
 * Messages: Alex asked about his coming tune-up and Dana answered (Jenna left the team a note he
 * never sees); Sofía's general question this morning waits unread in the team inbox. And the
 * office's canned replies, in the portal languages.
 */
function conversations(
  tenantId: string,
  p: { now: Date; alex: string; sofia: string; j11: string; dana: string; jenna: string },
): Pick<TenantRows, 'messageThreads' | 'messages' | 'cannedReplies'> {
  const alexThread = id();
  const sofiaThread = id();
  const asked = minutesBefore(p.now, 2 * 1440 + 90);
  const answered = minutesBefore(p.now, 2 * 1440 + 30);
  const sofiaAsked = minutesBefore(p.now, 50);
  return {
    messageThreads: inTenant<Prisma.MessageThreadCreateManyInput>(tenantId, [
      {
        id: alexThread,
        customerId: p.alex,
        anchorType: 'job',
        jobId: p.j11,
        createdAt: asked,
        lastMessageAt: answered,
        customerReadAt: minutesBefore(p.now, 2 * 1440),
        staffReadAt: answered,
      },
      { id: sofiaThread, customerId: p.sofia, anchorType: 'general', createdAt: sofiaAsked, lastMessageAt: sofiaAsked, staffUnread: true, customerReadAt: sofiaAsked },
    ]),
    messages: inTenant<Prisma.MessageCreateManyInput>(tenantId, [
      {
        threadId: alexThread,
        authorKind: 'customer',
        body: 'Could the technician also look at the thermostat? It keeps losing its schedule.',
        createdAt: asked,
      },
      {
        threadId: alexThread,
        authorKind: 'staff',
        authorStaffId: p.jenna,
        internal: true,
        body: 'Honeywell T6 on the hallway wall: Luis should bring a spare battery pack.',
        createdAt: minutesAfter(asked, 20),
      },
      {
        threadId: alexThread,
        authorKind: 'staff',
        authorStaffId: p.dana,
        body: 'Of course! Luis will check the thermostat during the tune-up and bring fresh batteries.',
        createdAt: answered,
      },
      {
        threadId: sofiaThread,
        authorKind: 'customer',
        body: '¡Hola! ¿Ofrecen mantenimiento para bombas de calor? Tengo una Mitsubishi de 2019.',
        createdAt: sofiaAsked,
      },
    ]),
    cannedReplies: inTenant<Prisma.CannedReplyCreateManyInput>(tenantId, [
      {
        title: 'Thanks, we are on it',
        bodies: {
          en: 'Thank you for your message! We are looking into it and will get back to you today.',
          fr: 'Merci pour votre message ! Nous nous en occupons et revenons vers vous aujourd’hui.',
          es: '¡Gracias por tu mensaje! Lo estamos revisando y te responderemos hoy.',
        },
      },
      {
        title: 'Book online',
        bodies: {
          en: 'You can book a visit any time from your portal: Appointments → Book.',
          es: 'Puedes reservar una visita en cualquier momento desde tu portal: Citas → Reservar.',
        },
      },
    ]),
  };
}

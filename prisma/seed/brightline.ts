// Brightline Kitchen & Bath: a kitchen-and-bath remodeller in Denver (USD, en), the contractor demo.
// Jordan Ellis's kitchen is under way (two delays, photos, a paid deposit and milestone); Sophie
// Marchand's bathroom (fr) was handed over three weeks ago with its certificate and warranty.
import type { Prisma } from '../../server/src/generated/prisma/client.js';
import {
  addDays,
  dateOnly,
  id,
  inTenant,
  InvoiceBook,
  minutesAfter,
  Scheduler,
  type BookingHours,
  type BuildInput,
  type DemoTenant,
  type LocalDate,
  type TenantRows,
  staffRows,
  daysBefore,
  zonedInstant,
} from './build.js';
import { demoQuotes } from './quotes.js';
import type { DemoScene } from './photos.js';
import { createHash } from 'node:crypto';
import { demoPdf } from './files.js';

const SLUG = 'brightline-remodeling';
const TIME_ZONE = 'America/Denver';
const CURRENCY = 'USD';
const FORMAT = 'BKB-{YYYY}-{SEQ:4}';
// Colorado and Denver sales tax on materials is folded into the contract price: invoices carry none.
const TAX_BP = 0;

// Site visits Monday to Friday 7:00–16:00 (staff place them; customers do not book online).
const weekday: [string, string][] = [['07:00', '16:00']];
const BOOKING_HOURS: BookingHours = { '1': weekday, '2': weekday, '3': weekday, '4': weekday, '5': weekday };

const STAFF = {
  owner: { email: 'marcus.bell@example.net', name: 'Marcus Bell', role: 'owner' },
  office: { email: 'rosa.delgado@example.net', name: 'Rosa Delgado', role: 'admin' },
  ethan: { email: 'ethan.cole@example.net', name: 'Ethan Cole', role: 'technician' },
  naomi: { email: 'naomi.park@example.net', name: 'Naomi Park', role: 'technician' },
} as const;

const CUSTOMER_EMAILS = {
  jordan: 'jordan.ellis@example.com',
  sophie: 'sophie.marchand@example.com',
} as const;

export const brightline: DemoTenant = {
  slug: SLUG,
  name: 'Brightline Kitchen & Bath',
  logins: [
    { side: 'portal', email: CUSTOMER_EMAILS.jordan, role: 'customer' },
    { side: 'portal', email: CUSTOMER_EMAILS.sophie, role: 'customer' },
    { side: 'admin', email: STAFF.owner.email, role: 'owner' },
    { side: 'admin', email: STAFF.ethan.email, role: 'technician' },
  ],
  passwordEmails: { staff: Object.values(STAFF).map((s) => s.email), portal: Object.values(CUSTOMER_EMAILS) },
  build,
};

function build({ now, staffHash, portalHash }: BuildInput): TenantRows {
  const tenantId = id();
  const at = new Scheduler(TIME_ZONE, now, BOOKING_HOURS, 0);
  const ago = (days: number): Date => daysBefore(now, days);
  const today = at.today;
  /** 8:00 in Denver on a day relative to today (for dates that are not visits). */
  const morning = (day: LocalDate): Date => zonedInstant(TIME_ZONE, day, 8 * 60);

  const { staff, rows: staffUsers } = staffRows(tenantId, STAFF, { hash: staffHash, locale: 'en', joinedDaysAgo: (i) => 2200 - i * 400, ago });

  const c = {
    jordan: { id: id(), name: 'Jordan Ellis', email: CUSTOMER_EMAILS.jordan, phone: '+1 303 555 0142', locale: 'en', since: 95 },
    sophie: { id: id(), name: 'Sophie Marchand', email: CUSTOMER_EMAILS.sophie, phone: '+1 303 555 0187', locale: 'fr', since: 170 },
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
  const portalAccounts: Prisma.PortalAccountCreateManyInput[] = Object.values(c).map((x, i) => ({
    id: id(),
    tenantId,
    customerId: x.id,
    email: x.email,
    status: 'active',
    passwordHash: portalHash(x.email),
    lastLoginAt: ago(1 + i * 3),
    createdAt: ago(x.since),
  }));

  const s = {
    jordan: {
      id: id(),
      customerId: c.jordan.id,
      label: 'Home',
      addressLine1: '2417 Elm Street',
      city: 'Denver',
      postalCode: '80207',
      accessInstructions: 'Lockbox on the side gate, code 0417. Please keep the gate latched: the dog (Pepper) is friendly but fast.',
    },
    sophie: {
      id: id(),
      customerId: c.sophie.id,
      label: 'Maison',
      addressLine1: '881 Sherman Street',
      city: 'Denver',
      postalCode: '80203',
      accessInstructions: 'Stationnement dans l’allée ; sonner deux fois.',
    },
  };
  const sites: Prisma.SiteCreateManyInput[] = Object.values(s).map((x) => ({
    ...x,
    tenantId,
    addressLine2: null,
    region: 'CO',
    country: 'US',
    createdAt: ago(120),
    addedBy: 'staff',
    addedByStaffId: staff.office.id,
  }));

  const st = {
    consult: {
      id: id(),
      name: 'Design consultation',
      description: 'Measure, talk through layout and finishes, and leave with a written estimate.',
      durationMinutes: 90,
      priceMinor: 0,
    },
    visit: { id: id(), name: 'Project site visit', description: 'Crew work day or inspection on a project under way.', durationMinutes: 480, priceMinor: 0 },
    walkthrough: { id: id(), name: 'Walkthrough', description: 'Walk the finished work with the customer and note anything left to do.', durationMinutes: 60, priceMinor: 0 },
  };
  const serviceTypes: Prisma.ServiceTypeCreateManyInput[] = Object.values(st).map((x) => ({ ...x, tenantId, bookableOnline: false, active: true }));

  // Jordan's kitchen: started 38 days ago. Sophie's bathroom: 95 to 22 days ago.
  const kitchenStart = addDays(today, -38);
  const bathStart = addDays(today, -95);
  const bathDone = addDays(today, -22);

  const projectIds = { kitchen: id(), bath: id() };

  const v = {
    k1: at.place(-38, '07:30', 480, staff.ethan.id), // demolition
    k2: at.place(-24, '07:30', 480, staff.naomi.id), // rough-in plumbing
    k3: at.place(-17, '10:00', 60, staff.ethan.id), // rough-in inspection
    k4: at.place(-3, '07:30', 480, staff.ethan.id), // drywall
    k5: at.place(4, '08:00', 480, staff.ethan.id), // drywall finish and paint
    k6: at.place(16, '07:30', 480, staff.naomi.id), // cabinet install
    b1: at.place(-95, '07:30', 480, staff.naomi.id),
    b2: at.place(-60, '07:30', 480, staff.naomi.id),
    b3: at.place(-22, '14:00', 60, staff.ethan.id), // walkthrough and handover
  };
  const jobIds = Object.fromEntries(Object.keys(v).map((key) => [key, id()])) as Record<keyof typeof v, string>;
  const done = (slot: { end: Date }): Date => minutesAfter(slot.end, 5);
  const visit = (
    key: keyof typeof v,
    customer: keyof typeof c,
    serviceTypeId: string,
    technicianId: string,
    title: string,
    description: string | null,
  ): Prisma.JobCreateManyInput => {
    const slot = v[key];
    const past = slot.end.getTime() < now.getTime();
    return {
      id: jobIds[key],
      tenantId,
      projectId: customer === 'jordan' ? projectIds.kitchen : projectIds.bath,
      customerId: c[customer].id,
      siteId: s[customer].id,
      serviceTypeId,
      technicianId,
      status: past ? 'completed' : 'scheduled',
      title,
      description,
      scheduledStart: slot.start,
      scheduledEnd: slot.end,
      partsUsed: [],
      completedAt: past ? done(slot) : null,
      createdAt: minutesAfter(slot.start, -14 * 1440),
    };
  };
  const jobs: Prisma.JobCreateManyInput[] = [
    visit('k1', 'jordan', st.visit.id, staff.ethan.id, 'Kitchen demolition', 'Remove cabinets, counters, soffits and flooring; protect the hallway floors.'),
    visit('k2', 'jordan', st.visit.id, staff.naomi.id, 'Rough-in plumbing and electrical', 'Move the sink to the island, add circuits for the range and the under-cabinet lights.'),
    visit('k3', 'jordan', st.visit.id, staff.ethan.id, 'City rough-in inspection', 'Denver building inspector on site; someone must let them in.'),
    visit('k4', 'jordan', st.visit.id, staff.ethan.id, 'Drywall hanging', null),
    visit('k5', 'jordan', st.visit.id, staff.ethan.id, 'Drywall finishing and paint', 'Two coats on walls and ceiling: Swiss Coffee, eggshell.'),
    visit('k6', 'jordan', st.visit.id, staff.naomi.id, 'Cabinet installation', 'Shaker cabinets in Sage Green; the island first.'),
    visit('b1', 'sophie', st.visit.id, staff.naomi.id, 'Démolition de la salle de bains', null),
    visit('b2', 'sophie', st.visit.id, staff.naomi.id, 'Carrelage et receveur de douche', null),
    visit('b3', 'sophie', st.walkthrough.id, staff.ethan.id, 'Visite de fin de chantier', 'Réception des travaux avec Sophie.'),
  ];

  const book = new InvoiceBook(tenantId, CURRENCY, FORMAT);
  const line = (description: string, unitPriceMinor: number) => ({ description, unitPriceMinor, taxRateBp: TAX_BP });
  const KITCHEN_VALUE = 48_500_00;
  const BATH_VALUE = 21_800_00;
  const inv = {
    kitchenDeposit: book.add({
      customerId: c.jordan.id,
      status: 'paid',
      issueDate: addDays(kitchenStart, -10),
      dueDate: addDays(kitchenStart, -3),
      createdAt: morning(addDays(kitchenStart, -10)),
      notes: 'Deposit on signing: 30 % of the contract value.',
      lines: [line('Kitchen remodel: deposit on signing (30 %)', 14_550_00)],
    }),
    kitchenRoughIn: book.add({
      customerId: c.jordan.id,
      status: 'paid',
      issueDate: v.k3.day,
      dueDate: addDays(v.k3.day, 10),
      createdAt: done(v.k3),
      lines: [line('Milestone: rough-in inspection passed (25 %)', 12_125_00)],
    }),
    bathDeposit: book.add({
      customerId: c.sophie.id,
      status: 'paid',
      issueDate: addDays(bathStart, -7),
      dueDate: addDays(bathStart, -1),
      createdAt: morning(addDays(bathStart, -7)),
      lines: [line('Rénovation salle de bains : acompte à la signature (40 %)', 8_720_00)],
    }),
    bathFinal: book.add({
      customerId: c.sophie.id,
      status: 'paid',
      issueDate: bathDone,
      dueDate: addDays(bathDone, 10),
      createdAt: morning(bathDone),
      lines: [line('Rénovation salle de bains : solde à la réception (60 %)', 13_080_00)],
    }),
  };
  const finished = book.finish();
  // Every invoice of theirs bills their project.
  const invoices = finished.invoices.map((row) => ({ ...row, projectId: row.customerId === c.jordan.id ? projectIds.kitchen : projectIds.bath }));
  const invoiceSequences = finished.sequences;
  const payments = inTenant<Prisma.PaymentCreateManyInput>(tenantId, [
    {
      customerId: c.jordan.id,
      invoiceId: inv.kitchenDeposit.id,
      amountMinor: inv.kitchenDeposit.totalMinor,
      currency: CURRENCY,
      method: 'bank_transfer',
      status: 'succeeded',
      provider: 'offline',
      providerRef: null,
      receivedAt: morning(addDays(kitchenStart, -5)),
    },
    {
      customerId: c.jordan.id,
      invoiceId: inv.kitchenRoughIn.id,
      amountMinor: inv.kitchenRoughIn.totalMinor,
      currency: CURRENCY,
      method: 'card',
      status: 'succeeded',
      provider: 'sandbox',
      providerRef: 'pi_demo_brightline_0002',
      receivedAt: minutesAfter(done(v.k3), 2 * 1440),
    },
    {
      customerId: c.sophie.id,
      invoiceId: inv.bathDeposit.id,
      amountMinor: inv.bathDeposit.totalMinor,
      currency: CURRENCY,
      method: 'bank_transfer',
      status: 'succeeded',
      provider: 'offline',
      providerRef: null,
      receivedAt: morning(addDays(bathStart, -4)),
    },
    {
      customerId: c.sophie.id,
      invoiceId: inv.bathFinal.id,
      amountMinor: inv.bathFinal.totalMinor,
      currency: CURRENCY,
      method: 'card',
      status: 'succeeded',
      provider: 'sandbox',
      providerRef: 'pi_demo_brightline_0004',
      receivedAt: morning(addDays(bathDone, 3)),
    },
  ]);

  // Each belongs to its customer's project (and shows on its page).
  const doc = (file: string): string => `tenants/${tenantId}/documents/${file}`;
  const changeOrder = { id: id(), title: 'Change order #1', fileName: 'change-order-1.pdf' };
  const documents = inTenant<Prisma.DocumentCreateManyInput>(tenantId, [
    {
      customerId: c.jordan.id,
      projectId: projectIds.kitchen,
      jobId: null,
      kind: 'contract',
      title: 'Kitchen remodel contract (signed)',
      fileName: 'kitchen-remodel-contract.pdf',
      contentType: 'application/pdf',
      sizeBytes: 0,
      storageKey: doc('ellis-kitchen-contract.pdf'),
      shared: true,
      createdAt: morning(addDays(kitchenStart, -10)),
    },
    {
      customerId: c.jordan.id,
      projectId: projectIds.kitchen,
      jobId: null,
      kind: 'permit',
      title: 'City of Denver residential remodel permit',
      fileName: 'denver-permit-2417-elm.pdf',
      contentType: 'application/pdf',
      sizeBytes: 0,
      storageKey: doc('ellis-kitchen-permit.pdf'),
      shared: true,
      createdAt: morning(addDays(kitchenStart, -4)),
    },
    {
      customerId: c.jordan.id,
      projectId: projectIds.kitchen,
      jobId: jobIds.k3,
      kind: 'report',
      title: 'Rough-in inspection report (passed)',
      fileName: 'rough-in-inspection.pdf',
      contentType: 'application/pdf',
      sizeBytes: 0,
      storageKey: doc('ellis-kitchen-inspection.pdf'),
      shared: true,
      createdAt: done(v.k3),
    },
    {
      customerId: c.sophie.id,
      projectId: projectIds.bath,
      jobId: null,
      kind: 'contract',
      title: 'Contrat de rénovation de la salle de bains (signé)',
      fileName: 'contrat-salle-de-bains.pdf',
      contentType: 'application/pdf',
      sizeBytes: 0,
      storageKey: doc('marchand-bath-contract.pdf'),
      shared: true,
      createdAt: morning(addDays(bathStart, -7)),
    },
    {
      customerId: c.sophie.id,
      projectId: projectIds.bath,
      jobId: null,
      kind: 'permit',
      title: 'Permis de travaux — Ville de Denver',
      fileName: 'permis-881-sherman.pdf',
      contentType: 'application/pdf',
      sizeBytes: 0,
      storageKey: doc('marchand-bath-permit.pdf'),
      shared: true,
      createdAt: morning(addDays(bathStart, -2)),
    },
    {
      id: changeOrder.id,
      customerId: c.jordan.id,
      projectId: projectIds.kitchen,
      jobId: null,
      kind: 'contract',
      title: changeOrder.title,
      fileName: changeOrder.fileName,
      contentType: 'application/pdf',
      sizeBytes: 0,
      storageKey: doc('ellis-change-order-1.pdf'),
      shared: true,
      createdAt: morning(addDays(today, -1)),
    },
  ]);

  // Change order #1 waits for Jordan's signature (signatures/): a signature page will be appended.
  // The hash is the seed's own file's (files.ts writes the same bytes for this document).
  const changeOrderPdf = demoPdf([changeOrder.title, brightline.name, `File: ${changeOrder.fileName}`, 'Demo document generated by the Portico seed.']);
  const signingRequests = inTenant<Prisma.SigningRequestCreateManyInput>(tenantId, [
    {
      customerId: c.jordan.id,
      kind: 'DOCUMENT',
      subjectId: changeOrder.id,
      documentId: changeOrder.id,
      title: changeOrder.title,
      originalSha256: createHash('sha256').update(changeOrderPdf).digest('hex'),
      createdAt: morning(addDays(today, -1)),
    },
  ]);

  // The projects. Progress is computed from the phases (weights: the longer trades count more).
  const kitchenTarget = addDays(kitchenStart, 75);
  const bathTarget = addDays(bathStart, 70);
  const projects = inTenant<Prisma.ProjectCreateManyInput>(tenantId, [
    {
      id: projectIds.kitchen,
      customerId: c.jordan.id,
      siteId: s.jordan.id,
      name: 'Kitchen remodel',
      description: 'Open the wall to the dining room, a new island with the sink, Sage Green shaker cabinets, quartz counters and LED under-cabinet lighting.',
      status: 'in_progress',
      contractValueMinor: KITCHEN_VALUE,
      currency: CURRENCY,
      startDate: dateOnly(kitchenStart),
      targetEndDate: dateOnly(kitchenTarget),
      startedAt: morning(kitchenStart),
      warrantyItems: [
        'Workmanship on cabinets, counters and tile (2 years)',
        'Plumbing and electrical work we installed',
        'Manufacturer warranties passed on to you: appliances, faucet, lighting',
      ],
      createdAt: morning(addDays(kitchenStart, -12)),
    },
    {
      id: projectIds.bath,
      customerId: c.sophie.id,
      siteId: s.sophie.id,
      name: 'Rénovation de la salle de bains',
      description: 'Douche à l’italienne à la place de la baignoire, carrelage blanc, meuble vasque sarcelle, ventilation neuve.',
      status: 'completed',
      contractValueMinor: BATH_VALUE,
      currency: CURRENCY,
      startDate: dateOnly(bathStart),
      targetEndDate: dateOnly(bathTarget),
      startedAt: morning(bathStart),
      completedAt: minutesAfter(done(v.b3), 30),
      warrantyItems: ['Étanchéité et carrelage de la douche', 'Plomberie et ventilation posées par nos soins', 'Meuble vasque et robinetterie (garantie du fabricant transmise)'],
      createdAt: morning(addDays(bathStart, -9)),
    },
  ]);

  const phase = (
    projectId: string,
    position: number,
    name: string,
    weight: number,
    status: 'done' | 'in_progress' | 'not_started',
    progress: number,
    from: LocalDate,
    days: number,
  ) => ({
    id: id(),
    projectId,
    position,
    name,
    weight,
    status,
    progress,
    plannedStart: dateOnly(from),
    plannedEnd: dateOnly(addDays(from, days)),
  });
  const kp = {
    design: phase(projectIds.kitchen, 1, 'Design and permits', 1, 'done', 100, addDays(kitchenStart, -12), 10),
    demo: phase(projectIds.kitchen, 2, 'Demolition', 1, 'done', 100, kitchenStart, 5),
    roughIn: phase(projectIds.kitchen, 3, 'Rough-in plumbing and electrical', 2, 'done', 100, addDays(kitchenStart, 7), 14),
    drywall: phase(projectIds.kitchen, 4, 'Drywall and paint', 2, 'in_progress', 60, addDays(kitchenStart, 30), 14),
    cabinets: phase(projectIds.kitchen, 5, 'Cabinets and countertops', 3, 'not_started', 0, addDays(kitchenStart, 52), 12),
    finishes: phase(projectIds.kitchen, 6, 'Backsplash, lighting and finishes', 2, 'not_started', 0, addDays(kitchenStart, 64), 8),
    handover: phase(projectIds.kitchen, 7, 'Final walkthrough', 1, 'not_started', 0, kitchenTarget, 1),
  };
  const bp = {
    demo: phase(projectIds.bath, 1, 'Démolition', 1, 'done', 100, bathStart, 4),
    rough: phase(projectIds.bath, 2, 'Plomberie et électricité', 2, 'done', 100, addDays(bathStart, 5), 12),
    tile: phase(projectIds.bath, 3, 'Étanchéité et carrelage', 3, 'done', 100, addDays(bathStart, 20), 25),
    vanity: phase(projectIds.bath, 4, 'Meuble vasque et finitions', 2, 'done', 100, addDays(bathStart, 48), 15),
    handover: phase(projectIds.bath, 5, 'Réception des travaux', 1, 'done', 100, bathDone, 1),
  };
  const projectPhases = inTenant<Prisma.ProjectPhaseCreateManyInput>(tenantId, [...Object.values(kp), ...Object.values(bp)]);

  const projectMilestones = inTenant<Prisma.ProjectMilestoneCreateManyInput>(tenantId, [
    {
      id: id(),
      projectId: projectIds.kitchen,
      phaseId: kp.design.id,
      name: 'Contract signed',
      dueDate: dateOnly(addDays(kitchenStart, -10)),
      status: 'reached',
      reachedAt: morning(addDays(kitchenStart, -10)),
      paymentAmountMinor: 14_550_00,
      invoiceId: inv.kitchenDeposit.id,
    },
    {
      id: id(),
      projectId: projectIds.kitchen,
      phaseId: kp.roughIn.id,
      name: 'Rough-in inspection passed',
      dueDate: dateOnly(v.k3.day),
      status: 'reached',
      reachedAt: done(v.k3),
      paymentAmountMinor: 12_125_00,
      invoiceId: inv.kitchenRoughIn.id,
    },
    {
      id: id(),
      projectId: projectIds.kitchen,
      phaseId: kp.cabinets.id,
      name: 'Cabinets installed',
      dueDate: dateOnly(addDays(v.k6.day, 2)),
      status: 'upcoming',
      paymentAmountMinor: 12_125_00,
    },
    {
      id: id(),
      projectId: projectIds.kitchen,
      phaseId: kp.handover.id,
      name: 'Substantial completion',
      dueDate: dateOnly(kitchenTarget),
      status: 'upcoming',
      paymentAmountMinor: 9_700_00,
    },
    {
      id: id(),
      projectId: projectIds.bath,
      phaseId: bp.demo.id,
      name: 'Signature du contrat',
      dueDate: dateOnly(addDays(bathStart, -7)),
      status: 'reached',
      reachedAt: morning(addDays(bathStart, -7)),
      paymentAmountMinor: 8_720_00,
      invoiceId: inv.bathDeposit.id,
    },
    {
      id: id(),
      projectId: projectIds.bath,
      phaseId: bp.handover.id,
      name: 'Réception des travaux',
      dueDate: dateOnly(bathDone),
      status: 'reached',
      reachedAt: morning(bathDone),
      paymentAmountMinor: 13_080_00,
      invoiceId: inv.bathFinal.id,
    },
  ]);

  const projectDelays = inTenant<Prisma.ProjectDelayCreateManyInput>(tenantId, [
    {
      projectId: projectIds.kitchen,
      cause: 'weather',
      days: 2,
      note: 'A storm closed the roads on our side of town: the crew could not reach the site safely, so drywall delivery moved two days.',
      reportedAt: morning(addDays(today, -12)),
      reportedBy: staff.office.id,
    },
    {
      projectId: projectIds.kitchen,
      cause: 'materials',
      days: 5,
      note: 'The quartz slab for the island is back-ordered at the fabricator. The new template date is confirmed; the cabinets go in as planned.',
      reportedAt: morning(addDays(today, -4)),
      reportedBy: staff.owner.id,
    },
    {
      projectId: projectIds.bath,
      cause: 'permit',
      days: 3,
      note: 'La ville a reporté l’inspection de la plomberie de trois jours.',
      reportedAt: morning(addDays(bathStart, 16)),
      reportedBy: staff.office.id,
    },
  ]);

  const photo = (projectId: string, phaseId: string, stage: 'before' | 'during' | 'after', scene: DemoScene, caption: string, takenAt: Date) => {
    const photoId = id();
    return {
      id: photoId,
      projectId,
      phaseId,
      stage,
      caption,
      takenAt,
      // The files are drawn from the scene by files.ts; the key names it.
      storageKey: `tenants/${tenantId}/project-photos/${photoId}.${scene}.webp`,
      thumbnailKey: `tenants/${tenantId}/project-photos/${photoId}.${scene}-480.webp`,
      contentType: 'image/webp',
      width: 1600,
      height: 1200,
      sizeBytes: 0,
      uploadedBy: staff.ethan.id,
      createdAt: takenAt,
    };
  };
  const projectPhotos = inTenant<Prisma.ProjectPhotoCreateManyInput>(tenantId, [
    photo(projectIds.kitchen, kp.design.id, 'before', 'old-kitchen', 'The kitchen as it was: closed off, oak cabinets, laminate counters.', morning(addDays(kitchenStart, -12))),
    photo(projectIds.kitchen, kp.demo.id, 'during', 'demolition', 'Demolition day: down to the studs, soffits gone.', minutesAfter(v.k1.start, 300)),
    photo(projectIds.kitchen, kp.roughIn.id, 'during', 'rough-in', 'New supply lines to the island and circuits for the range.', minutesAfter(v.k2.start, 360)),
    photo(projectIds.kitchen, kp.drywall.id, 'during', 'drywall', 'Drywall hung and taped; first coat of mud drying.', minutesAfter(v.k4.start, 400)),
    photo(projectIds.bath, bp.demo.id, 'before', 'old-bathroom', 'La salle de bains avant les travaux.', morning(addDays(bathStart, -9))),
    photo(projectIds.bath, bp.tile.id, 'during', 'tiling', 'Pose du carrelage de la douche.', minutesAfter(v.b2.start, 300)),
    photo(projectIds.bath, bp.vanity.id, 'after', 'new-bathroom', 'La douche à l’italienne terminée.', minutesAfter(v.b3.start, 20)),
    photo(projectIds.bath, bp.vanity.id, 'after', 'vanity', 'Le meuble vasque sarcelle et sa robinetterie.', minutesAfter(v.b3.start, 25)),
  ]);

  // Jordan asked about the countertop after the materials delay; Marcus answered.
  const threadId = id();
  const asked = minutesAfter(morning(addDays(today, -4)), 140);
  const answered = minutesAfter(asked, 45);
  const messageThreads = inTenant<Prisma.MessageThreadCreateManyInput>(tenantId, [
    {
      id: threadId,
      customerId: c.jordan.id,
      anchorType: 'project',
      projectId: projectIds.kitchen,
      createdAt: asked,
      lastMessageAt: answered,
      customerReadAt: minutesAfter(answered, 30),
      staffReadAt: answered,
    },
  ]);
  const messages = inTenant<Prisma.MessageCreateManyInput>(tenantId, [
    {
      threadId,
      authorKind: 'customer',
      body: 'Thanks for the heads-up about the quartz. Could we see the slab before it is cut? We would love to pick where the veining goes on the island.',
      createdAt: asked,
    },
    {
      threadId,
      authorKind: 'staff',
      authorStaffId: staff.owner.id,
      body: 'Absolutely. The fabricator has the slab on hold for you: I will send you a time to visit their yard as soon as it arrives.',
      createdAt: answered,
    },
  ]);

  const reviews = inTenant<Prisma.ReviewCreateManyInput>(tenantId, [
    {
      customerId: c.sophie.id,
      jobId: jobIds.b3,
      rating: 5,
      comment: 'Équipe ponctuelle et soigneuse ; les photos dans le portail m’ont permis de suivre le chantier depuis le bureau.',
      status: 'published',
      publishedAt: minutesAfter(done(v.b3), 1440),
      createdAt: minutesAfter(done(v.b3), 1440),
    },
  ]);

  return {
    tenant: {
      id: tenantId,
      slug: SLUG,
      name: brightline.name,
      trade: 'contractor',
      quoteConversion: 'PROJECT',
      primaryColor: '#0f766e',
      accentColor: '#f59e0b',
      timeZone: TIME_ZONE,
      currency: CURRENCY,
      locale: 'en',
      invoiceNumberFormat: FORMAT,
      // Customers follow projects and ask for estimates; visits are scheduled by the office.
      featureBooking: false,
      featureProjects: true,
      warrantyMonths: 24,
      customersMayAddSites: false,
      bookingHours: BOOKING_HOURS,
      slotMinutes: 60,
      minLeadMinutes: 24 * 60,
      maxAdvanceDays: 60,
      changeWindowHours: 48,
      bookingMode: 'request',
      contactPhone: '+1 303 555 0100',
      contactEmail: 'hello@brightline-kb.example.com',
      addressLine1: '3150 Brighton Blvd',
      addressLine2: 'Unit 4',
      city: 'Denver',
      postalCode: '80216',
      region: 'CO',
      country: 'US',
      openingHours: 'Mon–Fri 7:00–16:00 · Showroom Sat 10:00–14:00',
      legalName: 'Brightline Kitchen & Bath LLC',
      registrationNumber: 'CO 20181234567',
      vatNumber: null,
      createdAt: ago(2300),
    },
    staffUsers,
    customers,
    portalAccounts,
    sites,
    assetTypes: [],
    assetTypeNames: [],
    assets: [],
    serviceTypes,
    serviceTypeTechnicians: serviceTypes.flatMap((x) => [staff.ethan.id, staff.naomi.id].map((staffUserId) => ({ tenantId, serviceTypeId: x.id as string, staffUserId }))),
    jobs,
    jobInternalNotes: inTenant<Prisma.JobInternalNoteCreateManyInput>(tenantId, [
      {
        jobId: jobIds.k2,
        authorId: staff.naomi.id,
        body: 'Found knob-and-tube behind the old soffit: replaced the run to the panel, covered by the change order Jordan signed on site.',
        createdAt: done(v.k2),
      },
    ]),
    serviceAgreements: [],
    invoices,
    invoiceLines: book.lines,
    invoiceSequences,
    payments,
    serviceRequests: [],
    documents,
    signingRequests,
    reviews,
    activityLogs: [],
    projects,
    projectPhases,
    projectMilestones,
    projectDelays,
    projectPhotos,
    messageThreads,
    messages,
    // Jordan's next job waits for his signature: a basement, converted into a project once signed.
    ...demoQuotes([
      {
        tenantId,
        customerId: c.jordan.id,
        siteId: s.jordan.id,
        number: `Q-${today.y}-0001`,
        currency: CURRENCY,
        title: 'Basement finishing',
        intro: 'Finish the 850 sq ft basement: framing, insulation, drywall, flooring and a guest bathroom rough-in.',
        terms: 'A fixed deposit on signing; the balance by milestones as the work progresses.',
        validUntil: dateOnly(addDays(today, 30)),
        deposit: { kind: 'FIXED', value: 500_000 },
        common: [
          ['Framing and insulation', 1_240_000, TAX_BP],
          ['Drywall, tape and paint', 980_000, TAX_BP],
          ['Luxury vinyl plank flooring', 610_000, TAX_BP],
        ],
        options: [],
        optional: [['Bathroom rough-in (plumbing and electrical)', 450_000, TAX_BP]],
        sentAt: ago(1),
      },
    ]),
  };
}

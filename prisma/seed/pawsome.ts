// Pawsome Grooming Salon: a dog and cat grooming salon in Paris (EUR, fr, prices before VAT).
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
  type BookingHours,
  type BuildInput,
  type DemoTenant,
  type TenantRows,
  staffRows,
  daysBefore,
} from './build.js';

const SLUG = 'pawsome-grooming';
const TIME_ZONE = 'Europe/Paris';
const CURRENCY = 'EUR';
const FORMAT = 'FA{YY}{MM}-{SEQ:4}';
const MIN_LEAD_MINUTES = 120;
const VAT_BP = 2000; // taux normal de TVA, 20 %

// Closed Sunday and Monday; lunch break on weekdays.
const weekday: [string, string][] = [
  ['09:00', '12:30'],
  ['14:00', '19:00'],
];
const BOOKING_HOURS: BookingHours = { '2': weekday, '3': weekday, '4': weekday, '5': weekday, '6': [['09:00', '17:00']] };

const STAFF = {
  owner: { email: 'claire.lefevre@example.org', name: 'Claire Lefèvre', role: 'owner' },
  hugo: { email: 'hugo.bernard@example.org', name: 'Hugo Bernard', role: 'technician' },
  ines: { email: 'ines.haddad@example.org', name: 'Inès Haddad', role: 'technician' },
} as const;

// Alex Morgan is also a customer of Northwind Heating & Plumbing, with an independent account there.
const CUSTOMER_EMAILS = {
  alex: 'alex.morgan@example.com',
  camille: 'camille.dubois@example.com',
  julien: 'julien.moreau@example.com',
  emma: 'emma.wilson@example.com',
} as const;

export const pawsome: DemoTenant = {
  slug: SLUG,
  name: 'Pawsome Grooming Salon',
  logins: [
    { side: 'portal', email: CUSTOMER_EMAILS.alex, role: 'customer' },
    { side: 'portal', email: CUSTOMER_EMAILS.camille, role: 'customer' },
    { side: 'admin', email: STAFF.owner.email, role: 'owner' },
  ],
  passwordEmails: { staff: Object.values(STAFF).map((s) => s.email), portal: Object.values(CUSTOMER_EMAILS) },
  build,
};

function build({ now, staffHash, portalHash }: BuildInput): TenantRows {
  const tenantId = id();
  const at = new Scheduler(TIME_ZONE, now, BOOKING_HOURS, MIN_LEAD_MINUTES);
  const ago = (days: number): Date => daysBefore(now, days);

  const { staff, rows: staffUsers } = staffRows(tenantId, STAFF, { hash: staffHash, locale: 'fr', joinedDaysAgo: (i) => 600 - i * 90, ago });

  const c = {
    alex: { id: id(), name: 'Alex Morgan', email: CUSTOMER_EMAILS.alex, phone: '+33 1 99 00 12 34', locale: 'en', since: 200 },
    camille: { id: id(), name: 'Camille Dubois', email: CUSTOMER_EMAILS.camille, phone: '+33 1 99 00 45 67', locale: 'fr', since: 480 },
    julien: { id: id(), name: 'Julien Moreau', email: CUSTOMER_EMAILS.julien, phone: '+33 1 99 00 78 90', locale: 'fr', since: 320 },
    emma: { id: id(), name: 'Emma Wilson', email: CUSTOMER_EMAILS.emma, phone: '+33 1 99 00 23 45', locale: 'en', since: 9 },
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
    lastLoginAt: ago(1 + i * 4),
    createdAt: ago(x.since),
  }));

  // Jobs happen at the salon, but a job needs one of the customer's sites: their home address.
  const s = {
    alex: {
      id: id(),
      customerId: c.alex.id,
      label: 'Home',
      addressLine1: '18 rue des Martyrs',
      city: 'Paris',
      postalCode: '75009',
      accessInstructions: 'Door code 47B29, 3rd floor on the left.',
    },
    camille: {
      id: id(),
      customerId: c.camille.id,
      label: 'Domicile',
      addressLine1: '42 avenue Parmentier',
      city: 'Paris',
      postalCode: '75011',
      accessInstructions: 'Digicode 1984A, interphone « Dubois ».',
    },
    julien: { id: id(), customerId: c.julien.id, label: 'Domicile', addressLine1: '7 rue Lepic', city: 'Paris', postalCode: '75018', accessInstructions: null },
    emma: { id: id(), customerId: c.emma.id, label: 'Home', addressLine1: '15 rue Cler', city: 'Paris', postalCode: '75007', accessInstructions: null },
  };
  const sites: Prisma.SiteCreateManyInput[] = Object.values(s).map((x) => ({
    ...x,
    tenantId,
    addressLine2: null,
    region: 'Île-de-France',
    country: 'FR',
    createdAt: ago(9),
    // Emma added her own address in the portal; the salon entered the others.
    ...(x === s.emma ? { addedBy: 'customer', addedByStaffId: null } : { addedBy: 'staff', addedByStaffId: staff.owner.id }),
  }));

  const typeNames: Record<string, [string, string]> = {
    poodle: ['Poodle', 'Caniche'],
    golden_retriever: ['Golden Retriever', 'Golden retriever'],
    yorkshire_terrier: ['Yorkshire Terrier', 'Yorkshire-terrier'],
    persian_cat: ['Persian cat', 'Chat persan'],
    shih_tzu: ['Shih Tzu', 'Shih tzu'],
  };
  const t = Object.fromEntries(Object.keys(typeNames).map((code) => [code, id()]));
  const assetTypes: Prisma.AssetTypeCreateManyInput[] = Object.keys(typeNames).map((code) => ({
    id: t[code],
    tenantId,
    code,
    category: 'animal',
  }));
  const assetTypeNames: Prisma.AssetTypeNameCreateManyInput[] = Object.entries(typeNames).flatMap(([code, [en, fr]]) => [
    { tenantId, assetTypeId: t[code], locale: 'en', name: en },
    { tenantId, assetTypeId: t[code], locale: 'fr', name: fr },
  ]);

  // Pets: name is the pet's, model the breed as the salon wrote it, serial number the microchip
  // (I-CAD), installedOn the birth date, notes what the owner should know the salon keeps in mind.
  const born = (months: number) => dateOnly(addMonths(at.day(0), -months));
  const a = {
    biscuit: {
      id: id(),
      customerId: c.alex.id,
      assetTypeId: t.golden_retriever,
      name: 'Biscuit',
      model: 'Golden Retriever',
      serialNumber: '250268500123456',
      installedOn: born(50),
      notes: 'Loves the bath; nails trimmed every visit.',
    },
    noisette: {
      id: id(),
      customerId: c.camille.id,
      assetTypeId: t.poodle,
      name: 'Noisette',
      model: 'Caniche moyen, abricot',
      serialNumber: '250269606543210',
      installedOn: born(62),
      notes: 'Nerveuse au séchage : séchoir doux et pauses. Coupe courte l’été.',
    },
    mistigri: {
      id: id(),
      customerId: c.camille.id,
      assetTypeId: t.persian_cat,
      name: 'Mistigri',
      model: 'Chat persan',
      serialNumber: '250268731112233',
      installedOn: born(98),
      notes: 'N’aime pas le séchoir : séchage à la serviette.',
    },
    praline: {
      id: id(),
      customerId: c.julien.id,
      assetTypeId: t.yorkshire_terrier,
      name: 'Praline',
      model: 'Yorkshire Terrier',
      serialNumber: '250269802468024',
      installedOn: born(39),
      notes: null,
    },
    mochi: {
      id: id(),
      customerId: c.emma.id,
      assetTypeId: t.shih_tzu,
      name: 'Mochi',
      model: 'Shih Tzu',
      serialNumber: null,
      installedOn: born(4),
      notes: 'Premier toilettage : aller doucement.',
    },
  };
  // Customers may add their own pets here (customersMayAddAssets): Emma added Mochi herself.
  const assets: Prisma.AssetCreateManyInput[] = Object.values(a).map((x) => ({
    ...x,
    tenantId,
    siteId: null,
    createdAt: ago(8),
    ...(x === a.mochi ? { addedBy: 'customer', addedByStaffId: null } : { addedBy: 'staff', addedByStaffId: staff.owner.id }),
  }));

  // Prices before VAT; 20 % on top gives round amounts (50,00 € HT = 60,00 € TTC).
  const st = {
    fullGroom: { id: id(), name: 'Toilettage complet', description: 'Bain, séchage, coupe ciseaux ou tondeuse, griffes et oreilles.', durationMinutes: 120, priceMinor: 5000 },
    bath: { id: id(), name: 'Bain et brossage', description: 'Bain, séchage et brossage complet, sans coupe.', durationMinutes: 60, priceMinor: 3000 },
    nails: { id: id(), name: 'Coupe des griffes', description: 'Coupe et limage des griffes, sans rendez-vous long.', durationMinutes: 15, priceMinor: 1000 },
    puppy: { id: id(), name: 'Premier toilettage chiot', description: 'Une séance douce pour habituer les chiots de moins de 6 mois.', durationMinutes: 60, priceMinor: 2500 },
  };
  const serviceTypes: Prisma.ServiceTypeCreateManyInput[] = Object.values(st).map((x) => ({
    ...x,
    tenantId,
    bookableOnline: true,
    active: true,
  }));

  const q1 = at.place(-30, '14:00', 120, staff.ines.id);
  const q2 = at.place(-21, '10:00', 60, staff.hugo.id);
  const q3 = at.place(-10, '14:30', 120, staff.hugo.id);
  const q4 = at.place(-3, '09:30', 60, staff.ines.id);
  const q5 = at.place(3, '10:00', 60, staff.ines.id);
  const q6 = at.place(6, '14:00', 120, staff.hugo.id);
  const q7 = at.place(-14, '11:00', 15, staff.ines.id);
  const q8 = at.place(9, '09:00', 120, staff.ines.id);

  const jobIds = { q1: id(), q2: id(), q3: id(), q4: id(), q5: id(), q6: id(), q7: id(), q8: id() };
  const done = (slot: { end: Date }): Date => minutesAfter(slot.end, 5);
  const booked = (slot: { start: Date }, daysBefore: number): Date => minutesBefore(slot.start, daysBefore * 1440);
  const jobs = inTenant<Prisma.JobCreateManyInput>(tenantId, [
    {
      id: jobIds.q1,
      customerId: c.camille.id,
      siteId: s.camille.id,
      serviceTypeId: st.fullGroom.id,
      assetId: a.noisette.id,
      technicianId: staff.ines.id,
      status: 'completed',
      title: 'Toilettage complet — Noisette',
      scheduledStart: q1.start,
      scheduledEnd: q1.end,
      customerNotes: 'Coupe courte pour l’été, oreilles arrondies.',
      partsUsed: [
        { name: 'Shampooing hypoallergénique', quantity: 1 },
        { name: 'Soin démêlant', quantity: 1 },
      ],
      completedAt: done(q1),
      createdAt: booked(q1, 12),
    },
    {
      id: jobIds.q2,
      customerId: c.alex.id,
      siteId: s.alex.id,
      serviceTypeId: st.bath.id,
      assetId: a.biscuit.id,
      technicianId: staff.hugo.id,
      status: 'completed',
      title: 'Bain et brossage — Biscuit',
      scheduledStart: q2.start,
      scheduledEnd: q2.end,
      customerNotes: 'Biscuit rolled in mud at the park. Nails too, please.',
      partsUsed: [{ name: 'Shampooing poils longs', quantity: 1 }],
      completedAt: done(q2),
      createdAt: booked(q2, 2),
    },
    {
      id: jobIds.q3,
      customerId: c.julien.id,
      siteId: s.julien.id,
      serviceTypeId: st.fullGroom.id,
      assetId: a.praline.id,
      technicianId: staff.hugo.id,
      status: 'completed',
      title: 'Toilettage complet — Praline',
      scheduledStart: q3.start,
      scheduledEnd: q3.end,
      customerNotes: null,
      partsUsed: [
        { name: 'Shampooing hypoallergénique', quantity: 1 },
        { name: 'Nœud décoratif', quantity: 1 },
      ],
      completedAt: done(q3),
      createdAt: booked(q3, 7),
    },
    {
      id: jobIds.q4,
      customerId: c.camille.id,
      siteId: s.camille.id,
      serviceTypeId: st.bath.id,
      assetId: a.mistigri.id,
      technicianId: staff.ines.id,
      status: 'completed',
      title: 'Bain et brossage — Mistigri',
      scheduledStart: q4.start,
      scheduledEnd: q4.end,
      customerNotes: 'Mistigri n’aime pas le séchoir.',
      partsUsed: [{ name: 'Shampooing spécial chat', quantity: 1 }],
      completedAt: done(q4),
      createdAt: booked(q4, 5),
    },
    {
      id: jobIds.q5,
      customerId: c.emma.id,
      siteId: s.emma.id,
      serviceTypeId: st.puppy.id,
      assetId: a.mochi.id,
      technicianId: staff.ines.id,
      status: 'scheduled',
      title: 'Premier toilettage chiot — Mochi',
      scheduledStart: q5.start,
      scheduledEnd: q5.end,
      customerNotes: 'First groom, he is a little shy.',
      partsUsed: [],
      createdAt: ago(2),
    },
    {
      id: jobIds.q6,
      customerId: c.alex.id,
      siteId: s.alex.id,
      serviceTypeId: st.fullGroom.id,
      assetId: a.biscuit.id,
      technicianId: staff.hugo.id,
      status: 'scheduled',
      title: 'Toilettage complet — Biscuit',
      scheduledStart: q6.start,
      scheduledEnd: q6.end,
      customerNotes: 'Summer trim, keep the tail fluffy.',
      partsUsed: [],
      createdAt: ago(4),
    },
    {
      id: jobIds.q7,
      customerId: c.julien.id,
      siteId: s.julien.id,
      serviceTypeId: st.nails.id,
      assetId: a.praline.id,
      technicianId: staff.ines.id,
      status: 'cancelled',
      title: 'Coupe des griffes — Praline',
      scheduledStart: q7.start,
      scheduledEnd: q7.end,
      customerNotes: 'Annulé : je passerai avec le toilettage complet.',
      partsUsed: [],
      createdAt: booked(q7, 6),
    },
    {
      id: jobIds.q8,
      customerId: c.camille.id,
      siteId: s.camille.id,
      serviceTypeId: st.fullGroom.id,
      assetId: a.noisette.id,
      technicianId: staff.ines.id,
      status: 'scheduled',
      title: 'Toilettage complet — Noisette',
      scheduledStart: q8.start,
      scheduledEnd: q8.end,
      customerNotes: 'Même coupe que la dernière fois.',
      partsUsed: [],
      createdAt: ago(1),
    },
  ]);

  const jobInternalNotes = inTenant<Prisma.JobInternalNoteCreateManyInput>(tenantId, [
    { jobId: jobIds.q1, authorId: staff.ines.id, body: 'Noisette est nerveuse au séchage : séchoir à faible puissance et pauses fréquentes.', createdAt: done(q1) },
    { jobId: jobIds.q3, authorId: staff.hugo.id, body: 'Gros nœuds derrière les oreilles ; tonte courte proposée au propriétaire et acceptée par téléphone.', createdAt: done(q3) },
  ]);

  const book = new InvoiceBook(tenantId, CURRENCY, FORMAT);
  const inv = {
    noisette: book.add({
      jobId: jobIds.q1,
      customerId: c.camille.id,
      status: 'paid',
      issueDate: q1.day,
      dueDate: addDays(q1.day, 14),
      createdAt: done(q1),
      lines: [
        { description: 'Toilettage complet — Noisette', unitPriceMinor: 5000, taxRateBp: VAT_BP },
        { description: 'Soin démêlant', unitPriceMinor: 800, taxRateBp: VAT_BP },
      ],
    }),
    // past due: two weeks' terms ran out
    biscuit: book.add({
      jobId: jobIds.q2,
      customerId: c.alex.id,
      status: 'issued',
      issueDate: q2.day,
      dueDate: addDays(q2.day, 14),
      createdAt: done(q2),
      lines: [
        { description: 'Bain et brossage — Biscuit', unitPriceMinor: 3000, taxRateBp: VAT_BP },
        { description: 'Coupe des griffes', unitPriceMinor: 1000, taxRateBp: VAT_BP },
      ],
    }),
    praline: book.add({
      jobId: jobIds.q3,
      customerId: c.julien.id,
      status: 'paid',
      issueDate: q3.day,
      dueDate: q3.day,
      notes: 'Réglé en espèces au salon.',
      createdAt: done(q3),
      lines: [
        { description: 'Toilettage complet — Praline', unitPriceMinor: 5000, taxRateBp: VAT_BP },
        { description: 'Nœud décoratif', quantity: 2, unitPriceMinor: 150, taxRateBp: VAT_BP },
      ],
    }),
    mistigri: book.add({
      jobId: jobIds.q4,
      customerId: c.camille.id,
      status: 'issued',
      issueDate: q4.day,
      dueDate: addDays(q4.day, 14),
      createdAt: done(q4),
      lines: [
        { description: 'Bain et brossage — Mistigri', unitPriceMinor: 3000, taxRateBp: VAT_BP },
        { description: 'Supplément poils longs (chat)', unitPriceMinor: 1000, taxRateBp: VAT_BP },
      ],
    }),
  };
  const { invoices, sequences: invoiceSequences } = book.finish();

  const payments = inTenant<Prisma.PaymentCreateManyInput>(tenantId, [
    {
      customerId: c.camille.id,
      invoiceId: inv.noisette.id,
      amountMinor: inv.noisette.totalMinor,
      currency: CURRENCY,
      method: 'card',
      status: 'succeeded',
      provider: 'sandbox',
      providerRef: 'pi_demo_pawsome_0001',
      receivedAt: minutesAfter(done(q1), 2 * 1440),
    },
    {
      customerId: c.julien.id,
      invoiceId: inv.praline.id,
      amountMinor: inv.praline.totalMinor,
      currency: CURRENCY,
      method: 'cash',
      status: 'succeeded',
      provider: 'offline',
      providerRef: null,
      receivedAt: minutesAfter(done(q3), 10),
    },
  ]);

  const emmaRequestId = id();
  const serviceRequests = inTenant<Prisma.ServiceRequestCreateManyInput>(tenantId, [
    {
      id: emmaRequestId,
      customerId: c.emma.id,
      assetId: a.mochi.id,
      jobId: jobIds.q5,
      description: 'Mochi is 4 months old. It will be his first groom and he is a bit shy: can you go gently?',
      urgency: 'normal',
      preferredAt: q5.start,
      status: 'converted',
      createdAt: ago(3),
      updatedAt: ago(2),
    },
    {
      customerId: c.camille.id,
      assetId: a.noisette.id,
      jobId: null,
      description: 'Noisette a des nœuds derrière les oreilles : un créneau avant son rendez-vous serait-il possible ?',
      urgency: 'normal',
      preferredAt: null,
      status: 'submitted',
      createdAt: minutesBefore(now, 300),
      updatedAt: minutesBefore(now, 300),
    },
  ]);

  const doc = (file: string): string => `tenants/${tenantId}/documents/${file}`;
  const documents = inTenant<Prisma.DocumentCreateManyInput>(tenantId, [
    {
      customerId: c.camille.id,
      jobId: null,
      kind: 'certificate',
      title: 'Certificat de vaccination — Noisette',
      fileName: 'vaccination-noisette.pdf',
      contentType: 'application/pdf',
      sizeBytes: 58_368,
      storageKey: doc('camille-dubois-vaccination-noisette.pdf'),
      shared: true,
      createdAt: booked(q1, 1),
    },
    {
      customerId: c.alex.id,
      jobId: jobIds.q2,
      kind: 'photo',
      title: 'Biscuit après son bain',
      fileName: 'biscuit-apres.png',
      contentType: 'image/png',
      sizeBytes: 1_048_576,
      storageKey: doc('alex-morgan-biscuit-apres.png'),
      shared: true,
      createdAt: done(q2),
    },
    {
      customerId: c.julien.id,
      jobId: jobIds.q3,
      kind: 'report',
      title: 'Fiche de toilettage — Praline',
      fileName: 'fiche-toilettage-praline.pdf',
      contentType: 'application/pdf',
      sizeBytes: 41_984,
      storageKey: doc('julien-moreau-fiche-praline.pdf'),
      shared: true,
      createdAt: done(q3),
    },
    {
      customerId: c.camille.id,
      jobId: jobIds.q1,
      kind: 'photo',
      title: 'Noisette après sa coupe',
      fileName: 'noisette-apres.png',
      contentType: 'image/png',
      sizeBytes: 786_432,
      storageKey: doc('camille-dubois-noisette-apres.png'),
      shared: true,
      createdAt: done(q1),
    },
    // Staff-only: photo of the coat on arrival, kept in case of a dispute.
    {
      customerId: c.julien.id,
      jobId: jobIds.q3,
      kind: 'photo',
      title: 'Praline — état du pelage à l’arrivée',
      fileName: 'praline-arrivee.png',
      contentType: 'image/png',
      sizeBytes: 874_496,
      storageKey: doc('julien-moreau-praline-arrivee.png'),
      shared: false,
      createdAt: q3.start,
    },
  ]);

  // Moderation is off here: reviews are published as soon as they are written.
  const camilleReviewId = id();
  const reviews = inTenant<Prisma.ReviewCreateManyInput>(tenantId, [
    {
      id: camilleReviewId,
      customerId: c.camille.id,
      jobId: jobIds.q1,
      rating: 5,
      comment: 'Noisette est revenue toute belle et détendue. Inès est très douce avec les chiens anxieux. Je recommande !',
      status: 'published',
      response: 'Merci Camille ! Noisette a été adorable, à très bientôt.',
      respondedAt: notAfter(minutesAfter(done(q1), 2 * 1440), now),
      publishedAt: notAfter(minutesAfter(done(q1), 1440), now),
      createdAt: notAfter(minutesAfter(done(q1), 1440), now),
    },
    {
      customerId: c.julien.id,
      jobId: jobIds.q3,
      rating: 4,
      comment: 'Très bon travail sur Praline. Un peu d’attente à la récupération.',
      status: 'published',
      response: 'Merci Julien ! Nous avons ajouté une personne à l’accueil le samedi pour les récupérations.',
      respondedAt: notAfter(minutesAfter(done(q3), 1440), now),
      publishedAt: notAfter(minutesAfter(done(q3), 600), now),
      createdAt: notAfter(minutesAfter(done(q3), 600), now),
    },
    // q2 (Alex's bath for Biscuit) and q4 (Mistigri) are completed and left unreviewed, for the portal's review form.
  ]);

  const activityLogs = inTenant<Prisma.ActivityLogCreateManyInput>(tenantId, [
    {
      actorType: 'customer',
      actorId: c.camille.id,
      customerId: c.camille.id,
      action: 'invoice.paid',
      subjectId: inv.noisette.id,
      ip: '192.0.2.41',
      createdAt: minutesAfter(done(q1), 2 * 1440),
    },
    {
      actorType: 'customer',
      actorId: c.camille.id,
      customerId: c.camille.id,
      action: 'review.submitted',
      subjectId: camilleReviewId,
      ip: '192.0.2.41',
      createdAt: minutesAfter(done(q1), 1440),
    },
    { actorType: 'staff', actorId: staff.hugo.id, customerId: c.julien.id, action: 'invoice.payment_recorded', subjectId: inv.praline.id, createdAt: minutesAfter(done(q3), 10) },
    { actorType: 'customer', actorId: c.emma.id, customerId: c.emma.id, action: 'request.submitted', subjectId: emmaRequestId, ip: '192.0.2.88', createdAt: ago(3) },
  ]);

  // The bell: unread notifications for the demo customers (Alex, Camille) and the owner (Claire).
  const notifications = inTenant<Prisma.NotificationCreateManyInput>(tenantId, [
    {
      customerId: c.alex.id,
      kind: 'bookingConfirmed',
      subjectType: 'job',
      subjectId: jobIds.q6,
      params: { title: 'Toilettage complet — Biscuit', start: q6.start.toISOString() },
      createdAt: ago(4),
    },
    {
      customerId: c.camille.id,
      kind: 'bookingConfirmed',
      subjectType: 'job',
      subjectId: jobIds.q8,
      params: { title: 'Toilettage complet — Noisette', start: q8.start.toISOString() },
      createdAt: ago(1),
    },
    {
      staffUserId: staff.owner.id,
      kind: 'newBooking',
      subjectType: 'job',
      subjectId: jobIds.q8,
      params: { customer: c.camille.name, title: 'Toilettage complet — Noisette', start: q8.start.toISOString() },
      createdAt: ago(1),
    },
    {
      staffUserId: staff.owner.id,
      kind: 'newBooking',
      subjectType: 'job',
      subjectId: jobIds.q5,
      params: { customer: c.emma.name, title: 'Premier toilettage chiot — Mochi', start: q5.start.toISOString() },
      createdAt: ago(2),
    },
  ]);

  return {
    tenant: {
      id: tenantId,
      slug: SLUG,
      name: pawsome.name,
      trade: 'grooming',
      primaryColor: '#7c3aed',
      accentColor: '#f472b6',
      timeZone: TIME_ZONE,
      currency: CURRENCY,
      locale: 'fr',
      invoiceNumberFormat: FORMAT,
      selfRegistration: true,
      customersMayAddSites: true,
      customersMayAddAssets: true,
      reviewModeration: false,
      bookingHours: BOOKING_HOURS,
      slotMinutes: 30,
      minLeadMinutes: MIN_LEAD_MINUTES,
      maxAdvanceDays: 45,
      changeWindowHours: 48,
      // Grooming tips are expected: paying for a completed visit offers one for the groomer.
      tipsEnabled: true,
      tipPresetsPercent: [10, 15, 20],
      // Groomers confirm each booking: customers send a request for one of their animals.
      bookingMode: 'request',
      // A French business: its invoices carry its SIRET, VAT number and the legal payment mentions.
      contactPhone: '+33 1 42 00 17 35',
      contactEmail: 'bonjour@pawsome-toilettage.example.fr',
      addressLine1: '27 rue de Lévis',
      addressLine2: null,
      city: 'Paris',
      postalCode: '75017',
      region: null,
      country: 'FR',
      openingHours: 'Mardi – samedi : 9 h 30 – 19 h\nFermé le dimanche et le lundi',
      legalName: 'Pawsome Toilettage SAS',
      registrationNumber: '852 345 677 00011',
      vatNumber: 'FR61852345677',
      createdAt: ago(600),
    },
    staffUsers,
    customers,
    portalAccounts,
    sites,
    assetTypes,
    assetTypeNames,
    assets,
    serviceTypes,
    // Both technicians can do every service; online booking offers the bookable ones.
    serviceTypeTechnicians: serviceTypes.flatMap((x) => [staff.hugo.id, staff.ines.id].map((staffUserId) => ({ tenantId, serviceTypeId: x.id as string, staffUserId }))),
    closedDates: [{ tenantId, date: dateOnly(at.day(17)), label: "Formation de l'équipe" }],
    jobs,
    jobInternalNotes,
    serviceAgreements: [],
    invoices,
    invoiceLines: book.lines,
    invoiceSequences,
    payments,
    serviceRequests,
    documents,
    reviews,
    activityLogs,
    notifications,
  };
}

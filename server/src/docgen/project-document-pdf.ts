// Draws a generated project document on the branded PDF layer: the template's text blocks (the
// first opens the document, the others follow the project's details) around a section of facts
// each kind draws itself: the team and schedule of a welcome pack, the phases, delays and photos
// of a progress report, the certificate's statement and signatures, the warranty's period and
// covered items. Real text in the reader's language; pages break between rows, never inside one.
import { writtenLanguage, type Language } from '../common/languages.js';
import { postalAddressLine } from '../common/postal-address.js';
import type { GeneratedDocumentKind } from '../generated/prisma/enums.js';
import { A4, openPdfImage, printable, startBrandedPdf } from '../pdf/branded-pdf.js';
import { formatDay, formatPercent, placeholderValues, type ProjectDocumentFacts } from './project-document-facts.js';
import { fillPlaceholders, type TemplateBlock } from './template-placeholders.js';

type Words = {
  title: Record<GeneratedDocumentKind, string>;
  band: Record<GeneratedDocumentKind, string>;
  preparedFor: string;
  issued: string;
  project: string;
  site: string;
  start: string;
  plannedEnd: string;
  expectedEnd: string;
  progress: string;
  completedOn: string;
  team: string;
  roles: Record<'lead' | 'crew' | 'office', string>;
  schedule: string;
  phase: string;
  dates: string;
  status: string;
  statuses: Record<string, string>;
  milestones: string;
  due: string;
  reached: string;
  milestone: string;
  delays: string;
  noDelays: string;
  days: (n: number) => string;
  photos: string;
  certifies: string;
  presentedTo: string;
  signedFor: string;
  customerSignature: string;
  date: string;
  warrantyPeriod: string;
  duration: string;
  months: (n: number) => string;
  from: string;
  until: string;
  covered: string;
  coveredAll: string;
  /** ': ', with the French no-break space before it. */
  colon: string;
};

const WORDS: Record<Language, Words> = {
  en: {
    title: { WELCOME_PACK: 'Welcome pack', PROGRESS_REPORT: 'Progress report', COMPLETION_CERTIFICATE: 'Certificate of completion', WARRANTY: 'Warranty' },
    band: { WELCOME_PACK: 'Welcome', PROGRESS_REPORT: 'Progress report', COMPLETION_CERTIFICATE: 'Certificate', WARRANTY: 'Warranty' },
    preparedFor: 'Prepared for',
    issued: 'Issued',
    project: 'Project',
    site: 'Site',
    start: 'Start',
    plannedEnd: 'Planned end',
    expectedEnd: 'Expected end',
    progress: 'Progress',
    completedOn: 'Completed on',
    team: 'Your team',
    roles: { lead: 'Project manager', crew: 'On site', office: 'Office' },
    schedule: 'Schedule',
    phase: 'Phase',
    dates: 'Dates',
    status: 'Status',
    statuses: {
      planned: 'Planned',
      not_started: 'Not started',
      in_progress: 'In progress',
      active: 'In progress',
      done: 'Done',
      completed: 'Done',
      blocked: 'On hold',
      on_hold: 'On hold',
      delayed: 'Delayed',
      cancelled: 'Cancelled',
      skipped: 'Skipped',
    },
    milestones: 'Milestones',
    due: 'Planned',
    reached: 'Reached',
    milestone: 'Milestone: ',
    delays: 'Delays',
    noDelays: 'No delays so far.',
    days: (n) => (n === 1 ? '1 day' : `${n} days`),
    photos: 'Photos from site',
    certifies: 'This certifies that the works described below are complete.',
    presentedTo: 'Presented to',
    signedFor: 'For',
    customerSignature: 'Customer',
    date: 'Date',
    warrantyPeriod: 'Warranty period',
    duration: 'Duration',
    months: (n) => (n === 1 ? '1 month' : `${n} months`),
    from: 'From',
    until: 'Until',
    covered: 'Covered items',
    coveredAll: 'All the works carried out for this project.',
    colon: ': ',
  },
  fr: {
    title: { WELCOME_PACK: 'Livret d’accueil', PROGRESS_REPORT: 'Rapport d’avancement', COMPLETION_CERTIFICATE: 'Certificat d’achèvement des travaux', WARRANTY: 'Garantie' },
    band: { WELCOME_PACK: 'Bienvenue', PROGRESS_REPORT: 'Avancement', COMPLETION_CERTIFICATE: 'Certificat', WARRANTY: 'Garantie' },
    preparedFor: 'Préparé pour',
    issued: 'Émis le',
    project: 'Projet',
    site: 'Chantier',
    start: 'Début',
    plannedEnd: 'Fin prévue',
    expectedEnd: 'Fin estimée',
    progress: 'Avancement',
    completedOn: 'Achevé le',
    team: 'Votre équipe',
    roles: { lead: 'Chef de projet', crew: 'Sur le chantier', office: 'Bureau' },
    schedule: 'Planning',
    phase: 'Phase',
    dates: 'Dates',
    status: 'État',
    statuses: {
      planned: 'Prévue',
      not_started: 'Pas commencée',
      in_progress: 'En cours',
      active: 'En cours',
      done: 'Terminée',
      completed: 'Terminée',
      blocked: 'En attente',
      on_hold: 'En attente',
      delayed: 'Retardée',
      cancelled: 'Annulée',
      skipped: 'Non réalisée',
    },
    milestones: 'Étapes',
    due: 'Prévue le',
    reached: 'Franchie le',
    milestone: 'Étape\u00a0: ',
    delays: 'Retards',
    noDelays: 'Aucun retard à ce jour.',
    days: (n) => (n === 1 ? '1 jour' : `${n} jours`),
    photos: 'Photos du chantier',
    certifies: 'Nous certifions que les travaux décrits ci-dessous sont achevés.',
    presentedTo: 'Remis à',
    signedFor: 'Pour',
    customerSignature: 'Client',
    date: 'Date',
    warrantyPeriod: 'Période de garantie',
    duration: 'Durée',
    months: (n) => `${n} mois`,
    from: 'Du',
    until: 'Au',
    covered: 'Éléments couverts',
    coveredAll: 'L’ensemble des travaux réalisés pour ce projet.',
    colon: '\u00a0: ',
  },
  es: {
    title: { WELCOME_PACK: 'Dosier de bienvenida', PROGRESS_REPORT: 'Informe de avance', COMPLETION_CERTIFICATE: 'Certificado de finalización de obra', WARRANTY: 'Garantía' },
    band: { WELCOME_PACK: 'Bienvenida', PROGRESS_REPORT: 'Avance', COMPLETION_CERTIFICATE: 'Certificado', WARRANTY: 'Garantía' },
    preparedFor: 'Preparado para',
    issued: 'Emitido el',
    project: 'Proyecto',
    site: 'Obra',
    start: 'Inicio',
    plannedEnd: 'Fin previsto',
    expectedEnd: 'Fin estimado',
    progress: 'Avance',
    completedOn: 'Terminado el',
    team: 'Su equipo',
    roles: { lead: 'Jefe/a de obra', crew: 'En la obra', office: 'Oficina' },
    schedule: 'Calendario',
    phase: 'Fase',
    dates: 'Fechas',
    status: 'Estado',
    statuses: {
      planned: 'Prevista',
      not_started: 'Sin empezar',
      in_progress: 'En curso',
      active: 'En curso',
      done: 'Terminada',
      completed: 'Terminada',
      blocked: 'En espera',
      on_hold: 'En espera',
      delayed: 'Retrasada',
      cancelled: 'Cancelada',
      skipped: 'No realizada',
    },
    milestones: 'Hitos',
    due: 'Previsto',
    reached: 'Completado',
    milestone: 'Hito: ',
    delays: 'Retrasos',
    noDelays: 'Sin retrasos hasta ahora.',
    days: (n) => (n === 1 ? '1 día' : `${n} días`),
    photos: 'Fotos de la obra',
    certifies: 'Se certifica que las obras descritas a continuación están terminadas.',
    presentedTo: 'Entregado a',
    signedFor: 'Por',
    customerSignature: 'Cliente',
    date: 'Fecha',
    warrantyPeriod: 'Periodo de garantía',
    duration: 'Duración',
    months: (n) => (n === 1 ? '1 mes' : `${n} meses`),
    from: 'Desde',
    until: 'Hasta',
    covered: 'Elementos cubiertos',
    coveredAll: 'Todas las obras realizadas para este proyecto.',
    colon: ': ',
  },
};

/** The document's title in a language (its stored title, the PDF's title). */
/** "Progress report – Kitchen remodel: Cabinets installed": a report names its milestone, so a project's reports tell apart. */
export function generatedDocumentTitle(kind: GeneratedDocumentKind, language: Language, projectName: string, milestoneName: string | null = null): string {
  const title = `${WORDS[language].title[kind]} – ${projectName}`;
  return kind === 'PROGRESS_REPORT' && milestoneName ? `${title}${language === 'fr' ? ' : ' : ': '}${milestoneName}` : title;
}

const INK = '#111827';
const MUTED = '#6b7280';
const BODY = '#374151';
const RULE = '#e5e7eb';
const LEFT = A4.margin;
const WIDTH = A4.width - 2 * A4.margin;
/** Lowest y content may reach before a new page: the seller's footer sits below. */
const BOTTOM = A4.height - 72;
const MAX_PHOTOS = 6;

interface Page {
  doc: PDFKit.PDFDocument;
  primary: string;
  language: Language;
  t: Words;
  facts: ProjectDocumentFacts;
}

/** Renders the document; `blocks` are the template's, placeholders not yet filled. */
export function renderProjectDocumentPdf(facts: ProjectDocumentFacts, blocks: readonly TemplateBlock[]): Promise<Buffer> {
  const language = writtenLanguage(facts.customer.locale, facts.business.locale);
  const t = WORDS[language];
  const values = placeholderValues(facts, language);
  const filled = blocks.map((block) => ({ heading: printable(fillPlaceholders(block.heading, values)), body: printable(fillPlaceholders(block.body, values)) }));
  const { doc, done, primary, finish } = startBrandedPdf({
    lang: language,
    title: generatedDocumentTitle(facts.kind, language, facts.project.name, facts.milestone?.name ?? null),
    heading: t.band[facts.kind],
    business: facts.business,
    logo: facts.logo,
    renderedAt: facts.renderedAt,
  });
  const page: Page = { doc, primary, language, t, facts };
  const [opening, ...rest] = filled;
  switch (facts.kind) {
    case 'WELCOME_PACK':
      titleBlock(page);
      summary(page, [
        [t.start, formatDay(facts.project.startDate, language)],
        [t.plannedEnd, formatDay(facts.project.targetEndDate, language)],
        [t.site, siteLine(page)],
      ]);
      if (opening) textBlock(page, opening);
      team(page);
      phasesTable(page, false);
      milestones(page);
      for (const block of rest) textBlock(page, block);
      break;
    case 'PROGRESS_REPORT':
      titleBlock(page, facts.milestone ? `${t.milestone}${facts.milestone.name}` : null);
      summary(page, [
        [t.progress, formatPercent(facts.project.progress, language)],
        [t.plannedEnd, formatDay(facts.project.targetEndDate, language)],
        [t.expectedEnd, formatDay(facts.project.forecastEndDate ?? facts.project.targetEndDate, language)],
      ]);
      if (opening) textBlock(page, opening);
      phasesTable(page, true);
      delays(page);
      for (const block of rest) textBlock(page, block);
      photos(page);
      break;
    case 'COMPLETION_CERTIFICATE':
      certificate(page, opening ?? null, rest);
      break;
    case 'WARRANTY':
      titleBlock(page);
      warrantySummary(page);
      if (opening) textBlock(page, opening);
      coveredItems(page);
      for (const block of rest) textBlock(page, block);
      break;
  }
  finish();
  return done;
}

function ensureSpace(page: Page, height: number): void {
  if (page.doc.y + height > BOTTOM) {
    page.doc.addPage();
    // A thin band in the business's colour ties the following pages to the first.
    page.doc.rect(0, 0, A4.width, 8).fill(page.primary);
    page.doc.y = A4.margin;
  }
}

function siteLine(page: Page): string {
  const { address } = page.facts.project;
  return address ? printable(postalAddressLine(address, { locale: page.language, homeCountry: page.facts.business.contact.country })) : '';
}

/** The document's title, the project, and whom it is for. */
function titleBlock(page: Page, subtitle: string | null = null): void {
  const { doc, t, facts, language } = page;
  doc.fillColor(MUTED).font('Helvetica').fontSize(9).text(t.title[facts.kind].toUpperCase(), LEFT, 116, { width: WIDTH, characterSpacing: 0.6 });
  doc
    .fillColor(INK)
    .font('Helvetica-Bold')
    .fontSize(20)
    .text(printable(facts.project.name), LEFT, doc.y + 4, { width: WIDTH });
  if (subtitle)
    doc
      .fillColor(page.primary)
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(printable(subtitle), LEFT, doc.y + 2, { width: WIDTH });
  doc
    .fillColor(MUTED)
    .font('Helvetica')
    .fontSize(10)
    .text(`${t.preparedFor} ${printable(facts.customer.name)} · ${t.issued} ${placeholderValues(facts, language)['document.date'] ?? ''}`, LEFT, doc.y + 6, { width: WIDTH });
  doc.y += 14;
}

/** A row of key facts on a tinted panel. */
function summary(page: Page, items: [string, string][]): void {
  const { doc } = page;
  const shown = items.filter(([, value]) => value);
  if (!shown.length) return;
  const columnWidth = WIDTH / shown.length;
  doc.font('Helvetica-Bold').fontSize(11);
  const valueHeight = Math.max(...shown.map(([, value]) => doc.heightOfString(value, { width: columnWidth - 24 })));
  const height = 30 + valueHeight;
  ensureSpace(page, height + 10);
  const top = doc.y;
  doc.roundedRect(LEFT, top, WIDTH, height, 6).fill('#f3f4f6');
  shown.forEach(([label, value], index) => {
    const x = LEFT + index * columnWidth + 12;
    doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(8.5)
      .text(label.toUpperCase(), x, top + 10, { width: columnWidth - 24, characterSpacing: 0.4 });
    doc
      .fillColor(INK)
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(value, x, top + 23, { width: columnWidth - 24 });
  });
  doc.y = top + height + 16;
}

function sectionHeading(page: Page, label: string, spaceAfter = 60): void {
  const { doc } = page;
  ensureSpace(page, 30 + spaceAfter);
  doc.y += 6;
  doc.fillColor(page.primary).font('Helvetica-Bold').fontSize(13).text(label, LEFT, doc.y, { width: WIDTH });
  const y = doc.y + 3;
  doc
    .moveTo(LEFT, y)
    .lineTo(LEFT + WIDTH, y)
    .lineWidth(0.75)
    .strokeColor(RULE)
    .stroke();
  doc.y = y + 8;
}

/** A template block: its heading, then its paragraphs (text flows onto the next page as needed). */
function textBlock(page: Page, block: TemplateBlock): void {
  const { doc } = page;
  if (block.heading) sectionHeading(page, block.heading, 40);
  else ensureSpace(page, 40);
  if (block.body) {
    doc.fillColor(BODY).font('Helvetica').fontSize(10.5).text(block.body, LEFT, doc.y, { width: WIDTH, lineGap: 2.5, paragraphGap: 6 });
  }
  doc.y += 10;
}

function team(page: Page): void {
  const { doc, t, facts } = page;
  if (!facts.team.length) return;
  sectionHeading(page, t.team);
  const columnWidth = (WIDTH - 16) / 2;
  for (let i = 0; i < facts.team.length; i += 2) {
    const pair = facts.team.slice(i, i + 2);
    const lines = pair.map((member) => [member.phone, member.email].filter((v): v is string => Boolean(v)));
    const height = 44 + 13 * Math.max(...lines.map((l) => l.length));
    ensureSpace(page, height + 8);
    const top = doc.y;
    pair.forEach((member, index) => {
      const x = LEFT + index * (columnWidth + 16);
      doc.roundedRect(x, top, columnWidth, height, 5).lineWidth(0.75).strokeColor(RULE).stroke();
      doc.rect(x, top, 3, height).fill(page.primary);
      doc
        .fillColor(MUTED)
        .font('Helvetica')
        .fontSize(8.5)
        .text(t.roles[member.role].toUpperCase(), x + 12, top + 9, { width: columnWidth - 20, characterSpacing: 0.4 });
      doc
        .fillColor(INK)
        .font('Helvetica-Bold')
        .fontSize(11)
        .text(printable(member.name), x + 12, top + 22, { width: columnWidth - 20, height: 14, ellipsis: true });
      doc.fillColor(BODY).font('Helvetica').fontSize(9.5);
      (lines[index] ?? []).forEach((line, n) => doc.text(printable(line), x + 12, top + 38 + n * 13, { width: columnWidth - 20, height: 12, ellipsis: true }));
    });
    doc.y = top + height + 8;
  }
  doc.y += 6;
}

function statusLabel(page: Page, status: string): string {
  return page.t.statuses[status.toLowerCase()] ?? status.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function dateRange(page: Page, start: string | null, end: string | null): string {
  const from = formatDay(start, page.language, 'short');
  const to = formatDay(end, page.language, 'short');
  return from && to ? `${from} – ${to}` : from || to || '—';
}

/** The phases with their dates and state; with `bars`, each phase's progress drawn as a bar. */
function phasesTable(page: Page, bars: boolean): void {
  const { doc, t, facts } = page;
  if (!facts.phases.length) return;
  sectionHeading(page, t.schedule);
  const columns = bars ? [175, 150, 75, 95] : [215, 185, 95, 0];
  const header = () => {
    const top = doc.y;
    doc.fillColor(MUTED).font('Helvetica-Bold').fontSize(8.5);
    let x = LEFT;
    [t.phase, t.dates, t.status, bars ? t.progress : ''].forEach((label, i) => {
      if (label) doc.text(label.toUpperCase(), x, top, { width: (columns[i] ?? 0) - 8, characterSpacing: 0.4 });
      x += columns[i] ?? 0;
    });
    doc.y = top + 16;
  };
  header();
  for (const phase of facts.phases) {
    doc.font('Helvetica-Bold').fontSize(10);
    const name = printable(phase.name);
    const nameHeight = doc.heightOfString(name, { width: (columns[0] ?? 0) - 8 });
    doc.font('Helvetica').fontSize(9.5);
    const datesHeight = doc.heightOfString(dateRange(page, phase.startDate, phase.endDate), { width: (columns[1] ?? 0) - 8 });
    const height = Math.max(20, nameHeight + 10, datesHeight + 10);
    if (doc.y + height > BOTTOM) {
      ensureSpace(page, height + 30);
      header();
    }
    const top = doc.y;
    doc
      .moveTo(LEFT, top)
      .lineTo(LEFT + WIDTH, top)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    let x = LEFT;
    doc
      .fillColor(INK)
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(name, x, top + 6, { width: (columns[0] ?? 0) - 8 });
    x += columns[0] ?? 0;
    doc
      .fillColor(BODY)
      .font('Helvetica')
      .fontSize(9.5)
      .text(dateRange(page, phase.startDate, phase.endDate), x, top + 6.5, { width: (columns[1] ?? 0) - 8 });
    x += columns[1] ?? 0;
    doc.text(statusLabel(page, phase.status), x, top + 6.5, { width: (columns[2] ?? 0) - 8 });
    x += columns[2] ?? 0;
    if (bars) {
      const barWidth = 56;
      const progress = Math.max(0, Math.min(100, phase.progress));
      doc.roundedRect(x, top + 8, barWidth, 6, 3).fill('#e5e7eb');
      if (progress > 0) doc.roundedRect(x, top + 8, Math.max(6, (barWidth * progress) / 100), 6, 3).fill(page.primary);
      doc
        .fillColor(BODY)
        .font('Helvetica')
        .fontSize(9)
        .text(formatPercent(progress, page.language), x + barWidth + 6, top + 6.5, { width: (columns[3] ?? 0) - barWidth - 6 });
    }
    doc.y = top + height;
  }
  doc
    .moveTo(LEFT, doc.y)
    .lineTo(LEFT + WIDTH, doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.y += 14;
}

function milestones(page: Page): void {
  const { doc, t, facts, language } = page;
  if (!facts.milestones.length) return;
  sectionHeading(page, t.milestones, 30);
  for (const milestone of facts.milestones) {
    const when = milestone.reachedOn
      ? `${t.reached} ${formatDay(milestone.reachedOn, language, 'short')}`
      : milestone.dueDate
        ? `${t.due} ${formatDay(milestone.dueDate, language, 'short')}`
        : '';
    doc.font('Helvetica-Bold').fontSize(10);
    const height = Math.max(18, doc.heightOfString(printable(milestone.name), { width: 300 }) + 6);
    ensureSpace(page, height);
    const top = doc.y;
    doc.circle(LEFT + 4, top + 5.5, 3.5).fill(milestone.reachedOn ? page.primary : '#d1d5db');
    doc
      .fillColor(INK)
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(printable(milestone.name), LEFT + 16, top, { width: 300 });
    doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(9.5)
      .text(when, LEFT + 320, top + 0.5, { width: WIDTH - 320, align: 'right' });
    doc.y = top + height;
  }
  doc.y += 10;
}

function delays(page: Page): void {
  const { doc, t, facts, language } = page;
  sectionHeading(page, t.delays, 24);
  if (!facts.delays.length) {
    doc.fillColor(BODY).font('Helvetica').fontSize(10).text(t.noDelays, LEFT, doc.y, { width: WIDTH });
    doc.y += 12;
    return;
  }
  for (const delay of facts.delays) {
    const meta = [formatDay(delay.reportedOn, language), delay.days ? `+${t.days(delay.days)}` : ''].filter(Boolean).join(' · ');
    doc.font('Helvetica').fontSize(10);
    const height = doc.heightOfString(printable(delay.reason), { width: WIDTH - 150 }) + 10;
    ensureSpace(page, height);
    const top = doc.y;
    doc.rect(LEFT, top, 3, height - 6).fill('#f59e0b');
    doc
      .fillColor(INK)
      .font('Helvetica')
      .fontSize(10)
      .text(printable(delay.reason), LEFT + 12, top, { width: WIDTH - 150 });
    doc
      .fillColor(MUTED)
      .fontSize(9.5)
      .text(meta, LEFT + WIDTH - 130, top, { width: 130, align: 'right' });
    doc.y = top + height;
  }
  doc.y += 8;
}

/** Up to six photos, three to a row, each cropped to fill its cell, with its caption. */
function photos(page: Page): void {
  const { doc, t, facts } = page;
  const images = facts.photos
    .map((photo) => ({ image: openPdfImage(doc, photo.image), caption: photo.caption }))
    .filter((photo) => photo.image !== null)
    .slice(0, MAX_PHOTOS);
  if (!images.length) return;
  const gap = 12;
  const cellWidth = (WIDTH - 2 * gap) / 3;
  const cellHeight = cellWidth * 0.75;
  const rowHeight = cellHeight + 30;
  sectionHeading(page, t.photos, rowHeight);
  for (let i = 0; i < images.length; i += 3) {
    ensureSpace(page, rowHeight);
    const top = doc.y;
    images.slice(i, i + 3).forEach(({ image, caption }, index) => {
      if (!image) return;
      const x = LEFT + index * (cellWidth + gap);
      const scale = Math.max(cellWidth / image.width, cellHeight / image.height);
      const width = image.width * scale;
      const height = image.height * scale;
      doc.save();
      doc.roundedRect(x, top, cellWidth, cellHeight, 4).clip();
      doc.image(image.src, x + (cellWidth - width) / 2, top + (cellHeight - height) / 2, { width, height });
      doc.restore();
      if (caption)
        doc
          .fillColor(MUTED)
          .font('Helvetica')
          .fontSize(8.5)
          .text(printable(caption), x, top + cellHeight + 4, { width: cellWidth, height: 22, ellipsis: true });
    });
    doc.y = top + rowHeight;
  }
}

function warrantySummary(page: Page): void {
  const { t, facts, language } = page;
  const { warranty } = facts;
  if (!warranty) return;
  summary(page, [
    [t.duration, t.months(warranty.months)],
    [t.from, formatDay(warranty.startDate, language)],
    [t.until, formatDay(warranty.endDate, language)],
  ]);
  if (facts.project.address) {
    page.doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(9.5)
      .text(`${t.site}${t.colon}${siteLine(page)}`, LEFT, page.doc.y - 6, { width: WIDTH });
    page.doc.y += 10;
  }
}

function coveredItems(page: Page): void {
  const { doc, t, facts } = page;
  const items = facts.warranty?.items.filter((item) => item.trim()) ?? [];
  sectionHeading(page, t.covered, 20);
  if (!items.length) {
    doc.fillColor(BODY).font('Helvetica').fontSize(10.5).text(t.coveredAll, LEFT, doc.y, { width: WIDTH });
    doc.y += 12;
    return;
  }
  for (const item of items) {
    doc.font('Helvetica').fontSize(10.5);
    const height = doc.heightOfString(printable(item), { width: WIDTH - 18 }) + 5;
    ensureSpace(page, height);
    const top = doc.y;
    doc.circle(LEFT + 4, top + 6, 2.2).fill(page.primary);
    doc
      .fillColor(BODY)
      .font('Helvetica')
      .fontSize(10.5)
      .text(printable(item), LEFT + 16, top, { width: WIDTH - 18 });
    doc.y = top + height;
  }
  doc.y += 12;
}

/** A certificate: framed, centred, with the facts it certifies and two signature lines. */
function certificate(page: Page, statement: TemplateBlock | null, rest: TemplateBlock[]): void {
  const { doc, t, facts, language, primary } = page;
  const frame = { x: 36, y: 104, width: A4.width - 72, height: BOTTOM - 104 + 16 };
  doc.rect(frame.x, frame.y, frame.width, frame.height).lineWidth(2).strokeColor(primary).stroke();
  doc
    .rect(frame.x + 5, frame.y + 5, frame.width - 10, frame.height - 10)
    .lineWidth(0.6)
    .strokeColor(primary)
    .stroke();
  const inner = { x: 80, width: A4.width - 160 };
  doc.fillColor(primary).font('Helvetica-Bold').fontSize(24).text(t.title.COMPLETION_CERTIFICATE, inner.x, 140, { width: inner.width, align: 'center' });
  doc.y += 10;
  doc.fillColor(MUTED).font('Helvetica').fontSize(10.5).text(t.certifies, inner.x, doc.y, { width: inner.width, align: 'center' });
  doc.y += 18;
  doc.fillColor(MUTED).font('Helvetica').fontSize(9).text(t.presentedTo.toUpperCase(), inner.x, doc.y, { width: inner.width, align: 'center', characterSpacing: 0.6 });
  doc
    .fillColor(INK)
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(printable(facts.customer.name), inner.x, doc.y + 4, { width: inner.width, align: 'center' });
  doc.y += 18;
  const rows: [string, string][] = [
    [t.project, printable(facts.project.name)],
    [t.site, siteLine(page)],
    [t.start, formatDay(facts.project.startDate, language)],
    [t.completedOn, formatDay(facts.project.completedOn, language)],
  ];
  if (facts.warranty) rows.push([t.warrantyPeriod, `${formatDay(facts.warranty.startDate, language)} – ${formatDay(facts.warranty.endDate, language)}`]);
  for (const [label, value] of rows.filter(([, v]) => v)) {
    const top = doc.y;
    doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(10)
      .text(label, inner.x + 20, top, { width: 140 });
    doc
      .fillColor(INK)
      .font('Helvetica-Bold')
      .fontSize(10.5)
      .text(value, inner.x + 170, top, { width: inner.width - 190 });
    doc.y = Math.max(doc.y, top + 14) + 6;
  }
  doc.y += 10;
  for (const block of [statement, ...rest]) {
    if (!block) continue;
    if (block.heading) doc.fillColor(primary).font('Helvetica-Bold').fontSize(11.5).text(block.heading, inner.x, doc.y, { width: inner.width, align: 'center' });
    if (block.body)
      doc
        .fillColor(BODY)
        .font('Helvetica')
        .fontSize(10)
        .text(block.body, inner.x, doc.y + 3, { width: inner.width, align: 'center', lineGap: 2 });
    doc.y += 12;
  }
  // The signatures at the foot of the frame, or on the next page if the text came that far.
  const signatureTop = BOTTOM - 70;
  if (doc.y > signatureTop - 10) {
    doc.addPage();
    doc.rect(0, 0, A4.width, 8).fill(primary);
  }
  const columnWidth = (inner.width - 40) / 2;
  const lines: [string, number][] = [
    [`${t.signedFor} ${printable(facts.business.name)}`, inner.x],
    [`${t.customerSignature} – ${printable(facts.customer.name)}`, inner.x + columnWidth + 40],
  ];
  for (const [label, x] of lines) {
    doc
      .moveTo(x, signatureTop + 30)
      .lineTo(x + columnWidth, signatureTop + 30)
      .lineWidth(0.75)
      .strokeColor('#9ca3af')
      .stroke();
    doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(9)
      .text(label, x, signatureTop + 36, { width: columnWidth, height: 12, ellipsis: true });
    doc.text(`${t.date}:`, x, signatureTop + 49, { width: columnWidth });
  }
}

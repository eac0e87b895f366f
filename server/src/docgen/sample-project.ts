// The made-up project a template is previewed with, in the preview's language: a kitchen and
// bathroom renovation with its phases, milestones, a delay, photos and a warranty, dated around
// the business's today so the preview reads like a real document.
import type { Language } from '../common/languages.js';
import { todayIn } from '../common/dates.js';
import type { GeneratedDocumentKind } from '../generated/prisma/enums.js';
import type { PdfBusiness } from '../pdf/branded-pdf.js';
import { addMonths, type Day, type ProjectDocumentFacts } from './project-document-facts.js';
import { samplePhoto } from './sample-images.js';

function addDays(day: Day, days: number): Day {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const TEXT = {
  en: {
    customer: 'Alex Morgan',
    project: 'Kitchen and bathroom renovation',
    phases: ['Demolition and strip-out', 'Plumbing and electrics', 'Plastering and tiling', 'Kitchen fitting', 'Finishing and snagging'],
    milestones: ['Strip-out complete', 'First fix signed off', 'Kitchen installed', 'Handover'],
    delay: 'Worktops delivered late by the supplier',
    captions: ['Kitchen before the works', 'New wiring in the kitchen', 'Bathroom tiling', 'Kitchen units in place'],
    items: ['Kitchen units and worktops', 'Bathroom tiling and waterproofing', 'Plumbing and electrical work'],
    lead: 'Sam Carter',
    crew: 'Jordan Lee',
  },
  fr: {
    customer: 'Camille Martin',
    project: 'Rénovation cuisine et salle de bains',
    phases: ['Démolition et dépose', 'Plomberie et électricité', 'Plâtrerie et carrelage', 'Pose de la cuisine', 'Finitions et réserves'],
    milestones: ['Dépose terminée', 'Réseaux validés', 'Cuisine posée', 'Réception des travaux'],
    delay: 'Plans de travail livrés en retard par le fournisseur',
    captions: ['La cuisine avant travaux', 'Nouveau câblage de la cuisine', 'Carrelage de la salle de bains', 'Meubles de cuisine posés'],
    items: ['Meubles et plans de travail de la cuisine', 'Carrelage et étanchéité de la salle de bains', 'Plomberie et électricité'],
    lead: 'Julien Bernard',
    crew: 'Léa Petit',
  },
  es: {
    customer: 'Lucía García',
    project: 'Reforma de cocina y baño',
    phases: ['Demolición y desmontaje', 'Fontanería y electricidad', 'Yeso y alicatado', 'Montaje de la cocina', 'Acabados y repasos'],
    milestones: ['Desmontaje terminado', 'Instalaciones aprobadas', 'Cocina montada', 'Entrega'],
    delay: 'El proveedor entregó tarde las encimeras',
    captions: ['La cocina antes de la obra', 'Nueva instalación eléctrica', 'Alicatado del baño', 'Muebles de cocina montados'],
    items: ['Muebles y encimeras de la cocina', 'Alicatado e impermeabilización del baño', 'Fontanería y electricidad'],
    lead: 'Carlos Romero',
    crew: 'Marta Díaz',
  },
} satisfies Record<Language, unknown>;

const WALLS: [number, number, number][] = [
  [214, 204, 188],
  [190, 170, 150],
  [150, 180, 190],
  [225, 225, 215],
];

export interface SampleProjectParts {
  kind: GeneratedDocumentKind;
  language: Language;
  business: PdfBusiness;
  logo: Uint8Array | null;
  portalUrl: string;
  warrantyMonths: number;
  renderedAt: Date;
}

export function sampleProjectFacts(parts: SampleProjectParts): ProjectDocumentFacts {
  const { kind, language, business } = parts;
  const text = TEXT[language];
  const today = todayIn(business.timeZone, parts.renderedAt);
  // The welcome pack is sent before the start; the report half-way; the last two at the end.
  const start = kind === 'WELCOME_PACK' ? addDays(today, 14) : kind === 'PROGRESS_REPORT' ? addDays(today, -30) : addDays(today, -70);
  const end = addDays(start, 70);
  const done = (index: number) => kind === 'COMPLETION_CERTIFICATE' || kind === 'WARRANTY' || (kind === 'PROGRESS_REPORT' && index < 2);
  const phases = text.phases.map((name, index) => ({
    name,
    status: done(index) ? 'done' : kind === 'PROGRESS_REPORT' && index === 2 ? 'in_progress' : 'planned',
    startDate: addDays(start, index * 14),
    endDate: addDays(start, index * 14 + 13),
    progress: done(index) ? 100 : kind === 'PROGRESS_REPORT' && index === 2 ? 40 : 0,
  }));
  const milestones = text.milestones.map((name, index) => ({
    name,
    dueDate: addDays(start, [13, 27, 55, 70][index] ?? 70),
    reachedOn: done(index) ? addDays(start, [13, 28, 55, 70][index] ?? 70) : null,
  }));
  const completedOn = kind === 'COMPLETION_CERTIFICATE' || kind === 'WARRANTY' ? end : null;
  const warrantyStart = completedOn ?? end;
  return {
    kind,
    business,
    logo: parts.logo,
    customer: { name: text.customer, email: 'customer@example.com', locale: language, address: null },
    portalUrl: parts.portalUrl,
    project: {
      name: text.project,
      address: business.contact.addressLine1 ? { ...business.contact } : null,
      startDate: start,
      targetEndDate: end,
      forecastEndDate: kind === 'PROGRESS_REPORT' ? addDays(end, 4) : end,
      completedOn,
      progress: kind === 'PROGRESS_REPORT' ? 48 : completedOn ? 100 : 0,
    },
    team: [
      { name: text.lead, role: 'lead', phone: business.contact.phone, email: business.contact.email },
      { name: text.crew, role: 'crew', phone: null, email: null },
      { name: business.name, role: 'office', phone: business.contact.phone, email: business.contact.email },
    ],
    phases,
    milestones,
    milestone: kind === 'PROGRESS_REPORT' ? (milestones[1] ?? null) : null,
    delays: kind === 'PROGRESS_REPORT' ? [{ reason: text.delay, days: 4, reportedOn: addDays(today, -6) }] : [],
    photos: kind === 'PROGRESS_REPORT' ? text.captions.map((caption, index) => ({ image: samplePhoto(WALLS[index] ?? [200, 200, 200]), caption })) : [],
    warranty:
      kind === 'COMPLETION_CERTIFICATE' || kind === 'WARRANTY'
        ? { months: parts.warrantyMonths, startDate: warrantyStart, endDate: addMonths(warrantyStart, parts.warrantyMonths), items: text.items }
        : null,
    renderedAt: parts.renderedAt,
  };
}

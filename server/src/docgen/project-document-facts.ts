// What a generated document says about its project, gathered before rendering (from the database
// by the job, or made up for a template's preview), and the placeholder values written from it
// in the reader's language and the business's time zone.
import { INTL_LOCALE, type Language } from '../common/languages.js';
import { todayIn } from '../common/dates.js';
import { postalAddressLine, type PostalAddress } from '../common/postal-address.js';
import type { GeneratedDocumentKind } from '../generated/prisma/enums.js';
import { printable, type PdfBusiness, type PdfCustomer } from '../pdf/branded-pdf.js';
import type { PlaceholderValues } from './template-placeholders.js';

/** A calendar day, 'YYYY-MM-DD' (common/dates.ts). */
export type Day = string;

export interface ProjectTeamMember {
  name: string;
  /** 'lead' (the project manager), 'crew' (on site) or 'office' (the business's own contact). */
  role: 'lead' | 'crew' | 'office';
  phone: string | null;
  email: string | null;
}

export interface ProjectPhaseFacts {
  name: string;
  /** The phase's state as the projects module stores it; printed in the reader's words when known. */
  status: string;
  startDate: Day | null;
  endDate: Day | null;
  /** 0–100. */
  progress: number;
}

export interface ProjectMilestoneFacts {
  name: string;
  dueDate: Day | null;
  reachedOn: Day | null;
}

export interface ProjectDelayFacts {
  reason: string;
  days: number | null;
  reportedOn: Day | null;
}

export interface ProjectPhotoFacts {
  /** PNG or JPEG bytes (a thumbnail or display image); others are left out of the PDF. */
  image: Uint8Array;
  caption: string | null;
}

export interface ProjectDocumentFacts {
  kind: GeneratedDocumentKind;
  business: PdfBusiness;
  logo: Uint8Array | null;
  customer: PdfCustomer;
  /** The business's portal home, where the customer signs in. */
  portalUrl: string;
  project: {
    name: string;
    address: PostalAddress | null;
    startDate: Day | null;
    targetEndDate: Day | null;
    forecastEndDate: Day | null;
    completedOn: Day | null;
    /** 0–100. */
    progress: number;
  };
  team: ProjectTeamMember[];
  phases: ProjectPhaseFacts[];
  milestones: ProjectMilestoneFacts[];
  /** The milestone a progress report is about. */
  milestone: ProjectMilestoneFacts | null;
  delays: ProjectDelayFacts[];
  photos: ProjectPhotoFacts[];
  warranty: { months: number; startDate: Day; endDate: Day; items: string[] } | null;
  renderedAt: Date;
}

/** A calendar day as the reader writes it ("March 2, 2027", "2 mars 2027"); '' for none. `short`: "Mar 2, 2027", for tables. */
export function formatDay(day: Day | null, language: Language, style: 'long' | 'short' = 'long'): string {
  if (!day) return '';
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  // A day has no time zone: formatted at noon UTC, it is the same day everywhere.
  return printable(
    new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date, 12)),
  );
}

export function formatPercent(value: number, language: Language): string {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return printable(new Intl.NumberFormat(INTL_LOCALE[language], { style: 'percent' }).format(clamped / 100));
}

/** The day `months` whole months after `start`, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(start: Day, months: number): Day {
  const [year, month, date] = start.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Every placeholder's text for this document, in the reader's language. */
export function placeholderValues(facts: ProjectDocumentFacts, language: Language): PlaceholderValues {
  const { project, business, warranty, milestone } = facts;
  return {
    'customer.name': facts.customer.name,
    'business.name': business.name,
    'business.phone': business.contact.phone ?? business.contact.email ?? '',
    'business.email': business.contact.email ?? '',
    'portal.url': facts.portalUrl,
    'project.name': project.name,
    'project.address': project.address ? printable(postalAddressLine(project.address, { locale: language, homeCountry: business.contact.country })) : '',
    'project.startDate': formatDay(project.startDate, language),
    'project.targetEndDate': formatDay(project.targetEndDate, language),
    'project.forecastEndDate': formatDay(project.forecastEndDate ?? project.targetEndDate, language),
    'project.progress': formatPercent(project.progress, language),
    'project.completionDate': formatDay(project.completedOn, language),
    'milestone.name': milestone?.name ?? '',
    'milestone.date': formatDay(milestone?.reachedOn ?? milestone?.dueDate ?? null, language),
    'warranty.months': warranty ? String(warranty.months) : '',
    'warranty.startDate': formatDay(warranty?.startDate ?? null, language),
    'warranty.endDate': formatDay(warranty?.endDate ?? null, language),
    'document.date': formatDay(todayIn(business.timeZone, facts.renderedAt), language),
  };
}

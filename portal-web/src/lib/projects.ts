// The portal's side of construction projects: the shapes its components take (the API's
// documents fit them), the gallery's stages, documents grouped as a customer looks for them, and
// what changed between two loads of a project (for the page's polite announcements).
import type { BadgeTone } from '@portico/web-shared/components/Badge.svelte';
import { graphql } from '$lib/gql';
import type { MessageKey } from '$lib/i18n';

/** What the dashboard's project card shows (components/projects/ProjectCard.svelte). */
export const DashboardProjectFields = graphql(`
  fragment DashboardProjectFields on Project {
    id
    name
    status
    progressPercent
    forecastEndDate
    currentPhase {
      id
      name
    }
    nextMilestones(first: 1) {
      id
      name
      dueDate
    }
    visits {
      id
      title
      status
      scheduledStart
    }
    delays {
      id
      cause
      days
      reportedAt
    }
  }
`);

export type ProjectStatus = 'planning' | 'in_progress' | 'on_hold' | 'completed' | 'cancelled';
export type ProjectPhaseStatus = 'not_started' | 'in_progress' | 'done';
export type ProjectDelayCause = 'weather' | 'permit' | 'materials' | 'customer_change' | 'other';

interface StatusView {
  label: MessageKey;
  tone: BadgeTone;
}

export const projectStatus: Record<ProjectStatus, StatusView> = {
  planning: { label: 'project.status.planning', tone: 'info' },
  in_progress: { label: 'project.status.in_progress', tone: 'warning' },
  on_hold: { label: 'project.status.on_hold', tone: 'neutral' },
  completed: { label: 'project.status.completed', tone: 'success' },
  cancelled: { label: 'project.status.cancelled', tone: 'neutral' },
};

export const phaseStatus: Record<ProjectPhaseStatus, StatusView> = {
  not_started: { label: 'project.phase.status.not_started', tone: 'neutral' },
  in_progress: { label: 'project.phase.status.in_progress', tone: 'warning' },
  done: { label: 'project.phase.status.done', tone: 'success' },
};

export interface ProjectPhaseItem {
  id: string;
  name: string;
  status: ProjectPhaseStatus;
  progress: number;
  plannedStart?: string | null;
  plannedEnd?: string | null;
}

export interface ProjectDelayItem {
  id: string;
  cause: ProjectDelayCause;
  days: number;
  note?: string | null;
  reportedAt: string;
}

/** When a photo was taken, as the gallery filters by it. */
export type PhotoStage = 'before' | 'during' | 'after';
export const PHOTO_STAGES: readonly PhotoStage[] = ['before', 'during', 'after'];

export interface GalleryPhoto {
  id: string;
  /** The full-size image (a short-lived signed link). */
  url: string;
  /** A small image for the grid. */
  thumbnailUrl: string;
  caption?: string | null;
  takenAt?: string | null;
  stage: PhotoStage;
  phaseId?: string | null;
  width: number;
  height: number;
}

/** A phase as the gallery names it. */
export interface PhaseName {
  id: string;
  name: string;
}

/** The document groups of a project page, in the order a customer looks for them. */
export type DocumentGroup = 'contracts' | 'permits' | 'warranty' | 'certificates' | 'reports' | 'other';
export const DOCUMENT_GROUPS: readonly DocumentGroup[] = ['contracts', 'permits', 'warranty', 'certificates', 'reports', 'other'];

const GROUP_OF_KIND: Record<string, DocumentGroup> = {
  contract: 'contracts',
  permit: 'permits',
  warranty: 'warranty',
  certificate: 'certificates',
  report: 'reports',
};

export function documentGroup(kind: string): DocumentGroup {
  return GROUP_OF_KIND[kind] ?? 'other';
}

/** Documents by group, groups in DOCUMENT_GROUPS order, empty ones left out. */
export function groupDocuments<D extends { kind: string }>(documents: readonly D[]): { group: DocumentGroup; documents: D[] }[] {
  return DOCUMENT_GROUPS.map((group) => ({ group, documents: documents.filter((doc) => documentGroup(doc.kind) === group) })).filter((entry) => entry.documents.length > 0);
}

/** A project as two loads compare it. */
export interface ProjectSnapshot {
  progressPercent: number;
  delays: readonly { id: string; cause: ProjectDelayCause; days: number }[];
  photos: readonly { id: string }[];
  documents: readonly { id: string; title: string }[];
  currentPhase?: { id: string; name: string } | null;
}

export type ProjectChange =
  | { kind: 'delay'; cause: ProjectDelayCause; days: number }
  | { kind: 'photos'; count: number }
  | { kind: 'document'; title: string }
  | { kind: 'phase'; name: string }
  | { kind: 'progress'; percent: number };

/** What is new in `next` since `previous`, most important first (a live update says these). */
export function projectChanges(previous: ProjectSnapshot, next: ProjectSnapshot): ProjectChange[] {
  const changes: ProjectChange[] = [];
  const knownDelays = new Set(previous.delays.map((delay) => delay.id));
  for (const delay of next.delays) if (!knownDelays.has(delay.id)) changes.push({ kind: 'delay', cause: delay.cause, days: delay.days });
  if (next.currentPhase && next.currentPhase.id !== previous.currentPhase?.id) changes.push({ kind: 'phase', name: next.currentPhase.name });
  else if (next.progressPercent !== previous.progressPercent) changes.push({ kind: 'progress', percent: next.progressPercent });
  const knownPhotos = new Set(previous.photos.map((photo) => photo.id));
  const newPhotos = next.photos.filter((photo) => !knownPhotos.has(photo.id)).length;
  if (newPhotos > 0) changes.push({ kind: 'photos', count: newPhotos });
  const knownDocuments = new Set(previous.documents.map((doc) => doc.id));
  for (const doc of next.documents) if (!knownDocuments.has(doc.id)) changes.push({ kind: 'document', title: doc.title });
  return changes;
}

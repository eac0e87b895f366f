// Construction projects as the admin screens show them: status colours, the starter phases, how late
// the forecast is, and the page's load dependency.
import type { BadgeTone } from '@portico/web-shared/components/Badge.svelte';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { AdminProjectDetailFragment } from '$lib/gql/graphql';
import type { MessageKey } from '$lib/i18n';

export type ProjectStatusName = 'planning' | 'in_progress' | 'on_hold' | 'completed' | 'cancelled';
export type PhaseStatusName = 'not_started' | 'in_progress' | 'done';
export type MilestoneStatusName = 'upcoming' | 'reached' | 'cancelled';
export type DelayCauseName = 'weather' | 'permit' | 'materials' | 'customer_change' | 'other';
export type PhotoStageName = 'before' | 'during' | 'after';

export const PROJECT_STATUSES: readonly ProjectStatusName[] = ['planning', 'in_progress', 'on_hold', 'completed', 'cancelled'];
export const PHASE_STATUSES: readonly PhaseStatusName[] = ['not_started', 'in_progress', 'done'];
export const DELAY_CAUSES: readonly DelayCauseName[] = ['weather', 'permit', 'materials', 'customer_change', 'other'];
export const PHOTO_STAGES: readonly PhotoStageName[] = ['before', 'during', 'after'];

export function projectTone(status: ProjectStatusName): BadgeTone {
  switch (status) {
    case 'in_progress':
      return 'info';
    case 'on_hold':
      return 'warning';
    case 'completed':
      return 'success';
    case 'cancelled':
      return 'neutral';
    default:
      return 'neutral';
  }
}

export function phaseTone(status: PhaseStatusName): BadgeTone {
  return status === 'done' ? 'success' : status === 'in_progress' ? 'info' : 'neutral';
}

export function milestoneTone(status: MilestoneStatusName): BadgeTone {
  return status === 'reached' ? 'success' : status === 'cancelled' ? 'neutral' : 'info';
}

/** The starter phases a new project may begin with, in order (names in the staff member's language). */
export const STARTER_PHASES = {
  renovation: ['projects.template.demolition', 'projects.template.roughIn', 'projects.template.drywall', 'projects.template.finishes', 'projects.template.handover'],
} as const satisfies Record<string, readonly MessageKey[]>;
export type StarterTemplate = keyof typeof STARTER_PHASES;

/** Whole days from `target` to `forecast` (both YYYY-MM-DD); 0 when the forecast is on or before the target. */
export function daysLate(target: string, forecast: string): number {
  const days = Math.round((Date.parse(`${forecast}T00:00:00Z`) - Date.parse(`${target}T00:00:00Z`)) / 86_400_000);
  return Number.isFinite(days) && days > 0 ? days : 0;
}

/** A percentage typed by a person, clamped to 0–100; null when it is not a number. A number input's binding gives a number, a text one a string. */
export function parsePercent(value: string | number | null | undefined): number | null {
  const text = String(value ?? '').trim();
  const n = Number(text);
  if (text === '' || !Number.isFinite(n)) return null;
  return Math.min(100, Math.max(0, Math.round(n)));
}

/** A project page's load depends on it: a photo upload (a PUT that answers no project) reads the page again. */
export const PROJECT = 'admin:project';

/** Everything a project's page shows; every write on the page answers with it (writes return what they wrote). */
export const AdminProjectDetail = graphql(`
  fragment AdminProjectDetail on AdminProject {
    id
    name
    description
    status
    nextStates
    contractValueMinor
    currency
    startDate
    targetEndDate
    forecastEndDate
    delayDays
    progressPercent
    progressMode
    manualProgress
    startedAt
    completedAt
    customer {
      id
      name
    }
    site {
      id
      label
    }
    phases {
      id
      position
      name
      status
      progress
      weight
    }
    milestones {
      id
      name
      dueDate
      status
      reachedAt
      phaseId
      paymentAmountMinor
      currency
      invoiceId
    }
    delays {
      id
      cause
      days
      note
      reportedAt
    }
    photos {
      id
      stage
      caption
      takenAt
      phaseId
      width
      height
      url
      thumbnailUrl
    }
    visits {
      id
      title
      status
      scheduledStart
    }
    invoices {
      id
      number
      status
      totalMinor
      currency
    }
    documents {
      id
      title
      fileName
      shared
      downloadUrl
      createdAt
    }
    threadId
  }
`);

/** The project's page, read on load and again after photos went up. */
export const ProjectPage = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      ...AdminProjectDetail
    }
  }
`);

export type ProjectDetail = AdminProjectDetailFragment;
export type ProjectPhaseRow = ProjectDetail['phases'][number];
export type ProjectMilestoneRow = ProjectDetail['milestones'][number];
export type ProjectDelayRow = ProjectDetail['delays'][number];
export type ProjectPhotoRow = ProjectDetail['photos'][number];

export const projectDetail = (p: FragmentType<typeof AdminProjectDetail>): ProjectDetail => useFragment(AdminProjectDetail, p);

/** What a write on the project's page hands back: a sentence to announce, and the project as saved. */
export type ProjectChange = (message: string, project?: FragmentType<typeof AdminProjectDetail>) => void;

// Construction projects through the real endpoints on the real database: staff create and run a
// project (phases, milestones, delays, photos, links), the customer follows it in the portal; a
// payment milestone is invoiced exactly once; a delay tells the customer (bell, email in their
// language, live); the lifecycle queues docgen's jobs; and who may see what (another customer, a
// technician without a visit on it, another business), by GraphQL, by signed link and by raw SQL.
// The test clock starts on Friday 20 Nov 2026, 15:00Z.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { pageStatements, startTestApp, TEST_ORIGIN, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';
import { subscribeLive, type LiveSubscription } from '../test/live.js';
import { signedLink } from '../platform/signed-links.js';
import type { RequestContext } from '../context/context.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
afterAll(() => {
  app.clock.now = new Date(TEST_START);
});

const PHASE = 'id position name status progress weight plannedStart plannedEnd';
const MILESTONE = 'id name dueDate status reachedAt phaseId paymentAmountMinor currency invoiceId';
const PHOTO = 'id stage caption takenAt phaseId width height url thumbnailUrl';
const FIELDS = `id name description status contractValueMinor currency startDate targetEndDate forecastEndDate delayDays progressPercent progressMode warrantyItems startedAt completedAt
  site { id } currentPhase { id name } phases { ${PHASE} } milestones { ${MILESTONE} } nextMilestones { id } delays { id cause days note reportedAt }
  photos { ${PHOTO} } coverPhoto { id } visits { id } invoices { id number status totalMinor } documents { id } threadId`;
const ADMIN_FIELDS = `${FIELDS} nextStates manualProgress customer { id }`;

const PORTAL_PROJECT = `query($id: ID!) { project(id: $id) { ${FIELDS} } }`;
const PORTAL_PROJECTS = `{ projects { nodes { id name status progressPercent forecastEndDate currentPhase { name } coverPhoto { thumbnailUrl } } pageInfo { hasNextPage } } }`;
const ADMIN_PROJECT = `query($id: ID!) { project(id: $id) { ${ADMIN_FIELDS} } }`;
const ADMIN_PROJECTS = `query($customerId: ID, $status: ProjectStatus) { projects(customerId: $customerId, status: $status) { nodes { id } } }`;

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${ADMIN_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ${ADMIN_FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: ProjectStatus!) { changeProjectStatus(id: $id, status: $status) { id status nextStates startedAt completedAt } }`;
const ADD_PHASE = `mutation($projectId: ID!, $input: ProjectPhaseInput!) { addProjectPhase(projectId: $projectId, input: $input) { phases { ${PHASE} } progressPercent } }`;
const UPDATE_PHASE = `mutation($id: ID!, $input: UpdateProjectPhaseInput!) { updateProjectPhase(id: $id, input: $input) { phases { ${PHASE} } progressPercent currentPhase { name } } }`;
const MOVE_PHASE = `mutation($id: ID!, $position: Int!) { moveProjectPhase(id: $id, position: $position) { phases { name position } } }`;
const REMOVE_PHASE = `mutation($id: ID!) { removeProjectPhase(id: $id) { phases { name position } progressPercent } }`;
const ADD_MILESTONE = `mutation($projectId: ID!, $input: ProjectMilestoneInput!) { addProjectMilestone(projectId: $projectId, input: $input) { milestones { ${MILESTONE} } } }`;
const REACH = `mutation($id: ID!) { reachProjectMilestone(id: $id) { milestones { ${MILESTONE} } invoices { id number status totalMinor } } }`;
const CANCEL_MILESTONE = `mutation($id: ID!) { cancelProjectMilestone(id: $id) { milestones { id status } } }`;
const DELAY = `mutation($projectId: ID!, $input: ProjectDelayInput!) { reportProjectDelay(projectId: $projectId, input: $input) { forecastEndDate delayDays delays { id cause days note } } }`;
const REMOVE_DELAY = `mutation($id: ID!) { removeProjectDelay(id: $id) { forecastEndDate delayDays } }`;
const PHOTO_UPLOAD = `mutation($projectId: ID!) { createProjectPhotoUpload(projectId: $projectId) { uploadUrl maxBytes allowedTypes } }`;
const UPDATE_PHOTO = `mutation($id: ID!, $input: UpdateProjectPhotoInput!) { updateProjectPhoto(id: $id, input: $input) { photos { ${PHOTO} } coverPhoto { id } } }`;
const REMOVE_PHOTO = `mutation($id: ID!) { removeProjectPhoto(id: $id) { photos { id } } }`;
const LINK_JOB = `mutation($projectId: ID!, $jobId: ID!, $linked: Boolean) { linkJobToProject(projectId: $projectId, jobId: $jobId, linked: $linked) { visits { id } } }`;
const LINK_INVOICE = `mutation($projectId: ID!, $invoiceId: ID!) { linkInvoiceToProject(projectId: $projectId, invoiceId: $invoiceId) { invoices { id } } }`;
const LINK_DOCUMENT = `mutation($projectId: ID!, $documentId: ID!) { linkDocumentToProject(projectId: $projectId, documentId: $documentId) { documents { id } } }`;

interface Phase {
  id: string;
  position: number;
  name: string;
  status: string;
  progress: number;
  weight: number;
}
interface Milestone {
  id: string;
  name: string;
  status: string;
  paymentAmountMinor: number | null;
  invoiceId: string | null;
}
interface Photo {
  id: string;
  stage: string;
  caption: string | null;
  width: number;
  height: number;
  url: string;
  thumbnailUrl: string;
}
interface ProjectView {
  id: string;
  name: string;
  status: string;
  contractValueMinor: number;
  currency: string;
  startDate: string;
  targetEndDate: string;
  forecastEndDate: string;
  delayDays: number;
  progressPercent: number;
  progressMode: string;
  site: { id: string } | null;
  currentPhase: { id: string; name: string } | null;
  phases: Phase[];
  milestones: Milestone[];
  nextMilestones: { id: string }[];
  delays: { id: string; cause: string; days: number; note: string | null }[];
  photos: Photo[];
  coverPhoto: { id: string } | null;
  visits: { id: string }[];
  invoices: { id: string; number: string | null; status: string; totalMinor: number }[];
  documents: { id: string }[];
  threadId: string | null;
  nextStates?: string[];
  manualProgress?: number | null;
}

type Result = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (res: Result) => res.errors?.[0]?.extensions;

/** A business with projects on, staff of each kind, a customer with records (a job on `tech`), a neighbour, and a business next door. */
async function world() {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureProjects: true, trade: 'contractor' } });
  const tenantId = tenant.id;
  const signIn = async (tid: string, role: 'owner' | 'dispatcher' | 'technician') => {
    const staff = await makeStaff(app.owner, tid, role);
    return { staff, token: (await staffToken(app, staff)).token };
  };
  const customer = async (tid = tenantId) => {
    const { customer: row, account } = await makeCustomer(app.owner, tid);
    if (!account) throw new Error('account expected');
    const records = await makeCustomerRecords(app.owner, tid, row.id);
    return { customer: row, account, ...records, token: (await customerToken(app, account)).token };
  };
  const owner = await signIn(tenantId, 'owner');
  const dispatcher = await signIn(tenantId, 'dispatcher');
  const tech = await signIn(tenantId, 'technician');
  const otherTech = await signIn(tenantId, 'technician');
  const me = await customer();
  await app.owner.job.updateMany({ where: { id: me.job.id }, data: { technicianId: tech.staff.id } });
  const neighbour = await customer();
  const next = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: next.id }, data: { featureProjects: true } });
  const nextOwner = await signIn(next.id, 'owner');
  const stranger = await customer(next.id);
  return { tenant, tenantId, owner, dispatcher, tech, otherTech, me, neighbour, next, nextOwner, stranger };
}
type World = Awaited<ReturnType<typeof world>>;

async function createProject(w: World, input: Record<string, unknown> = {}): Promise<ProjectView> {
  const res = await app.call<{ createProject: ProjectView }>(
    'admin',
    CREATE,
    {
      input: {
        customerId: w.me.customer.id,
        siteId: w.me.site.id,
        name: 'Kitchen remodel',
        contractValueMinor: 4_500_000,
        startDate: '2027-01-04',
        targetEndDate: '2027-03-12',
        phases: ['Demolition', 'Framing', 'Finishes'],
        warrantyItems: ['Cabinets', 'Plumbing'],
        ...input,
      },
    },
    { token: w.owner.token },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.createProject;
}

async function call<T>(endpoint: 'portal' | 'admin', query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await app.call<T>(endpoint, query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const portalProject = async (w: World, id: string, token = w.me.token) => (await call<{ project: ProjectView }>('portal', PORTAL_PROJECT, { id }, token)).project;

/** The generate_project_document jobs queued for a tenant: [kind, milestoneId?] in order. */
async function documentJobs(tenantId: string) {
  const rows = await app.owner.$queryRawUnsafe<{ key: string | null; payload: { tenantId: string; projectId: string; kind: string; milestoneId?: string } }[]>(
    `SELECT j.key, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = 'generate_project_document' AND j.flags ? $1 ORDER BY j.id`,
    `tenant:${tenantId}`,
  );
  return rows;
}

describe('a project', () => {
  it('is created by the office in planning, in the business’s currency, with its phases; the customer follows it in the portal', async () => {
    const w = await world();
    const created = await createProject(w);
    expect(created).toMatchObject({
      name: 'Kitchen remodel',
      status: 'planning',
      nextStates: ['in_progress', 'cancelled'],
      contractValueMinor: 4_500_000,
      currency: 'USD',
      startDate: '2027-01-04',
      targetEndDate: '2027-03-12',
      forecastEndDate: '2027-03-12',
      delayDays: 0,
      progressPercent: 0,
      progressMode: 'phases',
      site: { id: w.me.site.id },
      customer: { id: w.me.customer.id },
      currentPhase: { name: 'Demolition' },
      threadId: null,
    });
    expect(created.phases.map((p) => [p.position, p.name, p.status, p.progress, p.weight])).toEqual([
      [1, 'Demolition', 'not_started', 0, 1],
      [2, 'Framing', 'not_started', 0, 1],
      [3, 'Finishes', 'not_started', 0, 1],
    ]);
    const [demolition, framing, finishes] = created.phases as [Phase, Phase, Phase];

    // Phases: weights and progress make the overall progress; done is 100.
    await call('admin', UPDATE_PHASE, { id: framing.id, input: { weight: 3, progress: 50 } }, w.owner.token);
    const done = await call<{ updateProjectPhase: { progressPercent: number; currentPhase: { name: string }; phases: Phase[] } }>(
      'admin',
      UPDATE_PHASE,
      { id: demolition.id, input: { status: 'done' } },
      w.owner.token,
    );
    // (1 × 100 + 3 × 50 + 1 × 0) / 5
    expect(done.updateProjectPhase.progressPercent).toBe(50);
    expect(done.updateProjectPhase.currentPhase.name).toBe('Framing');
    expect(done.updateProjectPhase.phases.map((p) => [p.name, p.status, p.progress])).toEqual([
      ['Demolition', 'done', 100],
      ['Framing', 'in_progress', 50],
      ['Finishes', 'not_started', 0],
    ]);

    // Ordering: add at a position, move, remove; positions stay 1..n.
    const added = await call<{ addProjectPhase: { phases: Phase[] } }>('admin', ADD_PHASE, { projectId: created.id, input: { name: 'Permits', position: 1 } }, w.owner.token);
    expect(added.addProjectPhase.phases.map((p) => p.name)).toEqual(['Permits', 'Demolition', 'Framing', 'Finishes']);
    const moved = await call<{ moveProjectPhase: { phases: { name: string; position: number }[] } }>('admin', MOVE_PHASE, { id: finishes.id, position: 2 }, w.owner.token);
    expect(moved.moveProjectPhase.phases).toEqual([
      { name: 'Permits', position: 1 },
      { name: 'Finishes', position: 2 },
      { name: 'Demolition', position: 3 },
      { name: 'Framing', position: 4 },
    ]);
    const permits = added.addProjectPhase.phases[0]!;
    const removed = await call<{ removeProjectPhase: { phases: { name: string; position: number }[]; progressPercent: number } }>(
      'admin',
      REMOVE_PHASE,
      { id: permits.id },
      w.owner.token,
    );
    expect(removed.removeProjectPhase.phases.map((p) => [p.position, p.name])).toEqual([
      [1, 'Finishes'],
      [2, 'Demolition'],
      [3, 'Framing'],
    ]);
    expect(removed.removeProjectPhase.progressPercent).toBe(50);

    // Manual progress: staff's figure, kept aside when switching back.
    const manual = await call<{ updateProject: ProjectView }>('admin', UPDATE, { id: created.id, input: { progressMode: 'manual', manualProgress: 30 } }, w.owner.token);
    expect([manual.updateProject.progressPercent, manual.updateProject.manualProgress]).toEqual([30, 30]);
    const back = await call<{ updateProject: ProjectView }>('admin', UPDATE, { id: created.id, input: { progressMode: 'phases' } }, w.owner.token);
    expect([back.updateProject.progressPercent, back.updateProject.manualProgress]).toEqual([50, 30]);

    // Links: the customer's visit, invoice and shared document show in the portal; a private document does not.
    await call('admin', LINK_JOB, { projectId: created.id, jobId: w.me.job.id }, w.owner.token);
    await call('admin', LINK_INVOICE, { projectId: created.id, invoiceId: w.me.invoice.id }, w.owner.token);
    await call('admin', LINK_DOCUMENT, { projectId: created.id, documentId: w.me.sharedDocument.id }, w.owner.token);
    const linkedPrivate = await call<{ linkDocumentToProject: { documents: { id: string }[] } }>(
      'admin',
      LINK_DOCUMENT,
      { projectId: created.id, documentId: w.me.privateDocument.id },
      w.owner.token,
    );
    expect(linkedPrivate.linkDocumentToProject.documents.map((d) => d.id).sort()).toEqual([w.me.sharedDocument.id, w.me.privateDocument.id].sort());

    const seen = await portalProject(w, created.id);
    expect(seen).toMatchObject({ name: 'Kitchen remodel', progressPercent: 50, currentPhase: { name: 'Framing' }, forecastEndDate: '2027-03-12' });
    expect(seen.visits.map((v) => v.id)).toEqual([w.me.job.id]);
    expect(seen.invoices.map((i) => i.id)).toEqual([w.me.invoice.id]);
    expect(seen.documents.map((d) => d.id)).toEqual([w.me.sharedDocument.id]);
    const list = await call<{ projects: { nodes: { id: string; progressPercent: number; currentPhase: { name: string } }[] } }>('portal', PORTAL_PROJECTS, {}, w.me.token);
    expect(list.projects.nodes).toMatchObject([{ id: created.id, progressPercent: 50, currentPhase: { name: 'Framing' } }]);

    // Unlinking the visit takes it out again.
    const unlinked = await call<{ linkJobToProject: { visits: unknown[] } }>('admin', LINK_JOB, { projectId: created.id, jobId: w.me.job.id, linked: false }, w.owner.token);
    expect(unlinked.linkJobToProject.visits).toEqual([]);
  });

  it('has its message thread: the customer starts it with anchor PROJECT, staff see it on the project', async () => {
    const w = await world();
    const project = await createProject(w);
    const SEND = 'mutation($anchor: ThreadAnchorInput!) { sendMessage(anchor: $anchor, message: { body: "When do you start?" }) { id } }';
    await call('portal', SEND, { anchor: { type: 'PROJECT', id: project.id } }, w.me.token);
    const threadId = (await portalProject(w, project.id)).threadId;
    expect(threadId).toEqual(expect.any(String));
    const staffView = await call<{ project: ProjectView }>('admin', ADMIN_PROJECT, { id: project.id }, w.owner.token);
    expect(staffView.project.threadId).toBe(threadId);
    const TEAM_THREAD = 'query($id: ID!) { teamThread(id: $id) { anchor { type id label } } }';
    const thread = await call<{ teamThread: { anchor: unknown } }>('admin', TEAM_THREAD, { id: threadId }, w.owner.token);
    expect(thread.teamThread.anchor).toEqual({ type: 'PROJECT', id: project.id, label: 'Kitchen remodel' });
    // Another customer cannot anchor a message to it.
    expect(codeOf(await app.call('portal', SEND, { anchor: { type: 'PROJECT', id: project.id } }, { token: w.neighbour.token }))?.code).toBe('NOT_FOUND');
  });
});

describe('status', () => {
  it('moves only along its table; the first start queues the welcome pack, completion the certificate and the warranty, each once', async () => {
    const w = await world();
    const project = await createProject(w);
    const move = (status: string) =>
      app.call<{ changeProjectStatus: { status: string; nextStates: string[]; startedAt: string | null; completedAt: string | null } }>(
        'admin',
        STATUS,
        { id: project.id, status },
        { token: w.owner.token },
      );

    const skipped = await move('completed');
    expect(codeOf(skipped)).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });
    expect((await app.owner.project.findFirstOrThrow({ where: { id: project.id } })).status).toBe('planning');
    expect(await documentJobs(w.tenantId)).toEqual([]);

    const started = await move('in_progress');
    expect(started.data?.changeProjectStatus).toMatchObject({ status: 'in_progress', nextStates: ['on_hold', 'completed', 'cancelled'], startedAt: app.clock.now.toISOString() });
    expect((await move('on_hold')).data?.changeProjectStatus.nextStates).toEqual(['in_progress', 'cancelled']);
    expect(codeOf(await move('completed'))).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });
    await move('in_progress');
    const completed = await move('completed');
    expect(completed.data?.changeProjectStatus).toMatchObject({ status: 'completed', nextStates: [], completedAt: app.clock.now.toISOString() });
    expect(codeOf(await move('cancelled'))).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });

    const jobs = await documentJobs(w.tenantId);
    expect(jobs.map((j) => j.payload)).toEqual([
      { tenantId: w.tenantId, projectId: project.id, kind: 'WELCOME_PACK' },
      { tenantId: w.tenantId, projectId: project.id, kind: 'COMPLETION_CERTIFICATE' },
      { tenantId: w.tenantId, projectId: project.id, kind: 'WARRANTY' },
    ]);
    expect(jobs.map((j) => j.key)).toEqual([
      `generate_project_document:${project.id}:WELCOME_PACK`,
      `generate_project_document:${project.id}:COMPLETION_CERTIFICATE`,
      `generate_project_document:${project.id}:WARRANTY`,
    ]);
    // The job key: queuing again (a retry) replaces the pending job, it adds none.
    await withScope(app.db, { tenantId: w.tenantId, role: 'system' }, (tx) => tx.$executeRaw`SELECT queue_project_document(${project.id}::uuid, 'WARRANTY', NULL)`);
    expect(await documentJobs(w.tenantId)).toHaveLength(3);
    // A customer's scope cannot queue one.
    await expect(
      withScope(
        app.db,
        { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id },
        (tx) => tx.$executeRaw`SELECT queue_project_document(${project.id}::uuid, 'WARRANTY', NULL)`,
      ),
    ).rejects.toThrow();
  });

  it('is cancelled from planning, in progress or on hold; a cancelled project queues nothing', async () => {
    const w = await world();
    const project = await createProject(w);
    const res = await call<{ changeProjectStatus: { status: string; nextStates: string[] } }>('admin', STATUS, { id: project.id, status: 'cancelled' }, w.owner.token);
    expect(res.changeProjectStatus).toMatchObject({ status: 'cancelled', nextStates: [] });
    expect(await documentJobs(w.tenantId)).toEqual([]);
  });
});

describe('milestones', () => {
  it('a payment milestone reached issues one invoice, however many times it is reached at once; a progress report is queued once', async () => {
    const w = await world();
    const project = await createProject(w);
    const framing = project.phases[1]!;
    const added = await call<{ addProjectMilestone: { milestones: Milestone[] } }>(
      'admin',
      ADD_MILESTONE,
      { projectId: project.id, input: { name: 'Framing complete', dueDate: '2027-02-01', phaseId: framing.id, paymentAmountMinor: 1_500_000 } },
      w.owner.token,
    );
    await call('admin', ADD_MILESTONE, { projectId: project.id, input: { name: 'Walkthrough', dueDate: '2027-03-10' } }, w.owner.token);
    const milestone = added.addProjectMilestone.milestones[0]!;
    expect(milestone).toMatchObject({ name: 'Framing complete', status: 'upcoming', paymentAmountMinor: 1_500_000, invoiceId: null });
    expect((await portalProject(w, project.id)).nextMilestones).toHaveLength(2);

    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.call<{ reachProjectMilestone: ProjectView }>('admin', REACH, { id: milestone.id }, { token: w.owner.token })),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);

    const invoices = await app.owner.invoice.findMany({ where: { tenantId: w.tenantId, projectId: project.id }, include: { lines: true } });
    expect(invoices).toHaveLength(1);
    const invoice = invoices[0]!;
    expect(invoice).toMatchObject({ customerId: w.me.customer.id, status: 'issued', totalMinor: 1_500_000, currency: 'USD' });
    expect(invoice.number).toMatch(/^INV-2026-\d{5}$/);
    expect(invoice.lines.map((l) => [l.description, l.quantity, l.unitPriceMinor])).toEqual([['Milestone: Framing complete', 1, 1_500_000]]);
    const reached = await app.owner.projectMilestone.findFirstOrThrow({ where: { id: milestone.id } });
    expect(reached).toMatchObject({ status: 'reached', invoiceId: invoice.id, reachedAt: app.clock.now });
    // The customer is told of the invoice as of any issued one, once.
    expect(await app.owner.notification.count({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'invoiceIssued' } })).toBe(1);
    const reports = (await documentJobs(w.tenantId)).filter((j) => j.payload.kind === 'PROGRESS_REPORT');
    expect(reports.map((j) => j.payload)).toEqual([{ tenantId: w.tenantId, projectId: project.id, kind: 'PROGRESS_REPORT', milestoneId: milestone.id }]);

    // The portal shows the milestone reached with its invoice, and the invoice on the project.
    const seen = await portalProject(w, project.id);
    expect(seen.milestones.map((m) => [m.name, m.status, m.invoiceId])).toEqual([
      ['Framing complete', 'reached', invoice.id],
      ['Walkthrough', 'upcoming', null],
    ]);
    expect(seen.nextMilestones.map((m) => m.id)).toHaveLength(1);
    expect(seen.invoices.map((i) => i.id)).toEqual([invoice.id]);

    // Once reached: no cancelling it, no changing its payment.
    expect(codeOf(await app.call('admin', CANCEL_MILESTONE, { id: milestone.id }, { token: w.owner.token }))).toMatchObject({ code: 'CONFLICT', reason: 'MILESTONE_REACHED' });
    const UPDATE_MILESTONE = 'mutation($id: ID!) { updateProjectMilestone(id: $id, input: { paymentAmountMinor: 10 }) { id } }';
    expect(codeOf(await app.call('admin', UPDATE_MILESTONE, { id: milestone.id }, { token: w.owner.token }))).toMatchObject({ code: 'CONFLICT', reason: 'MILESTONE_CLOSED' });
  });

  it('a milestone without a payment issues no invoice; a cancelled one cannot be reached', async () => {
    const w = await world();
    const project = await createProject(w);
    const added = await call<{ addProjectMilestone: { milestones: Milestone[] } }>(
      'admin',
      ADD_MILESTONE,
      { projectId: project.id, input: { name: 'Walkthrough', dueDate: '2027-03-10' } },
      w.owner.token,
    );
    const walkthrough = added.addProjectMilestone.milestones[0]!;
    const reached = await call<{ reachProjectMilestone: { milestones: Milestone[]; invoices: unknown[] } }>('admin', REACH, { id: walkthrough.id }, w.owner.token);
    expect(reached.reachProjectMilestone.milestones[0]).toMatchObject({ status: 'reached', invoiceId: null });
    expect(reached.reachProjectMilestone.invoices).toEqual([]);
    expect((await documentJobs(w.tenantId)).map((j) => j.payload.kind)).toEqual(['PROGRESS_REPORT']);

    const other = await call<{ addProjectMilestone: { milestones: Milestone[] } }>(
      'admin',
      ADD_MILESTONE,
      { projectId: project.id, input: { name: 'Handover', dueDate: '2027-03-12', paymentAmountMinor: 500 } },
      w.owner.token,
    );
    const handover = other.addProjectMilestone.milestones.find((m) => m.name === 'Handover')!;
    await call('admin', CANCEL_MILESTONE, { id: handover.id }, w.owner.token);
    expect(codeOf(await app.call('admin', REACH, { id: handover.id }, { token: w.owner.token }))).toMatchObject({ code: 'CONFLICT', reason: 'MILESTONE_CANCELLED' });
    expect(await app.owner.invoice.count({ where: { tenantId: w.tenantId, projectId: project.id } })).toBe(0);
  });
});

describe('delays', () => {
  const subscriptions: LiveSubscription[] = [];
  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.dispose()));
  });

  it('move the forecast end date, ring the customer’s bell and email them in their language, and update an open portal page live', async () => {
    const w = await world();
    await app.owner.customer.updateMany({ where: { id: w.me.customer.id }, data: { locale: 'fr' } });
    const project = await createProject(w);
    const subMe = await subscribeLive(app, 'portal', { token: w.me.token });
    const subNeighbour = await subscribeLive(app, 'portal', { token: w.neighbour.token });
    subscriptions.push(subMe, subNeighbour);

    const res = await call<{ reportProjectDelay: { forecastEndDate: string; delayDays: number; delays: { id: string; cause: string; days: number; note: string | null }[] } }>(
      'admin',
      DELAY,
      { projectId: project.id, input: { cause: 'weather', days: 10, note: 'Heavy rain, the slab could not be poured.' } },
      w.owner.token,
    );
    expect(res.reportProjectDelay).toMatchObject({
      forecastEndDate: '2027-03-22',
      delayDays: 10,
      delays: [{ cause: 'weather', days: 10, note: 'Heavy rain, the slab could not be poured.' }],
    });

    const event = await subMe.until((e) => e.subject === 'PROJECT' && e.subjectId === project.id);
    expect(event.change).toBe('CHANGED');

    const bells = await app.owner.notification.findMany({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'projectDelayed' } });
    expect(bells.map((b) => [b.subjectType, b.subjectId, b.params])).toEqual([
      ['project', project.id, { title: 'Kitchen remodel', days: 10, date: '2027-03-22', cause: 'weather' }],
    ]);
    const emails = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenantId, toAddress: w.me.customer.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe('Kitchen remodel : nouvelle date de fin prévue le lundi 22 mars 2027');
    expect(emails[0]!.text).toContain('un retard de 10 jours sur Kitchen remodel (météo)');
    expect(emails[0]!.text).toContain(`${TEST_ORIGIN}/${w.tenant.slug}/portal/projects/${project.id}`);

    // The customer's own choice: the bell only. An hour later, another delay.
    await app.owner.portalAccount.updateMany({ where: { customerId: w.me.customer.id }, data: { notificationPreferences: { projectDelayed: 'inApp' } } });
    app.clock.now = new Date(TEST_START.getTime() + 3_600_000);
    const second = await call<{ reportProjectDelay: { delays: { id: string }[]; forecastEndDate: string } }>(
      'admin',
      DELAY,
      { projectId: project.id, input: { cause: 'permit', days: 1 } },
      w.owner.token,
    );
    expect(second.reportProjectDelay.forecastEndDate).toBe('2027-03-23');
    expect(await app.owner.notification.count({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'projectDelayed' } })).toBe(2);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: w.tenantId, toAddress: w.me.customer.email } })).toBe(1);

    // Newest first in the portal; removing one moves the forecast back.
    const seen = await portalProject(w, project.id);
    expect(seen.delays.map((d) => d.cause)).toEqual(['permit', 'weather']);
    const removed = await call<{ removeProjectDelay: { forecastEndDate: string; delayDays: number } }>(
      'admin',
      REMOVE_DELAY,
      { id: second.reportProjectDelay.delays[0]!.id },
      w.owner.token,
    );
    expect(removed.removeProjectDelay).toEqual({ forecastEndDate: '2027-03-22', delayDays: 10 });
    app.clock.now = new Date(TEST_START);

    // The neighbour heard nothing of it (a last write of theirs marks the end of what they could have received).
    await app.owner.customer.updateMany({ where: { id: w.neighbour.customer.id }, data: { name: 'Neighbour (2)' } });
    await subNeighbour.until((e) => e.subjectId === w.neighbour.customer.id);
    expect(subNeighbour.events.some((e) => e.subjectId === project.id)).toBe(false);
    expect([...subMe.errors, ...subNeighbour.errors]).toEqual([]);
  });

  it('a finished project takes no more delays', async () => {
    const w = await world();
    const project = await createProject(w);
    await call('admin', STATUS, { id: project.id, status: 'cancelled' }, w.owner.token);
    expect(codeOf(await app.call('admin', DELAY, { projectId: project.id, input: { cause: 'other', days: 2 } }, { token: w.owner.token }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROJECT_CLOSED',
    });
    expect(await app.owner.projectDelay.count({ where: { projectId: project.id } })).toBe(0);
  });
});

/** A 3200 × 2000 JPEG stored sideways (EXIF orientation 6), with a camera name and a GPS position. */
async function sidewaysPhotoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 3200, height: 2000, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'SecretCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' } })
    .toBuffer();
}

const GPS_IFD_TAG = Buffer.from([0x88, 0x25]);
const hasGps = (exif: Buffer | undefined) => exif !== undefined && (exif.includes(GPS_IFD_TAG) || exif.includes(Buffer.from([0x25, 0x88])));

async function uploadPhoto(token: string, projectId: string, bytes: Buffer) {
  const link = await app.call<{ createProjectPhotoUpload: { uploadUrl: string; maxBytes: number; allowedTypes: string[] } }>('admin', PHOTO_UPLOAD, { projectId }, { token });
  if (link.errors) return { status: 0, errors: link.errors, photo: null };
  const put = await fetch(`${app.url}${link.data!.createProjectPhotoUpload.uploadUrl}`, { method: 'PUT', body: bytes });
  const body = (await put.json()) as { photo?: { id: string; width: number; height: number } };
  return { status: put.status, errors: undefined, photo: body.photo ?? null };
}

describe('photos', () => {
  it("a list's cover photos come in one statement for all its projects: the newest 'after' photo, else the newest", async () => {
    const w = await world();
    const [withAfter, duringOnly, bare] = [await createProject(w), await createProject(w, { name: 'Bathroom' }), await createProject(w, { name: 'Deck' })];
    const photo = (projectId: string, stage: 'before' | 'during' | 'after', minutes: number) =>
      app.owner.projectPhoto.create({
        data: {
          tenantId: w.tenantId,
          projectId,
          stage,
          storageKey: `k-${randomUUID()}`,
          thumbnailKey: `t-${randomUUID()}`,
          contentType: 'image/webp',
          width: 10,
          height: 10,
          sizeBytes: 1,
          createdAt: new Date(TEST_START.getTime() + minutes * 60_000),
        },
      });
    const after = await photo(withAfter.id, 'after', 1);
    await photo(withAfter.id, 'during', 2);
    await photo(duringOnly.id, 'before', 1);
    const newest = await photo(duringOnly.id, 'during', 2);

    app.statements.length = 0;
    const res = await app.call<{ projects: { nodes: { id: string; coverPhoto: { id: string } | null }[] } }>(
      'portal',
      '{ projects { nodes { id coverPhoto { id } } } }',
      {},
      { token: w.me.token },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const covers = new Map(res.data!.projects.nodes.map((p) => [p.id, p.coverPhoto?.id ?? null]));
    expect([covers.get(withAfter.id), covers.get(duringOnly.id), covers.get(bare.id)]).toEqual([after.id, newest.id, null]);
    expect(pageStatements(app.statements).filter((sql) => sql.includes('project_photos'))).toHaveLength(2);
  });

  it('are turned upright and stripped of EXIF and GPS, in a display size and a smaller thumbnail, read through signed links', async () => {
    const w = await world();
    const project = await createProject(w);
    const original = await sidewaysPhotoWithGps();
    const before = await sharp(original).metadata();
    expect([before.width, before.height, before.orientation, hasGps(before.exif), before.exif?.includes(Buffer.from('SecretCam'))]).toEqual([3200, 2000, 6, true, true]);

    const link = await call<{ createProjectPhotoUpload: { uploadUrl: string; maxBytes: number; allowedTypes: string[] } }>(
      'admin',
      PHOTO_UPLOAD,
      { projectId: project.id },
      w.owner.token,
    );
    expect(link.createProjectPhotoUpload).toMatchObject({ maxBytes: 10 * 1024 * 1024, allowedTypes: ['image/jpeg', 'image/png', 'image/webp'] });
    expect(link.createProjectPhotoUpload.uploadUrl).toMatch(new RegExp(`^/files/v1/project-photos/${project.id}\\?token=`));
    const uploaded = await uploadPhoto(w.owner.token, project.id, original);
    expect(uploaded.status).toBe(200);
    // Upright: the sideways 3200 × 2000 is a 2000 × 3200 portrait, shown 1600 wide.
    expect(uploaded.photo).toMatchObject({ width: 1600, height: 2560 });

    // The gallery entry: the customer sees it, captioned by staff.
    const photoId = uploaded.photo!.id;
    await call(
      'admin',
      UPDATE_PHOTO,
      { id: photoId, input: { caption: 'Framing, north wall', stage: 'during', takenAt: '2027-01-20T14:00:00.000Z', phaseId: project.phases[1]!.id } },
      w.owner.token,
    );
    const seen = await portalProject(w, project.id);
    expect(seen.photos).toMatchObject([{ id: photoId, stage: 'during', caption: 'Framing, north wall', width: 1600, height: 2560 }]);
    expect(seen.coverPhoto).toEqual({ id: photoId });
    const photo = seen.photos[0]!;

    const display = await fetch(`${app.url}${photo.url}`);
    const thumbnail = await fetch(`${app.url}${photo.thumbnailUrl}`);
    expect([display.status, thumbnail.status]).toEqual([200, 200]);
    expect([display.headers.get('content-type'), thumbnail.headers.get('content-type')]).toEqual(['image/webp', 'image/webp']);
    const displayBytes = Buffer.from(await display.arrayBuffer());
    const thumbnailBytes = Buffer.from(await thumbnail.arrayBuffer());
    expect(thumbnailBytes.length).toBeLessThan(displayBytes.length);
    const [shown, thumb] = await Promise.all([sharp(displayBytes).metadata(), sharp(thumbnailBytes).metadata()]);
    expect([shown.width, shown.height, thumb.width, thumb.height]).toEqual([1600, 2560, 480, 768]);
    for (const meta of [shown, thumb]) {
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    expect(displayBytes.includes(Buffer.from('SecretCam'))).toBe(false);

    // A link names one photo: turned towards another id it opens nothing.
    const token = new URL(`${app.url}${photo.url}`).searchParams.get('token');
    expect((await fetch(`${app.url}/files/v1/project-photo/${randomUUID()}?token=${token}`)).status).toBe(404);
    expect((await fetch(`${app.url}/files/v1/project-photo-thumbnail/${photoId}?token=${token}`)).status).toBe(404);

    // Removing it removes the files too.
    await call('admin', REMOVE_PHOTO, { id: photoId }, w.owner.token);
    const staffLink = await signedLinkFor(w, { kind: 'staff', staffId: w.owner.staff.id }, 'project-photo', photoId);
    expect((await fetch(`${app.url}${staffLink}`)).status).toBe(404);
  });

  it('only images up to 10 MB: anything else is refused and nothing is stored', async () => {
    const w = await world();
    const project = await createProject(w);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    expect((await uploadPhoto(w.owner.token, project.id, pdf)).status).toBe(415);
    // A JPEG's signature on bytes that are no image.
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    expect((await uploadPhoto(w.owner.token, project.id, broken)).status).toBe(400);
    expect((await uploadPhoto(w.owner.token, project.id, Buffer.alloc(10 * 1024 * 1024 + 1, 0xff))).status).toBe(413);
    expect(await app.owner.projectPhoto.count({ where: { projectId: project.id } })).toBe(0);
  });
});

/** A signed link for a session of `who` (a real session row), as the API would hand it to them. */
async function signedLinkFor(
  w: World,
  who: { kind: 'customer'; customer: { id: string }; accountId: string; tenantId?: string } | { kind: 'staff'; staffId: string; tenantId?: string },
  resource: 'project-photo' | 'project-photo-thumbnail',
  id: string,
): Promise<string> {
  const tenantId = who.tenantId ?? w.tenantId;
  const session =
    who.kind === 'customer'
      ? await app.owner.session.create({
          data: {
            tenantId,
            portalAccountId: who.accountId,
            customerId: who.customer.id,
            expiresAt: new Date(app.clock.now.getTime() + 86_400_000),
            createdAt: app.clock.now,
            lastSeenAt: app.clock.now,
          },
        })
      : await app.owner.session.create({
          data: { tenantId, staffUserId: who.staffId, expiresAt: new Date(app.clock.now.getTime() + 86_400_000), createdAt: app.clock.now, lastSeenAt: app.clock.now },
        });
  const principal =
    who.kind === 'customer'
      ? { kind: 'customer' as const, tenantId, sessionId: session.id, customerId: who.customer.id, accountId: who.accountId }
      : { kind: 'staff' as const, tenantId, sessionId: session.id, staffUserId: who.staffId };
  const ctx = { principal, deps: app.deps, now: () => app.clock.now } as unknown as RequestContext;
  return signedLink(ctx, resource, id);
}

describe('bad input', () => {
  it('gets typed errors and changes nothing', async () => {
    const w = await world();
    const create = (input: Record<string, unknown>) =>
      app.call(
        'admin',
        CREATE,
        { input: { customerId: w.me.customer.id, name: 'Deck', startDate: '2027-01-04', targetEndDate: '2027-02-01', ...input } },
        { token: w.owner.token },
      );
    expect(codeOf(await create({ targetEndDate: '2027-01-03' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetEndDate', reason: 'END_BEFORE_START' });
    expect(codeOf(await create({ startDate: '2027-02-30' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate', reason: 'INVALID_DATE' });
    expect(codeOf(await create({ siteId: w.neighbour.site.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteId', reason: 'NOT_CUSTOMER_SITE' });
    expect(codeOf(await create({ name: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', reason: 'REQUIRED' });
    expect(codeOf(await create({ contractValueMinor: -1 }))?.code).toBe('BAD_USER_INPUT');
    expect(codeOf(await create({ customerId: w.stranger.customer.id }))?.code).toBe('NOT_FOUND');
    expect(await app.owner.project.count({ where: { tenantId: w.tenantId } })).toBe(0);

    const project = await createProject(w);
    const other = await createProject(w, { name: 'Bathroom' });
    const before = await app.owner.project.findFirstOrThrow({ where: { id: project.id }, include: { phases: true, delays: true, milestones: true } });
    const refused: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [UPDATE, { id: project.id, input: { targetEndDate: '2026-12-01' } }, { code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START' }],
      [DELAY, { projectId: project.id, input: { cause: 'weather', days: 0 } }, { code: 'BAD_USER_INPUT' }],
      [DELAY, { projectId: project.id, input: { cause: 'weather', days: 366 } }, { code: 'BAD_USER_INPUT' }],
      [UPDATE_PHASE, { id: project.phases[0]!.id, input: { progress: 101 } }, { code: 'BAD_USER_INPUT' }],
      [MOVE_PHASE, { id: project.phases[0]!.id, position: 4 }, { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' }],
      [
        ADD_MILESTONE,
        { projectId: project.id, input: { name: 'X', dueDate: '2027-02-01', phaseId: other.phases[0]!.id } },
        { code: 'BAD_USER_INPUT', reason: 'NOT_PROJECT_PHASE' },
      ],
      [ADD_MILESTONE, { projectId: project.id, input: { name: 'X', dueDate: '2027-02-01', paymentAmountMinor: 0 } }, { code: 'BAD_USER_INPUT' }],
      [LINK_JOB, { projectId: project.id, jobId: w.neighbour.job.id }, { code: 'NOT_FOUND' }],
      [LINK_INVOICE, { projectId: project.id, invoiceId: w.neighbour.invoice.id }, { code: 'NOT_FOUND' }],
      [STATUS, { id: project.id, status: 'on_hold' }, { code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' }],
    ];
    for (const [query, variables, expected] of refused) {
      const res = await app.call('admin', query, variables, { token: w.owner.token });
      expect(codeOf(res), query).toMatchObject(expected);
      // No stack, SQL or internal detail reaches the client.
      expect(JSON.stringify(res.errors)).not.toMatch(/prisma|postgres|stack|at \w+ \(/i);
    }
    const after = await app.owner.project.findFirstOrThrow({ where: { id: project.id }, include: { phases: true, delays: true, milestones: true } });
    expect(after).toEqual(before);
    expect(await app.owner.job.count({ where: { projectId: project.id } })).toBe(0);
  });
});

describe('who may see and change a project', () => {
  it('every project table has row-level security enabled and forced', async () => {
    const tables = ['project_delays', 'project_milestones', 'project_phases', 'project_photos', 'projects'];
    const flags = await app.owner.$queryRaw<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>`
      SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY(${tables}) AND relkind = 'r' ORDER BY relname`;
    expect(flags).toEqual(tables.map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
  });

  it('another customer, a technician without a visit on it, and another business reach nothing: by GraphQL, by signed link or by SQL', async () => {
    const w = await world();
    const project = await createProject(w);
    await call('admin', LINK_JOB, { projectId: project.id, jobId: w.me.job.id }, w.owner.token);
    const milestones = await call<{ addProjectMilestone: { milestones: Milestone[] } }>(
      'admin',
      ADD_MILESTONE,
      { projectId: project.id, input: { name: 'Framing', dueDate: '2027-02-01', paymentAmountMinor: 100 } },
      w.owner.token,
    );
    const milestoneId = milestones.addProjectMilestone.milestones[0]!.id;
    const delays = await call<{ reportProjectDelay: { delays: { id: string }[] } }>(
      'admin',
      DELAY,
      { projectId: project.id, input: { cause: 'materials', days: 3 } },
      w.owner.token,
    );
    const delayId = delays.reportProjectDelay.delays[0]!.id;
    const uploaded = await uploadPhoto(
      w.owner.token,
      project.id,
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } })
        .jpeg()
        .toBuffer(),
    );
    const photoId = uploaded.photo!.id;
    const phaseId = project.phases[0]!.id;

    // The customer and the technician on its visit see it.
    expect((await portalProject(w, project.id)).photos.map((p) => p.id)).toEqual([photoId]);
    const techView = await call<{ project: ProjectView }>('admin', ADMIN_PROJECT, { id: project.id }, w.tech.token);
    expect(techView.project.delays.map((d) => d.id)).toEqual([delayId]);
    const techList = await call<{ projects: { nodes: { id: string }[] } }>('admin', ADMIN_PROJECTS, {}, w.tech.token);
    expect(techList.projects.nodes.map((n) => n.id)).toEqual([project.id]);
    // A technician adds photos to it, and changes nothing else: the office runs projects.
    expect(codeOf(await app.call('admin', DELAY, { projectId: project.id, input: { cause: 'other', days: 1 } }, { token: w.tech.token }))?.code).toBe('FORBIDDEN');
    expect(codeOf(await app.call('admin', REACH, { id: milestoneId }, { token: w.tech.token }))?.code).toBe('FORBIDDEN');
    expect((await app.call('admin', PHOTO_UPLOAD, { projectId: project.id }, { token: w.tech.token })).errors).toBeUndefined();

    // Portal: another customer of the business, a customer of another business: as for an id that does not exist.
    const portalMissing = await app.call('portal', PORTAL_PROJECT, { id: randomUUID() }, { token: w.neighbour.token });
    expect(codeOf(portalMissing)?.code).toBe('NOT_FOUND');
    for (const token of [w.neighbour.token, w.stranger.token]) {
      const foreign = await app.call('portal', PORTAL_PROJECT, { id: project.id }, { token });
      expect(foreign.errors).toEqual(portalMissing.errors);
      expect((await call<{ projects: { nodes: unknown[] } }>('portal', PORTAL_PROJECTS, {}, token)).projects.nodes).toEqual([]);
    }

    // Admin: a technician without a visit on it, and the business next door.
    const adminOps: [string, Record<string, unknown>][] = [
      [ADMIN_PROJECT, { id: project.id }],
      [PHOTO_UPLOAD, { projectId: project.id }],
      [UPDATE_PHOTO, { id: photoId, input: { caption: 'mine now' } }],
      [REMOVE_PHOTO, { id: photoId }],
    ];
    const officeOps: [string, Record<string, unknown>][] = [
      [UPDATE, { id: project.id, input: { name: 'Taken' } }],
      [STATUS, { id: project.id, status: 'in_progress' }],
      [ADD_PHASE, { projectId: project.id, input: { name: 'Extra' } }],
      [UPDATE_PHASE, { id: phaseId, input: { progress: 100 } }],
      [MOVE_PHASE, { id: phaseId, position: 2 }],
      [REMOVE_PHASE, { id: phaseId }],
      [ADD_MILESTONE, { projectId: project.id, input: { name: 'X', dueDate: '2027-02-01' } }],
      [REACH, { id: milestoneId }],
      [CANCEL_MILESTONE, { id: milestoneId }],
      [DELAY, { projectId: project.id, input: { cause: 'other', days: 1 } }],
      [REMOVE_DELAY, { id: delayId }],
      [LINK_JOB, { projectId: project.id, jobId: w.me.job.id, linked: false }],
    ];
    for (const [query, variables] of adminOps) {
      expect(codeOf(await app.call('admin', query, variables, { token: w.otherTech.token })), query).toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const [query, variables] of [...adminOps, ...officeOps]) {
      expect(codeOf(await app.call('admin', query, variables, { token: w.nextOwner.token })), query).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await call<{ projects: { nodes: unknown[] } }>('admin', ADMIN_PROJECTS, {}, w.otherTech.token)).projects.nodes).toEqual([]);
    expect((await call<{ projects: { nodes: unknown[] } }>('admin', ADMIN_PROJECTS, {}, w.nextOwner.token)).projects.nodes).toEqual([]);

    // Nothing changed.
    const now = await app.owner.project.findFirstOrThrow({ where: { id: project.id }, include: { phases: true, milestones: true, delays: true, photos: true } });
    expect([now.name, now.status, now.phases.length, now.milestones.map((m) => m.status), now.delays.length, now.photos.map((p) => p.caption)]).toEqual([
      'Kitchen remodel',
      'planning',
      3,
      ['upcoming'],
      1,
      [null],
    ]);

    // Signed links in the names of those who may not see it open nothing; the customer's own does.
    const forNeighbour = await signedLinkFor(w, { kind: 'customer', customer: w.neighbour.customer, accountId: w.neighbour.account.id }, 'project-photo', photoId);
    const forOtherTech = await signedLinkFor(w, { kind: 'staff', staffId: w.otherTech.staff.id }, 'project-photo-thumbnail', photoId);
    const forNextOwner = await signedLinkFor(w, { kind: 'staff', staffId: w.nextOwner.staff.id, tenantId: w.next.id }, 'project-photo', photoId);
    const forMe = await signedLinkFor(w, { kind: 'customer', customer: w.me.customer, accountId: w.me.account.id }, 'project-photo', photoId);
    for (const link of [forNeighbour, forOtherTech, forNextOwner]) expect((await fetch(`${app.url}${link}`)).status).toBe(404);
    expect((await fetch(`${app.url}${forMe}`)).status).toBe(200);

    // Row-level security alone.
    const count = (scope: Parameters<typeof withScope>[1]) =>
      withScope(
        app.db,
        scope,
        (tx) => tx.$queryRaw<{ n: number }[]>`SELECT ((SELECT count(*) FROM projects) + (SELECT count(*) FROM project_phases) + (SELECT count(*) FROM project_milestones)
          + (SELECT count(*) FROM project_delays) + (SELECT count(*) FROM project_photos))::int AS n`,
      ).then((rows) => rows[0]?.n);
    const all = 1 + 3 + 1 + 1 + 1;
    expect(await count({ tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id })).toBe(all);
    expect(await count({ tenantId: w.tenantId, role: 'staff', staffId: w.tech.staff.id, staffRole: 'technician' })).toBe(all);
    expect(await count({ tenantId: w.tenantId, role: 'customer', customerId: w.neighbour.customer.id })).toBe(0);
    expect(await count({ tenantId: w.tenantId, role: 'staff', staffId: w.otherTech.staff.id, staffRole: 'technician' })).toBe(0);
    expect(await count({ tenantId: w.next.id, role: 'staff', staffId: w.nextOwner.staff.id, staffRole: 'owner' })).toBe(0);
    expect(await count({ tenantId: w.tenantId, role: 'public' })).toBe(0);
    // A customer writes nothing, even with SQL.
    await expect(
      withScope(
        app.db,
        { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id },
        (tx) =>
          tx.$executeRaw`INSERT INTO project_delays (id, tenant_id, project_id, cause, days, reported_at) VALUES (${randomUUID()}::uuid, ${w.tenantId}::uuid, ${project.id}::uuid, 'other', 99, now())`,
      ),
    ).rejects.toThrow();
    const updated = await withScope(app.db, { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id }, (tx) => tx.$executeRaw`UPDATE projects SET name = 'Mine'`);
    expect(updated).toBe(0);
  });
});

describe('the projects feature', () => {
  it('switched off, every project operation and photo link answers FORBIDDEN, reason FEATURE_OFF', async () => {
    const w = await world();
    const project = await createProject(w);
    const uploaded = await uploadPhoto(
      w.owner.token,
      project.id,
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#444' } })
        .png()
        .toBuffer(),
    );
    const seen = await portalProject(w, project.id);
    await app.owner.tenant.update({ where: { id: w.tenantId }, data: { featureProjects: false } });

    for (const [query, variables] of [
      [PORTAL_PROJECT, { id: project.id }],
      [PORTAL_PROJECTS, {}],
    ] as const) {
      expect(codeOf(await app.call('portal', query, variables, { token: w.me.token }))).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
    }
    expect(codeOf(await app.call('admin', ADMIN_PROJECT, { id: project.id }, { token: w.owner.token }))).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
    expect(
      codeOf(
        await app.call('admin', CREATE, { input: { customerId: w.me.customer.id, name: 'X', startDate: '2027-01-01', targetEndDate: '2027-01-02' } }, { token: w.owner.token }),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'FEATURE_OFF',
    });
    expect(codeOf(await app.call('admin', REMOVE_PHOTO, { id: uploaded.photo!.id }, { token: w.owner.token }))).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
    expect((await fetch(`${app.url}${seen.photos[0]!.url}`)).status).toBe(403);
    expect(await app.owner.projectPhoto.count({ where: { projectId: project.id } })).toBe(1);
    // Nor can a conversation be started about it.
    const SEND = 'mutation($anchor: ThreadAnchorInput!) { sendMessage(anchor: $anchor, message: { body: "Hello" }) { id } }';
    expect(codeOf(await app.call('portal', SEND, { anchor: { type: 'PROJECT', id: project.id } }, { token: w.me.token }))?.code).toBe('NOT_FOUND');
  });
});

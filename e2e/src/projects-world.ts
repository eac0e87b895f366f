// A building contractor of its own for the projects test (a copy of the demo's settings, with
// projects switched on), its owner and one customer with two projects: a kitchen under way
// (phases, a milestone, a weather delay, three photos) and a bathroom handed over with its
// completion certificate. Rows a sign-in needs are written in SQL (as messaging.test.ts does);
// the projects go through the admin API, as the office would make them.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Page } from 'playwright-core';
import { dayFromToday } from './clock.js';
import { CUSTOMERS, STAFF, TENANTS } from './demo.js';
import { queryFromPage } from './flows.js';
import { roomPicture, SCENES, type Scene } from './pictures.js';

export const CONTRACTOR_TIME_ZONE = 'America/Denver';

export interface ContractorWorld {
  slug: string;
  tenantName: string;
  staffEmail: string;
  customerEmail: string;
  customerId: string;
}

export interface ProjectsWorld {
  kitchen: { id: string; name: string; progressPercent: number; forecastEndDate: string };
  bathroom: { id: string; name: string; certificateTitle: string };
  photoCaptions: string[];
}

/** The tenant, its owner and a customer (both sign in with the demo password). */
export async function makeContractor(db: pg.Client): Promise<ContractorWorld> {
  const key = randomUUID().slice(0, 8);
  const slug = `builders-${key}`;
  const tenantName = `Cedar & Stone Builders ${key}`;
  const one = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(sql, params)).rows.at(0)?.id ?? '';
  const hashes = await db.query<{ staff: string; portal: string }>(
    `SELECT (SELECT su.password_hash FROM staff_users su JOIN tenants t ON t.id = su.tenant_id WHERE t.slug = $1 AND su.email = $2) AS staff,
            (SELECT pa.password_hash FROM portal_accounts pa JOIN tenants t ON t.id = pa.tenant_id WHERE t.slug = $1 AND pa.email = $3) AS portal`,
    [TENANTS.northwind.slug, STAFF.dana.email, CUSTOMERS.alex.email],
  );
  const hash = hashes.rows.at(0);
  if (!hash?.staff || !hash.portal) throw new Error('the demo seed has no Dana or Alex at Northwind');

  // Every setting as the demo business has it, then what makes this one a contractor.
  await db.query('CREATE TEMP TABLE IF NOT EXISTS contractor_copy AS SELECT * FROM tenants WITH NO DATA');
  await db.query('TRUNCATE contractor_copy');
  await db.query('INSERT INTO contractor_copy SELECT * FROM tenants WHERE slug = $1', [TENANTS.northwind.slug]);
  await db.query(
    `UPDATE contractor_copy SET id = gen_random_uuid(), slug = $1, name = $2, trade = 'contractor', feature_projects = true, feature_booking = false,
            custom_domain = NULL, time_zone = $3, primary_color = '#0f766e', logo_url = NULL, created_at = now(), updated_at = now()`,
    [slug, tenantName, CONTRACTOR_TIME_ZONE],
  );
  const tenant = await one('INSERT INTO tenants SELECT * FROM contractor_copy RETURNING id', []);
  const staffEmail = `owner-${key}@example.net`;
  await db.query(
    `INSERT INTO staff_users (id, tenant_id, email, name, role, status, password_hash, updated_at) VALUES (gen_random_uuid(), $1, $2, 'Morgan Reyes', 'owner', 'active', $3, now())`,
    [tenant, staffEmail, hash.staff],
  );
  const customerEmail = `homeowner-${key}@example.com`;
  const customerId = await one(`INSERT INTO customers (id, tenant_id, name, email, locale, updated_at) VALUES (gen_random_uuid(), $1, 'Jamie Fox', $2, 'en', now()) RETURNING id`, [
    tenant,
    customerEmail,
  ]);
  await db.query(`INSERT INTO portal_accounts (id, tenant_id, customer_id, email, status, password_hash, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'active', $4, now())`, [
    tenant,
    customerId,
    customerEmail,
    hash.portal,
  ]);
  return { slug, tenantName, staffEmail, customerEmail, customerId };
}

interface AdminProject {
  id: string;
  name: string;
  progressPercent: number;
  forecastEndDate: string;
  phases: { id: string; name: string }[];
  photos: { id: string }[];
}

const PROJECT_FIELDS = 'id name progressPercent forecastEndDate phases { id name } photos { id }';

/** A staff page's PUT of `body` to a signed upload link (same origin: the app forwards /files). */
async function putFromPage(page: Page, url: string, body: Buffer, contentType: string): Promise<unknown> {
  return page.evaluate(
    async ({ url, bytes, contentType }) => {
      const res = await fetch(url, { method: 'PUT', headers: { 'content-type': contentType }, body: new Uint8Array(bytes) });
      if (!res.ok) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
      return res.headers.get('content-type')?.includes('json') ? ((await res.json()) as unknown) : null;
    },
    { url, bytes: [...body], contentType },
  );
}

/** A one-page PDF saying `text`. */
function pdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

type Admin = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Adds the phases in order, one call each, as the office adds them on the project page. */
async function addPhases(admin: Admin, projectId: string, names: string[]): Promise<{ id: string; name: string }[]> {
  let phases: { id: string; name: string }[] = [];
  for (const name of names) {
    const { addProjectPhase } = await admin<{ addProjectPhase: AdminProject }>(
      `mutation($id: ID!, $input: ProjectPhaseInput!) { addProjectPhase(projectId: $id, input: $input) { phases { id name } } }`,
      { id: projectId, input: { name } },
    );
    phases = addProjectPhase.phases;
  }
  return phases;
}

function phaseNamed(phases: { id: string; name: string }[], name: string): { id: string; name: string } {
  const phase = phases.find((p) => p.name === name);
  if (!phase) throw new Error(`no phase ${name}`);
  return phase;
}

/** The customer's two projects, made by the office (`office`: a page signed in to the admin app as the owner). */
export async function makeProjects(office: Page, world: ContractorWorld): Promise<ProjectsWorld> {
  const admin: Admin = (query, variables = {}) => queryFromPage(office, 'admin', query, variables);
  const day = (days: number) => dayFromToday(CONTRACTOR_TIME_ZONE, days);

  // The kitchen: started five weeks ago, two phases done and the third well along.
  const { createProject: created } = await admin<{ createProject: AdminProject }>(`mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`, {
    input: {
      customerId: world.customerId,
      name: 'Kitchen remodel',
      description: 'Open the kitchen to the dining room: new cabinets, an island with the sink, quartz counters and a tile backsplash.',
      contractValueMinor: 48_500_00,
      startDate: day(-38),
      targetEndDate: day(30),
    },
  });
  const kitchenPhases = await addPhases(admin, created.id, ['Demolition', 'Rough-in plumbing and electrical', 'Drywall', 'Cabinets and counters', 'Finishes and paint']);
  const demolition = phaseNamed(kitchenPhases, 'Demolition');
  const roughIn = phaseNamed(kitchenPhases, 'Rough-in plumbing and electrical');
  const drywall = phaseNamed(kitchenPhases, 'Drywall');
  await admin(`mutation($id: ID!) { changeProjectStatus(id: $id, status: in_progress) { id } }`, { id: created.id });
  for (const phase of [demolition, roughIn]) await admin(`mutation($id: ID!) { updateProjectPhase(id: $id, input: { status: done }) { id } }`, { id: phase.id });
  await admin(`mutation($id: ID!) { updateProjectPhase(id: $id, input: { progress: 60 }) { id } }`, { id: drywall.id });
  await admin(`mutation($id: ID!, $input: ProjectMilestoneInput!) { addProjectMilestone(projectId: $id, input: $input) { id } }`, {
    id: created.id,
    input: { name: 'Cabinets installed', dueDate: day(16), paymentAmountMinor: 12_125_00 },
  });
  await admin(`mutation($id: ID!, $input: ProjectDelayInput!) { reportProjectDelay(projectId: $id, input: $input) { id } }`, {
    id: created.id,
    input: { cause: 'weather', days: 3, note: 'A spring snowstorm closed the roads to the supplier: the drywall delivery moved to Monday.' },
  });

  // Three photos: before, during, and the drywall going up.
  const photos: { scene: Scene; stage: string; caption: string; takenDaysAgo: number; phaseId: string }[] = [
    { scene: SCENES.before, stage: 'before', caption: 'The old kitchen, the day we measured', takenDaysAgo: 45, phaseId: demolition.id },
    { scene: SCENES.during, stage: 'during', caption: 'Studs open for the new island plumbing', takenDaysAgo: 24, phaseId: roughIn.id },
    { scene: SCENES.after, stage: 'during', caption: 'Drywall up, ready for mud and tape', takenDaysAgo: 2, phaseId: drywall.id },
  ];
  const { createProjectPhotoUpload: upload } = await admin<{ createProjectPhotoUpload: { uploadUrl: string } }>(
    `mutation($id: ID!) { createProjectPhotoUpload(projectId: $id) { uploadUrl } }`,
    { id: created.id },
  );
  for (const photo of photos) {
    const answer = (await putFromPage(office, upload.uploadUrl, roomPicture(photo.scene), 'image/png')) as { photo: { id: string } };
    const takenAt = new Date(`${day(-photo.takenDaysAgo)}T17:00:00Z`).toISOString();
    await admin(`mutation($id: ID!, $input: UpdateProjectPhotoInput!) { updateProjectPhoto(id: $id, input: $input) { id } }`, {
      id: answer.photo.id,
      input: { caption: photo.caption, stage: photo.stage, takenAt, phaseId: photo.phaseId },
    });
  }
  const { project: kitchen } = await admin<{ project: AdminProject }>(`query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`, { id: created.id });

  // The bathroom: done three weeks ago, its certificate shared.
  const { createProject: bathroom } = await admin<{ createProject: AdminProject }>(`mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`, {
    input: { customerId: world.customerId, name: 'Bathroom renovation', startDate: day(-95), targetEndDate: day(-25) },
  });
  const tiling = phaseNamed(await addPhases(admin, bathroom.id, ['Tiling and fixtures']), 'Tiling and fixtures');
  await admin(`mutation($id: ID!) { changeProjectStatus(id: $id, status: in_progress) { id } }`, { id: bathroom.id });
  await admin(`mutation($id: ID!) { updateProjectPhase(id: $id, input: { status: done }) { id } }`, { id: tiling.id });
  await admin(`mutation($id: ID!) { changeProjectStatus(id: $id, status: completed) { id } }`, { id: bathroom.id });
  const certificateTitle = 'Certificate of completion: bathroom';
  const { createDocumentUpload: reserved } = await admin<{ createDocumentUpload: { uploadId: string; uploadUrl: string } }>(
    `mutation { createDocumentUpload(fileName: "completion-certificate.pdf") { uploadId uploadUrl } }`,
  );
  await putFromPage(office, reserved.uploadUrl, pdf('Certificate of completion'), 'application/pdf');
  const { createDocument: certificate } = await admin<{ createDocument: { id: string } }>(`mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`, {
    input: { customerId: world.customerId, kind: 'certificate', title: certificateTitle, shared: true, uploadId: reserved.uploadId },
  });
  await admin(`mutation($project: ID!, $doc: ID!) { linkDocumentToProject(projectId: $project, documentId: $doc) { id } }`, { project: bathroom.id, doc: certificate.id });

  return {
    kitchen: { id: kitchen.id, name: kitchen.name, progressPercent: kitchen.progressPercent, forecastEndDate: kitchen.forecastEndDate },
    bathroom: { id: bathroom.id, name: bathroom.name, certificateTitle },
    photoCaptions: photos.map((photo) => photo.caption),
  };
}

// What a page of projects shows besides their rows, one statement per batch, read in the caller's
// scope (row-level security decides which projects' photos exist).
import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import { Unauthenticated } from '../errors/errors.js';
import type { ProjectPhoto as PhotoRow } from '../generated/prisma/client.js';
import type { ProjectPhoto } from './projects.types.js';
import { toPhoto } from './projects.service.js';

const coverPhotoByProject = (ctx: RequestContext) =>
  new DataLoader<string, PhotoRow | null>(async (ids) => {
    const { tx } = ctx;
    if (!tx) throw new Unauthenticated();
    const covers = await tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT ON (p.project_id) p.id::text AS id FROM project_photos p
      WHERE p.tenant_id = app_tenant() AND p.project_id = ANY(${[...ids]}::uuid[])
      ORDER BY p.project_id, (p.stage = 'after') DESC, p.created_at DESC, p.id DESC`;
    const rows = covers.length ? await tx.projectPhoto.findMany({ where: { id: { in: covers.map((c) => c.id) } } }) : [];
    return ids.map((id) => rows.find((r) => r.projectId === id) ?? null);
  });

/** The newest "after" photo, else the newest photo: the project's card picture. */
export async function coverPhoto(ctx: RequestContext, projectId: string): Promise<ProjectPhoto | null> {
  const row = await loader(ctx, coverPhotoByProject).load(projectId);
  return row ? toPhoto(row) : null;
}

// The test every page read gets (platform/page-read.ts): with its own() conditions rendered TRUE,
// the page still answers exactly what it answers with them, because row-level security is the wall.
import { expect } from 'vitest';
import { withoutOwnFilters } from '../platform/page-read.js';
import { pageStatements, type TestApp } from './app.js';

/**
 * Calls `request` twice, with and without the page read's own filters, and expects the same
 * answer. The caller arranges other customers' and another tenant's rows that the unfiltered
 * statement would return without row-level security.
 */
export async function expectRowLevelSecurityAlone<T extends { data?: unknown; errors?: unknown }>(app: TestApp, request: () => Promise<T>): Promise<T> {
  app.statements.length = 0;
  const filtered = await request();
  const [withFilters] = pageStatements(app.statements);
  app.statements.length = 0;
  const unfiltered = await withoutOwnFilters(request);
  const [page] = pageStatements(app.statements);
  // The statement really ran without them: its own() conditions name app_tenant(), and now do not.
  expect(withFilters).toContain('tenant_id = app_tenant()');
  expect(page).toBeDefined();
  expect(page).not.toContain('app_tenant()');
  expect({ data: unfiltered.data, errors: unfiltered.errors }).toEqual({ data: filtered.data, errors: filtered.errors });
  return unfiltered;
}

// The audit log as CSV (issue 22), behind the signed link of Query.auditLogCsvUrl: the link's id is
// the filter itself, so the file holds exactly what the owner or admin filtered.
import { fileRoute, type RestRoutes } from './rest.js';
import { auditLogCsv } from '../audit/audit-export.js';

export const auditRoutes: RestRoutes = (app, deps) => {
  fileRoute(app, deps, 'audit-log-csv', auditLogCsv);
};

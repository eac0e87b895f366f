// Placeholder until the projects contract is merged (replaced by the real loader).
import type { ScopedContext } from '../context/context.js';
import type { Language } from '../common/languages.js';
import type { GeneratedDocumentKind, Tenant } from '../generated/prisma/client.js';
import { NotFound } from '../errors/errors.js';
import type { ProjectDocumentFacts } from './project-document-facts.js';

export function warrantyMonthsOf(_tenant: Tenant): number {
  return 12;
}

export async function projectDocumentFacts(
  _ctx: ScopedContext,
  _input: { projectId: string; kind: GeneratedDocumentKind; milestoneId: string | null; language: Language | null },
): Promise<ProjectDocumentFacts> {
  throw new NotFound('This project');
}

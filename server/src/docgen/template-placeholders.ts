// The placeholders a business may write in a document template ({{customer.name}}), which kinds
// of document offer each, how text is filled in, and what a template may hold (checked on save).
import { BadInput } from '../errors/errors.js';
import type { GeneratedDocumentKind } from '../generated/prisma/enums.js';

export const GENERATED_KINDS = ['WELCOME_PACK', 'PROGRESS_REPORT', 'COMPLETION_CERTIFICATE', 'WARRANTY'] as const satisfies readonly GeneratedDocumentKind[];

const ALL = GENERATED_KINDS;
const AFTER_COMPLETION = ['COMPLETION_CERTIFICATE', 'WARRANTY'] as const satisfies readonly GeneratedDocumentKind[];

/** Every placeholder, with the kinds of document that have a value for it. */
export const PLACEHOLDERS = {
  'customer.name': ALL,
  'business.name': ALL,
  'business.phone': ALL,
  'business.email': ALL,
  'portal.url': ALL,
  'project.name': ALL,
  'project.address': ALL,
  'project.startDate': ALL,
  'project.targetEndDate': ALL,
  'project.forecastEndDate': ALL,
  'project.progress': ALL,
  'project.completionDate': AFTER_COMPLETION,
  'milestone.name': ['PROGRESS_REPORT'],
  'milestone.date': ['PROGRESS_REPORT'],
  'warranty.months': AFTER_COMPLETION,
  'warranty.startDate': AFTER_COMPLETION,
  'warranty.endDate': AFTER_COMPLETION,
  'document.date': ALL,
} as const satisfies Record<string, readonly GeneratedDocumentKind[]>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
/** The text each placeholder stands for in one document (already formatted for its reader). */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

export function placeholdersFor(kind: GeneratedDocumentKind): PlaceholderName[] {
  return (Object.keys(PLACEHOLDERS) as PlaceholderName[]).filter((name) => (PLACEHOLDERS[name] as readonly string[]).includes(kind));
}

export interface TemplateBlock {
  heading: string;
  body: string;
}

export const TEMPLATE_LIMITS = { blocks: 20, heading: 120, body: 4000 } as const;

// {{ name }} with optional spaces inside the braces; a name is letters and dots.
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}/g;

/** The text with each placeholder replaced by its value (an empty string when the document has none). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(PLACEHOLDERS, name) ? (values[name as PlaceholderName] ?? '') : whole));
}

/**
 * The blocks as they will be stored (headings and bodies trimmed), or BAD_USER_INPUT naming the
 * first problem: a placeholder that does not exist or that this kind of document has no value
 * for (UNKNOWN_PLACEHOLDER), braces that do not make a placeholder (MALFORMED_PLACEHOLDER), no
 * text at all (EMPTY_TEMPLATE), a block without text (EMPTY_BLOCK), too many blocks
 * (TOO_MANY_BLOCKS) or too long a text (TOO_LONG).
 */
export function checkTemplateBlocks(kind: GeneratedDocumentKind, blocks: readonly TemplateBlock[]): TemplateBlock[] {
  if (blocks.length === 0) throw new BadInput('blocks', 'A template needs at least one block of text.', 'EMPTY_TEMPLATE');
  if (blocks.length > TEMPLATE_LIMITS.blocks) throw new BadInput('blocks', `A template can have at most ${TEMPLATE_LIMITS.blocks} blocks.`, 'TOO_MANY_BLOCKS');
  const offered = new Set<string>(placeholdersFor(kind));
  return blocks.map((block, index) => {
    const heading = block.heading.trim();
    const body = block.body.replace(/\r\n?/g, '\n').trim();
    if (!heading && !body) throw new BadInput(`blocks.${index}`, 'Give this block a heading or some text, or remove it.', 'EMPTY_BLOCK');
    for (const [field, text, max] of [
      ['heading', heading, TEMPLATE_LIMITS.heading],
      ['body', body, TEMPLATE_LIMITS.body],
    ] as const) {
      const path = `blocks.${index}.${field}`;
      if (text.length > max) throw new BadInput(path, `Please keep this under ${max} characters.`, 'TOO_LONG');
      for (const match of text.matchAll(PLACEHOLDER)) {
        const name = match[1] ?? '';
        if (!offered.has(name)) {
          const known = Object.hasOwn(PLACEHOLDERS, name);
          const error = new BadInput(path, known ? `{{${name}}} has no value in this kind of document.` : `{{${name}}} is not a placeholder we know.`, 'UNKNOWN_PLACEHOLDER');
          // Named apart from the message, so clients can say which one in their own words.
          Object.assign(error.extensions, { placeholder: name });
          throw error;
        }
      }
      // What is left once the placeholders are taken out must have no braces pair that looks like one.
      const rest = text.replace(PLACEHOLDER, '');
      if (rest.includes('{{') || rest.includes('}}')) throw new BadInput(path, 'Write a placeholder as {{name}}, from the list.', 'MALFORMED_PLACEHOLDER');
    }
    return { heading, body };
  });
}

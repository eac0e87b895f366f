// The document templates page's data: the fragment every query and mutation reads, and the
// editing helpers (blocks moved, removed, a placeholder inserted at the caret).
import { graphql, type FragmentType, useFragment } from '$lib/gql';
import type { GeneratedDocumentKind } from '$lib/gql/graphql';

export const DocumentTemplateFields = graphql(`
  fragment DocumentTemplateFields on DocumentTemplate {
    kind
    locale
    isCustomized
    updatedAt
    placeholders
    blocks {
      heading
      body
    }
  }
`);

export type DocumentTemplate = ReturnType<typeof documentTemplate>;
export function documentTemplate(fragment: FragmentType<typeof DocumentTemplateFields>) {
  return useFragment(DocumentTemplateFields, fragment);
}

export const KINDS: readonly GeneratedDocumentKind[] = ['WELCOME_PACK', 'PROGRESS_REPORT', 'COMPLETION_CERTIFICATE', 'WARRANTY'];
export const TEMPLATE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export const MAX_BLOCKS = 20;

export interface EditableBlock {
  /** Stable across moves, for keyed lists and field ids. */
  key: number;
  heading: string;
  body: string;
}

let nextKey = 1;
export function editable(blocks: readonly { heading: string; body: string }[]): EditableBlock[] {
  return blocks.map((block) => ({ key: nextKey++, heading: block.heading, body: block.body }));
}
export function emptyBlock(): EditableBlock {
  return { key: nextKey++, heading: '', body: '' };
}

/** The list with the block at `index` moved by `by` (−1 up, +1 down). */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}

/** `text` with `insert` put in place of the selection [start, end); returns the caret after it too. */
export function insertAt(text: string, insert: string, start: number, end: number): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

export function sameBlocks(a: readonly { heading: string; body: string }[], b: readonly { heading: string; body: string }[]): boolean {
  return (
    a.length === b.length &&
    a.every((block, i) => {
      const other = b.at(i);
      return other !== undefined && block.heading === other.heading && block.body === other.body;
    })
  );
}

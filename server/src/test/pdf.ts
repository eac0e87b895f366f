// Reads a PDF the way a reader or a screen reader gets it, for tests of generated documents.
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** White space (incl. the narrow no-break spaces of French numbers) folded to one space. */
export const normalise = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** All the text of a PDF, page after page, spaces normalised. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await pdf.destroy();
  return normalise(parts.join(' '));
}

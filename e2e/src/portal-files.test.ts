// Files reach the browser through the portal's own origin: signed downloads (documents,
// invoice PDFs) and uploads are forwarded to the API like GraphQL is.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { signInToPortal } from './flows.js';

const browser = useBrowser();

// A 1×1 PNG and a Windows executable header wearing a .png name.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const EXE = 'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA==';

describe('portal files', () => {
  it('downloads a shared document and an invoice PDF, and uploads a photo, through the portal origin', async () => {
    const { camille } = CUSTOMERS;
    const page = await browser.page();
    await signInToPortal(page, camille.tenant.slug, camille.email, DEMO_PASSWORD);

    const result = await page.evaluate(
      async ({ png, exe }) => {
        const gql = async (query: string, variables: Record<string, unknown> = {}) => {
          const res = await fetch('/graphql/portal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
          return (await res.json()) as { data: unknown; errors?: unknown[] };
        };
        const head = async (url: string) => {
          const res = await fetch(url);
          const bytes = new Uint8Array(await res.arrayBuffer());
          return {
            status: res.status,
            type: res.headers.get('content-type'),
            disposition: res.headers.get('content-disposition'),
            magic: String.fromCharCode(...bytes.slice(0, 4)),
          };
        };
        const { data } = (await gql('{ documents { nodes { downloadUrl } } invoices { nodes { pdfUrl } } }')) as {
          data: { documents: { nodes: { downloadUrl: string }[] }; invoices: { nodes: { pdfUrl: string }[] } };
        };
        const document = await head(data.documents.nodes[0].downloadUrl);
        const pdf = await head(data.invoices.nodes[0].pdfUrl);
        const put = async (b64: string) => {
          const { data: uploadData } = (await gql('mutation($n: String!) { createAttachmentUpload(fileName: $n) { uploadUrl } }', { n: 'photo.png' })) as {
            data: { createAttachmentUpload: { uploadUrl: string } };
          };
          const upload = uploadData.createAttachmentUpload;
          // What a file input gives: a File whose type the browser guessed from its name.
          const file = new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'photo.png', { type: 'image/png' });
          const res = await fetch(upload.uploadUrl, { method: 'PUT', body: file });
          return { status: res.status, body: (await res.json()) as { upload?: unknown; errors: { extensions: unknown }[] } };
        };
        return { document, pdf, photo: await put(png), executable: await put(exe) };
      },
      { png: PNG, exe: EXE },
    );

    expect(result.document.status).toBe(200);
    expect(result.document.disposition).toMatch(/^(inline|attachment); filename=/);
    expect(result.pdf).toMatchObject({ status: 200, type: 'application/pdf', magic: '%PDF' });
    expect(result.photo.status).toBe(200);
    expect(result.photo.body.upload).toMatchObject({ contentType: 'image/png', fileName: 'photo.png' });
    expect(result.executable.status).toBe(415);
    expect(result.executable.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });
});

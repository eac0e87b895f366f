import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { sealCertificate, sealPdf, verifySeal } from './document-seal.js';

async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Change order #1', { x: 72, y: 760, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

describe('the document seal', () => {
  it('verifies on a sealed PDF and names the seal', async () => {
    const sealed = await sealPdf(await samplePdf(), sealCertificate(undefined), new Date('2026-12-01T10:00:00Z'), 'Brightline');
    expect(verifySeal(sealed)).toEqual({ intact: true, sealedBy: 'Portico document seal', reason: 'INTACT' });
  });

  it('is reported broken when one byte of the sealed PDF changes', async () => {
    const sealed = await sealPdf(await samplePdf(), sealCertificate(undefined), new Date('2026-12-01T10:00:00Z'), 'Brightline');
    const tampered = Buffer.from(sealed);
    // A byte of the PDF's header comment: covered by the seal like every byte but the signature's.
    tampered[5] = tampered[5] === 0x37 ? 0x36 : 0x37;
    expect(verifySeal(tampered)).toMatchObject({ intact: false, reason: 'DIGEST_MISMATCH' });
  });

  it('finds no seal on an unsealed PDF', async () => {
    expect(verifySeal(await samplePdf())).toMatchObject({ intact: false, reason: 'NO_SEAL' });
  });
});

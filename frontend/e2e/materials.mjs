// 备案材料 for the browser tests: small PDFs made in code, uploaded through a plan's 附件 card with a role, the
// way a compiler adds 正文 and 编制说明 before 报送备案 (docs/filing.md).
import assert from 'node:assert/strict';

/** A one-page PDF with one line of (ASCII) text, valid enough for the server's content check and text extraction. */
export function pdf(text) {
  const line = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 770 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Uploads one PDF per role label (正文, 编制说明 …) through the plan detail page's 附件 card. */
export async function uploadMaterials(page, roleLabels) {
  const card = page.getByTestId('plan-attachments');
  for (const label of roleLabels) {
    await card.locator('.ant-select-selector').click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    const fileName = `${label}.pdf`;
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/attachments') && r.request().method() === 'POST');
    await card.locator('input[type=file]').setInputFiles({
      name: fileName,
      mimeType: 'application/pdf',
      buffer: pdf(`Filing material: ${label.length} characters`),
    });
    const response = await uploaded;
    assert.equal(response.status(), 201, await response.text());
    await card.locator('.ant-table-row', { hasText: fileName }).getByText(label, { exact: true }).waitFor();
  }
}

/**
 * A PDF written by hand from its objects' dictionaries (object 1 the catalog), with a correct cross-reference
 * table: for inputs pdfkit cannot make, such as non-embedded CJK fonts or a hostile FontMatrix.
 */
export function pdfFromObjects(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A content stream object drawing `content`. */
export const stream = (content: string): string => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;

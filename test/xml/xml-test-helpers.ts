// Shared helpers for the XML tests: fixture paths and hostile documents.
import fs from 'node:fs';
import path from 'node:path';

export const samplesDir = path.join(import.meta.dirname, '../fixtures/samples');

export function readSample(name: string): string {
  return fs.readFileSync(path.join(samplesDir, name), 'utf8');
}

/**
 * An XXE document whose SYSTEM entity points at a fresh file in `dir` holding `marker`.
 * The marker is only in the file's content, so it can show up in output only if the file is read.
 */
export function xxeDocument(dir: string, marker: string): string {
  const file = path.join(dir, 'secret.txt');
  fs.writeFileSync(file, `${marker}\n`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<!DOCTYPE AppointmentData [ <!ENTITY leak SYSTEM "file://${file}"> ]>\n` +
    '<ns2:AppointmentData xmlns:ns2="http://schema.medfusion.com/appointmentsdata/v1">\n' +
    '<AppointmentMessageHeader><Sender VendorName="&leak;" DeviceLocalTime="2026-12-01T07:45:00-08:00" DeviceVersion="1" DeviceName="x"/></AppointmentMessageHeader>\n' +
    '</ns2:AppointmentData>'
  );
}

/** Classic "billion laughs": 10^9 'lol's if an entity-expanding parser ever saw it. */
export function billionLaughs(): string {
  const defs = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${defs.join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
}

// Writes the bad-input corpus in test/fixtures/bad/ (committed; rerun after changing a recipe:
// node bin/run-ts.mjs test/bad-inputs/make-corpus.ts). Each file is one way an export can be
// broken; manifest.json (hand-written) says what the connector must do with each.
import fs from 'node:fs';
import path from 'node:path';
import { clinikoCsv } from '../engine/support/generate-export.ts';

const DIR = path.resolve('test/fixtures/bad');
const good = clinikoCsv(4, { firstId: 40_000 });
const [header, ...rows] = good.trimEnd().split('\n') as [string, ...string[]];
const cells = (i: number) => rows[i]!.split(',');
const withRow = (i: number, edit: (c: string[]) => void) => {
  const out = rows.map((r) => r.split(','));
  edit(out[i]!);
  return [header, ...out.map((c) => c.join(','))].join('\n') + '\n';
};
// Column indexes of the Cliniko-style export.
const ID = 0;
const START = 1;
const END = 2;
const DOB = 6;
const FIRST = 4;

const XML_NS = 'http://www.medfusion.com/AppointmentData/v1';
const appointmentXml = (ns: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${extra}\n<AppointmentData xmlns="${ns}"><Appointment><Id>1</Id></Appointment></AppointmentData>\n`;

const corpus: Record<string, string | Buffer> = {
  'empty.csv': '',
  'blank-lines-only.csv': '\n\n   \n\r\n\t\n',
  'bom-only.csv': Buffer.from([0xef, 0xbb, 0xbf]),
  'only-commas.csv': ',,,,\n,,,,\n,,,,\n',
  'header-only.csv': `${header}\n`,
  'truncated-mid-row.csv': good.slice(0, good.length - 40),
  'binary-random.csv': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
  'zip-renamed.csv': Buffer.concat([
    Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'),
    Buffer.alloc(300, 0x9c),
  ]),
  'pdf-renamed.csv': '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
  'html-page.csv':
    '<!DOCTYPE html><html><head><title>Login</title></head><body>Session expired</body></html>\n',
  'json-renamed.csv': JSON.stringify([{ id: 1, starts_at: '2026-12-21T13:00:00Z' }]),
  'prose.txt': 'Dear front desk,\nplease find attached the schedule for next week.\nRegards\n',
  'nul-bytes.csv': withRow(1, (c) => (c[FIRST] = 'Pa\0t')).replace(/\n$/, '\0\0\0\n'),
  'utf16le-no-bom.csv': Buffer.from(good, 'utf16le'),
  'unbalanced-quotes.csv': withRow(2, (c) => (c[FIRST] = '"Pat2')),
  'huge-line.csv': `${header}\n${rows[0]}\n${'x'.repeat(1_200_000)}\n${rows[1]}\n`,
  'impossible-dates.csv': withRow(1, (c) => {
    c[START] = '2026-02-30T13:00:00Z';
    c[END] = '2026-02-30T13:15:00Z';
  }),
  'impossible-month.csv': withRow(0, (c) => {
    c[START] = '2026-13-01T13:00:00Z';
    c[END] = '2026-13-01T13:15:00Z';
  }),
  'bad-time.csv': withRow(3, (c) => {
    c[START] = '2026-12-21T25:99:00Z';
  }),
  'impossible-dob.csv': withRow(2, (c) => (c[DOB] = '1980-02-31')),
  'excel-error-values.csv': withRow(1, (c) => {
    c[START] = '#VALUE!';
    c[END] = '#REF!';
  }),
  'duplicate-ids.csv': withRow(3, (c) => (c[ID] = cells(0)[ID]!)),
  'empty-id.csv': withRow(1, (c) => (c[ID] = '')),
  'too-many-cells.csv': withRow(2, (c) => c.push('extra', 'cells')),
  'too-few-cells.csv': withRow(1, (c) => c.splice(5)),
  'mixed-delimiters.csv': withRow(2, (c) => c.splice(0, c.length, c.join(';'))),
  'missing-start-column.csv': good
    .split('\n')
    .map((l) =>
      l
        .split(',')
        .filter((_, i) => i !== START && i !== END)
        .join(','),
    )
    .join('\n'),
  'control-chars-in-name.csv': withRow(0, (c) => (c[FIRST] = 'Pat\x01\x1b[31m')),
  'xml-with-dtd.xml': appointmentXml(XML_NS, '\n<!DOCTYPE AppointmentData [<!ELEMENT AppointmentData ANY>]>'),
  'xml-xxe.xml': appointmentXml(XML_NS, '\n<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace(
    '<Id>1</Id>',
    '<Id>&xxe;</Id>',
  ),
  'xml-billion-laughs.xml':
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
    ']>\n<Appointments><Appt><Id>&lol9;</Id></Appt></Appointments>\n',
  'xml-wrong-namespace.xml': appointmentXml('http://example.org/not-medfusion'),
  'xml-malformed.xml': '<?xml version="1.0"?>\n<Appointments><Appt><Id>1</Id></Appointments>\n',
  'xml-empty-root.xml': '<?xml version="1.0"?>\n<Appointments/>\n',
};

fs.mkdirSync(DIR, { recursive: true });
for (const [name, content] of Object.entries(corpus)) fs.writeFileSync(path.join(DIR, name), content);
console.log(`${Object.keys(corpus).length} files in ${path.relative(process.cwd(), DIR)}`);

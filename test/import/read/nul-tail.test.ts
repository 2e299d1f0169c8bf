// A text export followed by nothing but NUL bytes: what a copy to a network share or a sync folder
// leaves when it stops after setting the file's size. It had been refused as "binary data, not a
// text export", telling the practice to export another format; it is refused as a copy that may
// not have finished, the byte named. NUL bytes inside the text stay binary data.
import { refusal, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const TEXT =
  'Appt Date,Appt Time,Patient,DOB\r\n' +
  '12/08/2026,9:00 AM,"Garcia, Maria",03/14/1978\r\n' +
  '12/08/2026,10:00 AM,"Smith, John",02/20/1965\r\n';

it('text then only zeros is refused as a copy that may not have finished', async () => {
  const bytes = Buffer.concat([Buffer.from(TEXT, 'utf8'), Buffer.alloc(4096)]);
  const e = await refusal(t.write('schedule.csv', bytes));
  expect(e.message).toContain(
    `the text stops at byte ${Buffer.byteLength(TEXT)} and only NUL bytes (zeros) follow it`,
  );
  expect(e.message).not.toContain('binary');
  expect(e.hint).toMatch(/^Copy the export into this folder again/);
});

it('a NUL byte inside the text is still binary data', async () => {
  const e = await refusal(t.write('schedule.csv', TEXT.replace('Maria', 'Ma\0ria')));
  expect(e.message).toContain('binary data');
});

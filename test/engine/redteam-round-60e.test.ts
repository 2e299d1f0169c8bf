// Red-team probes (round 60e): the same visits exported again, written differently. A practice's
// next export lists the visits it listed before, but the report changed in ways that are no change
// to any visit: a Phone, Insurance, Balance, Last Modified or Printed at column added, columns
// moved, names in capitals or with a middle initial, trailing spaces, a provider's credential
// written another way, Excel's re-save (ISO ↔ US dates, 24- ↔ 12-hour times), another encoding
// (UTF-8, Windows-1252, UTF-16 with its BOM) or delimiter, a wider or narrower range, rows sorted
// another way, a copy under another name, a report printed at another time. Beside those, the real
// changes the API carries (a time moved by 15 minutes, another provider, a cancellation and its
// undoing, the type, the reason), each to be sent exactly once, and status words the API does not
// carry (Confirmed, Arrived, Checked Out, Completed), to be sent never.
// Sequences of two to five exports go through a real engine into one sandbox shared by the file
// (week-of-exports.ts). What the portal ends with and what was POSTed was worked out by hand BEFORE
// the first run: each visit once, on its patient, at its time and status; 0 sends for nothing new;
// exactly one send per real change, never a change sent as a new visit. Where a person could be
// asked (a name written with a middle initial), a hold with nothing sent is also right (`heldOr`).
// A probe whose name starts with FAULT failed before its fix.
//
// Portal and send lines read `Family Day HH:MM state` in Chicago. Unless a probe says otherwise a
// day is Monday's: Smith (chart 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with
// Lee, Anna MD at Main St Clinic, Follow Up, Scheduled; `ten` adds Okafor 11:00 … Kim 17:00.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, crlf, csv, lf, table, without, type Column, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { final, write } from './support/sending-probes.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-60e-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
type Change = Partial<Visit> & { day?: number };
const week = (c: Ctx, snapshotMode = false) => weekOf(c.onTestFinished, shared, { snapshotMode });

/** No appointment id; the chart number as the patient's id. */
const NOID = without(OWN, 'Appt ID');
/** No appointment id and no chart number: the patient known by name and birth date. */
const NAMES_ONLY = without(OWN, 'Appt ID', 'Chart #');
/** A layout with one column's value written another way. */
const rewrite = (cols: Column[], header: string, value: Column[1]): Column[] =>
  cols.map((c) => (c[0] === header ? [header, value] : c));
/** A layout with `col` inserted after the column headed `after`. */
const addAfter = (cols: Column[], after: string, col: Column): Column[] =>
  cols.flatMap((c) => (c[0] === after ? [c, col] : [c]));
/** A layout whose columns stand in the order of `headers`. */
const order = (cols: Column[], headers: string[]): Column[] =>
  headers.map((h) => cols.find((c) => c[0] === h)!);
/** Every cell of a layout followed by spaces (a fixed-width tool's padding). */
const padded = (cols: Column[]): Column[] => cols.map(([h, f]) => [h, (v) => `${f(v)}   `]);
/** A table with another delimiter (tab for a .txt, semicolon for a European Excel). */
const delimited = (cols: Column[], visits: Visit[], sep: string) => [
  cols.map(([h]) => h).join(sep),
  ...visits.map((v) => cols.map(([, f]) => f(v)).join(sep)),
];
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
/** Windows-1252 bytes (the letters used here are all below U+0100, where it matches Latin-1). */
const cp1252 = (text: string) => Buffer.from(text, 'latin1');

/** `MM/DD/YYYY` as ISO (`YYYY-MM-DD`) and as Excel writes it in the US (`M/D/YYYY`). */
const iso = (d: string) => `${d.slice(6)}-${d.slice(0, 2)}-${d.slice(3, 5)}`;
const usShort = (d: string) => d.replace(/(^|\/)0/g, '$1');
/** `HH:MM` as Excel's 12-hour time (`9:00 AM`, `1:00 PM`). */
const h12 = (t: string) => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
};
const EXCEL = rewrite(
  rewrite(OWN, 'Date', (v) => usShort(v.date)),
  'Time',
  (v) => h12(v.time),
);
const ISO = rewrite(OWN, 'Date', (v) => iso(v.date));
/** `Maria Garcia` for `Garcia, Maria`. */
const firstLast = (v: Visit) => v.patient.split(', ').reverse().join(' ');
const WITH_REASON: Column[] = [...OWN, ['Reason', (v) => v.reason]];

const onRow =
  (row: number, change: Change) =>
  (k: number): Change =>
    k === row ? change : {};
const day3 = (w: Week, o: (k: number) => Change = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
const ten = (w: Week, o: (k: number) => Change = () => ({})) =>
  Array.from({ length: 10 }, (_, i) => w.v(i + 1, o(i + 1)));
const BASE_PORTAL = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const FAMILIES = [
  'Smith',
  'Garcia',
  'Nguyen',
  'Okafor',
  'Kowalski',
  'Brown',
  'Patel',
  'Johnson',
  'Lopez',
  'Kim',
];
const TEN_PORTAL = FAMILIES.map((f, i) => `${f} Mon ${String(8 + i).padStart(2, '0')}:00 active`).sort();
const sorted = (xs: string[]) => [...xs].sort();
const with3 = (portal: string[], line: string) =>
  sorted([...portal.filter((l) => !l.startsWith(line.split(' ')[0]! + ' ')), line]);

/** Went with nothing sent and nothing asked. */
const nothing = (b: { job: JobDetails; sent: string[] }) =>
  expect({ state: b.job.state, sent: b.sent }).toEqual({ state: 'processed', sent: [] });
/** Held with nothing sent, or gone with exactly `sends`: both right (a person may be asked). */
const heldOr = (b: { job: { state: string }; sent: string[] }, sends: string[]) =>
  expect(b.job.state === 'held' ? { held: b.sent } : { went: sorted(b.sent) }).toEqual(
    b.job.state === 'held' ? { held: [] } : { went: sorted(sends) },
  );
/** The portal's patient names, locations and types in the week, by start (the provider's name is
 *  shown as the importer writes it: it is compared between exports, not to a spelling here). */
const shownAs = (w: Week) =>
  w
    .shown()
    .filter((a) => !a.cancelled)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((a) => `${a.patientName} | ${a.location} | ${a.type}`);

// ---- a column added, dropped or moved (own ids) ---------------------------------------------------

describe.concurrent('a column added, dropped or moved: nothing sent (own ids)', () => {
  it('a Phone column added after the patient: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const phone: Column = ['Phone', (v) => `(312) 555-01${v.chart.slice(2)}`];
    nothing(await w.put('b.csv', csv(addAfter(OWN, 'Patient', phone), day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('an Insurance column added (the payer’s name): nothing sent (nothing the portal shows changed)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const payers = ['', 'Aetna PPO', 'BCBS of Illinois', 'Medicare Part B'];
    const ins: Column = ['Insurance', (v) => payers[Number(v.chart.slice(2))]!];
    nothing(await w.put('b.csv', csv([...OWN, ins], day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a Balance column added ($25.00, $0.00, $140.50): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const dues = ['', '$25.00', '$0.00', '$140.50'];
    const bal: Column = ['Balance', (v) => dues[Number(v.chart.slice(2))]!];
    nothing(await w.put('b.csv', csv([...OWN, bal], day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a Last Modified column added (each row’s own edit time, days before): nothing sent, no visit moved to it', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const mod: Column = ['Last Modified', (v) => `12/2${v.chart.slice(3)}/2026 14:3${v.chart.slice(3)}`];
    nothing(await w.put('b.csv', csv([...OWN, mod], day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a Printed at column added (the same run time on every row): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const printed: Column = ['Printed at', () => `${w.date(0)} 06:00 AM`];
    nothing(await w.put('b.csv', csv([...OWN, printed], day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('every column in the reverse order: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(await w.put('b.csv', csv([...OWN].reverse(), day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a Phone column added, the Type column dropped and the rest reordered, at once: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const phone: Column = ['Phone', (v) => `312-555-01${v.chart.slice(2)}`];
    const cols = order(
      [...OWN, phone],
      ['Date', 'Time', 'Patient', 'Phone', 'Chart #', 'DOB', 'Provider', 'Location', 'Status', 'Appt ID'],
    );
    const before = w.portal(true);
    nothing(await w.put('b.csv', csv(cols, day3(w))));
    expect(w.portal(true)).toEqual(before);
    expect(before.every((l) => l.includes(' Follow Up | '))).toBe(true);
  });

  it('every cell padded with trailing spaces: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(await w.put('b.csv', csv(padded(OWN), day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a Room column added, then Garcia moved from Room 2 to Room 5 (the API carries no room): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const room = (garcia: string): Column => ['Room', (v) => (v.chart === '1002' ? garcia : 'Room 1')];
    nothing(await w.put('b.csv', csv([...OWN, room('Room 2')], day3(w))));
    nothing(await w.put('c.csv', csv([...OWN, room('Room 5')], day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });
});

// ---- the patient's name and the provider written another way (own ids) ----------------------------

describe.concurrent('names written another way: nothing sent (own ids and charts)', () => {
  it('every name in capitals (GARCIA, MARIA): nothing sent (or asked), the portal shows each once', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        rewrite(OWN, 'Patient', (v) => v.patient.toUpperCase()),
        day3(w),
      ),
    );
    heldOr(b, []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a middle initial added to Garcia (Garcia, Maria L): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { patient: 'Garcia, Maria L' }))));
    heldOr(b, []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('First Last with a middle initial (Maria L. Garcia) for the whole day: nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const initial = (v: Visit) => firstLast(v).replace(' ', ' L. ');
    const b = await w.put('b.csv', csv(rewrite(OWN, 'Patient', initial), day3(w)));
    heldOr(b, []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('the provider written “Lee, Anna, MD” (a comma before the credential): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    heldOr(
      await w.put(
        'b.csv',
        csv(
          OWN,
          day3(w, () => ({ provider: 'Lee, Anna, MD' })),
        ),
      ),
      [],
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('FAULT: the provider written without her credential (Lee, Anna): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    heldOr(
      await w.put(
        'b.csv',
        csv(
          OWN,
          day3(w, () => ({ provider: 'Lee, Anna' })),
        ),
      ),
      [],
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('FAULT: “Patel, Ravi, DO”, then “Dr. Ravi Patel”, then “PATEL, RAVI DO”: nothing sent after the first', async (c) => {
    const w = await week(c);
    await w.put(
      'a.csv',
      csv(
        OWN,
        day3(w, () => ({ provider: 'Patel, Ravi, DO' })),
      ),
    );
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w, () => ({ provider: 'Dr. Ravi Patel' })),
      ),
    );
    const d = await w.put(
      'c.csv',
      csv(
        OWN,
        day3(w, () => ({ provider: 'PATEL, RAVI DO' })),
      ),
    );
    heldOr(b, []);
    heldOr(d, []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('FAULT: the office written with a dot (Main St Clinic → Main St. Clinic): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(
      await w.put(
        'b.csv',
        csv(
          OWN,
          day3(w, () => ({ location: 'Main St. Clinic' })),
        ),
      ),
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });
});

// ---- Excel, encodings, delimiters -------------------------------------------------------------------

describe.concurrent('saved by Excel or in another encoding: nothing sent (own ids)', () => {
  it('ISO dates and 24-hour times, then Excel’s re-save (1/4/2027, 9:00 AM): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(ISO, day3(w)));
    heldOr(await w.put('b.csv', csv(EXCEL, day3(w))), []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('Excel’s re-save first (1/4/2027, 9:00 AM), then ISO dates and 24-hour times: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(EXCEL, day3(w)));
    nothing(await w.put('b.csv', lf(table(ISO, day3(w)))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('ten visits to 17:00 re-saved with 12-hour times (1:00 PM … 5:00 PM): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, ten(w)));
    nothing(
      await w.put(
        'b.csv',
        csv(
          rewrite(OWN, 'Time', (v) => h12(v.time)),
          ten(w),
        ),
      ),
    );
    expect(w.portal()).toEqual(TEN_PORTAL);
  });

  it('UTF-8 with accents (Muñoz, José; Clínica Norte), then the same in Windows-1252: nothing sent', async (c) => {
    const w = await week(c);
    const o = onRow(2, { patient: 'Muñoz, José', location: 'Clínica Norte' });
    await w.put('a.csv', csv(OWN, day3(w, o)));
    nothing(await w.put('b.csv', cp1252(csv(OWN, day3(w, o)))));
    expect(shownAs(w)[1]).toBe('José Muñoz | Clínica Norte | Follow Up');
  });

  it('Windows-1252 with accents first, then UTF-8 with a BOM: nothing sent, the name spelled right', async (c) => {
    const w = await week(c);
    const o = onRow(3, { patient: 'Nuñez, Renée' });
    await w.put('a.csv', cp1252(csv(OWN, day3(w, o))));
    nothing(await w.put('b.csv', `\uFEFF${csv(OWN, day3(w, o))}`));
    expect(shownAs(w)[2]).toBe('Renée Nuñez | Main St Clinic | Follow Up');
  });

  it('UTF-8, then UTF-16LE with its BOM (accents in a name): nothing sent', async (c) => {
    const w = await week(c);
    const o = onRow(2, { patient: 'García, María' });
    await w.put('a.csv', csv(OWN, day3(w, o)));
    nothing(await w.put('b.csv', utf16(csv(OWN, day3(w, o)))));
    expect(shownAs(w)[1]).toBe('María García | Main St Clinic | Follow Up');
  });

  it('UTF-16LE with its BOM first, then UTF-8 with LF line ends: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', utf16(csv(OWN, day3(w))));
    nothing(await w.put('b.csv', lf(table(OWN, day3(w)))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('the same visits as a tab-delimited .txt: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(await w.put('b.txt', crlf(delimited(OWN, day3(w), '\t'))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('the same visits saved by a European Excel (semicolons): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(await w.put('b.csv', crlf(delimited(OWN, day3(w), ';'))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });
});

// ---- a wider or narrower range, another order, copies, print stamps --------------------------------

describe.concurrent('another range, order, copy or print time', () => {
  const mon3tue = (w: Week, o: (k: number) => Change = () => ({})) => [
    ...day3(w, o),
    w.v(4, { day: 1, ...o(4) }),
    w.v(5, { day: 2, ...o(5) }),
  ];

  it('the report run for Monday–Wednesday after Monday alone: the two new visits NEW, Monday untouched', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, mon3tue(w)));
    expect(sorted(b.sent)).toEqual(['NEW Kowalski Wed 12:00', 'NEW Okafor Tue 11:00']);
    expect(w.portal()).toEqual(
      sorted([...BASE_PORTAL, 'Kowalski Wed 12:00 active', 'Okafor Tue 11:00 active']),
    );
  });

  it('Monday–Wednesday, then Monday alone (not snapshot mode): nothing sent, Tuesday and Wednesday stay', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, mon3tue(w)));
    nothing(await w.put('b.csv', csv(OWN, day3(w))));
    expect(w.portal()).toEqual(
      sorted([...BASE_PORTAL, 'Kowalski Wed 12:00 active', 'Okafor Tue 11:00 active']),
    );
  });

  it('snapshot mode: ten, then the ten sorted by name (descending) with a Phone column: nothing sent', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(OWN, ten(w)));
    const phone: Column = ['Phone', (v) => `312-555-01${v.chart.slice(2)}`];
    const byName = ten(w).sort((a, b) => b.patient.localeCompare(a.patient));
    nothing(await w.put('b.csv', csv(addAfter(OWN, 'Patient', phone), byName)));
    expect(w.portal()).toEqual(TEN_PORTAL);
  });

  it('the same export under two names at once, each with its own Printed stamp: nothing sent by either', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const stamp = (t: string) => [`Appointment List  Printed: ${w.date(0)} ${t}`, ''];
    write(w.h, 'Schedule.csv', csv(OWN, day3(w), stamp('7:00 AM')));
    const b = await w.put('Schedule (2).csv', csv(OWN, day3(w), stamp('7:02 AM')));
    await w.h.waitFor(
      (js) => js.filter((j) => j.file.startsWith('Schedule') && final(j)).length === 2,
      30_000,
    );
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('printed at 6:00 AM, then at 4:45 PM with Garcia moved 09:00 → 09:15: one UPDATE', async (c) => {
    const w = await week(c);
    const stamp = (t: string) => [`Daily Schedule - Printed: ${w.date(0)} ${t}`];
    await w.put('a.csv', csv(OWN, day3(w), stamp('6:00 AM')));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { time: '09:15' })), stamp('4:45 PM')));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:15']);
    expect(w.portal()).toEqual(with3(BASE_PORTAL, 'Garcia Mon 09:15 active'));
  });

  it('the same day printed again the next morning (Printed: Tuesday 6:00 AM): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w), [`Printed: ${w.date(0)} 6:00 AM`]));
    nothing(await w.put('b.csv', csv(OWN, day3(w), [`Printed: ${w.date(1)} 6:00 AM`])));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('Monday–Wednesday sorted by name, Garcia cancelled: one CANCEL, nothing else', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, mon3tue(w)));
    const byName = mon3tue(w, onRow(2, { status: 'Cancelled' })).sort((a, b) =>
      a.patient.localeCompare(b.patient),
    );
    const b = await w.put('b.csv', csv(OWN, byName));
    expect(b.sent).toEqual(['CANCEL Garcia Mon 09:00']);
  });
});

// ---- real changes, each sent once -----------------------------------------------------------------

describe.concurrent('a real change: sent once', () => {
  it('Garcia moved 15 minutes (09:00 → 09:15): one UPDATE, then the same export again: nothing', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { time: '09:15' }))));
    const d = await w.put('c.csv', lf(table(OWN, day3(w, onRow(2, { time: '09:15' })))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:15']);
    nothing(d);
    expect(w.portal()).toEqual(with3(BASE_PORTAL, 'Garcia Mon 09:15 active'));
  });

  it('no ids: Garcia moved 15 minutes: one UPDATE (or asked), never a second visit', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(2, { time: '09:15' }))));
    heldOr(b, ['UPDATE Garcia Mon 09:15']);
    expect(w.portal()).toEqual(
      b.job.state === 'held' ? BASE_PORTAL : with3(BASE_PORTAL, 'Garcia Mon 09:15 active'),
    );
  });

  it('Garcia moved 15 minutes in an Excel re-save (9:15 AM, dates without zeros): one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(EXCEL, day3(w, onRow(2, { time: '09:15' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:15']);
  });

  it('moved 15 minutes and back (09:00 → 09:15 → 09:00): one UPDATE each', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { time: '09:15' }))));
    const d = await w.put('c.csv', csv(ISO, day3(w)));
    expect([...b.sent, ...d.sent]).toEqual(['UPDATE Garcia Mon 09:15', 'UPDATE Garcia Mon 09:00']);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('FAULT: Garcia given to Cho while the others’ provider loses her credential (Lee, Anna): only Garcia goes', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const o = (k: number): Change => ({ provider: k === 2 ? 'Cho, Daniel MD' : 'Lee, Anna' });
    const b = await w.put('b.csv', csv(OWN, day3(w, o)));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:00']);
    expect(w.portal(true)[0]).toMatch(/^Garcia Mon 09:00 active Follow Up \| .*Cho/);
  });

  it('Scheduled → Confirmed → Arrived → Checked Out → Completed: nothing sent after the booking', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const later: string[] = [];
    for (const status of ['Confirmed', 'Arrived', 'Checked Out', 'Completed']) {
      const b = await w.put(`${status}.csv`, csv(OWN, day3(w, onRow(2, { status }))));
      later.push(...b.sent);
    }
    expect(later).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('no ids: the whole day Confirmed, then Checked In, then Completed: nothing sent after the booking', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const later: string[] = [];
    for (const status of ['Confirmed', 'Checked In', 'Completed']) {
      const b = await w.put(
        `${status}.csv`,
        csv(
          NOID,
          day3(w, () => ({ status })),
        ),
      );
      later.push(...b.sent);
    }
    expect(later).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('“Canceled” (one l), then “CANCELLED” in the next export: one CANCEL, then nothing', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { status: 'Canceled' }))));
    const d = await w.put('c.csv', csv(OWN, day3(w, onRow(2, { status: 'CANCELLED' }))));
    expect(b.sent).toEqual(['CANCEL Garcia Mon 09:00']);
    expect(d.sent).toEqual([]);
    expect(w.portal()).toEqual(with3(BASE_PORTAL, 'Garcia Mon 09:00 cancelled'));
  });

  it('cancelled, then Confirmed again at the same time: CANCEL, then one UPDATE; on once', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { status: 'Cancelled' }))));
    const d = await w.put('c.csv', csv(OWN, day3(w, onRow(2, { status: 'Confirmed' }))));
    expect([...b.sent, ...d.sent]).toEqual(['CANCEL Garcia Mon 09:00', 'UPDATE Garcia Mon 09:00']);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('cancelled, undone, cancelled again: CANCEL, UPDATE, CANCEL', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const sends: string[] = [];
    for (const [name, status] of [
      ['b.csv', 'Cancelled'],
      ['c.csv', 'Scheduled'],
      ['d.csv', 'Cancelled'],
    ] as const)
      sends.push(...(await w.put(name, csv(OWN, day3(w, onRow(3, { status }))))).sent);
    expect(sends).toEqual(['CANCEL Nguyen Mon 10:00', 'UPDATE Nguyen Mon 10:00', 'CANCEL Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(with3(BASE_PORTAL, 'Nguyen Mon 10:00 cancelled'));
  });

  it('the visit type changed (Follow Up → New Patient): one UPDATE, the portal shows it', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { type: 'New Patient' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:00']);
    expect(w.portal(true)[0]).toMatch(/^Garcia Mon 09:00 active New Patient \| /);
  });

  it('the reason changed (Knee pain → Knee pain, MRI results): one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(WITH_REASON, day3(w)));
    const b = await w.put('b.csv', csv(WITH_REASON, day3(w, onRow(2, { reason: 'Knee pain, MRI results' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:00']);
  });

  it('a Reason column, then a report without it, then with it again unchanged: nothing after the first', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(WITH_REASON, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w)));
    const d = await w.put('c.csv', lf(table(WITH_REASON, day3(w))));
    expect([...b.sent, ...d.sent]).toEqual([]);
  });

  it('the reason typed again with trailing spaces and in other capitals (KNEE PAIN ): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(WITH_REASON, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        WITH_REASON,
        day3(w, () => ({ reason: 'Knee pain   ' })),
      ),
    );
    nothing(b);
  });

  it('saved as UTF-16 with Nguyen cancelled: one CANCEL', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', utf16(csv(OWN, day3(w, onRow(3, { status: 'Cancelled' })))));
    expect(b.sent).toEqual(['CANCEL Nguyen Mon 10:00']);
  });

  it('columns reordered, a Phone column added and Smith’s type changed: one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const phone: Column = ['Phone', (v) => `312-555-01${v.chart.slice(2)}`];
    const b = await w.put(
      'b.csv',
      csv([phone, ...[...OWN].reverse()], day3(w, onRow(1, { type: 'Annual Physical' }))),
    );
    expect(b.sent).toEqual(['UPDATE Smith Mon 08:00']);
  });

  it('snapshot mode: ten, then a UTF-16 re-save that leaves Okafor out: one CANCEL', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(OWN, ten(w)));
    const b = await w.put(
      'b.csv',
      utf16(
        csv(
          OWN,
          ten(w).filter((v) => !v.patient.startsWith('Okafor')),
        ),
      ),
    );
    expect(b.sent).toEqual(['CANCEL Okafor Mon 11:00']);
    expect(w.portal()).toEqual(with3(TEN_PORTAL, 'Okafor Mon 11:00 cancelled'));
  });

  it('Garcia moved 15 minutes and to Room 4 in one export: one UPDATE', async (c) => {
    const w = await week(c);
    const room = (garcia: string): Column => ['Room', (v) => (v.chart === '1002' ? garcia : 'Room 1')];
    await w.put('a.csv', csv([...OWN, room('Room 2')], day3(w)));
    const b = await w.put('b.csv', csv([...OWN, room('Room 4')], day3(w, onRow(2, { time: '09:15' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:15']);
  });
});

// ---- no appointment id: the same visits written another way ------------------------------------------

describe.concurrent('no appointment id: written another way, never a visit twice', () => {
  it('charts: a middle initial added to Garcia: nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    heldOr(await w.put('b.csv', csv(NOID, day3(w, onRow(2, { patient: 'Garcia, Maria L' })))), []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('names only: a middle initial added to Garcia: nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w)));
    heldOr(await w.put('b.csv', csv(NAMES_ONLY, day3(w, onRow(2, { patient: 'Garcia, Maria L' })))), []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('FAULT: charts: the provider’s “, DO” dropped (Patel, Ravi, DO → Patel, Ravi): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put(
      'a.csv',
      csv(
        NOID,
        day3(w, () => ({ provider: 'Patel, Ravi, DO' })),
      ),
    );
    heldOr(
      await w.put(
        'b.csv',
        csv(
          NOID,
          day3(w, () => ({ provider: 'Patel, Ravi' })),
        ),
      ),
      [],
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('charts: every name in capitals: nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        rewrite(NOID, 'Patient', (v) => v.patient.toUpperCase()),
        day3(w),
      ),
    );
    heldOr(b, []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('charts: UTF-16 re-save with every cell padded: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    nothing(await w.put('b.csv', utf16(csv(padded(NOID), day3(w)))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('charts: Excel’s re-save with Garcia moved 15 minutes (9:15 AM): one UPDATE (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const excel = rewrite(
      rewrite(NOID, 'Date', (v) => usShort(v.date)),
      'Time',
      (v) => h12(v.time),
    );
    const b = await w.put('b.csv', csv(excel, day3(w, onRow(2, { time: '09:15' }))));
    heldOr(b, ['UPDATE Garcia Mon 09:15']);
  });

  it('names only: the Patient column “First Last” in capitals, a Phone column added: never a visit twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w)));
    const phone: Column = ['Phone', (v) => `312-555-01${v.chart.slice(2)}`];
    const cols = addAfter(
      rewrite(NAMES_ONLY, 'Patient', (v) => firstLast(v).toUpperCase()),
      'Patient',
      phone,
    );
    heldOr(await w.put('b.csv', csv(cols, day3(w))), []);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('snapshot mode, charts: ten re-sorted by provider then time descending, a Balance column: nothing sent or cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, ten(w)));
    const bal: Column = ['Balance', () => '0.00'];
    nothing(await w.put('b.csv', csv([...NOID, bal], ten(w).reverse())));
    expect(w.portal()).toEqual(TEN_PORTAL);
  });
});

// ---- more of the same visits written another way ------------------------------------------------------

describe.concurrent('dates, times and words written another way', () => {
  const LONG = new Intl.DateTimeFormat('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const longDate = (d: string) => LONG.format(new Date(`${iso(d)}T12:00:00Z`));

  it('control: the credential corrected (Lee, Anna MD → Lee, Anna DO): one UPDATE of each visit', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w, () => ({ provider: 'Lee, Anna DO' })),
      ),
    );
    expect(sorted(b.sent)).toEqual([
      'UPDATE Garcia Mon 09:00',
      'UPDATE Nguyen Mon 10:00',
      'UPDATE Smith Mon 08:00',
    ]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('names only: the provider written “Dr. Anna Lee” after “Lee, Anna MD”: nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w)));
    heldOr(
      await w.put(
        'b.csv',
        csv(
          NAMES_ONLY,
          day3(w, () => ({ provider: 'Dr. Anna Lee' })),
        ),
      ),
      [],
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('snapshot mode, charts: ten, then the provider without her credential: nothing sent or cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, ten(w)));
    nothing(
      await w.put(
        'b.csv',
        csv(
          NOID,
          ten(w, () => ({ provider: 'Lee, Anna' })),
        ),
      ),
    );
    expect(w.portal()).toEqual(TEN_PORTAL);
  });

  it('a Last Modified column of the visit’s own morning (07:3x that Monday): nothing sent, no visit moved to it', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const mod: Column = ['Last Modified', (v) => `${v.date} 07:3${v.chart.slice(3)}`];
    nothing(await w.put('b.csv', csv(addAfter(OWN, 'Time', mod), day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a Duration column added (30): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(await w.put('b.csv', csv(addAfter(OWN, 'Time', ['Duration', () => '30']), day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('times written with seconds (09:00:00): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(
      await w.put(
        'b.csv',
        csv(
          rewrite(OWN, 'Time', (v) => `${v.time}:00`),
          day3(w),
        ),
      ),
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('dates written out (January 4, 2027): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    nothing(
      await w.put(
        'b.csv',
        csv(
          rewrite(OWN, 'Date', (v) => longDate(v.date)),
          day3(w),
        ),
      ),
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('Date and Time in one column (01/04/2027 9:00 AM): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const cols = without(OWN, 'Time').map(([h, f]): Column =>
      h === 'Date' ? ['Appointment Date/Time', (v) => `${v.date} ${h12(v.time)}`] : [h, f],
    );
    nothing(await w.put('b.csv', csv(cols, day3(w))));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('birth dates re-saved by Excel (1/11/1961 for 01/11/1961) and as ISO next time: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        rewrite(OWN, 'DOB', (v) => usShort(v.dob)),
        day3(w),
      ),
    );
    const d = await w.put(
      'c.csv',
      csv(
        rewrite(OWN, 'DOB', (v) => iso(v.dob)),
        day3(w),
      ),
    );
    nothing(b);
    nothing(d);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('FAULT: the visit type in capitals (FOLLOW UP): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    heldOr(
      await w.put(
        'b.csv',
        csv(
          OWN,
          day3(w, () => ({ type: 'FOLLOW UP' })),
        ),
      ),
      [],
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('FAULT: the office in capitals (MAIN ST CLINIC): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    heldOr(
      await w.put(
        'b.csv',
        csv(
          OWN,
          day3(w, () => ({ location: 'MAIN ST CLINIC' })),
        ),
      ),
      [],
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('times written as four digits (0800, 0900, 1000): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    heldOr(
      await w.put(
        'b.csv',
        csv(
          rewrite(OWN, 'Time', (v) => v.time.replace(':', '')),
          day3(w),
        ),
      ),
      [],
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a first export saved twice at once (UTF-8 and UTF-16 copies), then again: each visit once, nothing after', async (c) => {
    const w = await week(c);
    write(w.h, 'day.csv', csv(OWN, day3(w)));
    await w.put('day (UTF-16).csv', utf16(csv(OWN, day3(w))));
    await w.h.waitFor((js) => js.filter((j) => j.file.startsWith('day') && final(j)).length === 2, 30_000);
    expect(w.portal()).toEqual(BASE_PORTAL);
    nothing(await w.put('again.csv', lf(table(OWN, day3(w)))));
  });
});

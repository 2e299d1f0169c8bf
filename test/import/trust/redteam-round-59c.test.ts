// Red team, round 59c: the gaps the last stop left open (58g, 58c, 55d), each with variants of
// the same hazard. Outcomes were worked out by hand before the first run:
//   send    sent with no question, exactly these (a hold is a false hold);
//   either  held, or sent exactly these (no wrong send);
//   hold    held (a person could not be sure either).
// Calendar, by hand: Los Angeles is on standard time (UTC-8) until 14 March 2027 and on daylight
// time (UTC-7) from then. Read month-first, 04/03/2027 is Saturday 3 April (daylight): 9:00 =
// 16:00Z, 10:00 = 17:00Z; 05/03/2027 is 3 May: 13:30 = 20:30Z. Read day-first they are 4 and 5
// March (standard time): 9:00 = 17:00Z.
import { describe, expect, it } from 'vitest';
import { workbook } from '../read/xlsx-builder.ts';
import { SHEET_NS } from '../read/xlsx-appointment-rows.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  lines,
  linesRunner,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-59c');
const runLines = linesRunner(files);

type Mode = 'send' | 'either' | 'hold';
/** What went, `start status last-name patient-id appointment-id` per appointment. */
const went = (r: Run): string[] =>
  r === 'refused'
    ? []
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName} ${a.patient.patientId} ${a.appointmentId}`,
      );
/** Whether `r` is no wrong send (and, for `send`, no false hold) for the hand-worked outcome. */
function fits(r: Run, mode: Mode, ok: readonly string[]): boolean {
  if (process.env.DBG)
    console.log('DBG', mode, r === 'refused' ? r : { went: went(r), doubts: r.summary.doubts });
  if (held(r)) return mode !== 'send';
  return mode !== 'hold' && JSON.stringify(went(r)) === JSON.stringify(ok);
}

// ---------------------------------------------------------------------------------------------
// A. A US practice's file separated by semicolons, every date reading both ways (58g's open
// finding). Semicolons are what a spreadsheet in a decimal-comma locale (day-first, 24-hour)
// saves; a US program writing semicolons still writes `9:00 AM`.
// ---------------------------------------------------------------------------------------------
describe('A. semicolons, every date reading both ways, at a US practice', () => {
  const APRIL = [
    '2027-04-03T16:00 NEW Hollis 100415 88101',
    '2027-04-03T17:00 NEW Obi 100871 88102',
    '2027-05-03T20:30 NEW Lindqvist 100954 88103',
  ];
  const rows = (
    sep: string,
    times: [string, string, string],
    extra?: [string, string, string, string],
  ): string[] => {
    const x = (i: number) => (extra ? `${sep}${extra[i]}` : '');
    // A name holds a comma: quoted where commas separate.
    const n = (name: string) => (sep === ',' ? `"${name}"` : name);
    return [
      `Appt Date${sep}Appt Time${sep}Patient${sep}DOB${sep}Patient ID${sep}Provider${sep}Appt ID${x(0)}`,
      `04/03/2027${sep}${times[0]}${sep}${n('Hollis, Grace')}${sep}02/06/1970${sep}100415${sep}Dr. Nina Patel${sep}88101${x(1)}`,
      `04/03/2027${sep}${times[1]}${sep}${n('Obi, Adaeze')}${sep}05/04/1999${sep}100871${sep}Dr. Raj Lee${sep}88102${x(2)}`,
      `05/03/2027${sep}${times[2]}${sep}${n('Lindqvist, Sven')}${sep}07/08/1963${sep}100954${sep}Dr. Nina Patel${sep}88103${x(3)}`,
    ];
  };
  const H24: [string, string, string] = ['09:00', '10:00', '13:30'];
  const AMPM: [string, string, string] = ['9:00 AM', '10:00 AM', '1:30 PM'];
  it.each<[string, string[], Mode]>([
    ['24-hour times, nothing else: held', rows(';', H24), 'hold'],
    ['times with AM/PM (a US program): sent month-first', rows(';', AMPM), 'send'],
    ['times with a.m./p.m.: sent month-first', rows(';', ['9:00 a.m.', '10:00 a.m.', '1:30 p.m.']), 'send'],
    [
      'Latin American “a. m.” (a space inside): held',
      rows(';', ['9:00 a. m.', '10:00 a. m.', '1:30 p. m.']),
      'hold',
    ],
    [
      '24-hour times and a Copay 25,00 (decimal comma): held',
      rows(';', H24, ['Copay', '25,00', '40,00', '25,00']),
      'hold',
    ],
    [
      'AM/PM but a Copay 25,00 (decimal comma): held',
      rows(';', AMPM, ['Copay', '25,00', '40,00', '25,00']),
      'hold',
    ],
    [
      '24-hour times and a Copay 25.00: held (programs everywhere write points)',
      rows(';', H24, ['Copay', '25.00', '40.00', '25.00']),
      'hold',
    ],
    ['Excel’s sep=; line first, 24-hour times: held', ['sep=;', ...rows(';', H24)], 'hold'],
    ['the same 24-hour file with commas: sent month-first (the region, as before)', rows(',', H24), 'send'],
    ['the same 24-hour file with tabs: sent month-first (the region, as before)', rows('\t', H24), 'send'],
  ])('%s', async (_what, text, mode) => {
    expect(fits(await runLines(text), mode, APRIL)).toBe(true);
  });
  it('one date and time in a cell, 24-hour: held', async () => {
    const text = rows(';', H24).map((l, i) => {
      const [d, t, ...rest] = l.split(';');
      return [i === 0 ? 'Appointment' : `${d} ${t}`, ...rest].join(';');
    });
    expect(fits(await runLines(text), 'hold', APRIL)).toBe(true);
  });
  it('semicolons, 24-hour, a date above 12 (day-first proven): sent day-first', async () => {
    const text = rows(';', H24).map((l) => l.replace('05/03/2027', '15/03/2027'));
    expect(
      fits(await runLines(text), 'send', [
        '2027-03-04T17:00 NEW Hollis 100415 88101',
        '2027-03-04T18:00 NEW Obi 100871 88102',
        '2027-03-15T20:30 NEW Lindqvist 100954 88103',
      ]),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A workbook's date format over serial numbers (58g's open false hold). Serials, by hand: 46468
// is 22 March 2027, 46469 23 March; 0.375 is 9:00, 0.41666… 10:00, 0.5625 13:30. Los Angeles is
// on daylight time then: Hollis 16:00Z, Obi 17:00Z, Lindqvist 23 March 20:30Z. A serial is a day
// whatever format shows it; the format can only tell how text dates in its column are written.
// ---------------------------------------------------------------------------------------------
describe('B. a date format over serials beside birth dates typed as text', () => {
  const ALL = [
    '2027-03-22T16:00 NEW Hollis 100415 88101',
    '2027-03-22T17:00 NEW Obi 100871 88102',
    '2027-03-23T20:30 NEW Lindqvist 100954 88103',
  ];
  const HEADS = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const t = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const PEOPLE = [
    ['46468', '0.375', 'Hollis, Grace', '100415', 'Dr. Nina Patel', '88101'],
    ['46468', '0.41666666666666669', 'Obi, Adaeze', '100871', 'Dr. Raj Lee', '88102'],
    ['46469', '0.5625', 'Lindqvist, Sven', '100954', 'Dr. Nina Patel', '88103'],
  ];
  /** The workbook: the date cells in style 1 (`format`), the times in h:mm; `dobs` typed as text;
   *  `obiDate` replaces Obi's date cell (its XML). */
  const book = (p: { format: string; dobs: string[]; head?: string; obiDate?: string }): string => {
    const styles =
      `<styleSheet ${SHEET_NS}><numFmts count="1"><numFmt numFmtId="165" formatCode="${p.format}"/></numFmts>` +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="20"/></cellXfs></styleSheet>';
    const heads = [p.head ?? HEADS[0]!, ...HEADS.slice(1)];
    const header = `<row r="1">${heads.map((h, i) => t(`${'ABCDEFG'[i]}1`, h)).join('')}</row>`;
    const rows = PEOPLE.map((q, i) => {
      const r = i + 2;
      const date = i === 1 && p.obiDate ? p.obiDate : `<c r="A${r}" s="1"><v>${q[0]}</v></c>`;
      return (
        `<row r="${r}">${date}<c r="B${r}" s="2"><v>${q[1]}</v></c>${t(`C${r}`, q[2]!)}${t(`D${r}`, p.dobs[i]!)}` +
        `<c r="E${r}"><v>${q[3]}</v></c>${t(`F${r}`, q[4]!)}<c r="G${r}"><v>${q[5]}</v></c></row>`
      );
    }).join('');
    return files.write(
      workbook([{ name: 'Sheet1', xml: `<sheetData>${header}${rows}</sheetData>` }], { styles }),
      'xlsx',
    );
  };
  const read = async (f: string): Promise<Run> =>
    collect(f, { timeZone: 'America/Los_Angeles' }).catch(() => 'refused' as const);
  const obiDob = (r: Run): string | undefined =>
    r === 'refused' ? undefined : r.appointments.find((a) => a.patient.lastName === 'Obi')?.patient.dob;
  const US_DOBS = ['06/02/1970', '04/05/1999', '08/29/1963'];
  const EU_DOBS = ['02/06/1970', '05/04/1999', '29/08/1963'];

  it.each<[string, string, string[], Mode, string | undefined]>([
    [
      'dd/mm/yyyy over serials, birth dates proving month-first: sent',
      'dd/mm/yyyy',
      US_DOBS,
      'send',
      '1999-04-05',
    ],
    [
      'dd.mm.yyyy over serials, birth dates proving month-first: sent',
      'dd.mm.yyyy',
      US_DOBS,
      'send',
      '1999-04-05',
    ],
    ['d/m/yy over serials, birth dates proving month-first: sent', 'd/m/yy', US_DOBS, 'send', '1999-04-05'],
    [
      'mm/dd/yyyy over serials, birth dates proving day-first: sent',
      'mm/dd/yyyy',
      EU_DOBS,
      'send',
      '1999-04-05',
    ],
    [
      'dd/mm/yyyy over serials, birth dates proving day-first (they agree): sent',
      'dd/mm/yyyy',
      EU_DOBS,
      'send',
      '1999-04-05',
    ],
  ])('%s', async (_what, format, dobs, mode, dob) => {
    const r = await read(book({ format, dobs }));
    expect(fits(r, mode, ALL)).toBe(true);
    if (!held(r)) expect(obiDob(r)).toBe(dob);
  });
  it('dd/mm/yyyy with Obi’s date typed as text 03/22/2027 in it: held (the column’s text contradicts its format)', async () => {
    const r = await read(book({ format: 'dd/mm/yyyy', dobs: US_DOBS, obiDate: t('A3', '03/22/2027') }));
    expect(fits(r, 'hold', ALL)).toBe(true);
  });
  it('dd/mm/yyyy with Obi’s date typed as text 04/03/2027 (both ways) beside month-first birth dates: held', async () => {
    const r = await read(book({ format: 'dd/mm/yyyy', dobs: US_DOBS, obiDate: t('A3', '04/03/2027') }));
    expect(fits(r, 'hold', ALL)).toBe(true);
  });
  it('dd/mm/yyyy over serials, birth dates that read both ways: never the month-first birth date unasked', async () => {
    // 05/04/1999: the format is the only sign of how this workbook writes dates (day-first).
    const r = await read(book({ format: 'dd/mm/yyyy', dobs: ['02/06/1970', '05/04/1999', '07/08/1963'] }));
    expect(fits(r, 'either', ALL)).toBe(true);
    if (!held(r)) expect(obiDob(r)).toBe('1999-04-05');
  });
});

// ---------------------------------------------------------------------------------------------
// C. The patient's chart number written in the name cell, set apart from the name (58c's false
// holds, still open: see the first probe): `#100415` after it, `100415 - ` before it, ` - 100415` after it. Three-row file, Los
// Angeles daylight time: Hollis 22 March 9:00 = 16:00Z, Obi 10:00 = 17:00Z, Lindqvist 23 March
// 13:30 = 20:30Z.
// ---------------------------------------------------------------------------------------------
describe('C. the chart number in the name cell', () => {
  const ALL = [
    '2027-03-22T16:00 NEW Hollis 100415 88101',
    '2027-03-22T17:00 NEW Obi 100871 88102',
    '2027-03-23T20:30 NEW Lindqvist 100954 88103',
  ];
  const NAMES = ['Grace Hollis', 'Adaeze Obi', 'Sven Lindqvist'];
  const names = (r: Run): string[] =>
    r === 'refused' ? [] : r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`);
  const file = (cells: string[], id = true) =>
    lines([DATE, TIME, ['Patient', cells], DOB, ...(id ? [PID] : []), PROVIDER, APPT]);
  it.each<[string, string[]]>([
    ['Last, First #N', ['Hollis, Grace #100415', 'Obi, Adaeze #100871', 'Lindqvist, Sven #100954']],
    ['N - Last, First', ['100415 - Hollis, Grace', '100871 - Obi, Adaeze', '100954 - Lindqvist, Sven']],
    ['Last, First - N', ['Hollis, Grace - 100415', 'Obi, Adaeze - 100871', 'Lindqvist, Sven - 100954']],
    ['First Last #N', ['Grace Hollis #100415', 'Adaeze Obi #100871', 'Sven Lindqvist #100954']],
    [
      'N – Last, First (en dash)',
      ['100415 – Hollis, Grace', '100871 – Obi, Adaeze', '100954 – Lindqvist, Sven'],
    ],
    ['LAST, FIRST # N', ['HOLLIS, GRACE # 100415', 'OBI, ADAEZE # 100871', 'LINDQVIST, SVEN # 100954']],
  ])('%s beside a Patient ID column: sent under it with the names clean', async (_what, cells) => {
    const r = await runLines(file(cells));
    // Every name of the column carries its own number in one form (59r5, name-numbers.ts
    // chartNumberColumn); a lone `Roe, Robert J #4471` among plain names stays refused
    // (convert/name-notes.test.ts).
    expect(fits(r, 'send', ALL)).toBe(true);
    expect(names(r)).toEqual(NAMES);
  });
  it('Last, First #N with no id column: the names clean, or held', async () => {
    const r = await runLines(
      file(['Hollis, Grace #100415', 'Obi, Adaeze #100871', 'Lindqvist, Sven #100954'], false),
    );
    if (!held(r)) expect(names(r)).toEqual(NAMES);
  });
  it('a number run into the name (Last, First 100415): never a name with digits sent', async () => {
    const r = await runLines(file(['Hollis, Grace 100415', 'Obi, Adaeze 100871', 'Lindqvist, Sven 100954']));
    if (!held(r)) expect(names(r).filter((n) => /\d/.test(n))).toEqual([]);
  });
  it('a two-digit number after a dash (Hollis, Grace - 12, a count): never sent as part of the name', async () => {
    const r = await runLines(file(['Hollis, Grace - 12', 'Obi, Adaeze - 13', 'Lindqvist, Sven - 14']));
    if (!held(r)) expect(names(r).filter((n) => /\d/.test(n))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A visit's or an encounter's number beside the appointment's own id (58c's false holds). The
// header naming the appointment's id is its id where it gives each row its own value; two headers
// both naming the appointment are still asked. Same calendar as C.
// ---------------------------------------------------------------------------------------------
describe('D. Visit # beside Appt ID', () => {
  const ALL = [
    '2027-03-22T16:00 NEW Hollis 100415 88101',
    '2027-03-22T17:00 NEW Obi 100871 88102',
    '2027-03-23T20:30 NEW Lindqvist 100954 88103',
  ];
  const file = (extra: [string, string[]], appt: [string, string[]] = APPT, extraFirst = false) =>
    lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, ...(extraFirst ? [extra, appt] : [appt, extra])]);
  it.each<[string, string[], Mode, string[]]>([
    ['Visit # V55101…: sent under Appt ID', file(['Visit #', ['V55101', 'V55102', 'V55103']]), 'send', ALL],
    ['Visit ID 55101…: sent under Appt ID', file(['Visit ID', ['55101', '55102', '55103']]), 'send', ALL],
    [
      'Encounter # E7781201…: sent under Appt ID',
      file(['Encounter #', ['E7781201', 'E7781202', 'E7781203']]),
      'send',
      ALL,
    ],
    [
      'Appt # beside Appt ID (both the appointment’s): never Appt #’s values',
      file(['Appt #', ['55101', '55102', '55103']]),
      'either',
      ALL,
    ],
    [
      'Appt ID repeated on two people, Visit # each its own: held',
      file(['Visit #', ['V55101', 'V55102', 'V55103']], ['Appt ID', ['88101', '88101', '88103']]),
      'hold',
      ALL,
    ],
  ])('%s', async (_what, text, mode, ok) => {
    expect(fits(await runLines(text), mode, ok)).toBe(true);
  });
  // Found by this round, fixed in 59r5: with `Visit No` to the left of `Appointment ID` the
  // recognizer took `Visit No` as the id and asked; the appointment's header now wins the choice
  // itself (recognize.ts), whatever the order.
  it('Visit No before Appointment ID: sent under Appointment ID', async () => {
    const text = file(
      ['Visit No', ['55101', '55102', '55103']],
      ['Appointment ID', ['88101', '88102', '88103']],
      true,
    );
    expect(fits(await runLines(text), 'send', ALL)).toBe(true);
  });
});

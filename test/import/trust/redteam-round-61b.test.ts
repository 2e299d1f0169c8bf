// Red team, round 61b: a column headed for the visit with the word `First` or `Last` in it (`First
// Visit`, `First Appt`, `Last Visit`, `Last Appointment`) beside the patient's name columns. A
// spreadsheet round-trip writes a new patient's flag as TRUE/FALSE (corpus 447, Jane re-saved by
// Excel for Mac), and such a header had been read as a rival first name: the file was held for a
// question no one needed. The fix (header-meaning.ts, `neverBesideNoName`) reads a visit header
// with no `name` as no name; these probes check it sends what the file says and no more, and
// that a header which does say `name` still names the patient. Outcomes worked out by hand before
// the first run (Los Angeles, daylight time from 14 March 2027):
//   sent       the three visits as written: Hollis 22 March 9:00 (16:00Z), Obi 22 March 10:00
//              (17:00Z), Lindqvist 23 March 13:30 (20:30Z), all booked, with their given names;
//   held       a question (a hold is never a wrong send, but these files leave nothing to ask).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-61b');
const run = probeRunner(files);

const FIRST = ['Grace', 'Adaeze', 'Sven'];
const LAST = ['Hollis', 'Obi', 'Lindqvist'];
const named = (first: string, last: string): Cols => [
  [first, FIRST],
  [last, LAST],
];
const AS_WRITTEN = STARTS.map((s, i) => `${s} NEW ${FIRST[i]} ${LAST[i]}`);

/** What went, `start status first last`, or null when held. */
const went = (r: Run): string[] | null =>
  held(r) || r === 'refused'
    ? null
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.firstName} ${a.patient.lastName}`,
      );

describe('a visit header with First or Last beside the name columns: sent as written, not asked', () => {
  it.each<[string, Cols]>([
    [
      'First Visit TRUE/FALSE beside Patient First / Last Name (Excel for Mac, corpus 447)',
      [
        DATE,
        TIME,
        ...named('Patient First Name', 'Patient Last Name'),
        DOB,
        PID,
        ['First Visit', ['TRUE', 'FALSE', 'FALSE']],
      ],
    ],
    [
      'First Visit? Y/N beside First Name / Last Name',
      [
        DATE,
        TIME,
        ...named('First Name', 'Last Name'),
        DOB,
        PID,
        PROVIDER,
        APPT,
        ['First Visit?', ['N', 'Y', 'N']],
      ],
    ],
    [
      'First Appt WAHR/FALSCH (a German Excel) beside bare First / Last',
      [DATE, TIME, ...named('First', 'Last'), DOB, PID, APPT, ['First Appt', ['FALSCH', 'WAHR', 'FALSCH']]],
    ],
    [
      'Last Visit dates (one empty) beside First Name / Last Name',
      [
        DATE,
        TIME,
        ...named('First Name', 'Last Name'),
        DOB,
        PID,
        APPT,
        ['Last Visit', ['12/1/2026', '', '1/15/2027']],
      ],
    ],
    [
      'Last Appointment and First Appointment dates on both sides of the names',
      [
        ['First Appointment', ['6/2/2019', '3/22/2027', '11/30/2015']],
        DATE,
        TIME,
        ...named('Patient First Name', 'Patient Last Name'),
        DOB,
        PID,
        APPT,
        ['Last Appointment', ['2/14/2027', '', '3/1/2027']],
      ],
    ],
  ])('%s', async (_, cols) => {
    expect(went(await run(cols))).toEqual(AS_WRITTEN);
  });
});

describe('a header that does say name is still the name', () => {
  it('Appt First Name / Appt Last Name (the booked patient): sent with those names', async () => {
    const r = await run([DATE, TIME, ...named('Appt First Name', 'Appt Last Name'), DOB, PID, APPT]);
    expect(went(r)).toEqual(AS_WRITTEN);
  });
});

// ---------------------------------------------------------------------------------------------
// What a spreadsheet writes into the three-row file (Hollis, Obi, Lindqvist; the sign on Obi's
// row), attacked for wrong sends only. FAULT: a Dutch `Geannuleerd` of WAAR/ONWAAR went booked
// (the header, and Italian, Scandinavian, Polish and Finnish ones, were no cancel flag; WAAR and
// the other Excel languages' booleans no flag): fixed in header-words.ts and status-vocabulary.ts.
// By hand, before the first run:
//   cancel    held, or sent with Obi cancelled and the two others booked;
//   booked    held, or sent with all three booked as written;
//   untimed   held, or nothing sent at all (every row an error): no visit at midnight;
//   apart     held, or sent as written with Hollis and Obi under two different patient ids.
// ---------------------------------------------------------------------------------------------
type Outcome = 'cancel' | 'booked' | 'untimed' | 'apart';
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];

function fits(r: Run, outcome: Outcome): boolean {
  if (held(r) || r === 'refused') return true;
  const went3 = JSON.stringify(sent(r));
  switch (outcome) {
    case 'cancel':
      return went3 === JSON.stringify(OBI_CANCELLED);
    case 'booked':
      return went3 === JSON.stringify(ALL_THREE);
    case 'untimed':
      return r.appointments.length === 0;
    case 'apart': {
      const [h, o] = r.appointments.map((a) => a.patient.patientId);
      return went3 === JSON.stringify(ALL_THREE) && h !== o;
    }
  }
}
const withCol = (c: [string, string[]], cols: Cols = BASE): Cols => [...cols, c];
/** BASE with the column of `c`'s header written as `c`. */
const replace = (c: [string, string[]], cols: Cols = BASE): Cols => cols.map((x) => (x[0] === c[0] ? c : x));

describe('booleans as a spreadsheet writes them (TRUE/FALSE, or in the PC’s own language)', () => {
  it.each<[string, Cols, Outcome]>([
    ['Cancelled TRUE on Obi', withCol(col('Cancelled', 'TRUE', 'FALSE')), 'cancel'],
    ['Abgesagt WAHR on Obi (a German Excel)', withCol(col('Abgesagt', 'WAHR', 'FALSCH')), 'cancel'],
    ['Storniert WAHR on Obi (a German Excel)', withCol(col('Storniert', 'WAHR', 'FALSCH')), 'cancel'],
    ['Annulé VRAI on Obi (a French Excel)', withCol(col('Annulé', 'VRAI', 'FAUX')), 'cancel'],
    [
      'Cancelado VERDADERO on Obi (a Spanish Excel)',
      withCol(col('Cancelado', 'VERDADERO', 'FALSO')),
      'cancel',
    ],
    [
      'FAULT Geannuleerd WAAR on Obi (a Dutch Excel)',
      withCol(col('Geannuleerd', 'WAAR', 'ONWAAR')),
      'cancel',
    ],
    ['Afgezegd Ja on Obi (a Dutch list: Ja/Nee)', withCol(col('Afgezegd', 'Ja', 'Nee')), 'cancel'],
    ['Annullato VERO on Obi (an Italian Excel)', withCol(col('Annullato', 'VERO', 'FALSO')), 'cancel'],
    [
      'Cancelado VERDADEIRO on Obi (a Portuguese Excel)',
      withCol(col('Cancelado', 'VERDADEIRO', 'FALSO')),
      'cancel',
    ],
    ['Avbokad SANT on Obi (a Swedish Excel)', withCol(col('Avbokad', 'SANT', 'FALSKT')), 'cancel'],
    ['Aflyst SAND on Obi (a Danish Excel)', withCol(col('Aflyst', 'SAND', 'FALSK')), 'cancel'],
    ['Avlyst SANN on Obi (a Norwegian Excel)', withCol(col('Avlyst', 'SANN', 'USANN')), 'cancel'],
    ['Odwołana PRAWDA on Obi (a Polish Excel)', withCol(col('Odwołana', 'PRAWDA', 'FAŁSZ')), 'cancel'],
    ['Peruttu TOSI on Obi (a Finnish Excel)', withCol(col('Peruttu', 'TOSI', 'EPÄTOSI')), 'cancel'],
    [
      'Cancelled WAAR on Obi (an English header, a Dutch Excel)',
      withCol(col('Cancelled', 'WAAR', 'ONWAAR')),
      'cancel',
    ],
    [
      'Geannuleerd ONWAAR on all three (nothing cancelled)',
      withCol(col('Geannuleerd', 'ONWAAR', 'ONWAAR')),
      'booked',
    ],
    [
      'Confirmed FALSE on Obi (unconfirmed is still booked)',
      withCol(col('Confirmed', 'FALSE', 'TRUE')),
      'booked',
    ],
    ['Bestätigt FALSCH on Obi', withCol(col('Bestätigt', 'FALSCH', 'WAHR')), 'booked'],
    ['No Show TRUE on Obi (a missed visit is live)', withCol(col('No Show', 'TRUE', 'FALSE')), 'booked'],
    [
      'First Visit TRUE on Obi, Status Scheduled',
      withCol(col('First Visit', 'TRUE', 'FALSE'), [...BASE, status('Scheduled')]),
      'booked',
    ],
  ])('%s', async (_, cols, outcome) => {
    expect(fits(await run(cols), outcome)).toBe(true);
  });
});

describe('times, dates and ids as a spreadsheet re-wrote them', () => {
  const noTime = BASE.filter((c) => c !== TIME);
  it.each<[string, Cols, Outcome]>([
    [
      'Begin Time HHMM without its zero (900, 1000, 1330)',
      replace(['Appt Time', ['900', '1000', '1330']]),
      'booked',
    ],
    [
      'Appt Time as the day fraction of a General cell',
      replace(['Appt Time', ['0.375', '0.416666667', '0.5625']]),
      'booked',
    ],
    [
      'Appt Time with seconds (9:00:00 AM)',
      replace(['Appt Time', ['9:00:00 AM', '10:00:00 AM', '1:30:00 PM']]),
      'booked',
    ],
    [
      'Appt Date at 0:00 beside the Appt Time',
      replace(['Appt Date', ['3/22/2027 0:00', '3/22/2027 0:00', '3/23/2027 0:00']]),
      'booked',
    ],
    [
      'Appt Date as Excel serial days (46468, 46469)',
      replace(['Appt Date', ['46468', '46468', '46469']]),
      'booked',
    ],
    [
      'Appt Date at 0:00 and no time column at all',
      noTime.map((c) =>
        c === DATE
          ? (['Appt Date', ['3/22/2027 0:00', '3/22/2027 0:00', '3/23/2027 0:00']] as [string, string[]])
          : c,
      ),
      'untimed',
    ],
    [
      'Patient ID in scientific notation, two people on one value',
      replace(['Patient ID', ['1.00415E+11', '1.00415E+11', '1.00416E+11']]),
      'apart',
    ],
    [
      'Patient ID with a decimal comma in scientific notation',
      replace(['Patient ID', ['1,00415E+11', '1,00415E+11', '1,00416E+11']]),
      'apart',
    ],
  ])('%s', async (_, cols, outcome) => {
    expect(fits(await run(cols), outcome)).toBe(true);
  });
});

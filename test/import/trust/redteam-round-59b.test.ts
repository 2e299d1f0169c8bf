// Red team, round 59b: the hazards of the blind layouts 424-426 (an interface engine's own XML
// with HL7 v2 time stamps, printed reports saved to a text file), probed with small variants.
// Outcomes were worked out by hand before the first run (structured-probes.ts `Outcome`).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7): Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
// First run after the fixes: 25 probes, no wrong send. Held where the outcome says sent (no wrong
// send, a question): Obi's stamp at -0500 (a zone not the practice's, asked, as 57d's naive one
// is), a CancelledAt of day zero 18991230000000 (asked whether it is a status column), a starred
// notice with no time (a line of its own, asked as a group line). Before the fixes, sections A, C
// and D's files were refused or held (the stamps and the short-year day lines unread, a status
// past the last rule a row error), and E's notices were row errors.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  explain,
  fits,
  type Outcome,
  PEOPLE,
  type Person,
  structuredRunner,
  xmlFile,
} from './structured-probes.ts';
import { DAYS, printed, RANGE, report, ROWS, three } from './printed-probes.ts';
import { STARTS } from './three-row-probes.ts';

const files = exportFiles('redteam-round-59b');
const run = structuredRunner(files);
const OBI = PEOPLE[1];

/** HL7 v2 DTM of a wall clock `YYYY-MM-DDTHH:MM`: `YYYYMMDDHHMM` then `tail` (seconds, offset). */
const dtm = (at: string, tail = '00-0700'): string => at.replace(/[-T:]/g, '') + tail;
const on = (p: Person, obi: string, others: string): string => (p === OBI ? obi : others);
const who = (p: Person): string =>
  `<Patient mrn="${p.id}"><Family>${p.family}</Family><Given>${p.given}</Given>` +
  `<BirthDate>${p.dob.replace(/-/g, '')}</BirthDate></Patient><ApptID>${p.appt}</ApptID>`;

describe('A. XML: starts written as HL7 v2 time stamps (YYYYMMDDHHMMSS±ZZZZ)', () => {
  it.each<[string, (p: Person) => string, Outcome]>([
    ['seconds and the offset of the day (-0700)', (p) => `<Start>${dtm(p.at)}</Start>`, 'booked'],
    [
      'a fraction of a second before the offset',
      (p) => `<Start>${dtm(p.at, '00.0000-0700')}</Start>`,
      'booked',
    ],
    ['minutes only, then the offset', (p) => `<Start>${dtm(p.at, '-0700')}</Start>`, 'booked'],
    [
      // 10:00 at -0500 is 15:00Z, 8:00 in Los Angeles: the instant as written.
      "Obi's stamp at -0500 (an Eastern writer), the others at -0700",
      (p) => `<Start>${on(p, dtm(p.at, '00-0500'), dtm(p.at))}</Start>`,
      ['2027-03-22T16:00 NEW Hollis', '2027-03-22T15:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
    [
      "Obi's stamp at +0000 (17:00Z, the same instant)",
      (p) => `<Start>${on(p, '20270322170000+0000', dtm(p.at))}</Start>`,
      'booked',
    ],
    ['all three with no offset (the practice clock)', (p) => `<Start>${dtm(p.at, '00')}</Start>`, 'booked'],
    [
      "Obi's stamp on day zero (1899-12-30 10:00): no appointment date",
      (p) => `<Start>${on(p, '18991230100000', dtm(p.at))}</Start>`,
      'held',
    ],
    [
      "Obi's stamp on 30 February: no date",
      (p) => `<Start>${on(p, '20270230100000-0700', dtm(p.at))}</Start>`,
      'held',
    ],
    [
      'a status beside the stamp: Obi Cancelled',
      (p) => `<Start>${dtm(p.at)}</Start><Status>${on(p, 'Cancelled', 'Booked')}</Status>`,
      'cancel',
    ],
  ])('%s', async (_name, start, outcome) => {
    const r = await run(
      xmlFile((p) => start(p) + who(p)),
      'xml',
    );
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('B. XML: a cancellation date written as an HL7 stamp (its offset is no year)', () => {
  it.each<[string, (p: Person) => string, Outcome]>([
    // The "no date" check read the `-0700` as the year 700 before round 59b (the file was held then).
    [
      'Obi cancelled at 20270320141500-0700',
      (p) => `<CancelledAt>${on(p, '20270320141500-0700', '')}</CancelledAt>`,
      'cancel',
    ],
    [
      'Obi cancelled at 202703201415 (no offset)',
      (p) => `<CancelledAt>${on(p, '202703201415', '')}</CancelledAt>`,
      'cancel',
    ],
    [
      'every CancelledAt the day zero 18991230000000 (none)',
      () => '<CancelledAt>18991230000000</CancelledAt>',
      'booked',
    ],
  ])('%s', async (_name, cancelled, outcome) => {
    // The start as an HL7 stamp, and as ISO 8601 with its offset (read before round 59b).
    for (const start of [(p: Person) => dtm(p.at), (p: Person) => `${p.at}:00-07:00`]) {
      const r = await run(
        xmlFile((p) => `<Start>${start(p)}</Start>` + who(p) + cancelled(p)),
        'xml',
      );
      expect(fits(r, outcome), explain(r)).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Printed reports saved to a text file (426's and 425's hazards) with Hollis, Obi and Lindqvist.
// 22 March 2027 is a Monday. `fits` takes a hold (or refusal) as no wrong send; `held` outcomes
// also accept Obi's row as a row error with the other two sent.
// ---------------------------------------------------------------------------------------------
describe('C. Printed: day lines with a two-digit year, read only inside the range the title states', () => {
  it.each<[string, string, Outcome]>([
    ['MON 03/22/27 and TUE 03/23/27 under 03/22/27 THRU 03/23/27', report(RANGE, three(DAYS)), 'booked'],
    // Round 60b: the weekday states the century (22 March 1927 was a Tuesday, 22 March 2027 is a
    // Monday), so MON 03/22/27 is 22 March 2027 with no range; held before 60b.
    [
      'the same days, no range in the title (the weekdays give the century)',
      report('', three(DAYS)),
      'booked',
    ],
    [
      'the days a week before the stated range (03/29/27 THRU 03/30/27)',
      report('03/29/27 THRU 03/30/27', three(DAYS)),
      'held',
    ],
    [
      'a day line of another year (MON 03/22/26) under the 2027 range',
      report(RANGE, three(['MON 03/22/26', 'TUE 03/23/27'])),
      'held',
    ],
    [
      'a weekday that is not the date (TUE 03/22/27)',
      report(RANGE, three(['TUE 03/22/27', 'TUE 03/23/27'])),
      'held',
    ],
    [
      'the days written in full (MON 03/22/2027) beside the short range',
      report(RANGE, three(['MON 03/22/2027', 'TUE 03/23/2027'])),
      'booked',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'txt');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('D. Printed: a value wider than its column', () => {
  it.each<[string, string, Outcome]>([
    [
      "Obi's status 'CANCELLED BY PATIENT' past the last column's 6-wide rule",
      report(RANGE, three(DAYS, ['CONF', 'CANCELLED BY PATIENT', 'CONF'])),
      'cancel',
    ],
    [
      "every status 'CONFIRMED' past the last column's rule",
      report(RANGE, three(DAYS, ['CONFIRMED', 'CONFIRMED', 'CONFIRMED'])),
      'booked',
    ],
    [
      "Obi's name wider than its column, pushing the chart and birth date right",
      report(RANGE, [
        DAYS[0],
        printed([...ROWS.hollis, 'CONF']),
        printed(['10:00A', 'OBI-FITZWILLIAM, ADAEZE CHIOMA', '100871', '04/05/1999', 'CONF']),
        DAYS[1],
        printed([...ROWS.lindqvist, 'CONF']),
      ]),
      // 61e: the layout proves the overflow (one run from the column's start, the rest moved right
      // by exactly as much, one reading only), as a person reads it: sent (was held, a row error)
      [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi-Fitzwilliam`, `${STARTS[2]} NEW Lindqvist`],
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'txt');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('E. Printed: a slot kept for something else, written between asterisks', () => {
  const withNotice = (notice: string): string =>
    report(RANGE, [
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      printed([...ROWS.obi, 'CONF']),
      notice,
      DAYS[1],
      printed([...ROWS.lindqvist, 'CONF']),
    ]);
  it.each<[string, string, Outcome]>([
    ['11:00A *** HOLD - HOSPITAL ROUNDS ***', withNotice('11:00A  *** HOLD - HOSPITAL ROUNDS ***'), 'booked'],
    ['12:00P ** LUNCH ** (one space after the time)', withNotice('12:00P ** LUNCH **'), 'booked'],
    [
      'a notice naming a patient and a chart: never an appointment',
      withNotice('11:30A  *** OBI, ADAEZE 100871 CALL BACK ***'),
      'booked',
    ],
    [
      'a notice with no time, indented under the patient',
      withNotice('        *** NO APPOINTMENTS AFTER 3 PM ***'),
      'booked',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'txt');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe("F. Printed: a doctor's number before the name on the doctor line", () => {
  const doctors = (first: string, second: string): string =>
    report(RANGE, [
      first,
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      printed([...ROWS.obi, 'CONF']),
      second,
      DAYS[1],
      printed([...ROWS.lindqvist, 'CONF']),
    ]);
  it.each<[string, string, Outcome, string[] | null]>([
    [
      'DOCTOR: 03  PATEL, NINA MD then DOCTOR: 07  LEE, RAJ MD',
      doctors('DOCTOR: 03  PATEL, NINA MD', 'DOCTOR: 07  LEE, RAJ MD'),
      'booked',
      ['Nina Patel, MD', 'Nina Patel, MD', 'Raj Lee, MD'],
    ],
    [
      'the number with one space only (03 PATEL, NINA MD): not set apart as printed values are',
      doctors('DOCTOR: 03 PATEL, NINA MD', 'DOCTOR: 07 LEE, RAJ MD'),
      'booked',
      null,
    ],
    [
      'DOCTOR: 00  ALL over the rows: no one provider',
      doctors('DOCTOR: 00  ALL', 'DOCTOR: 07  LEE, RAJ MD'),
      'booked',
      null,
    ],
  ])('%s', async (_name, text, outcome, providers) => {
    const r = await run(text, 'txt');
    expect(fits(r, outcome), explain(r)).toBe(true);
    // Sent (no question), each appointment under the provider of the doctor line above it.
    if (providers) {
      expect(r !== 'refused' && (r.summary.doubts ?? []).length === 0, explain(r)).toBe(true);
      if (r !== 'refused') expect(r.appointments.map((a) => a.participant.providerName)).toEqual(providers);
    }
  });
});

// Red team, round 59b: the hazards of the blind layouts 424-426 (an interface engine's own XML
// with HL7 v2 time stamps, printed reports saved to a text file), probed with small variants.
// Outcomes were worked out by hand before the first run (structured-probes.ts `Outcome`).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7): Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
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

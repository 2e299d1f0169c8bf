// Red team, round 60k: follow-ups of 60c. Every outcome was worked out by hand, from the file and
// the calendar, before the first run:
//   'hold'  a person could not be sure: the file is held (a question) or refused;
//   a list  sent, exactly these (`start status last-name`, start as UTC minutes), with no question.
// People: Hollis, Obi and Lindqvist of three-row-probes.ts.
// Calendar, by hand: the US is on daylight time from 14 March 2027 (Los Angeles UTC-8 before,
// UTC-7 after); Rome and Amsterdam are on CET (UTC+1) until 28 March 2027.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { explain } from './structured-probes.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  TIME,
} from './three-row-probes.ts';
import type { ImportOptions } from '../../../main/model/import-summary.ts';

const files = exportFiles('redteam-round-60k');

type Outcome = 'hold' | string[];

async function read(text: string[], opts: Partial<ImportOptions> = {}): Promise<Run> {
  try {
    return await collect(files.write(text), { timeZone: 'America/Los_Angeles', ...opts });
  } catch {
    return 'refused';
  }
}

const probe = (r: Run, outcome: Outcome): void => {
  if (outcome === 'hold') expect(held(r), explain(r)).toBe(true);
  else expect(sent(r), explain(r)).toEqual(outcome);
};

// ---------------------------------------------------------------------------------------------
// A. Visit dates that read both ways (04/03/2027, 04/03/2027, 05/03/2027), proved only by birth
//    dates written alike, with nothing remembered, and the header LANGUAGE (two words of a
//    language written day-first: `Cognome`, `Data di nascita`; `Geboortedatum`, `Behandelaar`).
//    A person is sure when two of region, birth dates and language agree and the third is not a
//    proof against them: day-first birth dates under Italian headers at a US practice are the
//    program's own day-first order (its language's), and a US region is no proof of how an
//    Italian-language program writes; month-first birth dates under Italian headers at a US
//    practice show the program writes month-first, as the region does. Held where the proof
//    stands alone against the region (English headers), or against both region and language.
// ---------------------------------------------------------------------------------------------
describe('A. birth-date proof, the region and the header language', () => {
  const BOTH = ['04/03/2027', '04/03/2027', '05/03/2027'];
  const DMY_DOB = ['02/06/1970', '05/04/1999', '29/08/1963'];
  const MDY_DOB = ['06/02/1970', '04/05/1999', '08/29/1963'];
  const english = (dobs: string[]): string[] =>
    lines([['Appt Date', BOTH], TIME, PATIENT, ['DOB', dobs], PID, PROVIDER, APPT]);
  const italian = (dobs: string[]): string[] =>
    lines([
      ['Data', BOTH],
      ['Ora', ['09:00', '10:00', '13:30']],
      ['Cognome', ['Hollis', 'Obi', 'Lindqvist']],
      ['Nome', ['Grace', 'Adaeze', 'Sven']],
      ['Data di nascita', dobs],
      ['Medico', ['Dott. Bianchi', 'Dott. Neri', 'Dott. Bianchi']],
    ]);
  const dutch = (dobs: string[]): string[] =>
    lines([
      ['Datum', BOTH.map((d) => d.replace(/\//g, '-'))],
      ['Tijd', ['09:00', '10:00', '13:30']],
      ['Patiënt', ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven']],
      ['Geboortedatum', dobs.map((d) => d.replace(/\//g, '-'))],
      ['Behandelaar', ['Dr. de Vries', 'Dr. Smit', 'Dr. de Vries']],
    ]);
  // One Italian word among English headers is no language (day-first-headers.ts asks for two).
  const oneWord = (dobs: string[]): string[] =>
    lines([['Appt Date', BOTH], TIME, PATIENT, ['Data di nascita', dobs], PID, PROVIDER, APPT]);
  const ROME = { timeZone: 'Europe/Rome' };
  const AMS = { timeZone: 'Europe/Amsterdam' };
  // Day-first in Los Angeles (standard time): 4 March 9:00 = 17:00Z, 5 March 13:30 = 21:30Z.
  const LA_DMY = [
    '2027-03-04T17:00 NEW Hollis',
    '2027-03-04T18:00 NEW Obi',
    '2027-03-05T21:30 NEW Lindqvist',
  ];
  // Month-first in Los Angeles (daylight time): 3 April 9:00 = 16:00Z, 3 May 13:30 = 20:30Z.
  const LA_MDY = [
    '2027-04-03T16:00 NEW Hollis',
    '2027-04-03T17:00 NEW Obi',
    '2027-05-03T20:30 NEW Lindqvist',
  ];
  // Day-first in Rome or Amsterdam (CET): 4 March 9:00 = 08:00Z, 5 March 13:30 = 12:30Z.
  const CET_DMY = [
    '2027-03-04T08:00 NEW Hollis',
    '2027-03-04T09:00 NEW Obi',
    '2027-03-05T12:30 NEW Lindqvist',
  ];

  it.each<[string, string[], Outcome, Partial<ImportOptions>?]>([
    ['LA, Italian headers agree with day-first birth dates', italian(DMY_DOB), LA_DMY],
    ['LA, Dutch headers agree with day-first birth dates (dashes)', dutch(DMY_DOB), LA_DMY],
    ['LA, Italian headers, month-first birth dates agree with the region', italian(MDY_DOB), LA_MDY],
    ['LA, English headers, day-first birth dates against the region', english(DMY_DOB), 'hold'],
    ['LA, one Italian header word only, day-first birth dates', oneWord(DMY_DOB), 'hold'],
    ['LA, English headers, month-first birth dates', english(MDY_DOB), LA_MDY],
    ['Rome, Italian headers, day-first birth dates', italian(DMY_DOB), CET_DMY, ROME],
    [
      'Rome, Italian headers, month-first birth dates against region and language',
      italian(MDY_DOB),
      'hold',
      ROME,
    ],
    ['Amsterdam, Dutch headers, month-first birth dates', dutch(MDY_DOB), 'hold', AMS],
    ['Rome, English headers, month-first birth dates against the region', english(MDY_DOB), 'hold', ROME],
    ['Rome, English headers, day-first birth dates', english(DMY_DOB), CET_DMY, ROME],
  ])('%s', async (_what, text, outcome, opts = {}) => {
    probe(await read(text, opts), outcome);
  });
});

// ---------------------------------------------------------------------------------------------
// B. HL7's two appointment numbers flattened into columns (424's `fillerId` / `placerId`), in
//    both orders. SCH-2, the filler's, is the appointment's own number (HL7 v2.5 §10.6.2), and
//    gives each row one of its own here; SCH-1, the placer's, is a referral's or an order's,
//    empty where the practice booked the visit itself. Whichever stands first, the filler's is
//    the appointment's id and nothing is asked; SCH-25's `FillerStatus` is the visit's status
//    (Obi Cancelled). Two filler columns, or a filler id that comes again, stay a question.
//    Los Angeles, daylight time: 22 March 9:00 = 16:00Z (three-row-probes.ts STARTS).
// ---------------------------------------------------------------------------------------------
describe("B. HL7's filler and placer ids, either order", () => {
  const FILLER: [string, string[]] = ['Filler Appointment ID', ['41207', '41215', '41220']];
  const PLACER: [string, string[]] = ['Placer Appointment ID', ['', 'REF-20931', '']];
  const STATUS: [string, string[]] = ['FillerStatus', ['Booked', 'Cancelled', 'Booked']];
  const base = [DATE, TIME, PATIENT, DOB, PID, PROVIDER];
  const ids = (r: Run): string[] | null =>
    held(r) || r === 'refused' ? null : r.appointments.map((a) => a.appointmentId);
  const GOES = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];

  it.each<[string, Cols, Outcome, string[]?]>([
    ['filler before placer', [...base, FILLER, PLACER, STATUS], GOES, FILLER[1]],
    ['placer before filler', [...base, PLACER, FILLER, STATUS], GOES, FILLER[1]],
    ['placer first of all, status between', [PLACER, ...base, STATUS, FILLER], GOES, FILLER[1]],
    [
      'camelCase, placer before filler (fillerId, placerId as a flattened XML writes them)',
      [...base, ['placerId', PLACER[1]], ['fillerId', FILLER[1]], STATUS],
      GOES,
      FILLER[1],
    ],
    [
      'placer before a filler id that comes again (41207 twice): no proof, asked',
      [...base, PLACER, ['Filler Appointment ID', ['41207', '41207', '41220']], STATUS],
      'hold',
    ],
    [
      'filler before a filler id that comes again: asked',
      [...base, ['Filler Appointment ID', ['41207', '41207', '41220']], PLACER, STATUS],
      'hold',
    ],
  ])('%s', async (_what, cols, outcome, appointmentIds) => {
    const r = await read(lines(cols));
    probe(r, outcome);
    if (appointmentIds) expect(ids(r), explain(r)).toEqual(appointmentIds);
  });
});

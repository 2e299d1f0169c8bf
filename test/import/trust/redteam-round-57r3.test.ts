// Red team, round 57r3: this stop's reading changes attacked with the outcome worked out by hand
// before the first run. (1) an XML status element's code beside its words (status-code-split.ts);
// (2) a no-patient block row's note led by a name (row-person.ts). Strict both ways: a probe that
// must hold is held, one the file proves goes as written with no question.
// Calendar, by hand: Los Angeles on daylight time from 14 March 2027 (UTC-7): Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  ALL_THREE,
  clock,
  explain,
  PEOPLE,
  type Person,
  structuredRunner,
  usDate,
  WITHOUT_OBI,
  xmlFile,
} from './structured-probes.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  noObi,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  sent,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-57r3');
const OBI = PEOPLE[1];

// ---------------------------------------------------------------------------------------------
// 1. XML status codes beside the words. Held: one status word under two codes, the file proving
//    neither reading; booked: every record goes as written, no question.
// ---------------------------------------------------------------------------------------------
describe('1. XML status codes beside the status words', () => {
  const run = structuredRunner(files);
  const record = (status: string) => (p: Person) =>
    `<Date>${usDate(p.at)}</Date><Time>${clock(p.at)}</Time>` +
    `<Patient><ID>${p.id}</ID><LastName>${p.family}</LastName><FirstName>${p.given}</FirstName>` +
    `<DOB>${usDate(p.dob)}</DOB></Patient><Provider>Dr. ${p.provider[2]} ${p.provider[1]}</Provider>` +
    `<ApptID>${p.appt}</ApptID>${status}`;
  const on = (obi: string, others: string) => (p: Person) => record(p === OBI ? obi : others)(p);
  const LEGEND =
    '  <StatusLegend><Item code="SC">Scheduled</Item><Item code="CX">Cancelled</Item></StatusLegend>';

  it.each<[string, 'held' | 'booked', (p: Person) => string, string?]>([
    // the same word in another case is the same status word: CX under it is still unexplained
    [
      'CX under "scheduled", SC under "Scheduled"',
      'held',
      on('<Status code="CX">scheduled</Status>', '<Status code="SC">Scheduled</Status>'),
    ],
    [
      'CX under "SCHEDULED", SC under "Scheduled"',
      'held',
      on('<Status code="CX">SCHEDULED</Status>', '<Status code="SC">Scheduled</Status>'),
    ],
    // a legend elsewhere that says CX is cancelled: the words and the legend disagree on Obi
    [
      'a legend in another element: CX = Cancelled, under Scheduled',
      'held',
      on('<Status code="CX">Scheduled</Status>', '<Status code="SC">Scheduled</Status>'),
      LEGEND,
    ],
    // a colour written as the code: red may mean cancelled, nothing says
    [
      'a colour as the code: #FF0000 under Scheduled, #00FF00 on the others',
      'held',
      on('<Status code="#FF0000">Scheduled</Status>', '<Status code="#00FF00">Scheduled</Status>'),
    ],
    // a colour attribute is no code of the words (as changedBy in 57f)
    [
      'a color attribute differing',
      'booked',
      on('<Status color="#FF0000">Scheduled</Status>', '<Status color="#00FF00">Scheduled</Status>'),
    ],
    // codes that agree with the words: one code per word, two words
    [
      'SC under Scheduled, CF under Confirmed',
      'booked',
      on('<Status code="CF">Confirmed</Status>', '<Status code="SC">Scheduled</Status>'),
    ],
    // the same code in another case: not two codes
    [
      'sc under Scheduled, SC on the others',
      'booked',
      on('<Status code="sc">Scheduled</Status>', '<Status code="SC">Scheduled</Status>'),
    ],
  ])('%s: %s', async (_name, outcome, inner, before = '') => {
    const r = await run(xmlFile(inner, 'Appointments', 'Appointment', before), 'xml');
    if (outcome === 'held') expect(held(r), explain(r)).toBe(true);
    else
      expect(!held(r) && JSON.stringify(sent(r)?.sort()), explain(r)).toBe(
        JSON.stringify([...ALL_THREE].sort()),
      );
  });

  // A converter's JSON-like XML: the code and its display as child elements. By hand: CX under
  // Scheduled on Obi's record is unexplained; nothing may send Obi booked or cancelled unasked.
  it('a coding written as child elements <status><code>CX</code><display>Scheduled</display>: never Obi sent on a guess', async () => {
    const coding = (code: string) => `<status><code>${code}</code><display>Scheduled</display></status>`;
    const r = await run(xmlFile(on(coding('CX'), coding('SC'))), 'xml');
    expect(held(r) || (r !== 'refused' && !(sent(r) ?? []).some((s) => s.includes('Obi'))), explain(r)).toBe(
      true,
    );
  });

  // The question is the review's: answering it (the code column as the status, CX cancelled)
  // sends Obi cancelled. Checked through the doubt's own wording: it names the column to map.
  it('the question names the code column and the words (answerable in the review)', async () => {
    const r = await run(
      xmlFile(on('<Status code="CX">scheduled</Status>', '<Status code="SC">Scheduled</Status>')),
      'xml',
    );
    expect(held(r), explain(r)).toBe(true);
    expect(explain(r)).toMatch(/Status@code/);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. A no-patient block row (Service = In-Service) whose note is led by a name. Held: the file is
//    held, or Obi's row (line 3) is a row error and the two others go; skip: the two others go with
//    no question and no row error. Obi's row's provider is Dr. Raj Lee (`Lee, Raj MD` in 2b).
// ---------------------------------------------------------------------------------------------
describe("2. a patientless block's note led by a name", () => {
  const run = probeRunner(files);
  const rowError = (r: Run): boolean =>
    held(r) ||
    (r !== 'refused' &&
      r.errors.some((e) => e.line === 3) &&
      JSON.stringify(sent(r)) === JSON.stringify(WITHOUT_OBI));
  const skipped = (r: Run): boolean =>
    !held(r) &&
    r !== 'refused' &&
    r.errors.length === 0 &&
    JSON.stringify(sent(r)) === JSON.stringify(WITHOUT_OBI);
  const patientless = (note: string, provider: [string, string[]] = PROVIDER): Cols => [
    DATE,
    TIME,
    noObi(PATIENT),
    noObi(DOB),
    noObi(PID),
    provider,
    APPT,
    ['Service', ['Office Visit', 'In-Service', 'Office Visit']],
    ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
    col('Comments', note),
  ];
  const LEE_MD: [string, string[]] = ['Provider', ['Patel, Nina MD', 'Lee, Raj MD', 'Patel, Nina MD']];

  it.each<[string, 'held' | 'skip', [string, string[]]?]>([
    ['Obi, A. - new nebulizer', 'held'],
    ['Dr Reyes - fire safety', 'held'],
    ['Pt Obi: CPAP fitting', 'held'],
    ['OBI ADAEZE | insulin pump', 'held'],
    // another person of the provider's family name: an initial that is not the provider's
    ['B. Lee - new nebulizer', 'held', LEE_MD],
    ['Brian Lee - new nebulizer', 'held', LEE_MD],
    // the row's own provider, written otherwise than in the provider column
    ['Dr. Lee - CPR recert', 'skip', LEE_MD],
    ['R. Lee - CPR recert', 'skip', LEE_MD],
    ['Raj Lee - fire safety', 'skip', LEE_MD],
    // not names
    ['Room 4 - closed', 'skip'],
    ['Lunch - all staff', 'skip'],
    ['CPR - recert', 'skip'],
  ])('%j: %s', async (note, outcome, provider) => {
    const r = await run(patientless(note, provider));
    expect(outcome === 'held' ? rowError(r) : skipped(r), explain(r)).toBe(true);
  });
});

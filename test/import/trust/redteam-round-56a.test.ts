// Red team, round 56a: the two rules of round 56a that now SEND what blind corpus layouts 404
// (MDOffice) and 405 (Practice Perfect) held, attacked for wrong sends. Each probe is the
// three-row file (Hollis, Obi, Lindqvist: three-row-probes.ts) with the sign on Obi's row (line 3).
// Outcomes were worked out by hand before the first run:
//   sendCancel  sent, no question: Obi cancelled, the two others booked (the file proves it);
//   sendBooked  sent, no question: all three booked;
//   sendSkip    sent, no question: Obi's row skipped, the two others booked;
//   held        nothing of Obi's goes unasked: held or refused, or Obi's row a row error;
//   notBooked   Obi's row never goes booked (held, a row error, or sent cancelled);
//   booked      held, or sent with all three booked (a hold is no wrong send).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  noObi,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-56a');
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];

type Outcome = 'sendCancel' | 'sendBooked' | 'sendSkip' | 'held' | 'notBooked' | 'booked';

/** Runs the three rows under `title`, with `after` printed below them (a legend, a total). */
async function run(cols: Cols, after: string[] = [], title: string[] = []): Promise<Run> {
  try {
    return await collect(files.write([...lines(cols, title), ...after]), { timeZone: 'America/Los_Angeles' });
  } catch {
    return 'refused';
  }
}

const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
const WITHOUT_OBI = [`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`];

/** Whether `r` is the hand-worked `outcome` (for the last three: no wrong send). */
function fits(r: Run, outcome: Outcome): boolean {
  const went = JSON.stringify(sent(r));
  switch (outcome) {
    case 'sendCancel':
      return went === JSON.stringify(OBI_CANCELLED);
    case 'sendBooked':
      return went === JSON.stringify(ALL_THREE);
    case 'sendSkip':
      return went === JSON.stringify(WITHOUT_OBI);
    case 'held':
      return (
        held(r) ||
        (r !== 'refused' &&
          r.errors.length > 0 &&
          JSON.stringify(r.appointments.map((a) => a.patient.lastName)) === '["Hollis","Lindqvist"]')
      );
    case 'notBooked':
      return (
        held(r) ||
        (r !== 'refused' &&
          !r.appointments.some((a) => a.patient.lastName === 'Obi' && a.status !== 'CANCEL'))
      );
    case 'booked':
      return held(r) || went === JSON.stringify(ALL_THREE);
  }
}

// ---------------------------------------------------------------------------------------------
// A. A `Stat` column of codes only the file's legend explains (map/legend-status-column.ts)
// ---------------------------------------------------------------------------------------------
describe('A. a shortened status header and the legend printed with the file', () => {
  it.each<[string, string, string, string[], Outcome]>([
    // the legend explains every code, in words the vocabulary reads: read by it, no question
    ['Stat', 'X', 'S', ['Status: S=Scheduled  X=Cancelled'], 'sendCancel'],
    ['Sts', 'N', 'K', ['Status: K=Kept  N=No Show  C=Cancelled'], 'sendBooked'],
    [
      'Stat',
      'R',
      'P',
      ['Total Appointments: 3', 'Status: P=Pending  K=Kept  C=Cancelled  R=Rescheduled'],
      'sendCancel',
    ],
    ['Stat', 'C', 'K', ['Codes: K = Kept, C = Cancelled'], 'sendCancel'],
    // a code the legend does not explain: the column is asked about, Obi's row never goes booked
    ['Stat', 'Z', 'S', ['Status: S=Scheduled  X=Cancelled'], 'notBooked'],
    // a legend whose meanings are no statuses (an order's urgency, STAT or routine): no status
    ['Stat', 'R', 'S', ['S = STAT  R = Routine'], 'booked'],
    ['Stat', 'N', 'Y', ['Y = Yes  N = No'], 'booked'],
    // a meaning the vocabulary does not know: asked
    ['Stat', 'Q', 'S', ['Status: S=Scheduled  Q=Queued for Triage'], 'notBooked'],
  ])('%s = %s (others %s) with %j: %s', async (header, obi, others, after, outcome) => {
    const r = await run([...BASE, col(header, obi, others)], after);
    expect(fits(r, outcome)).toBe(true);
  });

  it('the legend printed above the table reads the same column: sendCancel', async () => {
    const r = await run(
      [...BASE, col('Stat', 'X', 'S')],
      [],
      ['Appointment List', 'Status Legend: S=Scheduled  X=Cancelled'],
    );
    expect(fits(r, 'sendCancel')).toBe(true);
  });

  // The legend explains another column's codes too (a confirmation call's C = Confirmed beside
  // the status's C = Cancelled): whose legend it is, a person says.
  it('a legend that also explains a Conf column of C and L: held', async () => {
    const r = await run(
      [...BASE, col('Conf', 'L', 'C'), col('Stat', 'C', 'S')],
      ['S=Scheduled  C=Cancelled  L=Left Message'],
    );
    expect(fits(r, 'held')).toBe(true);
  });

  it('two shortened status columns the legend explains: Obi never booked', async () => {
    const r = await run(
      [...BASE, col('Sts', 'S', 'S'), col('Stat', 'X', 'S')],
      ['Status: S=Scheduled  X=Cancelled'],
    );
    expect(fits(r, 'notBooked')).toBe(true);
  });

  // The status of another thing (insurance, eligibility) under a legend of visit statuses: which
  // column the legend explains, a person says. Found by this round on the rule's first version:
  // `Elig Stat` = X went cancelled (only names of another thing the header vocabulary knows were
  // left out); a header now carries no word but the status's and the visit's.
  it.each<[string]>([['Ins Stat'], ['Elig Stat'], ['Acct Sts']])(
    '%s = X under a visit-status legend: held',
    async (header) => {
      const r = await run([...BASE, col(header, 'X', 'S')], ['Status: S=Scheduled  X=Cancelled']);
      expect(fits(r, 'held')).toBe(true);
    },
  );

  // A status column recognised by its header stays the status: `Stat` beside it is not read.
  it('a Status column beside a Stat column: Obi read by Status', async () => {
    const r = await run([...BASE, status('Cancelled'), col('Stat', 'S', 'S')], ['Stat: S = Scheduled']);
    expect(fits(r, 'notBooked')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A patientless row whose service is a staff in-service (map/block-words.ts)
// ---------------------------------------------------------------------------------------------
describe('B. a staff in-service on a row of no patient', () => {
  const TITLE = ['Appointment List', 'Treasure Valley Physical Therapy', '03/22/2027 - 03/23/2027'];
  const probe = (service: string, extra: Cols = []): Cols => [
    DATE,
    TIME,
    noObi(PATIENT),
    noObi(DOB),
    noObi(PID),
    PROVIDER,
    APPT,
    ['Service', ['PT Follow-up', service, 'PT Follow-up']],
    status('Booked'),
    ...extra,
  ];
  it.each<[string, Outcome]>([
    ['Staff In-Service', 'sendSkip'],
    ['In-Service', 'sendSkip'],
    ['Inservice', 'sendSkip'],
    ['STAFF INSERVICE', 'sendSkip'],
    ['Staff Training', 'sendSkip'],
    // with the patient's side, or more than the block: a visit whose patient may be the one above
    ['In-Service - Patient Education', 'held'],
    ['Parent In-Service', 'held'],
    ['CPAP Training', 'held'],
    ['In-Service Mtg with Dr', 'held'],
  ])('Service = %s: %s', async (service, outcome) => {
    expect(fits(await run(probe(service), [], TITLE), outcome)).toBe(true);
  });

  // A person named in an unmapped attendee column: a staff in-service is the staff's own.
  it('Staff In-Service beside Attendees = Obi, Adaeze: sendSkip', async () => {
    const r = await run(probe('Staff In-Service', [col('Attendees', 'Obi, Adaeze')]), [], TITLE);
    expect(fits(r, 'sendSkip')).toBe(true);
  });

  // The patient written on the row: an in-service service never takes her visit away unasked.
  it('Obi named, Service = Staff In-Service: booked or held, never skipped', async () => {
    const cols: Cols = [
      ...BASE,
      ['Service', ['PT Follow-up', 'Staff In-Service', 'PT Follow-up']],
      status('Booked'),
    ];
    expect(fits(await run(cols, [], TITLE), 'booked')).toBe(true);
  });
});

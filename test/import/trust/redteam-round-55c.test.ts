// Red team, round 55c: a visit said to be off in plain words, with no cancel word, beside a status
// of `Scheduled`, attacked for WRONG SENDS; and notes that mention a cancellation without this
// visit being off, attacked for false holds. Each probe is a small file of three rows (Hollis,
// Obi, Lindqvist); the words are on Obi's row (line 3), in a column headed as a front desk heads
// its free text (`Notes`, `Comments`, `Appt Note`, `Memo`, `Reason`, `Message`) or as a second
// status-like column. Outcomes were worked out by hand before the first run:
//   'held'  the file is held (the front desk is asked), refused, or Obi's row is a row error or
//           goes cancelled: never sent booked;
//   'sent'  the file goes without a question, every row booked as its status says.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). 22 March 2027 is
// a Monday. Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March
// 13:30 = 20:30Z.
//
// Before the fixes of this round, 121 of the 130 'held' probes (A, B, C, D2) went as booked (Obi
// NEW): every plain-words note but `entered in error`, `Booked in error.` and `unable to attend -
// work`; every record state but `Voided`; every Spanish and French note; every note in a file
// with no status column. Of the 64 'sent' probes (D, D2), 4 were held: `was cancelled last week,
// rebooked today` and `Dr. Cancel`, each under two headers. A header of `State` alone is the
// patient's address state (header-meaning.ts), read for nothing else: the record states are
// probed under `Appt State`, `Record Status`, `Entry Status`.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  lines,
  obiNotBooked,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';
import { saysVisitOff } from '../../../main/import/map/visit-off-words.ts';

const files = exportFiles('redteam-round-55c');

const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];

const opts = { timeZone: 'America/Los_Angeles' };
const run = probeRunner(files);
const BOOKED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

/** The free-text headers the probes are spread over, one after another. */
const HEADERS = ['Notes', 'Comments', 'Appt Note', 'Memo', 'Reason', 'Message'];
/** Each text under each of two headers, turn by turn: every text is read under two of the six. */
const spread = (texts: readonly string[]): Array<[string, string]> =>
  texts.flatMap((t, i) => [
    [HEADERS[i % HEADERS.length]!, t],
    [HEADERS[(i + 3) % HEADERS.length]!, t],
  ]);

// ---------------------------------------------------------------------------------------------
// A. The visit is off, in plain English
// ---------------------------------------------------------------------------------------------
describe('A. a note that says the visit is off, beside Status = Scheduled, is never sent booked', () => {
  const off = [
    // the patient will not come
    'pt called - cant make it',
    "Pt called, can't make it",
    'PT CANT MAKE IT',
    'unable to attend - work',
    'not coming',
    'Not coming - sick',
    'pt not coming in today',
    "mom called, won't be coming",
    'cannot make appt, will call',
    // no real booking
    'DUPLICATE',
    'Duplicate - see 3/23',
    'dup appt',
    'entered in error',
    'Booked in error.',
    'wrong patient',
    'WRONG PT - booked under sister',
    // the patient is gone
    'pt deceased',
    'Patient passed away 3/10',
    'DECEASED',
    'no longer with practice',
    'No longer a patient here',
    'pt left practice',
    'transferred care to Kaiser',
    'moved out of state',
    // a call to move it, not made yet
    'will call to resched',
    'Pt will call to reschedule',
    'LM - pt wants to resched',
    'needs to reschedule',
    'will call back to r/s',
    // turned down
    'left msg, pt declined',
    'pt declined appt',
    'Declined',
    'LVM; patient refused',
    // the words elsewhere in the note, in other capitals and marks
    'sick - not coming',
    'NOT COMING!!!',
    '*DUPLICATE*',
    '(duplicate)',
    'pt deceased - notify family',
    'Dr Yamada out - office to rebook',
    'will rebook when pt calls',
  ];
  it.each(spread(off))('%s = %s', async (header, note) => {
    expect(obiNotBooked(await run([...BASE, status('Scheduled'), col(header, note)]))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A second status-like column in words the status lists do not know
// ---------------------------------------------------------------------------------------------
// A record's state beside its status, as systems write it when the booking is taken away: a
// struck entry, a voided or withdrawn one (FHIR's `entered-in-error` and HL7's `Deleted` are the
// standard forms; these are the plain words a local system writes instead).
describe('B. a record state beside Status = Scheduled is never sent booked', () => {
  const words = [
    'Removed',
    'Withdrawn',
    'Voided',
    'Struck',
    'Inactive',
    'REMOVED',
    'withdrawn',
    'Struck Off',
  ];
  const headers = ['Appt State', 'Record Status', 'Entry Status'];
  it.each(words.flatMap((w) => headers.map((h): [string, string] => [h, w])))(
    '%s = %s',
    async (header, w) => {
      expect(obiNotBooked(await run([...BASE, status('Scheduled'), col(header, w, 'Active')]))).toBe(true);
    },
  );

  it('a patient column of Active / Inactive is the patient, who still comes: sent booked', async () => {
    expect(
      sent(await run([...BASE, status('Scheduled'), col('Patient Status', 'Inactive', 'Active')])),
    ).toEqual(BOOKED);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Spanish and French notes in a US file
// ---------------------------------------------------------------------------------------------
describe('C. a Spanish or French note that says the visit is off is never sent booked', () => {
  const off = [
    'Paciente no va a venir',
    'no puede venir',
    'cita duplicada',
    'paciente falleció',
    'ya no es paciente',
    'llamará para reprogramar',
    'pt rechazó la cita',
    'ne viendra pas',
    'patient décédé',
    'rappellera pour reporter',
  ];
  it.each(spread(off))('%s = %s', async (header, note) => {
    expect(obiNotBooked(await run([...BASE, status('Scheduled'), col(header, note)]))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A cancellation mentioned, this visit not off; ordinary notes
// ---------------------------------------------------------------------------------------------
describe('D. a note that does not say this visit is off goes as written', () => {
  const ordinary = [
    // a cancellation mentioned about something else
    'cx fee waived',
    'confirm - not cancelling',
    'cancellation list',
    'was cancelled last week, rebooked today',
    'Dr. Cancel',
    'on cxl list for earlier appt',
    '24h cancellation policy reviewed',
    // the words above, about something else than the visit
    'pt declined flu shot',
    'card declined - pay at visit',
    'mother deceased, lives w/ dad',
    'duplicate receipt requested',
    'double booked ok per Dr. Lee',
    'will call back with ins info',
    'pt moved to room 4',
    'left msg re: copay',
    'no longer needs interpreter',
    'ok to rebook if needed',
    'rebook in 6 mo',
    'left office msg',
    'transferred care from Dr. Kim',
    'pt declined to give email',
    'will call to confirm',
    // ordinary front desk notes
    'running late',
    'needs interpreter',
    'new pt paperwork',
    'bring insurance card',
    'f/u 2 wks',
    'necesita intérprete',
    'llega tarde 10 min',
    "besoin d'un interprète",
  ];
  it.each(spread(ordinary))('%s = %s', async (header, note) => {
    expect(sent(await run([...BASE, status('Scheduled'), col(header, note)]))).toEqual(BOOKED);
  });

  it('a provider named Dr. Cancel goes as written', async () => {
    expect(
      sent(
        await run([
          DATE,
          TIME,
          PATIENT,
          DOB,
          PID,
          APPT,
          status('Scheduled'),
          col('Provider', 'Dr. Cancel', 'Dr. Nina Patel'),
        ]),
      ),
    ).toEqual(BOOKED);
  });
});

// ---------------------------------------------------------------------------------------------
// D2. With no status column, the note is the only word on the visit
// ---------------------------------------------------------------------------------------------
describe('D2. with no status column, a note that says the visit is off is never sent booked', () => {
  it.each([
    'not coming',
    'DUPLICATE',
    'pt deceased',
    'will call to resched',
    'left msg, pt declined',
    'no puede venir',
  ])('Notes = %s', async (note) => {
    expect(obiNotBooked(await run([...BASE, col('Notes', note)]))).toBe(true);
  });
  // Not `Dr. Cancel` here: with no status, the status list reads the note as a status would be
  // read, where `Dr Cxl` is the doctor's cancellation, and asks (a question, no wrong send).
  it.each(['running late', 'pt declined flu shot', 'will call to confirm'])(
    'Notes = %s goes as written',
    async (note) => {
      expect(sent(await run([...BASE, col('Notes', note)]))).toEqual(BOOKED);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// E. The reading itself, clause by clause
// ---------------------------------------------------------------------------------------------
describe('E. saysVisitOff reads the phrase in its own clause, about this visit', () => {
  it.each([
    ['pt called - cant make it', true],
    ['cant make it before 10, keep 10:30', true],
    ['declined', true],
    ['declined flu shot', false],
    ['card declined', false],
    ['duplicate', true],
    ['duplicate receipt', false],
    ['pt deceased', true],
    ['mother deceased', false],
    ['will call to resched', true],
    ['will call back', false],
    ['does not want to resched', false],
  ])('%s: %s', (text, off) => {
    expect(saysVisitOff(text)).toBe(off);
  });
});

// ---------------------------------------------------------------------------------------------
// F. The question is answered in the review, for that text of that column
// ---------------------------------------------------------------------------------------------
describe('F. the front desk answers the held text, and the file then goes as answered', () => {
  const COLUMNS = {
    date: 'Appt Date',
    time: 'Appt Time',
    patientName: 'Patient',
    dob: 'DOB',
    patientId: 'Patient ID',
    providerName: 'Provider',
    appointmentId: 'Appt ID',
    status: 'Status',
    note: 'Notes',
  };
  const cols: Cols = [...BASE, status('Scheduled'), col('Notes', 'not coming')];
  const headers = cols.map(([h]) => h);
  const file = (): string => files.write(lines(cols));

  it('unanswered: held on the note, the question names the text and how to answer it', async () => {
    const r = await collect(file(), { ...opts, profile: confirmedProfile(files, COLUMNS, headers) });
    expect(r.summary.doubts).toMatchObject([
      { check: 'cancel-text', column: 'Notes', samples: ['not coming'] },
    ]);
    expect(r.summary.doubts[0]!.question).toContain('--status "not coming=cancelled"');
  });

  it('answered cancelled: Obi goes cancelled, the others booked, nothing asked', async () => {
    const profile = confirmedProfile(files, COLUMNS, headers, {
      noteStatus: [{ column: 'Notes', cancel: ['not coming'] }],
    });
    const r = await collect(file(), { ...opts, profile });
    expect(sent(r)).toEqual([
      `${STARTS[0]} NEW Hollis`,
      `${STARTS[1]} CANCEL Obi`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
  });

  it('answered booked: every row goes booked, nothing asked', async () => {
    const profile = confirmedProfile(files, COLUMNS, headers, {
      noteStatus: [{ column: 'Notes', new: ['not coming'] }],
    });
    expect(sent(await collect(file(), { ...opts, profile }))).toEqual(BOOKED);
  });
});

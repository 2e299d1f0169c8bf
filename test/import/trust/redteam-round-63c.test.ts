// Red team, round 63c: the wrong sends 62e and 62g left open, and their neighbours.
// A. A one-character cancel mark (`X`, `%`) alone among written-out status words: a front desk's
//    tick as well as a strike, asked (trust/lone-status-mark.ts); the same mark among the export's
//    own marks or codes (OpenEMR's `-`, `@`, `>`; `NS`), or explained by a legend or the practice's
//    answer, read as it says.
// B. The appointment's word before a recall's, an intake's or a wait list's (`Appt Recall ID`): that
//    list's entry about the visit, never the appointment id (header-meaning.ts); the list's word
//    first (`Recall Appt ID`) is the recall's appointment, and its id.
// Each probe is the three-row file (Hollis, Obi, Lindqvist: three-row-probes.ts) at the Los
// Angeles practice. What each row must do was worked out by hand before the first run, one letter
// per row:
//   N   sent booked (NEW), nothing held;            C   sent cancelled, nothing held;
//   H   the file held (or that row a row error): only a person can say;
//   n   never CANCEL (NEW, or held).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';
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
  statusJudge,
  TIME,
  withPatients,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-63c');
const runLines = linesRunner(files);

const statuses = (values: string[], footer: string[] = []): Promise<Run> =>
  runLines([...lines(withPatients([['Status', values]])), ...footer]);

describe('A. a one-character cancel mark alone among status words: asked', () => {
  it.each<[string[], string]>([
    [['Scheduled', 'x', 'Scheduled'], 'nHn'],
    [['Confirmed', 'X', 'Arrived'], 'nHn'],
    [['Scheduled', '%', 'Scheduled'], 'nHn'],
    [['Booked', 'X', 'No Show'], 'nHn'],
    [['Checked In', 'X', 'Checked Out'], 'nHn'],
    [['NO-SHOW', 'X', 'CONFIRMED'], 'nHn'],
    // two rows of one mark: still one mark among words
    [['Scheduled', 'X', 'X'], 'nHH'],
    // a word the connector does not know beside it is asked as well: one question
    [['Pencilled', 'X', 'Scheduled'], 'HHn'],
  ])('%j: asked', async (values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });

  it('the question names the mark, its row and the words around it', async () => {
    const r = await statuses(['Scheduled', 'X', 'Arrived']);
    expect(r).not.toBe('refused');
    if (r === 'refused') return;
    const d = r.summary.doubts.find((x) => x.kind === 'status');
    expect(d).toMatchObject({ kind: 'status', column: 'Status', samples: ['X'] });
    expect(d!.message).toContain('line 3');
    expect(d!.message).toContain("'scheduled'");
    expect(d!.question).toContain("'X'");
  });
});

describe('A. the same mark among marks or codes, or explained: read as it says', () => {
  it.each<[string[], string]>([
    // OpenEMR's symbols: `-` none, `@` arrived, `>` checked out
    [['-', 'x', '@'], 'NCN'],
    [['@', 'X', '>'], 'NCN'],
    // OpenEMR's symbols with their titles, and a code beside words
    [['@ Arrived', 'x', '@ Arrived'], 'NCN'],
    [['NS', 'X', 'Scheduled'], 'NCN'],
    // no mark at all: the words say it
    [['Scheduled', 'Cancelled', 'Scheduled'], 'NCN'],
    [['Scheduled', 'x Canceled', 'Scheduled'], 'NCN'],
    // a mark the words read as booked sends what a blank cell would: never a cancel
    [['Scheduled', '@', 'Scheduled'], 'nnn'],
  ])('%j: sent as read', async (values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });

  it('a legend that says X = Cancelled: sent cancelled, nothing asked', async () => {
    const r = await statuses(['Scheduled', 'X', 'Scheduled'], ['', 'Status Legend: X=Cancelled']);
    expect(statusJudge(r, 'NCN')).toBe('');
  });
  it('a legend that says X = Arrived: asked (it disagrees with the cancel reading)', async () => {
    const r = await statuses(['Scheduled', 'X', 'Scheduled'], ['', 'Status Legend: X=Arrived']);
    expect(statusJudge(r, 'nHn')).toBe('');
  });

  it("the practice answered 'X' as cancelled: sent cancelled, not asked again", async () => {
    const head = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID', 'Status'];
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        patientName: 'Patient',
        dob: 'DOB',
        patientId: 'Patient ID',
        providerName: 'Provider',
        appointmentId: 'Appt ID',
        status: 'Status',
      },
      head,
      { status: { cancel: ['X'] } },
    );
    const file = files.write(lines(withPatients([['Status', ['Scheduled', 'X', 'Scheduled']]])));
    const r = await collect(file, { timeZone: 'America/Los_Angeles', profile });
    expect(statusJudge(r, 'NCN')).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Which words come first: a list's entry about the appointment, or that list's appointment
// ---------------------------------------------------------------------------------------------
const OTHER = ['40211', '40212', '40377'];
const withId = (header: string, values: string[]): Promise<Run> =>
  runLines(lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, [header, values]]));
const ids = (r: Run): string[] => (r === 'refused' ? [] : r.appointments.map((a) => a.appointmentId));

describe("B. the appointment's word before a list's: never the appointment id", () => {
  it.each<[string]>([
    ['Appt Wait List ID'],
    ['Appointment Recall #'],
    ['Visit Intake ID'],
    ['appt_recall_id'],
    ['ApptWaitlistID'],
    ['Booking Recall ID'],
    ['Appt Waiting List No'],
    ['Appointment Recalls ID'],
    ['Appointment/Recall/ID'],
  ])('%s: held, or sent with none of its numbers as an id', async (header) => {
    const r = await withId(header, OTHER);
    if (held(r)) return;
    expect(ids(r).filter((id) => OTHER.includes(id))).toEqual([]);
  });
});

describe("B. the list's word first, and the corpus' booking ids: the appointment id", () => {
  // Sure ids, and a recall's, an intake's or a wait list's appointment (the list's word first):
  // sent unasked with them
  it.each<[string]>([
    ['Appt ID'],
    ['Zocdoc Booking ID'],
    ['SCH_EVENT_ID'],
    ['WC Apt ID'],
    ['Recall Appt ID'],
    ['Intake Appt ID'],
    ['Waitlist Appt ID'],
    ['Recall Appointment #'],
  ])('%s: sent with its numbers', async (header) => {
    const r = await withId(header, APPT[1]);
    expect(held(r)).toBe(false);
    expect(ids(r)).toEqual(APPT[1]);
  });
});

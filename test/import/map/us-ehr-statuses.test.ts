// Statuses and headers of US EHR extracts the connector had not seen: Epic Clarity's appointment
// status names (ZC_APPT_STATUS: 5 = `Left without seen`) and its `_WID` ("with id") columns
// (`PROV_NAME_WID` = `PATEL, RAJ [10442]`), Elation's `No Show (Not Seen)` and its Not Seen reason
// `Left Without Seeing`, NextGen's `Waiting for Provider`, a late cancellation written
// `Canceled (Late)`. Before, each held the file. Meanings and providers decided by hand: a
// patient who came and left unseen missed a booked visit (NEW, as a no-show).
import { describe, expect, it } from 'vitest';
import { saysMoved } from '../../../main/import/map/move-words.ts';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
type Row = [string, 'NEW' | 'CANCEL' | 'unknown'];

/** Each word of `rows` has its meaning. */
const readsAs = (rows: Row[]): void =>
  it.each<Row>(rows)('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

describe('missed-visit words of Epic and Elation', () => {
  readsAs([
    ['Left without seen', 'NEW'],
    ['LEFT WITHOUT SEEN', 'NEW'],
    ['Left Without Seeing', 'NEW'],
    ['Not Seen - Left Without Seeing', 'NEW'],
    ['Not Seen - No Show', 'NEW'],
  ]);
});

describe("NextGen's patient-tracking stages", () => {
  // helpdesk.altura.org (NextGen Enterprise): Booked, Kept, Waiting for Provider, Checked Out,
  // Chart Incomplete (seen, the note unsigned), Discharge (the bill sent).
  readsAs([
    ['Waiting for Provider', 'NEW'],
    ['Waiting for Doctor', 'NEW'],
    ['Chart Incomplete', 'NEW'],
    ['Kept', 'NEW'],
    // elsewhere a patient discharged from care: asked
    ['Discharge', 'unknown'],
    // `for` joins only who is waited for
    ['Waiting for cancellation', 'unknown'],
    ['Scheduled for cancellation', 'unknown'],
  ]);
});

describe('a word in brackets that says who, how or when is no code', () => {
  readsAs([
    ['Canceled (Late)', 'CANCEL'],
    ['Cancelled (Pt)', 'CANCEL'],
    ['No Show (Late)', 'NEW'],
    // real codes keep their rule
    ['Deleted (DEL)', 'CANCEL'],
    ['Confirmed (X)', 'unknown'],
  ]);
});

describe('a status glossed in brackets by another', () => {
  readsAs([
    ['No Show (Not Seen)', 'NEW'],
    ['Checked In (Waiting Room)', 'NEW'],
    ['Arrived [In Room]', 'NEW'],
    // a gloss that disagrees, or says nothing known, is still asked
    ['Booked (Cancelled)', 'unknown'],
    ['Confirmed (Rescheduled)', 'unknown'],
    ['Scheduled (was Cancelled)', 'unknown'],
    ['No Show (Other)', 'unknown'],
    // a code in brackets keeps its own rule: it must agree with the word
    ['Scheduled (DEL)', 'unknown'],
    ['Arrived (A)', 'NEW'],
  ]);
});

describe('an Epic Clarity appointment extract', () => {
  const files = exportFiles('us-ehr-statuses');
  // America/Chicago: UTC-6 on 8 March 2027, UTC-5 from 14 March.
  const head =
    'PAT_ENC_CSN_ID,PAT_MRN_ID,PAT_NAME,BIRTH_DATE,APPT_DTTM,APPT_STATUS_NAME,PROV_NAME_WID,REFERRING_PROV_NAME_WID,DEPARTMENT_NAME';
  const rows = [
    '200188401,E1002233,"HOLLOWAY,DENISE R",6/4/1968,3/8/2027 8:00:00 AM,Completed,"PATEL, RAJ [10442]","ORTIZ, ELENA [20871]",MAPLE FAMILY MED',
    '200188415,E1004471,"ABERNATHY,GLEN",11/2/1950,3/8/2027 8:20:00 AM,Canceled,"PATEL, RAJ [10442]",,MAPLE FAMILY MED',
    '200188430,E1002866,"DE LA ROSA,LUIS",10/12/1979,3/8/2027 1:00:00 PM,Left without seen,"PATEL, RAJ [10442]","ORTIZ, ELENA [20871]",MAPLE FAMILY MED',
    '200188444,E1002233,"HOLLOWAY,DENISE R",6/4/1968,3/15/2027 9:00:00 AM,Scheduled,"PATEL, RAJ [10442]",,MAPLE FAMILY MED',
  ];

  it('goes without a question: the _WID column is the visit provider, not the referrer', async () => {
    const r = await collect(files.write([head, ...rows]), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.status, a.start.toISOString()])).toEqual([
      ['NEW', '2027-03-08T14:00:00.000Z'],
      ['CANCEL', '2027-03-08T14:20:00.000Z'],
      ['NEW', '2027-03-08T19:00:00.000Z'],
      ['NEW', '2027-03-15T14:00:00.000Z'],
    ]);
    expect(new Set(r.appointments.map((a) => a.participant.providerName))).toEqual(new Set(['Raj Patel']));
  });
});

describe('orthodontic processing words (Ortho2 Edge, OrthoTrac)', () => {
  // Kept = attended; Missed = a no-show, still the booking; Changed = taken off this slot to be
  // rebooked (OrthoTrac: "a changed appointment, rather than a cancelled appointment"): the old
  // slot is gone, as with Rescheduled, and the moved-status check applies to it.
  readsAs([
    ['Kept', 'NEW'],
    ['Missed', 'NEW'],
    ['Changed', 'CANCEL'],
    ['CHANGED', 'CANCEL'],
    ['Canceled', 'CANCEL'],
  ]);
  it('Changed says the appointment moved, as Rescheduled does', () => {
    expect(saysMoved('Changed')).toBe(true);
    expect(saysMoved('Kept')).toBe(false);
  });
});

describe("Clinicient's cancellations with and without notice, and recalls due", () => {
  // Net Health Therapy (Clinicient): Scheduled, Arrived, No Show, Cancelled with Notice, Cancelled
  // without Notice (lifecaretherapy.wixsite.com/emr-training/go-schedule): with or without notice,
  // the visit is cancelled. A recall due is a patient due for a visit, not a booking (skipped);
  // `Recall` alone may be a booked recall visit, so it is asked.
  readsAs([
    ['Cancelled with Notice', 'CANCEL'],
    ['Cancelled without Notice', 'CANCEL'],
    ['Canceled w/o notice', 'unknown'],
    ['No Show without Notice', 'NEW'],
    ['Scheduled with', 'unknown'],
    ['Recall', 'unknown'],
  ]);
  it.each(['Recall Due', 'RECALL OVERDUE', 'Unscheduled Recall'])('%s is not an appointment', (word) => {
    expect(classify(word)).toBe('skip');
  });
});

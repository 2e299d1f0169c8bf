// Home health, hospice and home lab-draw schedules (corpus 315, 316, 318): the visit states their
// systems write that are the visit's own (WellSky's `Not Started`, HCHB's `Attempted` visit, a home
// draw's `Patient Not Home`), and the non-visit activities (travel, the hospice team's IDG
// meeting) listed among the visits with no patient. The documentation states of a visit's note
// (`Saved`, `Submitted`, `Approved`, `Returned for Review`) stay asked: they say where the note is,
// not whether the visit stands. Meanings decided by hand.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { namesBlockedTime } from '../../../main/import/map/block-words.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);

describe('visit states of home visits', () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Not Started', 'NEW'], // a visit task not begun yet
    ['NOT STARTED', 'NEW'],
    ['Attempted', 'NEW'], // the clinician went, nobody answered: a missed visit
    ['Attempted Visit', 'NEW'],
    ['Patient Not Home', 'NEW'], // a home draw the patient was out for: missed
    ['Not Home', 'NEW'],
    // the note's documentation state: asked
    ['Saved', 'unknown'],
    ['Submitted', 'unknown'],
    ['Approved', 'unknown'],
    ['Returned for Review', 'unknown'],
    // lab words: asked
    ['Drawn', 'unknown'],
    ['Unable to Draw', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe('non-visit activities', () => {
  it.each<[string, boolean]>([
    ['Travel', true],
    ['Travel Time', true],
    ['Drive Time', true],
    ['IDG Meeting', true],
    ['IDT Meeting', true],
    // a travel clinic's visit is no block: only the whole value counts
    ['Travel Vaccine Consult', false],
    ['Travel Medicine', false],
  ])('%s blocked time: %s', (text, blocked) => {
    expect(namesBlockedTime(text)).toBe(blocked);
  });
});

describe('a hospice visit schedule with the nurse travel and meeting rows', () => {
  const files = exportFiles('home-visit-words');
  const header = 'Patient Name,MRN,DOB,Visit Date,Scheduled Time,Service Description,Worker,Visit Status';
  it('skips the activities without a question and sends the visits', async () => {
    const r = await collect(
      files.write([
        header,
        '"Delgado, Ernesto",240117,4/3/1931,11/5/2027,08:30,RN Routine Visit,"Kowalski, Anna",Completed',
        ',,,11/5/2027,10:00,Travel - Field to Office,"Kowalski, Anna",Completed',
        '"Fitzgerald, Maureen",240131,12/22/1938,11/8/2027,09:00,RN Routine Visit,"Kowalski, Anna",Attempted',
        ',,,11/8/2027,12:00,IDG Meeting,"Kowalski, Anna",Scheduled',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toEqual([]);
    // 5 Nov 08:30 CDT (UTC-5) and 8 Nov 09:00 CST (UTC-6, after 7 Nov)
    expect(r.appointments.map((a) => [a.status, a.start.toISOString()])).toEqual([
      ['NEW', '2027-11-05T13:30:00.000Z'],
      ['NEW', '2027-11-08T15:00:00.000Z'],
    ]);
  });
  it('still asks about a visit row whose patient is empty', async () => {
    const r = await collect(
      files.write([
        header,
        '"Delgado, Ernesto",240117,4/3/1931,11/5/2027,08:30,RN Routine Visit,"Kowalski, Anna",Completed',
        ',,,11/5/2027,13:00,Hospice Aide Visit,"Greer, Latoya",Completed',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts.map((d) => d.check)).toContain('patient-printed-once');
  });
});

// A cancellation written only in a note (MappingProfile.noteStatus, map/note-statuses.ts): the
// review shows the note's text as a word to answer; the answer is kept for that column and that
// text only, the row then read so, and a later file's other cancelling text is asked again.
// Expected statuses read off the rows by hand.
import { describe, expect, it } from 'vitest';
import { checkProfile, ProfileError } from '../../../main/import/map/profile.ts';
import { noteKey, withNoteStatus } from '../../../main/import/map/note-statuses.ts';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from '../trust/export-files.ts';

const files = exportFiles('note-statuses');
const la = { timeZone: 'America/Los_Angeles' };
const TOM = 'CANCELLED - pt called 3/15';

/** A hand-kept sheet with no status column: the Notes of line `n` (from 2) are `notes[n - 2]`. */
function sheet(notes: string[]): { file: string; headers: string[] } {
  const headers = ['Date', 'Time', 'Patient', 'DOB', 'Notes'];
  const people = ['Maria Gonzalez,4/9/1962', 'Tom Nguyen,2/2/1999', 'Rosa Delgado,1/15/1944'];
  const file = files.write([
    headers.join(','),
    ...notes.map((n, i) => `3/16/2027,${9 + i}:00 AM,${people[i % 3]},"${n}"`),
  ]);
  return { file, headers };
}

const columns = { date: 'Date', time: 'Time', patientName: 'Patient', dob: 'DOB', note: 'Notes' };
const statuses = (r: Awaited<ReturnType<typeof collect>>): string[] => r.appointments.map((a) => a.status);

describe('a cancellation written in a note, answered once for that text', () => {
  it('unanswered: held, the question names the text and how to answer it', async () => {
    const { file, headers } = sheet(['', TOM, 'daughter drives']);
    const r = await collect(file, { ...la, profile: confirmedProfile(files, columns, headers) });
    expect(r.summary.doubts).toMatchObject([{ check: 'off-book-text', column: 'Notes', samples: [TOM] }]);
    expect(r.summary.doubts[0]!.question).toContain(`--status "${TOM}=cancelled"`);
    expect(r.summary.doubts[0]!.question).toContain("kept for that text of 'Notes' only");
  });

  it('the answer keeps the column and the text, and takes the question off what is answered', async () => {
    const { file, headers } = sheet(['', TOM]);
    const r = await collect(file, { ...la, profile: confirmedProfile(files, columns, headers) });
    const out = withNoteStatus({ name: 'p', columns }, [{ word: TOM, meaning: 'cancel' }], r.summary.doubts);
    expect(out.profile.noteStatus).toEqual([{ column: 'Notes', cancel: [TOM] }]);
    expect(out.doubts).toEqual([]);
    // No status column's word: not put into the status vocabulary.
    expect(out.statusWords).toEqual([]);
  });

  it('read with the answer: that row is cancelled, the others booked, nothing asked', async () => {
    const { file, headers } = sheet(['', TOM, 'daughter drives']);
    const profile = confirmedProfile(files, columns, headers, {
      noteStatus: [{ column: 'Notes', cancel: [TOM] }],
    });
    const r = await collect(file, { ...la, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(statuses(r)).toEqual(['NEW', 'CANCEL', 'NEW']);
  });

  it('the same text with other capitals or spaces is the same answer', async () => {
    const { file, headers } = sheet(['cancelled  -  PT called 3/15', '']);
    const profile = confirmedProfile(files, columns, headers, {
      noteStatus: [{ column: 'Notes', cancel: [TOM] }],
    });
    const r = await collect(file, { ...la, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(statuses(r)).toEqual(['CANCEL', 'NEW']);
  });

  it('a later file with another cancelling text is asked again (the answer never widens)', async () => {
    const { file, headers } = sheet([TOM, 'pt wants to cancel if earlier slot', '']);
    const profile = confirmedProfile(files, columns, headers, {
      noteStatus: [{ column: 'Notes', cancel: [TOM] }],
    });
    const r = await collect(file, { ...la, profile });
    expect(r.summary.doubts).toMatchObject([
      { check: 'off-book-text', column: 'Notes', samples: ['pt wants to cancel if earlier slot'] },
    ]);
  });

  it('the answer is for its column: the same text in another column is asked', async () => {
    const { file, headers } = sheet([TOM]);
    const profile = confirmedProfile(files, columns, headers, {
      noteStatus: [{ column: 'Reason', cancel: [TOM] }],
    });
    const r = await collect(file, { ...la, profile });
    expect(r.summary.doubts).toMatchObject([{ check: 'off-book-text', column: 'Notes' }]);
  });

  it('a text answered not an appointment leaves the row out', async () => {
    const { file, headers } = sheet(['', 'Lunch']);
    const profile = confirmedProfile(files, columns, headers, {
      noteStatus: [{ column: 'Notes', skip: ['Lunch'] }],
    });
    const r = await collect(file, { ...la, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(1);
    expect(r.skipped).toMatchObject([{ line: 3 }]);
  });

  it('beside a status: an empty status with a cancelling note is cancelled once answered', async () => {
    const headers = ['Client', 'DOB', 'Date', 'Time', 'Status', 'Notes'];
    const file = files.write([
      headers.join(','),
      'Keisha Brown,8/30/1995,3/2/2027,4:15 PM,,cancelled 3/1 - will call to resched',
      'Tom Becker,2/2/1959,3/9/2027,10:00 AM,,new client - intake forms',
      'Alicia Moreno,9/14/2001,3/9/2027,3:15 PM,canc,',
    ]);
    const cols = {
      patientName: 'Client',
      dob: 'DOB',
      date: 'Date',
      time: 'Time',
      status: 'Status',
      note: 'Notes',
    };
    const asked = await collect(file, { ...la, profile: confirmedProfile(files, cols, headers) });
    expect(asked.summary.doubts).toMatchObject([
      { check: 'cancel-text', column: 'Notes', samples: ['cancelled 3/1 - will call to resched'] },
    ]);
    const text = asked.summary.doubts[0]!.samples[0]!;
    const out = withNoteStatus(
      { name: 'p', columns: cols },
      [{ word: text, meaning: 'cancel' }],
      asked.summary.doubts,
    );
    const r = await collect(file, {
      ...la,
      profile: confirmedProfile(files, cols, headers, { noteStatus: out.profile.noteStatus }),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(statuses(r)).toEqual(['CANCEL', 'NEW', 'CANCEL']);
  });

  it('a note answered booked is kept booked for that text only (the question not kept as answered: another text is asked)', () => {
    const doubt = {
      check: 'off-book-text' as const,
      kind: 'status' as const,
      column: 'Notes',
      message: 'm',
      samples: [TOM],
      question: 'q',
    };
    const out = withNoteStatus({ name: 'p', columns }, [{ word: TOM, meaning: 'new' }], [doubt]);
    expect(out.profile.noteStatus).toEqual([{ column: 'Notes', new: [TOM] }]);
    expect(out.doubts).toEqual([]);
    expect(out.statusWords).toEqual([]);
    // Confirmed with no answer for the text: kept booked for it alone too.
    const asRead = withNoteStatus({ name: 'p', columns }, [], [doubt]);
    expect(asRead.profile.noteStatus).toEqual([{ column: 'Notes', new: [TOM] }]);
    expect(asRead.doubts).toEqual([]);
  });

  it('a text also shown as a status word stays in the vocabulary', () => {
    const note = {
      check: 'cancel-text' as const,
      kind: 'status' as const,
      column: 'Notes',
      message: 'm',
      samples: ['Cx'],
      question: 'q',
    };
    const word = { kind: 'status' as const, message: 'm', samples: ['Cx'], question: 'q' };
    const out = withNoteStatus({ name: 'p', columns }, [{ word: 'cx', meaning: 'cancel' }], [note, word]);
    expect(out.profile.noteStatus).toEqual([{ column: 'Notes', cancel: ['cx'] }]);
    expect(out.doubts).toEqual([word]);
    expect(out.statusWords).toEqual([{ word: 'cx', meaning: 'cancel' }]);
  });

  it('noteKey: trimmed, one space, any case', () => {
    expect(noteKey('  Cancelled   by PT ')).toBe('cancelled by pt');
  });

  it('the profile schema: a column is required, texts are strings', () => {
    expect(() =>
      checkProfile({ name: 'p', columns, noteStatus: [{ cancel: [TOM] }] } as never, 'p.json'),
    ).toThrow(ProfileError);
    expect(() =>
      checkProfile({ name: 'p', columns, noteStatus: [{ column: 'Notes', cancel: [3] }] } as never, 'p.json'),
    ).toThrow(ProfileError);
    expect(
      checkProfile({ name: 'p', columns, noteStatus: [{ column: 'Notes', cancel: [TOM] }] }, 'p.json')
        .noteStatus,
    ).toEqual([{ column: 'Notes', cancel: [TOM] }]);
  });
});

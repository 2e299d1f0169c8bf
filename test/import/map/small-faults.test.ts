// Small known faults, each a real-world case: typographic marks Word, Excel and Asian input
// methods put in names; a nickname first with the legal name in brackets; a report category that
// lumps cancellations with no-shows; a title line's `All times in UTC` under the answer that the
// file's UTC marks are the practice's own clock. Expectations worked out by hand from the README's
// rules. "Before:" says what the probe gave before the fix (recorded when the probes were written).
import { describe, expect, it } from 'vitest';
import { typedNameMarks } from '../../../main/import/map/typed-name-marks.ts';
import { legalNameInBrackets, shortFormOf } from '../../../main/import/map/given-name-forms.ts';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from '../trust/export-files.ts';

const files = exportFiles('small-faults');
const head = 'MRN,Patient Name,DOB,Appt Date,Appt Time,Provider,Status';
const NEW_YORK = 'America/New_York';
/** A day list whose first patient (line 2) is `name` with `status`, beside two plain rows. */
const dayList = (name: string, status = 'Scheduled'): string[] => [
  head,
  `30411,"${name.replace(/"/g, '""')}",03/12/1970,12/15/2026,9:00 AM,Dr Helen Ng,${status}`,
  '30412,John Smith,01/02/1965,12/15/2026,9:15 AM,Dr Helen Ng,Scheduled',
  '30413,Sarah Wilson,07/22/1988,12/15/2026,9:30 AM,Dr Helen Ng,Scheduled',
];

/** What line 2 comes to: `First|Last` sent (and its status), or the row error; the questions. */
async function probe(name: string, status?: string) {
  const r = await collect(files.write(dayList(name, status)), { timeZone: NEW_YORK });
  const a = r.appointments.find((x) => x.patient.patientId === '30411');
  const e = r.errors.find((x) => x.line === 2);
  return {
    sent: a ? `${a.patient.firstName}|${a.patient.lastName}` : undefined,
    status: a?.status,
    error: e?.message,
    value: e?.value,
    doubts: r.summary.doubts,
  };
}

describe('typographic marks in a name are read as typed', () => {
  it.each([
    // Before: a row error, "garbled by a wrong text encoding". AutoCorrect's en and em dash
    // between family names is the hyphen typed; the hyphen is sent (typed-name-marks.ts: why).
    ['Mary Smith–Jones', 'Mary|Smith-Jones'],
    ['Mary Smith—Jones', 'Mary|Smith-Jones'],
    ['SMITH–JONES, MARY', 'Mary|Smith-Jones'],
    ['Smith–Jones, Mary', 'Mary|Smith-Jones'],
    ['Jean‑Luc Picard', 'Jean-Luc|Picard'], // a non-breaking hyphen (U+2011)
    // Before: a row error ("more than a name"): Word's optional hyphen is invisible.
    ['Mary Smi\u00adth', 'Mary|Smith'],
    // Before: sent as `Smith` + an invisible joiner, which compares as another name.
    ['Mary Smith\u200d', 'Mary|Smith'],
    ['Mary Sm\u200bith', 'Mary|Smith'],
    ['Mary\u00a0Smith', 'Mary|Smith'],
    ['Smith,\u00a0Mary', 'Mary|Smith'],
    // Before: sent in full-width letters (`Ｍａｒｙ|Ｓｍｉｔｈ`).
    ['Ｍａｒｙ Ｓｍｉｔｈ', 'Mary|Smith'],
    ['ＳＭＩＴＨ, ＭＡＲＹ', 'Mary|Smith'],
    // A curly apostrophe is an apostrophe, sent as written (unchanged).
    ['Sean O’Brien', 'Sean|O’Brien'],
    ['O’BRIEN, SEAN', 'Sean|O’Brien'],
  ])('%s goes as %s', async (name, sent) => {
    const p = await probe(name);
    expect(p.error).toBeUndefined();
    expect(p.sent).toBe(sent);
  });

  it.each([
    // Mac Roman's ñ read as Windows-1252 is an en dash before a small letter: still refused.
    ['Rosa Mu–oz', 'garbled'],
    ['Ana Le—n', 'garbled'],
    // A dash with spaces round it sets a note apart as often as a name (`NEW PT – Lee`): refused.
    ['Mary Smith – Jones', 'more than a name'],
    // UTF-8 read as Windows-1252: MÖLLER's Ö is `Ã` and an en dash (byte 0x96), never a hyphen
    // (a real `é` on the line keeps the reader from repairing it whole: mojibake.test).
    ['José MÃ–LLER', 'garbled'],
    ['Ana José–Garcia', 'garbled'], // an accented letter before the dash: as before
  ])('%s is a row error naming the value', async (name, words) => {
    const p = await probe(name);
    expect(p.sent).toBeUndefined();
    expect(p.error).toContain(words);
    expect(p.value).toBe(name);
  });

  it('typedNameMarks leaves the joiners of Persian and Indic names, and ASCII, as they are', () => {
    expect(typedNameMarks('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(typedNameMarks('क्\u200dष')).toBe('क्\u200dष');
    expect(typedNameMarks("O'Brien-Smith")).toBe("O'Brien-Smith");
    expect(typedNameMarks('Mu–oz')).toBe('Mu–oz');
  });
});

describe('a short form first with the legal name in brackets', () => {
  it.each([
    // Before: sent as Bob. Bob is Robert's short form: the bracketed name is the legal one.
    ['Bob (Robert) Smith', 'Robert|Smith'],
    ['Smith, Bob (Robert)', 'Robert|Smith'],
    ['SMITH, BOB (ROBERT)', 'Robert|Smith'],
    ['Chris (Christopher) Lee', 'Christopher|Lee'],
    // The common form, legal first (unchanged).
    ['Robert (Bob) Smith', 'Robert|Smith'],
    ['Smith, Robert (Bob)', 'Robert|Smith'],
    ['Smith, Jane (Twin A)', 'Jane|Smith'],
  ])('%s goes as %s', async (name, sent) => {
    expect((await probe(name)).sent).toBe(sent);
  });

  it('shortFormOf and legalNameInBrackets', () => {
    expect(shortFormOf('bob', 'robert')).toBe(true);
    expect(shortFormOf('robert', 'bob')).toBe(false);
    expect(shortFormOf('kim', 'kimberly')).toBe(true);
    expect(shortFormOf('ann', 'anne')).toBe(false);
    expect(legalNameInBrackets('Grace (Xiao) Li')).toBe('Grace (Xiao) Li');
    expect(legalNameInBrackets('Peggy (Margaret) Ross')).toBe('Margaret Ross');
  });
});

describe('a category that lumps cancellations with no-shows is asked', () => {
  it.each([
    // Before: Canceled/No Show and Cancel/No-Show went as cancellations.
    'Canceled/No Show',
    'Cancel/No-Show',
    'Late Cancel/No Show',
    'Cancelled or No Show',
    'No Show/Cancelled',
    'NS/CX',
    'No Show or Cancel',
    'Cxl/NS',
  ])('%s holds the file with the word asked', async (status) => {
    const p = await probe('Mary Smith', status);
    expect(p.doubts.map((d) => d.question)).toContain(
      `What does '${status}' mean: booked, cancelled, or not an appointment?`,
    );
  });

  it.each([
    // athenaOne records a no-show as a cancellation with its reason: the booking is cancelled there.
    ['Cancelled - No Show', 'CANCEL'],
    ['Cancelled/Rescheduled', 'CANCEL'],
    ['No Show', 'NEW'],
  ])('%s still goes as %s', async (status, sent) => {
    const p = await probe('Mary Smith', status);
    expect(p.doubts).toEqual([]);
    expect(p.status).toBe(sent);
  });
});

describe('a title line saying the times are UTC, under the answer that the UTC marks are the practice’s clock', () => {
  const NAMES = ['Ortega, Marisol', 'Osei, Kevin', 'Feldman, Ruth', 'Baptiste, Tyrone'];
  const headers = ['appointment_id', 'patient', 'date_of_birth', 'start', 'status'];
  const list = (title: string, starts: string[]): string =>
    files.write([
      title,
      headers.join(','),
      ...starts.map((t, i) => `${58231 + i},"${NAMES[i % 4]}",19${60 + i}-06-14,${t},scheduled`),
    ]);
  const profile = (more: Record<string, unknown>): string =>
    confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        patientName: 'patient',
        dob: 'date_of_birth',
        dateTime: 'start',
        status: 'status',
      },
      headers,
      more,
    );
  const answered = { markedUtc: { column: 'start' } };
  // New York is UTC-5 on 12 January 2027: 10:00 there is 15:00Z.
  const AS_WRITTEN = ['2027-01-12T15:00:00.000Z', '2027-01-12T15:30:00.000Z', '2027-01-12T18:15:00.000Z'];

  it('`All times in UTC` above `Z` times: answered, read as written in New York, nothing asked (before: held for the title)', async () => {
    const file = list('All times in UTC', [
      '2027-01-12T10:00:00Z',
      '2027-01-12T10:30:00Z',
      '2027-01-12T13:15:00Z',
    ]);
    const r = await collect(file, { timeZone: NEW_YORK, profile: profile(answered) });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(AS_WRITTEN);
  });

  it('`Times shown in UTC` above plain times: asked unanswered, read as written once answered', async () => {
    const file = list('Times shown in UTC', ['2027-01-12 10:00', '2027-01-12 10:30', '2027-01-12 13:15']);
    const asked = await collect(file, { timeZone: NEW_YORK, profile: profile({}) });
    expect(asked.summary.doubts.map((d) => d.check)).toEqual(['title-zone']);
    const r = await collect(file, { timeZone: NEW_YORK, profile: profile(answered) });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(AS_WRITTEN);
  });

  it('a title stating another zone is still asked under the answer', async () => {
    const file = list('All times are Central Time', [
      '2027-01-12 10:00',
      '2027-01-12 10:30',
      '2027-01-12 13:15',
    ]);
    const r = await collect(file, { timeZone: NEW_YORK, profile: profile(answered) });
    expect(r.summary.doubts.map((d) => d.check)).toEqual(['title-zone']);
  });
});

describe('full-width marks other than a name’s letters stay', () => {
  it('a full-width comma is not folded; digits are, and refused as any number in a name', async () => {
    expect(typedNameMarks('佐藤，花子')).toBe('佐藤，花子');
    const p = await probe('Ｍａｒｙ Ｓｍｉｔｈ １２３４５');
    expect(p.sent).toBeUndefined();
    expect(p.error).toContain('more than a name');
  });
});

describe('the lumped category outside the status column is asked as a cancellation is', () => {
  it('a Type `Canceled/No Show` with no status column holds the file (off-book-text), never sent as booked unasked', async () => {
    const r = await collect(
      files.write([
        'MRN,Patient Name,DOB,Appt Date,Appt Time,Type',
        '30411,Mary Jones,03/12/1970,12/15/2026,9:00 AM,Canceled/No Show',
        '30412,John Smith,01/02/1965,12/15/2026,9:15 AM,Follow-up',
        '30413,Sarah Wilson,07/22/1988,12/15/2026,9:30 AM,Follow-up',
      ]),
      { timeZone: NEW_YORK },
    );
    expect(r.summary.doubts.map((d) => d.check)).toContain('off-book-text');
  });
});

describe('what a wrong text encoding left stays for the garbled check', () => {
  it('a soft hyphen or no-break space after Ã or Â (UTF-8 read as Windows-1252) is kept', () => {
    expect(typedNameMarks('GarcÃ\u00ada')).toBe('GarcÃ\u00ada');
    expect(typedNameMarks('JosÃ\u00a0')).toBe('JosÃ\u00a0');
    expect(typedNameMarks('Smi\u00adth')).toBe('Smith');
  });
});

// Titles in names read family name first (the practice answered "family name first", or the
// mapping says so), and Chinese and Korean names of three words in that order. A title in front
// shows no order (`Mrs Mary Smith` is Smith's, `Mdm Wong Siew Mei` Wong's), so such a row is
// refused unless the name's own writing settles it; a title between the words (`SMITH Mrs Mary`)
// stands where the comma does. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('titles-family-first');
const head = 'Visit Date,Appt Time,Patient Name,Date of Birth,Doctor,Status';
const columns = {
  date: 'Visit Date',
  time: 'Appt Time',
  patientName: 'Patient Name',
  dob: 'Date of Birth',
  providerName: 'Doctor',
  status: 'Status',
};
const singapore = { timeZone: 'Asia/Singapore' };
const row = (name: string, at = '09:30 AM'): string =>
  `01-Mar-2027,${at},${name},12-Jan-1958,Dr Chua,Confirmed`;

/** The file read with a confirmed mapping whose name order is family name first. */
async function familyFirst(names: string[]) {
  const lines = [head, ...names.map((n, i) => row(n, `${String(9 + i).padStart(2, '0')}:00 AM`))];
  const profile = confirmedProfile(files, columns, head.split(','), { patientNameOrder: 'last-first' });
  return collect(files.write(lines), { ...singapore, profile });
}

const shown = (a: { patient: { firstName: string; lastName: string } }): string =>
  `${a.patient.firstName} / ${a.patient.lastName}`;

describe('a title in a name read family name first', () => {
  it('refuses a title in front of two words (Mrs. Mary Smith had gone as first name Smith), naming line, column and value', async () => {
    const r = await familyFirst(['Mrs. Mary Smith', 'Dr Mary Smith', 'TAN AH KOW']);
    expect(r.errors.map((e) => [e.line, e.field, e.value])).toEqual([
      [2, 'patientName', 'Mrs. Mary Smith'],
      [3, 'patientName', 'Dr Mary Smith'],
    ]);
    expect(r.errors[0]!.message).toContain('title in front');
    expect(r.errors[0]!.hint).toContain('comma');
    expect(r.appointments.map(shown)).toEqual(['Ah Kow / Tan']);
  });

  it('reads a title after the family name as its comma: SMITH, Mrs Mary and Smith Mrs Mary are Mary Smith', async () => {
    const r = await familyFirst(['"SMITH, Mrs Mary"', 'Smith Mrs Mary', 'JONES Master Tom']);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map(shown)).toEqual(['Mary / Smith', 'Mary / Smith', 'Tom / Jones']);
  });

  it("sends a title before a Chinese name family name first, as the order says (Mdm Tan Siew Lan is Tan's)", async () => {
    const r = await familyFirst(['Mdm Tan Siew Lan', 'Mr Wong Tai Man']);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map(shown)).toEqual(['Siew Lan / Tan', 'Tai Man / Wong']);
  });

  it('leaves a title in front alone where names are read given name first', async () => {
    const lines = [head, row('Mrs. Mary Smith'), row('Smith Mrs Mary', '10:00 AM')];
    const r = await collect(files.write(lines), { timeZone: 'Europe/London' });
    expect(r.errors).toEqual([]);
    // `Smith Mrs Mary` had gone as first name Smith, last name Mary.
    expect(r.appointments.map(shown)).toEqual(['Mary / Smith', 'Mary / Smith']);
  });
});

describe('a three-word name read family name first', () => {
  it('takes a Chinese or Korean name as family name and a two-word given name, without a question', async () => {
    const r = await familyFirst(['TAN AH KOW', 'Wang Xiao Ming', 'Kim Min Jun']);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map(shown)).toEqual(['Ah Kow / Tan', 'Xiao Ming / Wang', 'Min Jun / Kim']);
  });

  it.each([
    ['Chan Fong Ling', 'a second family name first (a Hong Kong wife writes her husband’s)'],
    ['Zhu Ge Liang', 'a compound family name (Zhuge)'],
    ['Smith John Allen', 'no Chinese or Korean family name'],
  ])("still asks about '%s': %s", async (name) => {
    const r = await familyFirst([name]);
    expect(r.summary.doubts.map((d) => d.check)).toEqual(['last-first-words']);
    expect(r.summary.doubts[0]!.message).toContain('the first on line 2');
  });
});

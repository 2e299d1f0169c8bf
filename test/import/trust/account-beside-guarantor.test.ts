// A bare account (`Acct #`) is asked about because a family's or a guarantor's account would put a
// child's visits under the parent's number. Beside a guarantor's column the file can answer that
// itself: two children of one guarantor with accounts of their own, and someone back a second time
// under the same account (so no per-visit account either). Then the file goes unasked (MicroMD PM,
// corpus 235); short of that, it is still asked. Expected values worked out by hand from the rows.
import { describe, expect, it } from 'vitest';
import { dayOf, ownAccountsUnderOneGuarantor } from '../../../main/import/map/shared-accounts.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('account-beside-guarantor');
const HEADER = 'Appt Date,Appt Time,Acct #,Patient Name,Birth Date,Guarantor,Provider,Status';
const ASKED = /each patient's own number/;

describe("an account the file shows to be each patient's own, beside the guarantor", () => {
  it('two children of one mother with their own accounts, one back on the next day: sent unasked', async () => {
    const file = files.write([
      HEADER,
      '3/15/2027,8:30 AM,482,"Munoz, Diego",7/4/2014,"Munoz, Rosa",Dr. Castillo,Kept',
      '3/15/2027,9:00 AM,483,"Munoz, Lucia",2/28/2017,"Munoz, Rosa",Dr. Castillo,Kept',
      '3/15/2027,10:30 AM,1175,"Thompson, Gerald",12/19/1950,"Thompson, Gerald",Dr. Castillo,Confirmed',
      '3/16/2027,3:30 PM,482,"Munoz, Diego",7/4/2014,"Munoz, Rosa",Dr. Castillo,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/Los_Angeles' });
    expect(r.summary.doubts ?? []).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.patientId])).toEqual([
      ['Diego', '482'],
      ['Lucia', '483'],
      ['Gerald', '1175'],
      ['Diego', '482'],
    ]);
    // 8:30 on 15 March 2027 in Los Angeles is daylight time (UTC-7): 15:30 UTC.
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-15T15:30:00.000Z');
  });

  it('nobody comes twice: a per-visit account cannot be told apart, so it is still asked', async () => {
    const file = files.write([
      HEADER,
      '3/15/2027,8:30 AM,482,"Munoz, Diego",7/4/2014,"Munoz, Rosa",Dr. Castillo,Kept',
      '3/15/2027,9:00 AM,483,"Munoz, Lucia",2/28/2017,"Munoz, Rosa",Dr. Castillo,Kept',
      '3/15/2027,10:30 AM,1175,"Thompson, Gerald",12/19/1950,"Thompson, Gerald",Dr. Castillo,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/Los_Angeles' });
    expect((r.summary.doubts ?? []).map((d) => d.message).join('\n')).toMatch(ASKED);
  });

  it('no guarantor column: still asked', async () => {
    const file = files.write([
      'Appt Date,Appt Time,Acct #,Patient Name,Birth Date,Provider,Status',
      '3/15/2027,8:30 AM,482,"Munoz, Diego",7/4/2014,Dr. Castillo,Kept',
      '3/15/2027,9:00 AM,483,"Munoz, Lucia",2/28/2017,Dr. Castillo,Kept',
      '3/16/2027,3:30 PM,482,"Munoz, Diego",7/4/2014,Dr. Castillo,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/Los_Angeles' });
    expect((r.summary.doubts ?? []).map((d) => d.message).join('\n')).toMatch(ASKED);
  });
});

describe('ownAccountsUnderOneGuarantor', () => {
  // Columns: 0 account, 1 name, 2 birth date, 3 guarantor.
  const own = (rows: string[][]): boolean => ownAccountsUnderOneGuarantor(rows, 0, 3, [1], 2);
  const diego = ['482', 'Munoz, Diego', '7/4/2014', 'Munoz, Rosa'];
  const lucia = ['483', 'Munoz, Lucia', '2/28/2017', 'Munoz, Rosa'];

  it('siblings apart under one guarantor, one of them twice with the same account', () => {
    expect(own([diego, lucia, diego])).toBe(true);
  });

  it('the same child under two accounts (a per-visit account): not shown', () => {
    expect(own([diego, lucia, ['519', 'Munoz, Diego', '7/4/2014', 'Munoz, Rosa']])).toBe(false);
  });

  it("siblings under the guarantor's one account: not shown", () => {
    expect(own([diego, ['482', 'Munoz, Lucia', '2/28/2017', 'Munoz, Rosa'], diego])).toBe(false);
  });

  it("adults each their own guarantor written 'Self': two of them are no family, not shown", () => {
    const gerald = ['1175', 'Thompson, Gerald', '12/19/1950', 'Self'];
    const keiko = ['2204', 'Yamamoto, Keiko', '5/13/1983', 'SELF'];
    expect(own([gerald, keiko, gerald])).toBe(false);
    expect(own([gerald, keiko, gerald, diego, lucia])).toBe(true);
  });

  it('everyone their own guarantor: nothing about families, not shown', () => {
    const gerald = ['1175', 'Thompson, Gerald', '12/19/1950', 'Thompson, Gerald'];
    const keiko = ['2204', 'Yamamoto, Keiko', '5/13/1983', 'Yamamoto, Keiko'];
    expect(own([gerald, keiko, gerald])).toBe(false);
  });
});

describe('dayOf: the day of a start cell, for "back on another day"', () => {
  it('drops a time at the end and keeps the whole date, weekday and month names included', () => {
    expect(dayOf('3/2/2027 9:00 AM')).toBe('3/2/2027');
    expect(dayOf('2027-03-02T09:00:00Z')).toBe('2027-03-02');
    expect(dayOf('2027-03-02 14:30-05:00')).toBe('2027-03-02');
    expect(dayOf('Tue 3/2/2027 9:00a')).toBe('tue 3/2/2027');
    // Two days of March, or two Tuesdays, are two days: not their first word alone.
    expect(dayOf('Mar 2, 2027')).not.toBe(dayOf('Mar 9, 2027'));
    expect(dayOf('Tue, March 2, 2027 10:15 AM')).not.toBe(dayOf('Tue, March 9, 2027 10:15 AM'));
    expect(dayOf('Tue, March 2, 2027 10:15 AM')).toBe(dayOf('Tue, March 2, 2027 2:00 PM'));
  });
});

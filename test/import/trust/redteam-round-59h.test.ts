// Red team, round 59h: one visit listed once per provider or resource under one encounter number
// (encounter-column.ts: Epic's CSN on a Department Appointments Report's joint visit, an
// `Encounter #` on a by-resource list), with no appointment id. The rows are joined into one
// appointment only when the file proves it: the same patient, the same start, the same encounter
// number, a column whose header names an encounter's number and nothing else. Anything less is
// the provider-split question as before (two visits may be two appointments). Outcomes were worked
// out by hand before the first run.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z (11:00 = 18:00Z), Lindqvist 23 March 13:30 = 20:30Z.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asked, type Practice, type Read, reviewPractice } from './review-practice.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-round-59h-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const practice = (): Practice => reviewPractice(root, '59a7c3e1-4d2b-4f6a-8e9c-1b3d5f7a9c');

interface Row {
  date?: string;
  time: string;
  patient: string;
  dob: string;
  pid: string;
  provider: string;
  enc: string;
  status?: string;
  dept?: string;
}
const HOLLIS: Row = {
  time: '9:00 AM',
  patient: 'Hollis, Grace',
  dob: '06/02/1970',
  pid: '100415',
  provider: 'Patel, Nina MD',
  enc: '730001',
};
const OBI: Row = {
  time: '10:00 AM',
  patient: 'Obi, Adaeze',
  dob: '04/05/1999',
  pid: '100871',
  provider: 'Lee, Raj MD',
  enc: '730002',
};
const LINDQVIST: Row = {
  date: '03/23/2027',
  time: '1:30 PM',
  patient: 'Lindqvist, Sven',
  dob: '08/29/1963',
  pid: '100954',
  provider: 'Patel, Nina MD',
  enc: '730003',
};
/** Obi's visit again on the behavioral health clinician's schedule. */
const OBI_BH: Row = { ...OBI, provider: 'Ruiz, Tomas LCSW' };

function lines(rows: Row[], encHeader = 'CSN'): string[] {
  return [
    `Appt Date,Appt Time,Patient,DOB,MRN,Provider,Department,${encHeader},Appt Status`,
    ...rows.map(
      (r) =>
        `${r.date ?? '03/22/2027'},${r.time},"${r.patient}",${r.dob},${r.pid},"${r.provider}",${r.dept ?? 'FAMILY MED'},${r.enc},${r.status ?? 'Scheduled'}`,
    ),
  ];
}

/** What the portal gets: the engine plans an id's later row over its earlier one (plan-job.ts). */
function portal(r: Read): string[] {
  const byId = new Map<string, string>();
  r.ids.forEach((id, i) => byId.set(id, r.sent[i]!));
  return [...byId.values()].sort();
}

const THREE = ['03-22T16:00Z NEW Hollis', '03-22T17:00Z NEW Obi', '03-23T20:30Z NEW Lindqvist'];

describe('one encounter number joins a visit listed under two providers', () => {
  it('the same CSN: asked which provider (not "are these two visits"), then sent once', async () => {
    const p = practice();
    const f = p.file(lines([HOLLIS, OBI, OBI_BH, LINDQVIST]));
    const r = await p.read(f);
    expect(asked(r, 'id-provider-split')).toBe(true);
    expect(asked(r, 'provider-split')).toBe(false);
    await p.confirm(f);
    const after = await p.read(f);
    expect(after.held).toBe(false);
    expect(portal(after)).toEqual(THREE);
    // Obi's two rows carry one id: one appointment on the portal.
    expect(new Set(after.ids.filter((s) => s.endsWith('Obi/Adaeze'))).size).toBe(1);
  });

  it('Enc # and an Epic Clarity PAT_ENC_CSN_ID header join as CSN does', async () => {
    for (const h of ['Enc #', 'PAT_ENC_CSN_ID', 'Encounter Number']) {
      const p = practice();
      const r = await p.read(p.file(lines([HOLLIS, OBI, OBI_BH, LINDQVIST], h)));
      expect(asked(r, 'id-provider-split'), h).toBe(true);
      expect(asked(r, 'provider-split'), h).toBe(false);
    }
  });

  it('a department apart as well: still one question, which names the location too', async () => {
    const p = practice();
    const f = p.file(lines([HOLLIS, OBI, { ...OBI_BH, dept: 'BEHAVIORAL HEALTH' }, LINDQVIST]));
    const r = await p.read(f);
    const d = r.doubts.find((x) => x.check === 'id-provider-split');
    expect(d?.message).toMatch(/location/);
    await p.confirm(f);
    expect(portal(await p.read(f))).toEqual(THREE);
  });

  it('two CSNs at one start: two encounters, maybe two visits: the provider-split question', async () => {
    const p = practice();
    const r = await p.read(p.file(lines([HOLLIS, OBI, { ...OBI_BH, enc: '730099' }, LINDQVIST])));
    expect(asked(r, 'provider-split')).toBe(true);
  });

  it('the CSN empty on the visit (a future visit with no encounter yet): the provider-split question', async () => {
    const p = practice();
    const r = await p.read(p.file(lines([HOLLIS, { ...OBI, enc: '' }, { ...OBI_BH, enc: '' }, LINDQVIST])));
    expect(asked(r, 'provider-split')).toBe(true);
  });

  it('an Encounter Type (Office Visit on both) is no encounter number: the provider-split question', async () => {
    const p = practice();
    const rows = [HOLLIS, OBI, OBI_BH, LINDQVIST].map((x) => ({ ...x, enc: 'Office Visit' }));
    const r = await p.read(p.file(lines(rows, 'Encounter Type')));
    expect(asked(r, 'provider-split')).toBe(true);
  });

  it('booked on one row and cancelled on the other: held, and still held once the provider is answered', async () => {
    const p = practice();
    const f = p.file(lines([HOLLIS, OBI, { ...OBI_BH, status: 'Canceled' }, LINDQVIST]));
    expect((await p.read(f)).held).toBe(true);
    await p.confirm(f);
    const after = await p.read(f);
    expect(after.held).toBe(true);
    expect(after.doubts.some((d) => /booked and one cancelled/.test(d.message))).toBe(true);
  });

  it('one CSN on two starts of one patient (a series number): two appointments, nothing joined', async () => {
    const p = practice();
    const r = await p.read(p.file(lines([HOLLIS, OBI, { ...OBI_BH, time: '11:00 AM' }, LINDQVIST])));
    expect(r.held).toBe(false);
    expect(portal(r)).toEqual([
      '03-22T16:00Z NEW Hollis',
      '03-22T17:00Z NEW Obi',
      '03-22T18:00Z NEW Obi',
      '03-23T20:30Z NEW Lindqvist',
    ]);
  });

  it('one CSN on two patients at one start (a column misread): each patient keeps their own appointment', async () => {
    const p = practice();
    const r = await p.read(
      p.file(lines([HOLLIS, OBI, { ...HOLLIS, time: '10:00 AM', enc: '730002' }, LINDQVIST])),
    );
    if (!r.held)
      expect(portal(r)).toEqual([
        '03-22T16:00Z NEW Hollis',
        '03-22T17:00Z NEW Hollis',
        '03-22T17:00Z NEW Obi',
        '03-23T20:30Z NEW Lindqvist',
      ]);
  });

  it('the confirmed visit does not answer a later file whose other visit is split', async () => {
    const p = practice();
    const first = p.file(lines([HOLLIS, OBI, OBI_BH, LINDQVIST]));
    await p.read(first);
    await p.confirm(first);
    const later = await p.read(
      p.file(lines([HOLLIS, OBI, OBI_BH, LINDQVIST, { ...LINDQVIST, provider: 'Ruiz, Tomas LCSW' }])),
    );
    expect(asked(later, 'id-provider-split')).toBe(true);
  });

  // Cerner Millennium's FIN (the encounter's financial number), by hand: a FIN of numbers joins as
  // a CSN does; a French `FIN` of times is an end, never an encounter; one FIN on a patient's two
  // starts (a recurring infusion series) joins nothing.
  it('a FIN of numbers joins the visit as a CSN does', async () => {
    const p = practice();
    const f = p.file(lines([HOLLIS, OBI, OBI_BH, LINDQVIST], 'FIN'));
    const r = await p.read(f);
    expect(asked(r, 'id-provider-split')).toBe(true);
    expect(asked(r, 'provider-split')).toBe(false);
    await p.confirm(f);
    expect(portal(await p.read(f))).toEqual(THREE);
  });

  it('a FIN of times (an end) joins nothing: the provider-split question', async () => {
    const p = practice();
    const ends = ['9:30 AM', '10:30 AM', '10:30 AM', '2:00 PM'];
    const rows = [HOLLIS, OBI, OBI_BH, LINDQVIST].map((x, i) => ({ ...x, enc: ends[i]! }));
    const r = await p.read(p.file(lines(rows, 'FIN')));
    expect(r.held).toBe(true);
    expect(asked(r, 'id-provider-split')).toBe(false);
  });

  it('one FIN on a series: two starts of one patient go as two appointments', async () => {
    const p = practice();
    const r = await p.read(
      p.file(lines([HOLLIS, OBI, { ...OBI, date: '03/23/2027', time: '11:00 AM' }, LINDQVIST], 'FIN Nbr')),
    );
    expect(r.held).toBe(false);
    expect(portal(r)).toEqual([
      '03-22T16:00Z NEW Hollis',
      '03-22T17:00Z NEW Obi',
      '03-23T18:00Z NEW Obi',
      '03-23T20:30Z NEW Lindqvist',
    ]);
  });
});

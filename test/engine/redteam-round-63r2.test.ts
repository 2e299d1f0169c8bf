// Red team, round 63r2, through the engine: a cancelled row under an id the portal never had
// (cancelled-under-new-id.ts, 63c), at a start where the portal holds more than the one visit it
// replaces. Accepting must cancel exactly the visit the row names, nothing else. Real engine,
// importer and sandbox on loopback; the Chicago practice (support/six-visits.ts: Moreau 101122
// 24 March 11:00 CDT = 03-24T16:00Z). Outcomes worked out by hand before the first run.
import { describe, expect, it } from 'vitest';
import { acceptAndRelease, put, start } from './support/sending-probes.ts';
import { portal, portalFull } from './support/portal-drops.ts';
import type { Harness } from './support/engine-harness.ts';
import { BASE, csv, type Extra, LEE, PATEL, V, type Visit, visits } from './support/six-visits.ts';

const T = { timeout: 180_000 };
const MOREAU = 4;
/** Moreau's second visit at the same start, with another provider (a lab draw before a consult). */
const lab = (): Visit => V('03/24/2027', '11:00 AM', 'Moreau, Claire', '12/11/1985', '101122', PATEL, 'Lab');
const ids = new Map<string, string>();
/** `A<n>` booked, `C<n>` cancelled; n fixed per visit (patient and type). */
const byStatus: Extra = [
  'Appt ID',
  (v) => {
    const k = v.patient + v.type;
    if (!ids.has(k)) ids.set(k, String(88101 + ids.size));
    return `${v.status === 'Cancelled' ? 'C' : 'A'}${ids.get(k)}`;
  },
];
/** The portal by appointment id: `id patient start state`. */
const byId = (h: Harness): string[] => portalFull(h).map((l) => l.split(' ').slice(0, 4).join(' '));

async function first(h: Harness, vs: Visit[]) {
  const one = await put(h, 'day1.csv', csv([byStatus], vs));
  // Two visits of one person at one start may be asked about: accepted, both are booked.
  if (one.job.state === 'held') await acceptAndRelease(h, one.job.id);
  return one;
}

describe('the same person with two visits at one start, one cancelled under a new id', () => {
  it('only the consult cancelled (C-id, a changes list): the lab visit never cancelled', T, async (c) => {
    const h = await start(c.onTestFinished);
    const all = [...visits(), lab()];
    await first(h, visits());
    // The lab visit booked in a second export (one file with both is asked about as one person
    // twice at one time): asked or not, both end booked.
    const booked = await put(h, 'day1b.csv', csv([byStatus], [lab()]));
    if (booked.job.state === 'held') await acceptAndRelease(h, booked.job.id);
    const consult = byStatus[1](all[MOREAU]!, MOREAU).slice(1);
    const labId = byStatus[1](all[6]!, 6).slice(1);
    const before = byId(h);
    expect(before).toContain(`A${consult} 101122 03-24T16:00 active`);
    expect(before).toContain(`A${labId} 101122 03-24T16:00 active`);
    const cancelled = { ...all[MOREAU]!, status: 'Cancelled' };
    const two = await put(h, 'day2.csv', csv([byStatus], [cancelled]));
    if (two.job.state === 'held') {
      expect(byId(h)).toEqual(before);
      await acceptAndRelease(h, two.job.id);
    }
    // By hand: at most A<consult> cancelled; A<lab> stays active whatever was asked or accepted
    // (before 63r2 the file was held and accepting cancelled both: the row matched both visits).
    expect(byId(h)).toContain(`A${labId} 101122 03-24T16:00 active`);
  });
});

describe('another person at that start', () => {
  it('a namesake (same name, another birth date and chart) cancelled there: Moreau stays', T, async (c) => {
    const h = await start(c.onTestFinished);
    await first(h, visits());
    expect(portal(h)).toEqual(BASE);
    const namesake = V('03/24/2027', '11:00 AM', 'Moreau, Claire', '03/09/1962', '101999', LEE, 'Consult');
    namesake.status = 'Cancelled';
    const two = await put(h, 'day2.csv', csv([byStatus], [namesake]));
    if (two.job.state === 'held') await acceptAndRelease(h, two.job.id);
    // Moreau 101122 is no one this row names: she stays booked, accepted or not.
    expect(portal(h).filter((l) => l.startsWith('101122'))).toEqual(['101122 03-24T16:00 active']);
  });
});

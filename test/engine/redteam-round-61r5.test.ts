// Red-team probes (round 61r5): an appointment id column that says "no number yet" on every row
// (`NEW`), read as empty since b044b83d (pending-ids.ts), so the visits have no ids of their own.
// The harm looked for: a later export moving a visit looks like a new visit, and the portal shows
// the patient twice that day (the old time left active). Outcomes worked out by hand BEFORE the
// first run: the first export goes (10 visits, never under the id `NEW`) or is held; after the
// move, the second export is held, or the portal shows patient 3 on 1 March once, active at 15:00
// (21:00Z), and no patient shown twice. A file with no Appt ID column at all must fare the same.
// Chicago, Monday 2027-03-01 (CST, UTC-6): patient k at 07:00 + k h (day-visits.ts).
import { describe, expect, it } from 'vitest';
import { dropAll, engine, portal, twice } from './support/portal-drops.ts';
import { DAY, OWN, chart, csv, line, without, type Column } from './support/day-visits.ts';

const NEW_IDS: Column[] = OWN.map(([h, f]) => (h === 'Appt ID' ? [h, () => 'NEW'] : [h, f]));
const LAYOUTS: Array<[string, Column[]]> = [
  ['Appt ID wholly NEW', NEW_IDS],
  ['no Appt ID column', without(OWN, 'Appt ID')],
];
const MODES = [
  ['as sent', false],
  ['snapshot', true],
] as const;
const moved = DAY((k) => (k === 3 ? { time: '15:00' } : {}));

describe.concurrent('a visit moved in a file with no appointment ids', () => {
  for (const [layout, cols] of LAYOUTS)
    for (const [mode, snapshotMode] of MODES)
      it(`${layout}, ${mode}: the move leaves patient 3 once, at 15:00 (or the file is held)`, async ({
        onTestFinished,
      }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const [one, two] = await dropAll(h, [
          { name: 'appts.csv', text: csv(cols, DAY()) },
          { name: 'appts-2.csv', text: csv(cols, moved) },
        ]);
        expect(one!.sent.some((s) => s.appointmentId === 'NEW')).toBe(false);
        expect(two!.sent.some((s) => s.appointmentId === 'NEW')).toBe(false);
        if (one!.job.state === 'held' || two!.job.state === 'held') return;
        const three = portal(h).filter((l) => l.startsWith(`${chart(3)} `) && l.endsWith(' active'));
        expect(three).toEqual([line(3, 1, 15)]);
        expect(twice(h)).toEqual([]);
      }, 60_000);
});

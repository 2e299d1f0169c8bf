// A telehealth group's clinicians sit in several zones and its export lists each clinician's zone
// (Healthie's `Provider Timezone`) beside starts that write their own UTC offset, on the exporting
// user's clock. The offset makes each start an instant; the clinician's zone is where they sit,
// not the clock of the time (corpus 371). Without offsets the same column may be the clock of the
// times, and is asked. Instants worked out by hand: Chicago is UTC-6 until 14 March 2027, UTC-5
// after; `2027-03-12 08:00:00 -0600` is 14:00Z, `2027-03-15 19:00:00 -0500` is 16 March 00:00Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('clinician-zone');
const chicago = { timeZone: 'America/Chicago' };

function exportWith(zoneHeader: string, starts: string[]): string {
  const zones = ['America/New_York', 'America/Los_Angeles', 'America/Denver'];
  return files.write([
    `Appointment ID,Client,Client DOB,Provider,${zoneHeader},Start Time,Status`,
    ...starts.map((s, i) => `${4410 + i},Nadia Park,1990-06-14,"Leah Moreno, RD",${zones[i]},${s},Confirmed`),
  ]);
}

const zoneDoubts = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts?.filter((d) => d.kind === 'time-zone') ?? [];

describe("a clinician's zone beside starts written with their own offset", () => {
  it.each(['Provider Timezone', 'Clinician Time Zone', 'Staff TZ'])(
    '%s: the instants go as written',
    async (h) => {
      const r = await collect(
        exportWith(h, [
          '2027-03-12 08:00:00 -0600',
          '2027-03-15 19:00:00 -0500',
          '2027-03-16 13:45:00 -0500',
        ]),
        chicago,
      );
      expect(zoneDoubts(r)).toEqual([]);
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2027-03-12T14:00:00.000Z',
        '2027-03-16T00:00:00.000Z',
        '2027-03-16T18:45:00.000Z',
      ]);
    },
  );

  it('an offset that is not the practice’s is still held (-0500 on 12 March is New York’s, not Chicago’s)', async () => {
    const r = await collect(exportWith('Provider Timezone', ['2027-03-12 08:00:00 -0500']), chicago);
    expect(zoneDoubts(r).length).toBeGreaterThan(0);
  });
});

describe("a clinician's zone beside times with no offset may be the clock of the times", () => {
  it('is held, naming the column', async () => {
    const r = await collect(
      exportWith('Provider Timezone', ['2027-03-12 08:00:00', '2027-03-15 19:00:00']),
      chicago,
    );
    expect(zoneDoubts(r).map((d) => d.column)).toEqual(['Provider Timezone']);
  });

  it('a zone of the appointment itself (`Timezone`) beside offsets is still asked when it is not the practice’s', async () => {
    const r = await collect(
      exportWith('Timezone', ['2027-03-12 08:00:00 -0600', '2027-03-15 19:00:00 -0500']),
      chicago,
    );
    expect(zoneDoubts(r).map((d) => d.column)).toEqual(['Timezone']);
  });
});

// A practice in a region that writes dates both day-first and month-first (Canada, the
// Philippines): its time zone settles no day/month order. A Quebec export (`03/04/2027` is
// 3 April) went out as 4 March because Canadian zones were taken as month-first. Expected
// instants worked out by hand: Toronto is UTC-4 in April (summer time), UTC-5 in March.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('both-orders-region');
const HEAD = 'No RDV;Date du RDV;Heure;Nom;Prénom;Date de naissance;Professionnel;Statut;Clinique';
const quebec = (dobs: [string, string], dates: [string, string] = ['03/04/2027', '05/04/2027']): string =>
  files.write([
    HEAD,
    `50112;${dates[0]};09:00;TREMBLAY;Marie;${dobs[0]};Dre Julie Gagnon;Confirmé;Clinique Saint-Denis`,
    `50113;${dates[1]};09:30;GAGNON;Luc;${dobs[1]};Dre Julie Gagnon;Confirmé;Clinique Saint-Denis`,
  ]);

describe('a region writing both orders settles none', () => {
  it('a Quebec file whose dates all read both ways is held and asked, in Toronto and Montreal', async () => {
    for (const timeZone of ['America/Toronto', 'America/Montreal', 'Canada/Eastern']) {
      const r = await collect(quebec(['05/11/1980', '07/02/1972']), { timeZone });
      expect(r.summary.doubts).toHaveLength(1);
      // Up to three values that read both ways: the appointment dates', then the birth dates'.
      expect(r.summary.doubts[0]).toMatchObject({
        kind: 'date-order',
        samples: ['03/04/2027', '05/04/2027', '05/11/1980'],
      });
      expect(r.summary.doubts[0]!.message).toContain(
        `${timeZone}'s region writes dates both day-first and month-first`,
      );
      expect(r.summary.doubts[0]!.question).toContain('day-first or month-first');
      // The value asked about is shown with its column, so the person knows where to look.
      expect(r.summary.doubts[0]!.message).toContain("whether '03/04/2027' (column 'Date du RDV') is");
    }
  });

  it('ISO birth dates prove nothing about the appointment dates: still held', async () => {
    const r = await collect(quebec(['1980-11-25', '1972-02-17']), { timeZone: 'America/Toronto' });
    expect(r.summary.doubts.map((d) => d.kind)).toEqual(['date-order']);
  });

  it('a birth date with a day above 12, written alike, settles it: no question', async () => {
    const r = await collect(quebec(['25/11/1980', '07/02/1972']), { timeZone: 'America/Toronto' });
    expect(r.summary.doubts).toEqual([]);
    // 3 April 2027 09:00 and 5 April 09:30 in Toronto (EDT, UTC-4).
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-04-03T13:00:00.000Z',
      '2027-04-05T13:30:00.000Z',
    ]);
  });

  it('an appointment date with a day above 12 settles it either way: no question', async () => {
    const dayFirst = await collect(quebec(['05/11/1980', '07/02/1972'], ['03/04/2027', '15/04/2027']), {
      timeZone: 'America/Toronto',
    });
    expect(dayFirst.summary.doubts).toEqual([]);
    expect(dayFirst.appointments[0]!.start.toISOString()).toBe('2027-04-03T13:00:00.000Z');
    // An Ontario export written month-first: 03/04 is 4 March (EST, UTC-5).
    const monthFirst = await collect(quebec(['05/11/1980', '07/02/1972'], ['03/04/2027', '03/15/2027']), {
      timeZone: 'America/Toronto',
    });
    expect(monthFirst.summary.doubts).toEqual([]);
    expect(monthFirst.appointments[0]!.start.toISOString()).toBe('2027-03-04T14:00:00.000Z');
  });

  it('the order a person gave is their answer: the file goes as they said', async () => {
    const file = quebec(['05/11/1980', '07/02/1972']);
    const r = await collect(file, {
      timeZone: 'America/Toronto',
      dateOrder: 'DMY',
      dateOrderSource: 'person',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-04-03T13:00:00.000Z');
  });

  it('a practice in the Philippines is asked too; one in the US for the French headers', async () => {
    const manila = await collect(quebec(['05/11/1980', '07/02/1972']), { timeZone: 'Asia/Manila' });
    expect(manila.summary.doubts.map((d) => d.kind)).toEqual(['date-order']);
    // The US writes month-first, French day-first: the region alone settles nothing here.
    const chicago = await collect(quebec(['05/11/1980', '07/02/1972']), { timeZone: 'America/Chicago' });
    expect(chicago.summary.doubts.map((d) => d.kind)).toEqual(['date-order']);
    expect(chicago.summary.doubts[0]!.message).toMatch(/'Heure', 'Prénom'/);
  });
});

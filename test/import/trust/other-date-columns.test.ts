// Date columns the mapping leaves out (`Créé le`, `Booked On`) as proof of the day/month order: a
// Quebec file (Toronto settles no order) whose appointment and birth dates all read both ways was
// held ("nothing in the file tells") beside `25/11/2026 14:05` under `Créé le`. Written in the
// same format as the appointment dates, that column settles the order; written otherwise
// (`2026-11-25`, `25-11-2026`, `25/11/26`), it proves nothing, and the question names the columns
// looked at. Expected instants worked out by hand: Toronto is UTC-4 in April (summer time).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('other-date-columns');
const HEAD = 'No RDV;Date du RDV;Heure;Nom;Prénom;Date de naissance;Professionnel;Statut;Créé le';
const toronto = { timeZone: 'America/Toronto' };
/** Two appointments on 3 and 5 April 2027 (or 4 March and 4 May), each booked at `created`. */
const quebec = (created: [string, string]): string =>
  files.write([
    HEAD,
    `50112;03/04/2027;09:00;TREMBLAY;Marie;05/11/1980;Dre Julie Gagnon;Confirmé;${created[0]}`,
    `50113;05/04/2027;09:30;GAGNON;Luc;07/02/1972;Dre Julie Gagnon;Confirmé;${created[1]}`,
  ]);

describe('another date column of the file as proof of the day/month order', () => {
  it('written in the same format, its 25/11/2026 settles day-first: no question', async () => {
    const r = await collect(quebec(['25/11/2026 14:05', '02/12/2026 10:40']), toronto);
    expect(r.summary.doubts).toEqual([]);
    // 3 April 2027 09:00 and 5 April 09:30 in Toronto (EDT, UTC-4); born 5 November 1980.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-04-03T13:00:00.000Z',
      '2027-04-05T13:30:00.000Z',
    ]);
    expect(r.appointments[0]!.patient.dob).toBe('1980-11-05');
  });

  it('proving month-first in the same format, it settles month-first', async () => {
    // 11/25/2026 is month-first only: the appointment dates are then 4 March and 4 May.
    const r = await collect(quebec(['11/25/2026 14:05', '12/02/2026 10:40']), toronto);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-04T14:00:00.000Z', // 4 March, EST (UTC-5): before the 14 March change
      '2027-05-04T13:30:00.000Z',
    ]);
  });

  it.each([
    ['2026-11-25 14:05', 'year first'],
    ['25-11-2026 14:05', 'another separator'],
    ['25/11/26 14:05', 'a two-digit year'],
    ['booked 25/11/2026 2:05 PM', 'a date in words'],
  ])(
    "written otherwise ('%s', %s) it proves nothing: held, the question naming the columns",
    async (value, why) => {
      const created: [string, string] = [value, value];
      const r = await collect(quebec(created), toronto);
      expect(r.summary.doubts.map((d) => d.kind)).toEqual(['date-order']);
      const message = r.summary.doubts[0]!.message;
      expect(message).toContain("columns 'Date du RDV' and 'Date de naissance'");
      // Year first and words are no column of numeric dates; the others are, written otherwise.
      if (why === 'another separator' || why === 'a two-digit year')
        expect(message).toContain(
          "'Créé le' is written otherwise than the appointment dates, so proves nothing",
        );
      else expect(message).not.toContain('Créé le');
    },
  );
});

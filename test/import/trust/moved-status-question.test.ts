// An unknown status word that may say the booking moved (`Umgebucht`, `Siirretty`) is still asked,
// and its question says which answer is which: the old time of a moved booking is cancelled, the
// row at the new time booked. Any other unknown word gets the plain question.
import { describe, expect, it } from 'vitest';
import { collect, tempFiles } from '../convert/support.ts';

const file = tempFiles();

const list = (status: string) => [
  'Datum;Zeit;Nachname;Vorname;Geburtsdatum;Behandler;Status',
  '15.03.2027;08:00;Vogt;Petra;01.05.1983;Dr. Berg;Bestätigt',
  `15.03.2027;08:30;Yılmaz;Emre;02.06.1979;Dr. Berg;${status}`,
];

describe('the question over an unknown status word', () => {
  it.each(['Umgebucht', 'Siirretty', 'Ertelendi'])(
    '%s: asked, naming the old and the new time',
    async (word) => {
      const r = await collect(file('termine.csv', list(word)), { timeZone: 'Europe/Berlin' });
      const doubt = r.summary.doubts.find((d) => d.kind === 'status');
      expect(doubt?.samples).toEqual([word]);
      expect(doubt?.question).toBe(
        `What does '${word}' mean: booked, cancelled, or not an appointment? If '${word}' marks the old time of a booking moved elsewhere, it is cancelled; if the row is the appointment at its new time, it is booked`,
      );
    },
  );

  it('Pending Arrival: asked with the plain question', async () => {
    const r = await collect(file('termine.csv', list('Pending Arrival')), { timeZone: 'Europe/Berlin' });
    const doubt = r.summary.doubts.find((d) => d.kind === 'status');
    expect(doubt?.question).toBe(
      "What does 'Pending Arrival' mean: booked, cancelled, or not an appointment?",
    );
  });
});

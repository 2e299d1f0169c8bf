// Ordinary exports a person reads with certainty, once held for review for nothing in them a
// person would doubt; each beside its neighbour that must still be held. Expected values worked
// out by hand from the files (test/fixtures/false-holds/README.md).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { formatRowError } from '../../../main/model/row-error.ts';
import { collect, tempDir } from './support.ts';

const DIR = path.resolve('test/fixtures/false-holds');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A copy of a fixture with some text replaced, in a temporary folder. */
function variant(name: string, edit: (text: string) => string): string {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, edit(fs.readFileSync(path.join(DIR, name), 'utf8')));
  return file;
}

const summaryOf = (r: Awaited<ReturnType<typeof collect>>) =>
  r.appointments.map((a) => [
    a.status,
    a.start.toISOString(),
    a.patient.patientId,
    a.patient.firstName,
    a.patient.lastName,
    a.patient.dob,
  ]);

describe("OSCAR's `Demographic No` is the patient's number", () => {
  it('an OSCAR appointment list goes with no question, the demographic number as the patient id', async () => {
    const r = await collect(path.join(DIR, 'oscar-appointments.csv'), { timeZone: 'America/Toronto' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map(formatRowError)).toEqual([]);
    // 2027-03-26 is after Toronto's change to EDT (-04:00) on March 14.
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-26T13:00:00.000Z', '10455', 'Julie', 'Tremblay', '1983-07-13'],
      ['NEW', '2027-03-26T13:15:00.000Z', '10872', 'Robert', 'Smith', '1950-02-28'],
      ['CANCEL', '2027-03-26T13:30:00.000Z', '11023', 'Kevin', 'Wong', '1998-09-04'],
      ['NEW', '2027-03-26T13:45:00.000Z', '10101', 'Anne', 'Bouchard', '1962-12-19'],
    ]);
    // the appointment id is made up, never the demographic number
    for (const a of r.appointments) expect(a.appointmentId).toMatch(/^A-/);
  });

  it('never scores as the appointment id', () => {
    for (const h of ['Demographic No', 'Demographic #', 'demographic_no'])
      expect(headerScore('appointmentId', headerConcepts(h)), h).toBe(0);
  });

  it('one demographic number on two people is still held', async () => {
    const file = variant('oscar-appointments.csv', (t) =>
      t.replace('11023,"WONG, Kevin"', '10455,"WONG, Kevin"'),
    );
    const r = await collect(file, { timeZone: 'America/Toronto' });
    expect(r.summary.doubts.length).toBeGreaterThan(0);
    expect(r.summary.doubts.map((d) => d.field)).toContain('patientId');
  });
});

describe('a Dutch agenda export', () => {
  it('reads Dutch headers and statuses with no question', async () => {
    const r = await collect(path.join(DIR, 'nl-afspraken.csv'), { timeZone: 'Europe/Amsterdam' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map(formatRowError)).toEqual([]);
    // 6 April 2027, day-first (Europe; 15-08-1969 proves it), CEST (+02:00)
    expect(summaryOf(r).map(([s, t, , f, l, d]) => [s, t, f, l, d])).toEqual([
      ['NEW', '2027-04-06T07:00:00.000Z', 'Pieter', 'Jansen', '1969-08-15'],
      ['NEW', '2027-04-06T07:15:00.000Z', 'Sanne', 'Bakker', '1993-01-22'],
      ['CANCEL', '2027-04-06T07:30:00.000Z', 'Daan', 'Visser', '1980-05-30'],
    ]);
    expect(r.appointments[0]!.participant.providerName).toBe('Dr. de Vries');
    expect(r.appointments[0]!.type).toBe('Consult');
  });

  it('reads compound headers (Afspraakdatum, Begintijd, Patiëntnummer); a no-show stays booked', async () => {
    const r = await collect(path.join(DIR, 'nl-fysio-afspraken.csv'), { timeZone: 'Europe/Amsterdam' });
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-04-12T06:30:00.000Z', '100231', 'Sanne', 'Bakker', '1993-01-22'],
      ['NEW', '2027-04-12T07:00:00.000Z', '100455', 'Ruud', 'Smit', '1958-07-03'],
      ['CANCEL', '2027-04-12T07:30:00.000Z', '100502', 'Fleur', 'Mulder', '2001-10-17'],
    ]);
    expect(r.appointments[0]!.participant.providerName).toBe('Mark Visser');
  });

  it('a family-name particle in a column of its own (`Tussenvoegsel`) goes before the last name', async () => {
    const r = await collect(path.join(DIR, 'nl-tussenvoegsel.csv'), { timeZone: 'Europe/Amsterdam' });
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r).map(([s, t, , f, l, d]) => [s, t, f, l, d])).toEqual([
      ['NEW', '2027-04-06T07:00:00.000Z', 'Jan', 'van Dijk', '1969-08-15'],
      ['NEW', '2027-04-06T07:15:00.000Z', 'Sanne', 'Bakker', '1993-01-22'],
      ['CANCEL', '2027-04-06T07:30:00.000Z', 'Daan', 'de Boer', '1980-05-30'],
    ]);
  });

  it('a particle column beside a one-column name is asked, never dropped', async () => {
    const r = await collect(path.join(DIR, 'nl-tussenvoegsel-one-column.csv'), {
      timeZone: 'Europe/Amsterdam',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'patientName' }]);
    expect(r.summary.doubts[0]!.message).toContain("'Tussenvoegsel'");
  });

  it.each(['Verplaatst', 'Afgemeld'])('a Dutch word of two meanings (%s) is still asked', async (word) => {
    const file = variant('nl-afspraken.csv', (t) => t.replace('Geannuleerd', word));
    const r = await collect(file, { timeZone: 'Europe/Amsterdam' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: [word] }]);
  });
});

describe('Italian and Brazilian agenda exports', () => {
  it('an Italian agenda (Data;Ora;Cognome;Nome;Data di nascita;Medico;Prestazione;Stato) goes', async () => {
    // It had been refused: no date, time or name column found.
    const r = await collect(path.join(DIR, 'it-agenda.csv'), { timeZone: 'Europe/Rome' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map(formatRowError)).toEqual([]);
    // 12 April 2027, day-first, CEST (+02:00); Annullato and Disdetto cancel, Non presentato is a
    // no-show (booked)
    expect(summaryOf(r).map(([s, t, , f, l, d]) => [s, t, f, l, d])).toEqual([
      ['NEW', '2027-04-12T07:00:00.000Z', 'Mario', 'Rossi', '1978-03-14'],
      ['CANCEL', '2027-04-12T07:30:00.000Z', 'Giulia', 'Esposito', '1985-11-02'],
      ['CANCEL', '2027-04-12T08:00:00.000Z', 'Luca', 'Romano', '1990-06-25'],
      ['NEW', '2027-04-12T08:30:00.000Z', 'Chiara', 'Colombo', '1972-09-07'],
    ]);
    expect(r.appointments[0]!.participant.providerName).toBe('Dott. Bianchi');
    expect(r.appointments[0]!.type).toBe('Visita di controllo');
  });

  it('a Feegow agenda goes with its statuses read; the CPF (a national number) is not the patient id', async () => {
    // It had been held: Data, Data de nascimento not sure, Situação unread, CPF asked as the id.
    const r = await collect(path.join(DIR, 'br-feegow-agenda.csv'), { timeZone: 'America/Sao_Paulo' });
    expect(r.summary.doubts).toEqual([]);
    // São Paulo is UTC-03:00 all year
    expect(summaryOf(r).map(([s, t, p, f, l]) => [s, t, /^\d{3}\./.test(p as string), f, l])).toEqual([
      ['NEW', '2027-04-13T11:00:00.000Z', false, 'Ana Paula', 'Souza'],
      ['CANCEL', '2027-04-13T11:30:00.000Z', false, 'João', 'Pereira'],
      ['NEW', '2027-04-13T12:00:00.000Z', false, 'Maria', 'Oliveira'],
      ['CANCEL', '2027-04-13T12:30:00.000Z', false, 'Pedro', 'Santos'],
    ]);
  });

  it.each(['Spostato', 'In attesa'])(
    'an Italian status of two meanings (%s) is still asked',
    async (word) => {
      const file = variant('it-agenda.csv', (t) => t.replace('Confermato', word));
      const r = await collect(file, { timeZone: 'Europe/Rome' });
      expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: [word] }]);
    },
  );

  it('Remarcado (moved) is still asked', async () => {
    const file = variant('br-feegow-agenda.csv', (t) => t.replace('Marcado - confirmado', 'Remarcado'));
    const r = await collect(file, { timeZone: 'America/Sao_Paulo' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['Remarcado'] }]);
  });
});

describe("a booking tool's customer is the patient", () => {
  it('a Square Appointments list goes: Customer ID is the patient id, ACCEPTED is booked', async () => {
    const file = path.resolve('test/fixtures/exports/48-square-appointments/appointments.csv');
    const r = await collect(file, { timeZone: 'America/Denver' });
    expect(r.summary.doubts).toEqual([]);
    // Denver: MST (-07:00) on March 10, MDT (-06:00) from March 14
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-10T16:30:00.000Z', 'SQ7GH2K', 'Priya', 'Kapoor', '1992-06-01'],
      ['CANCEL', '2027-03-10T18:00:00.000Z', 'SQ7GH3M', 'Dev', 'Kapoor', '1990-12-12'],
      ['NEW', '2027-03-24T15:30:00.000Z', 'SQ7GH2K', 'Priya', 'Kapoor', '1992-06-01'],
    ]);
    // the customer's id is never the appointment's
    for (const a of r.appointments) expect(a.appointmentId).toMatch(/^A-/);
  });

  it('DECLINED (a request turned down) is still asked', async () => {
    const file = path.resolve('test/fixtures/exports/48-square-appointments/appointments.csv');
    const dir = tempDir();
    dirs.push(dir);
    const copy = path.join(dir, 'appointments.csv');
    fs.writeFileSync(copy, fs.readFileSync(file, 'utf8').replace('CANCELLED_BY_SELLER', 'DECLINED'));
    const r = await collect(copy, { timeZone: 'America/Denver' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['DECLINED'] }]);
  });

  it.each([
    ['vet-customer-and-patient.csv', 'Customer Name'],
    ['vet-client-and-patient.csv', 'Client Name'],
    ['vet-client-first-last-and-patient.csv', 'Client First Name'],
  ])(
    "the owner (%s) beside a bare `Patient`, the pet, is held, never sent with the pet's birth date",
    async (name, column) => {
      const r = await collect(path.join(DIR, name), { timeZone: 'America/Denver' });
      expect(r.summary.doubts.map((d) => d.column)).toContain(column);
      expect(r.summary.doubts.find((d) => d.column === column)!.message).toContain("'Patient'");
    },
  );

  it('a client beside a `Patient Balance` (money, no person) goes', async () => {
    const r = await collect(path.join(DIR, 'client-with-patient-balance.csv'), {
      timeZone: 'America/Denver',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r).map(([s, t, , f, l, d]) => [s, t, f, l, d])).toEqual([
      ['NEW', '2027-03-10T16:30:00.000Z', 'Priya', 'Kapoor', '1992-06-01'],
      ['CANCEL', '2027-03-10T18:00:00.000Z', 'Dev', 'Kapoor', '1990-12-12'],
    ]);
  });
});

describe("the provider's first and last name in two columns", () => {
  it("MIE's Export Future Appointments goes, the provider read from Resource First and Last Name", async () => {
    const r = await collect(path.join(DIR, 'mie-future-appointments.csv'), {
      timeZone: 'America/Indiana/Indianapolis',
    });
    expect(r.summary.doubts).toEqual([]);
    // Indianapolis: EST (-05:00) until March 14, 2027
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-08T14:00:00.000Z', '18823', 'Marcus', 'Bell', '1974-06-19'],
      ['NEW', '2027-03-08T14:20:00.000Z', '20417', 'Linda', 'Ortiz', '1961-11-02'],
      ['NEW', '2027-03-08T15:00:00.000Z', '19004', 'Trevor', 'Nguyen', '1990-01-27'],
    ]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['558120', '558121', '558133']);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Alan Hart',
      'Alan Hart',
      'Simran Kaur',
    ]);
  });
});

describe('a morning list on a 24-hour clock, shown by its end times', () => {
  const file = 'or-schedule-morning-24h.csv';
  it('goes with its first case at 6:30 AM: an end at 13:15 is no 12-hour clock', async () => {
    const r = await collect(path.join(DIR, file), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    // New York is UTC-5 on 2 March 2027: 06:30 is 11:30Z, 12:00 is 17:00Z.
    expect(r.appointments.map((a) => [a.status, a.start.toISOString()])).toEqual([
      ['NEW', '2027-03-02T11:30:00.000Z'],
      ['NEW', '2027-03-02T12:00:00.000Z'],
      ['NEW', '2027-03-02T13:00:00.000Z'],
      ['NEW', '2027-03-02T14:15:00.000Z'],
      ['CANCEL', '2027-03-02T16:30:00.000Z'],
      ['NEW', '2027-03-02T17:00:00.000Z'],
    ]);
  });

  it('with that end at 12:55 nothing shows the clock: held (06:30 may be 6:30 PM)', async () => {
    const r = await collect(
      variant(file, (t) => t.replace('11:30,13:15', '11:30,12:55')),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Scheduled Start', samples: ['06:30'] },
    ]);
  });
});

describe('lunch and a meeting as rows of no patient under a booked status', () => {
  it('a Dentrix-style list goes: the blocks skipped, the visits sent', async () => {
    const r = await collect(path.join(DIR, 'dentrix-day-list.csv'), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map(formatRowError)).toEqual([]);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [5, 'no patient (open slot or blocked time)'],
      [7, 'no patient (open slot or blocked time)'],
    ]);
    // 8:00 AM Central in March 2027 (CST until March 14) is 14:00 UTC.
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-02T14:00:00.000Z', 'FL0001', 'Diane', 'Fletcher', '1968-04-17'],
      ['NEW', '2027-03-02T15:00:00.000Z', 'OK0002', 'Samuel', 'Okafor', '1985-11-02'],
      ['NEW', '2027-03-02T16:30:00.000Z', 'BA0001', 'Helga', 'Bauer', '1951-06-23'],
      ['NEW', '2027-03-02T19:00:00.000Z', 'RE0004', 'Marisol', 'Reyes', '1992-01-30'],
      ['NEW', '2027-03-02T20:30:00.000Z', 'CH0003', 'Daniel', 'Cho', '2009-09-09'],
    ]);
  });

  it('a visit of its own under the empty patient is still held (printed once per group)', async () => {
    const file = variant('dentrix-day-list.csv', (t) => t.replace(',FIRM,LUNCH', ',FIRM,CROWN SEAT'));
    const r = await collect(file, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'patientName' }]);
  });
});

describe('a UTF-8 export opened in Excel as Windows-1252 and saved again', () => {
  it('goes with its names, provider and location as they were written', async () => {
    const r = await collect(path.join(DIR, 'utf8-saved-as-ansi.csv'), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map(formatRowError)).toEqual([]);
    // 9:00 on 2027-03-15 is 13:00 UTC (EDT from March 14).
    const seen = r.appointments.map(
      (a) =>
        `${a.status} ${a.start.toISOString()} ${a.patient.firstName} ${a.patient.lastName} ${a.patient.dob}`,
    );
    expect(seen).toEqual([
      'NEW 2027-03-15T13:00:00.000Z José García 1970-05-14',
      'NEW 2027-03-15T13:30:00.000Z Jürgen Müller 1965-02-22',
      'CANCEL 2027-03-15T14:00:00.000Z Seán O’Brien 1980-11-30',
      'NEW 2027-03-15T14:30:00.000Z Inés Peña 1990-01-05',
    ]);
    expect(new Set(r.appointments.map((a) => `${a.participant.providerName} @ ${a.location}`))).toEqual(
      new Set(['María Núñez, MD @ Clínica Norte']),
    );
    expect(r.appointments.map((a) => a.type)).toEqual(['Consulta', 'Revisión', 'Consulta', 'Consulta']);
  });
});

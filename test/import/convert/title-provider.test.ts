// A schedule printed for one provider or office states it in the title lines only. With no
// provider (or location) column, that title is every row's: the provider goes to the portal and
// into the derived id, so the same patient's appointments with two providers on one day keep two
// ids. A column of the file wins; so does a default a person set in the profile.
// Expected ids are worked out from the rule in the README (SHA-256 over practice, patient key,
// provider key as the id compares it, day), not with the product's identity code.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, derivedId, tempDir, writeLines } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, lines: string[]): string => writeLines(dir, name, lines);

const HEADER = 'Date,Time,Patient,DOB,Chart #,Type,Status';
const SMITH_9 = '03/02/2027,9:00 AM,"Smith, John",04/12/1961,10452,Follow Up,Confirmed';

describe("the provider a report's title states", () => {
  it("is every row's provider, on the portal and in the derived id", async () => {
    const c = await collect(
      write('lee.csv', [
        'Appointment List',
        'Provider: Lee, Anna MD',
        'Dates: 03/02/2027 - 03/02/2027',
        '',
        HEADER,
        SMITH_9,
      ]),
    );
    expect(c.errors).toEqual([]);
    expect(c.summary.doubts).toEqual([]);
    const [a] = c.appointments;
    expect(a!.participant).toEqual({
      type: 'PROVIDER',
      // Made from the name's parts, the credential apart (provider-name.ts, providerIdOf).
      identifier: 'lee-anna',
      providerName: 'Anna Lee, MD',
    });
    // The provider key as the id compares it: trimmed, lower case.
    expect(a!.appointmentId).toBe(derivedId('10452', 'lee, anna md', '2027-03-02'));
  });

  it('is not taken when the title names all providers or two of them: the rows go unassigned as before', async () => {
    for (const [name, title] of [
      ['all.csv', 'Provider: All Providers'],
      ['two.csv', '"Provider: Lee, Patel"'],
    ]) {
      const c = await collect(write(name!, ['Appointment List', title!, '', HEADER, SMITH_9]));
      expect(c.appointments[0]!.participant).toEqual({
        type: 'PROVIDER',
        identifier: 'unassigned',
        providerName: 'Unassigned provider',
      });
      expect(c.appointments[0]!.appointmentId).toBe(derivedId('10452', '', '2027-03-02'));
    }
  });

  it('gives way to a provider column of the file', async () => {
    const c = await collect(
      write('column.csv', [
        'Provider: Lee, Anna MD',
        '',
        'Date,Time,Patient,DOB,Chart #,Provider,Type,Status',
        '03/02/2027,2:00 PM,"Smith, John",04/12/1961,10452,"Patel, Raj MD",Physical,Scheduled',
      ]),
    );
    expect(c.appointments[0]!.participant.providerName).toBe('Raj Patel, MD');
  });

  it("gives way to the profile's default provider (a person's statement; changing it would move ids)", async () => {
    const profile = path.join(dir, 'profile.json');
    fs.writeFileSync(
      profile,
      JSON.stringify({
        name: 'own',
        columns: {
          date: 'Date',
          time: 'Time',
          patientName: 'Patient',
          dob: 'DOB',
          patientId: 'Chart #',
          type: 'Type',
          status: 'Status',
        },
        defaults: { providerName: 'Dr Jane Smith' },
      }),
    );
    const c = await collect(write('default.csv', ['Provider: Lee, Anna MD', '', HEADER, SMITH_9]), {
      profile,
    });
    expect(c.appointments[0]!.participant.providerName).toBe('Dr Jane Smith');
  });

  it('leaves rows grouped under headings held as grouped rows', async () => {
    const c = await collect(
      write('grouped.csv', ['Provider: Lee, Anna MD', '', HEADER, 'Cancelled Appointments', SMITH_9]),
    );
    expect(c.summary.doubts.map((d) => d.kind)).toContain('grouped-rows');
    expect(c.appointments[0]!.participant.providerName).toBe('Anna Lee, MD');
  });
});

describe("the office a report's title states", () => {
  it("is every row's location when the file has no location column", async () => {
    const c = await collect(write('north.csv', ['Location: North Office', '', HEADER, SMITH_9]), {
      practiceName: 'Sunrise Family Medicine',
    });
    expect(c.appointments[0]!.location).toBe('North Office');
    const all = await collect(write('all-offices.csv', ['Location: All', '', HEADER, SMITH_9]), {
      practiceName: 'Sunrise Family Medicine',
    });
    expect(all.appointments[0]!.location).toBe('Sunrise Family Medicine');
  });
});

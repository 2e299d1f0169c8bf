// Titles before a patient's name are never its given name: `Fr Patrick Ryan` had gone as first
// name Fr, `Dr. med. Jens Vogel` as med., `Mevr. Anna de Vries` as Mevr. Expected names written by
// hand from each cell.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function exportOf(name: string, cells: string[]): string {
  const f = path.join(dir, name);
  fs.writeFileSync(
    f,
    [
      'Appt ID,Date,Time,Patient,DOB,Practitioner,Status',
      ...cells.map(
        (n, i) =>
          `${81000 + i},15/03/2027,${8 + Math.floor(i / 6)}:${(i % 6) * 10 || '00'},"${n}",12/05/1980,Dr Anna Lee,Booked`,
      ),
    ].join('\r\n'),
  );
  return f;
}

describe('titles before the patient name', () => {
  it('are left out, in English, Dutch, Scandinavian, German and Austrian forms', async () => {
    const cells: Array<[string, string, string]> = [
      ['Fr Patrick Ryan', 'Patrick', 'Ryan'],
      ['RYAN, Fr Patrick', 'Patrick', 'Ryan'],
      ['Br Michael Kelly', 'Michael', 'Kelly'],
      ['Cllr Tom Price', 'Tom', 'Price'],
      ['Canon Peter Lee', 'Peter', 'Lee'],
      ['Assoc Prof Helen Ng', 'Helen', 'Ng'],
      ['A/Prof Helen Ng', 'Helen', 'Ng'],
      ['Mister Tom Hill', 'Tom', 'Hill'],
      ['Mast Jack Hill', 'Jack', 'Hill'],
      ['Mevr. Anna de Vries', 'Anna', 'de Vries'],
      ['Dhr. Jan Bakker', 'Jan', 'Bakker'],
      ['Mw. Eva Jansen', 'Eva', 'Jansen'],
      ['Mej. Lotte Smit', 'Lotte', 'Smit'],
      ['Ir. Pieter Visser', 'Pieter', 'Visser'],
      ['Fru Karin Berg', 'Karin', 'Berg'],
      ['Dipl.-Ing. Klaus Meier', 'Klaus', 'Meier'],
      ['Mag. Anna Huber', 'Anna', 'Huber'],
      ['Ing. Karl Gruber', 'Karl', 'Gruber'],
      ['Dr. med. Jens Vogel', 'Jens', 'Vogel'],
      ['Dr. rer. nat. Eva Roth', 'Eva', 'Roth'],
      ['Univ.-Prof. Dr. Hans Weber', 'Hans', 'Weber'],
      ['Meier, Dipl.-Kfm. Peter', 'Peter', 'Meier'],
      // without their dot, Mag and Ing are given names
      ['Mag Brennan', 'Mag', 'Brennan'],
      ['Ing Larsen', 'Ing', 'Larsen'],
      // by themselves after the comma, these are given names
      ['Chan, Hon', 'Hon', 'Chan'],
      ['Maldonado, Pastor', 'Pastor', 'Maldonado'],
    ];
    const r = await collect(
      exportOf(
        'titles.csv',
        cells.map((c) => c[0]),
      ),
      { timeZone: 'Europe/Dublin' },
    );
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual(
      cells.map((c) => [c[1], c[2]]),
    );
  });

  it('a title where the given name would be is a row error, never the first name', async () => {
    const r = await collect(
      exportOf('title-as-given.csv', [
        'DUPONT Marie',
        'MARTIN Jean',
        'MÜLLER Dr. Eva',
        'Jens Vogel, Dr. med.',
      ]),
      { timeZone: 'Europe/Paris' },
    );
    // A title between the family name and the given name stands where a comma would (`MÜLLER,
    // Dr. Eva`): Eva Müller, where it had been refused as first name Dr.
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['Marie', 'Dupont'],
      ['Jean', 'Martin'],
      ['Eva', 'Müller'],
    ]);
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual([
      [5, 'Jens Vogel, Dr. med.', "the patient's given name is a title ('med.'), not a name"],
    ]);
  });
});

// Who counts as one person when two appointments meet at one start (same-person.ts).
import { samePerson } from '../../main/engine/job/same-person.ts';
import type { Patient } from '../../main/model/appointment.ts';

const patient = (patientId: string, lastName: string, firstName: string, dob: string): Patient => ({
  patientId,
  lastName,
  firstName,
  dob,
  email: '',
});

describe('samePerson', () => {
  it('the same patient id is one person, whatever the names say', () => {
    expect(
      samePerson(patient('22031', 'McCarthy', 'Ian', '1962-11-09'), patient('22031', 'Mc Carthy', 'Ian', '')),
    ).toBe(true);
  });

  it('another patient id with the same name and birth date is one person (a merge, a new id column)', () => {
    const a = patient('2232', 'Nguyen', 'Thi', '1988-11-12');
    expect(samePerson(a, patient('1987', 'NGUYEN', 'Thi ', '1988-11-12'))).toBe(true);
    expect(samePerson(a, patient('P-2e9f268f4abf', 'Nguyen', 'Thi', '1988-11-12'))).toBe(true);
    expect(samePerson(a, patient('1987', 'Nguyen', 'Thi', '1988-11-13'))).toBe(false);
    expect(samePerson(a, patient('1987', 'Nguyen', 'Thu', '1988-11-12'))).toBe(false);
  });

  it('without a birth date, the same name is one person only under a patient id made from it', () => {
    const father = patient('8801', 'Smith', 'John', '');
    expect(samePerson(father, patient('8802', 'Smith', 'John', ''))).toBe(false);
    expect(samePerson(father, patient('P-0123456789ab', 'Smith', 'John', ''))).toBe(true);
    expect(
      samePerson(
        patient('8801', 'Smith', 'John', '1961-03-02'),
        patient('P-0123456789ab', 'Smith', 'John', ''),
      ),
    ).toBe(true);
  });

  it("a given name that is the other one's first words is one person with one birth date (Mei / Mei Ling)", () => {
    // An earlier reading of `TAN Mei Ling` sent first name Mei; read whole now, the id made from the
    // name changes, and the same visit would land beside itself.
    const before = patient('P-0123456789ab', 'Tan', 'Mei', '1990-04-02');
    expect(samePerson(before, patient('P-ba9876543210', 'TAN', 'Mei Ling', '1990-04-02'))).toBe(true);
    expect(samePerson(before, patient('P-ba9876543210', 'Tan', 'Mei Ling', '1990-04-03'))).toBe(false);
    expect(samePerson(before, patient('P-ba9876543210', 'Tan', 'Mei Ling', ''))).toBe(false);
    expect(samePerson(before, patient('P-ba9876543210', 'Tan', 'Meiling', '1990-04-02'))).toBe(false);
    expect(samePerson(before, patient('P-ba9876543210', 'Tang', 'Mei Ling', '1990-04-02'))).toBe(false);
  });
});

describe('samePerson: a given name read better on a later reading', () => {
  // Red team (names and derived ids): `SMITH Jr John` once went as first name `Jr John`; read now
  // as John (the suffix left out), the id made from the name changed, and the visit would have
  // landed beside itself on the portal without a question.
  const before = patient('P-1c8f2dbb96a8', 'Smith', 'Jr John', '1981-04-02');
  it('FAULT: a word more before the given name is one person with one birth date (Jr John / John)', () => {
    expect(samePerson(before, patient('P-a7c20d63895f', 'SMITH', 'John', '1981-04-02'))).toBe(true);
    expect(
      samePerson(
        patient('P-0123456789ab', 'Lee', 'Ann', '1970-01-05'),
        patient('P-ba9876543210', 'Lee', 'Mary Ann', '1970-01-05'),
      ),
    ).toBe(true);
  });
  it('but only whole words, one birth date and one family name', () => {
    expect(samePerson(before, patient('P-a7c20d63895f', 'Smith', 'John', '1981-04-03'))).toBe(false);
    expect(samePerson(before, patient('P-a7c20d63895f', 'Smith', 'John', ''))).toBe(false);
    expect(samePerson(before, patient('P-a7c20d63895f', 'Smyth', 'John', '1981-04-02'))).toBe(false);
    expect(
      samePerson(
        patient('P-0123456789ab', 'Lee', 'Ann', '1970-01-05'),
        patient('P-ba9876543210', 'Lee', 'Joann', '1970-01-05'),
      ),
    ).toBe(false);
    expect(
      samePerson(
        patient('P-0123456789ab', 'Lee', 'Ann', '1970-01-05'),
        patient('P-ba9876543210', 'Lee', 'Anne Marie', '1970-01-05'),
      ),
    ).toBe(false);
  });
});

// The sense check on a person's chosen mapping: nonsense pairs are refused with the field, the
// column, an example value and what to do; sensible choices (including unusual but real ones)
// pass. Each table is small and the verdicts are worked out by hand from its headers and values.
import { describe, expect, it } from 'vitest';
import {
  describeSenseProblem,
  mappingSenseProblems,
  type MappingSample,
} from '../../../main/import/map/mapping-sense.ts';
import type { MappingProfile } from '../../../main/import/map/profile.ts';

const NOW = new Date('2026-12-02T12:00:00Z');

// A front desk's export: every column has a clear meaning and clear values.
const FRONT_DESK: MappingSample = {
  headers: [
    'Appt #',
    'Pt Acct',
    'Visit Date',
    'Start',
    'Patient Name',
    'Birth Date',
    'Doctor',
    'Appt Status',
    'Status Code',
    'Email',
    'Created On',
    'Chart No',
  ],
  rows: [
    [
      '7001',
      'A-2201',
      '12/18/2026',
      '9:00 AM',
      'Yamamoto, Hana',
      '02/14/1987',
      'Dr Aroha Ngata',
      'Scheduled',
      '1',
      'hana@example.org',
      '11/30/2026',
      '20260301',
    ],
    [
      '7002',
      'A-2202',
      '12/18/2026',
      '9:30 AM',
      'Souza, Rafael',
      '09/30/1972',
      'Dr Aroha Ngata',
      'Confirmed',
      '1',
      'rafa@example.org',
      '11/30/2026',
      '20260302',
    ],
    [
      '7003',
      'A-2203',
      '12/19/2026',
      '10:15 AM',
      'Okafor, Chidi',
      '11/03/1990',
      'Dr Lena Brandt',
      'Cancelled',
      '3',
      '',
      '12/01/2026',
      '20260303',
    ],
  ],
};

const sensible: MappingProfile['columns'] = {
  appointmentId: 'Appt #',
  patientId: 'Pt Acct',
  date: 'Visit Date',
  time: 'Start',
  patientName: 'Patient Name',
  dob: 'Birth Date',
  providerName: 'Doctor',
  status: 'Appt Status',
  email: 'Email',
};

function refusals(columns: MappingProfile['columns'], opts = {}) {
  return mappingSenseProblems(columns, FRONT_DESK, { now: NOW, ...opts }).map((p) => ({
    field: p.field,
    column: p.column,
    example: p.example,
  }));
}

describe('a mapping that makes no sense is refused', () => {
  it('a start read from the birth-date column (header: dates of birth)', () => {
    expect(refusals({ ...sensible, date: 'Birth Date', dob: undefined })).toEqual([
      { field: 'date', column: 'Birth Date', example: '02/14/1987' },
    ]);
    expect(refusals({ dateTime: 'Birth Date' })).toEqual([
      { field: 'dateTime', column: 'Birth Date', example: '02/14/1987' },
    ]);
  });

  it('an appointment date from a column of 1970s–80s dates whose header says nothing', () => {
    const table: MappingSample = {
      headers: ['Col A'],
      rows: [['02/14/1987'], ['09/30/1972'], ['11/03/1990']],
    };
    // Median year 1987 < 2026 − 10.
    expect(mappingSenseProblems({ date: 'Col A' }, table, { now: NOW }).map((p) => p.example)).toEqual([
      '02/14/1987',
    ]);
  });

  it('a date of birth from the appointment date, and a start from the entry date', () => {
    expect(refusals({ dob: 'Visit Date' })).toEqual([
      { field: 'dob', column: 'Visit Date', example: '12/18/2026' },
    ]);
    expect(refusals({ date: 'Created On' })).toEqual([
      { field: 'date', column: 'Created On', example: '11/30/2026' },
    ]);
  });

  it('a patient id or appointment id from a date column, a name column, or the account of another person', () => {
    expect(refusals({ patientId: 'Birth Date' })).toEqual([
      { field: 'patientId', column: 'Birth Date', example: '02/14/1987' },
    ]);
    expect(refusals({ patientId: 'Visit Date' })).toEqual([
      { field: 'patientId', column: 'Visit Date', example: '12/18/2026' },
    ]);
    expect(refusals({ patientId: 'Patient Name' })).toEqual([
      { field: 'patientId', column: 'Patient Name', example: 'Yamamoto, Hana' },
    ]);
    // Every appointment of one patient would share one id.
    expect(refusals({ appointmentId: 'Pt Acct' })).toEqual([
      { field: 'appointmentId', column: 'Pt Acct', example: 'A-2201' },
    ]);
    expect(refusals({ patientId: 'Doctor' })).toEqual([
      { field: 'patientId', column: 'Doctor', example: 'Dr Aroha Ngata' },
    ]);
  });

  it("the patient's name from the provider column, from dates or from numbers", () => {
    expect(refusals({ patientName: 'Doctor' })).toEqual([
      { field: 'patientName', column: 'Doctor', example: 'Dr Aroha Ngata' },
    ]);
    expect(refusals({ lastName: 'Birth Date', firstName: 'Appt #' })).toEqual([
      { field: 'firstName', column: 'Appt #', example: '7001' },
      { field: 'lastName', column: 'Birth Date', example: '02/14/1987' },
    ]);
    expect(refusals({ providerName: 'Patient Name' })).toEqual([
      { field: 'providerName', column: 'Patient Name', example: 'Yamamoto, Hana' },
    ]);
  });

  it('a status from a numeric-only column, or from dates; an e-mail from a column with none', () => {
    expect(refusals({ status: 'Status Code' })).toEqual([
      { field: 'status', column: 'Status Code', example: '1' },
    ]);
    expect(refusals({ status: 'Created On' })).toEqual([
      { field: 'status', column: 'Created On', example: '11/30/2026' },
    ]);
    expect(refusals({ email: 'Patient Name' })).toEqual([
      { field: 'email', column: 'Patient Name', example: 'Yamamoto, Hana' },
    ]);
  });

  it('a start time from a column without times', () => {
    expect(refusals({ time: 'Doctor' })).toEqual([
      { field: 'time', column: 'Doctor', example: 'Dr Aroha Ngata' },
    ]);
  });

  it('says the field, the column, an example and what to do', () => {
    const [p] = mappingSenseProblems({ date: 'Birth Date' }, FRONT_DESK, { now: NOW });
    expect(describeSenseProblem(p!)).toBe(
      "The appointment date cannot be read from column 'Birth Date' (e.g. '02/14/1987'): it holds dates of birth. " +
        'Choose the column with the appointment date, or leave it out.',
    );
  });
});

describe('sensible mappings pass', () => {
  it("the front desk's own columns", () => {
    expect(refusals(sensible)).toEqual([]);
  });

  it('unusual but real: 8-digit numeric chart numbers as the patient id, one date-time column, first/last names', () => {
    expect(refusals({ patientId: 'Chart No' })).toEqual([]);
    const table: MappingSample = {
      headers: ['Termin', 'Nachname', 'Vorname', 'Geb.-Datum', 'Behandler', 'Kennung'],
      rows: [
        ['18.12.2026 09:00', 'Keller', 'Anna', '05.06.1984', 'Dr. Brandt', '100234'],
        ['18.12.2026 09:30', 'Brandt', 'Jonas', '11.02.1979', 'Dr. Brandt', '100235'],
      ],
    };
    expect(
      mappingSenseProblems(
        {
          dateTime: 'Termin',
          lastName: 'Nachname',
          firstName: 'Vorname',
          dob: 'Geb.-Datum',
          providerName: 'Behandler',
          patientId: 'Kennung',
        },
        table,
        { now: NOW },
      ),
    ).toEqual([]);
  });

  it('a paediatric clinic: recent birth dates are still birth dates', () => {
    const table: MappingSample = { headers: ['DOB'], rows: [['03/02/2025'], ['11/20/2024']] };
    expect(mappingSenseProblems({ dob: 'DOB' }, table, { now: NOW })).toEqual([]);
  });

  // `14-Mar-78` read as an appointment's date is 2078; as a birth date it is 1978 (20YY only when
  // that is not still to come), which is what the column is judged by.
  it('birth dates with two-digit years are birth dates', () => {
    const table: MappingSample = {
      headers: ['DOB', 'Born'],
      rows: [
        ['03/14/78', '14-Mar-78'],
        ['11/02/65', '2-Nov-65'],
        ['05/23/90', '23-May-90'],
      ],
    };
    expect(mappingSenseProblems({ dob: 'DOB' }, table, { now: NOW })).toEqual([]);
    expect(mappingSenseProblems({ dob: 'Born' }, table, { now: NOW })).toEqual([]);
  });

  it('numeric status codes the profile explains are a status', () => {
    expect(refusals({ status: 'Status Code' }, { status: { new: ['1'], cancel: ['3'] } })).toEqual([]);
  });

  it('an empty column and a column of a joined table are not judged by their values', () => {
    const empty: MappingSample = {
      headers: ['Email', 'Status'],
      rows: [
        ['', ''],
        ['', ''],
      ],
    };
    expect(
      mappingSenseProblems({ email: 'Email', status: 'Status', patientId: 'patients.Chart' }, empty, {
        now: NOW,
      }),
    ).toEqual([]);
  });

  it('an end time beside a start time, and a cancellation date from the cancel column', () => {
    const table: MappingSample = {
      headers: ['Start Time', 'End Time', 'Cancel Date', 'Appt Date'],
      rows: [['09:00', '09:30', '', '12/18/2026']],
    };
    expect(
      mappingSenseProblems(
        { time: 'Start Time', end: 'End Time', cancelledAt: 'Cancel Date', date: 'Appt Date' },
        table,
        { now: NOW },
      ),
    ).toEqual([]);
  });
});

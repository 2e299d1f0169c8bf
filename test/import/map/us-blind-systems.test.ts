// What the blind corpus layouts 207 to 211 (US systems written from their help pages before the
// importer was read) found: a one-column name header that spells out its layout with a middle
// initial (`Patient (Last, First MI)`) had been read as a middle-name column, so the file had no
// patient name at all; TouchWorks PM's `Acknowledged` (its Arrived, per
// wiki.galenhealthcare.com/index.php/TWPM_Appointment_Status) had held the file. Expected fields
// and meanings worked out by hand.
import { describe, expect, it } from 'vitest';
import { best } from './best-field.ts';
import type { FieldName } from '../../../main/import/map/profile.ts';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';

const NOW = new Date('2027-03-01T00:00:00Z');

describe('a name header that names last, first and middle is one whole-name column', () => {
  it.each<[string, FieldName]>([
    ['Patient (Last, First MI)', 'patientName'],
    ['Patient Name (Last, First MI)', 'patientName'],
    ['Name (Last, First, Middle)', 'patientName'],
    ['Patient Name (Last, First)', 'patientName'],
    // a middle name or initial alone, or beside one other part, is still its own column
    ['Middle Initial', 'middleName'],
    ['Patient MI', 'middleName'],
    ['Middle Name', 'middleName'],
    ['First Name', 'firstName'],
    ['Last Name', 'lastName'],
  ])('%s → %s', (header, field) => {
    expect(best(header)).toBe(field);
  });

  it('TouchWorks PM: the quoted `Patient (Last, First MI)` column is the patient name, MRN the id', () => {
    const headers = [
      'Appt Date',
      'Appt Time',
      'Duration',
      'Patient (Last, First MI)',
      'MRN',
      'Acct #',
      'DOB',
      'Resource',
      'Appt Type',
      'Status',
    ];
    const rows = [
      [
        '03/17/2027',
        '08:00 AM',
        '15',
        'Gallagher, Sean P',
        'MR204511',
        'A30018',
        '02/11/1979',
        'Room 4',
        'Follow Up',
        'Confirmed',
      ],
      [
        '03/17/2027',
        '08:15 AM',
        '30',
        'Gallagher, Maeve',
        'MR204512',
        'A30018',
        '07/02/2011',
        'Room 4',
        'Well Child',
        'Acknowledged',
      ],
    ];
    const r = recognizeColumns(headers, rows, { now: NOW });
    const columns = Object.fromEntries(r.fields.map((f) => [f.field, f.column]));
    expect(columns.patientName).toBe('Patient (Last, First MI)');
    expect(columns.middleName).toBeUndefined();
    expect(columns.patientId).toBe('MRN');
  });
});

describe("TouchWorks PM's Acknowledged is the patient arrived: a live appointment", () => {
  const classify = statusClassifier(undefined);
  it.each(['Acknowledged', 'ACKNOWLEDGED', 'acknowledged'])('%s → NEW', (word) => {
    expect(classify(word)).toBe('NEW');
  });
  // Beside a cancel or a negation it is not the arrival: asked, never sent as booked.
  it.each(['Cancellation Acknowledged', 'Acknowledged - Cancelled', 'Not Acknowledged'])(
    '%s is not read as arrived',
    (word) => {
      expect(classify(word)).not.toBe('NEW');
    },
  );
});

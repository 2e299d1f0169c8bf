// One provider id, one provider: the portal knows a provider by the id alone, so an id column
// giving `LEE` to Anna Lee and to David Lee would send two doctors as one (one of them under the
// other's name). The same person written two ways under one id is one provider. Expected values
// worked out by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('provider-id-names');
const ny = { timeZone: 'America/New_York' };

const HEADERS = [
  'Appt ID',
  'Appt Date',
  'Appt Time',
  'MRN',
  'Patient Name',
  'DOB',
  'Provider ID',
  'Provider Name',
  'Status',
];
const schedule = (...providers: Array<[string, string]>): string[] => [
  HEADERS.join(','),
  ...providers.map(
    ([id, name], i) =>
      `${5001 + i},2027-03-01,${9 + i}:00,${4512 + i},"Patient${'ABC'[i]}, John",1970-01-0${i + 1},${id},"${name}",Scheduled`,
  ),
];

describe('a provider id given to providers of other names', () => {
  it('holds the file, naming the id, both names and their lines', async () => {
    const r = await collect(
      files.write(schedule(['LEE', 'Lee, Anna'], ['LEE', 'Lee, David'], ['NG', 'Ng, Ben'])),
      ny,
    );
    expect(r.summary.doubts).toHaveLength(1);
    const d = r.summary.doubts[0]!;
    expect(d).toMatchObject({
      check: 'provider-id-shared',
      field: 'providerId',
      column: 'Provider ID',
      samples: ['LEE'],
    });
    expect(d.message).toContain("'Lee, Anna' (line 2)");
    expect(d.message).toContain("'Lee, David' (line 3)");
  });

  it.each([
    ['Lee, Anna', 'Dr. Anna Lee'],
    ['Lee, Anna', 'LEE, ANNA MD'],
    ['Lee, Anna', 'Lee, A'],
    ['Lee, Anna', 'Anna Lee'],
  ])("'%s' and '%s' under one id are one provider: no question", async (a, b) => {
    const r = await collect(files.write(schedule(['LEE', a], ['LEE', b])), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((x) => x.participant.identifier)).toEqual(['LEE', 'LEE']);
  });

  it('one provider under two ids (a record per office) is not asked about', async () => {
    const r = await collect(files.write(schedule(['LEE', 'Lee, Anna'], ['LEE2', 'Lee, Anna'])), ny);
    expect(r.summary.doubts).toEqual([]);
  });

  it('once a person confirms the column, the file goes', async () => {
    const file = files.write(schedule(['LEE', 'Lee, Anna'], ['LEE', 'Lee, David']));
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        date: 'Appt Date',
        time: 'Appt Time',
        patientId: 'MRN',
        patientName: 'Patient Name',
        dob: 'DOB',
        providerId: 'Provider ID',
        providerName: 'Provider Name',
        status: 'Status',
      },
      HEADERS,
    );
    await answerOn(profile, file, ny);
    const r = await collect(file, { ...ny, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });
});

// Every shared sample is read (or refused) as test/fixtures/samples/README.md says.
import path from 'node:path';
import { sniffFileKind } from '../../../main/import/read/index.ts';
import { readAll, refusal, SAMPLES } from './read-helpers.ts';

const sample = (name: string) => path.join(SAMPLES, name);

describe('shared samples', () => {
  it('OpenEMR report: every field quoted, commas inside the provider cell', async () => {
    const { info, rows } = await readAll(sample('openemr_appointments_report.csv'));
    expect(info).toMatchObject({ format: 'delimited', delimiter: ',', encoding: 'utf-8', headerLine: 1 });
    expect(info.headers).toEqual(['Provider', 'Date', 'Time', 'Patient', 'DOB', 'Type', 'Status']);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[2]!.record).toMatchObject({
      Provider: 'Hargreaves,Elena M',
      Patient: 'Walter Kim',
      Status: 'x Canceled',
    });
    expect(rows.every((r) => r.problem === undefined)).toBe(true);
  });

  it('OpenEMR EHI tables: raw columns, empty cells kept', async () => {
    const events = await readAll(sample('openemr_postcalendar_events.csv'));
    expect(events.info.headers[0]).toBe('pc_eid');
    expect(events.rows).toHaveLength(3);
    expect(events.rows[1]!.record).toMatchObject({
      pc_eid: '502',
      pc_apptstatus: 'x',
      pc_hometext: 'Patient called to cancel',
    });
    const patients = await readAll(sample('openemr_patient_data.csv'));
    expect(patients.rows[1]!.record).toMatchObject({ pid: '13', email: '', city: 'Paradise' });
  });

  it('Open Dental: tab-delimited .txt with quotes stripped and three spaces inside AptDateTime', async () => {
    const { info, rows } = await readAll(sample('opendental_confirmations.txt'));
    expect(info.delimiter).toBe('\t');
    expect(info.headers).toHaveLength(14);
    expect(rows[0]!.record.AptDateTime).toBe('8:00 AM   12/15/2026');
    expect(rows[1]!.record).toMatchObject({ Preferred: 'Teo', Address2: 'Apt 4', Email: '' });
  });

  it('Cliniko: comma CSV with empty cancellation cells', async () => {
    const { rows } = await readAll(sample('cliniko_appointments.csv'));
    expect(rows.map((r) => r.record.cancelled_at)).toEqual(['', '2026-12-10T21:14:02Z']);
  });

  it('bad_dates.csv is readable: the dates are the mapper’s problem, not the reader’s', async () => {
    const { rows } = await readAll(sample('bad/bad_dates.csv'));
    expect(rows.map((r) => r.record.Date)).toEqual(['2026-13-45', '2026-12-15', '2026-12-15']);
  });

  it('refuses the empty file', async () => {
    const e = await refusal(sample('bad/empty.csv'));
    expect(e).toMatchObject({ file: 'empty.csv', line: 0 });
    expect(e.message).toMatch(/empty/);
  });

  it('refuses a header with no rows', async () => {
    const e = await refusal(sample('bad/header_only.csv'));
    expect(e.message).toMatch(/no appointment rows/);
    expect(e.hint).not.toBe('');
  });

  it('refuses random bytes as binary', async () => {
    const e = await refusal(sample('bad/random_bytes.csv'));
    expect(e.message).toMatch(/binary/);
    expect(await sniffFileKind(sample('bad/random_bytes.csv'))).toBe('binary');
  });

  it('refuses an unbalanced quote, naming the line where it opens', async () => {
    const e = await refusal(sample('bad/unbalanced_quote.csv'));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/quote/);
  });

  it('sniffs AppointmentData (with prefix or DTD) apart from other XML', async () => {
    expect(await sniffFileKind(sample('appointmentdata_two.xml'))).toBe('appointment-data-xml');
    expect(await sniffFileKind(sample('medfusion_doc_sample.xml'))).toBe('appointment-data-xml');
    expect(await sniffFileKind(sample('bad/xxe.xml'))).toBe('appointment-data-xml');
    expect(await sniffFileKind(sample('medfusion_doc_processing_response.xml'))).toBe('other-xml');
    expect(await sniffFileKind(sample('openemr_appointments_report.csv'))).toBe('delimited');
    expect(await sniffFileKind(sample('bad/empty.csv'))).toBe('empty');
  });

  it('refuses an XML file with a DTD through the safe parser', async () => {
    const e = await refusal(sample('bad/xxe.xml'));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/DOCTYPE/);
  });
});

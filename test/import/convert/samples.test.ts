import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportFileError } from '../../../main/import/read/index.ts';
import { formatRowError } from '../../../main/model/row-error.ts';
import { collect, expectValidXml, PRACTICE, SAMPLES, tempDir } from './support.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function fileError(file: string, opts = {}): Promise<ExportFileError> {
  try {
    await collect(file, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(ExportFileError);
    return e as ExportFileError;
  }
  throw new Error(`expected ${file} to be refused as a whole`);
}

describe('every sample converts with its preset and with auto', () => {
  it.each([
    ['openemr_appointments_report.csv', 'openemr-appointments-report', 5, { NEW: 4, CANCEL: 1 }],
    ['openemr_postcalendar_events.csv', 'openemr-ehi', 3, { NEW: 2, CANCEL: 1 }],
    ['opendental_confirmations.txt', 'opendental-confirmations', 2, { NEW: 2, CANCEL: 0 }],
    ['cliniko_appointments.csv', 'cliniko', 2, { NEW: 1, CANCEL: 1 }],
  ])('%s (preset %s)', async (name, preset, n, byStatus) => {
    const file = path.join(SAMPLES, name);
    const viaPreset = await collect(file, { profile: preset });
    const viaAuto = await collect(file);
    for (const r of [viaPreset, viaAuto]) {
      expect(r.errors.map(formatRowError)).toEqual([]);
      expect(r.appointments).toHaveLength(n);
      expect(r.summary).toMatchObject({
        rowsRead: n,
        appointments: n,
        byStatus: { ...byStatus, UPDATE: 0 },
        errors: 0,
      });
      expectValidXml(r.appointments);
    }
    expect(viaAuto.appointments).toEqual(viaPreset.appointments);
  });

  it('OpenEMR report: local times in the practice zone, provider `Last,First Middle`, symbol statuses, derived ids', async () => {
    const r = await collect(path.join(SAMPLES, 'openemr_appointments_report.csv'), {
      practiceName: 'Chico Family Care',
    });
    const [first, , kim] = r.appointments;
    expect(first).toMatchObject({
      practiceId: PRACTICE,
      status: 'NEW',
      type: 'Office Visit',
      description: 'Office Visit',
      location: 'Chico Family Care',
      patient: { firstName: 'Oscar', lastName: 'Delgado', dob: '1979-06-02', email: 'no-email@invalid' },
      participant: { type: 'PROVIDER', identifier: 'hargreaves-elena-m', providerName: 'Elena M Hargreaves' },
    });
    expect(first!.start.toISOString()).toBe('2026-12-14T16:00:00.000Z'); // 08:00 PST
    expect(first!.appointmentId).toMatch(/^A-[0-9a-f]{16}$/);
    expect(first!.patient.patientId).toMatch(/^P-[0-9a-f]{12}$/);
    expect(kim).toMatchObject({ status: 'CANCEL', patient: { lastName: 'Kim' } });
    // The same file read again gives the same keys.
    const again = await collect(path.join(SAMPLES, 'openemr_appointments_report.csv'));
    expect(again.appointments.map((a) => a.appointmentId)).toEqual(
      r.appointments.map((a) => a.appointmentId),
    );
  });

  it('Open Dental: `9:00 AM   1/15/2025` date-times, missing e-mail gets the documented default', async () => {
    const r = await collect(path.join(SAMPLES, 'opendental_confirmations.txt'));
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2026-12-15T16:00:00.000Z',
      '2026-12-15T23:30:00.000Z',
    ]);
    expect(r.appointments[0]!.patient).toMatchObject({
      patientId: '3101',
      dob: '1966-02-03',
      email: 'nora.f@example.org',
      address: { address1: '77 Vallombrosa Ave', address2: '', city: 'Chico', state: 'CA', zipCode: '95926' },
    });
    expect(r.appointments[1]!.patient.email).toBe('no-email@invalid');
  });

  it('Cliniko: UTC `Z` timestamps stay UTC whatever the practice zone; cancelled_at means CANCEL', async () => {
    for (const timeZone of ['America/Los_Angeles', 'Asia/Tokyo']) {
      const r = await collect(path.join(SAMPLES, 'cliniko_appointments.csv'), { timeZone });
      expect(r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString()])).toEqual([
        ['88001', 'NEW', '2026-12-18T16:00:00.000Z'],
        ['88002', 'CANCEL', '2026-12-18T17:00:00.000Z'],
      ]);
    }
  });

  it('AppointmentData documents pass through after validation', async () => {
    const r = await collect(path.join(SAMPLES, 'appointmentdata_two.xml'));
    expect(r.appointments.map((a) => [a.appointmentId, a.status])).toEqual([
      ['A-7001', 'NEW'],
      ['A-7002', 'CANCEL'],
    ]);
    expectValidXml(r.appointments);
  });

  it('a pass-through document for another practice is refused appointment by appointment (never sent to the wrong practice)', async () => {
    const r = await collect(path.join(SAMPLES, 'medfusion_doc_sample.xml'));
    expect(r.appointments).toEqual([]);
    expect(r.errors[0]!.message).toContain('is for practice e60b6468-e585-4a1c-b0d3-e24d0ec76b3a');
    const ok = await collect(path.join(SAMPLES, 'medfusion_doc_sample.xml'), {
      practiceId: 'e60b6468-e585-4a1c-b0d3-e24d0ec76b3a',
    });
    expect(ok.appointments).toHaveLength(1);
  });
});

describe('OpenEMR EHI: events joined to patient_data on pc_pid = pid', () => {
  it('finds openemr_patient_data.csv next to the events file and joins names, DOB and e-mail', async () => {
    const r = await collect(path.join(SAMPLES, 'openemr_postcalendar_events.csv'), {
      profile: 'openemr-ehi',
    });
    expect(
      r.appointments.map((a) => [
        a.appointmentId,
        a.patient.patientId,
        a.patient.firstName,
        a.patient.lastName,
        a.patient.dob,
        a.status,
      ]),
    ).toEqual([
      ['501', '12', 'Amara', 'Okonkwo', '1983-05-09', 'NEW'],
      ['502', '13', 'Luca', 'Bianchi', '1959-12-01', 'CANCEL'],
      ['503', '14', 'Sun-Hee', 'Park', '2001-07-15', 'NEW'],
    ]);
    // pc_hometext is the front desk's comment: never sent; the description is the title (pc_title).
    expect(r.appointments[1]).toMatchObject({
      description: 'New Patient',
      participant: { identifier: '7', providerName: 'Provider 7' },
    });
    expect(r.appointments[0]!.patient.address).toMatchObject({
      address1: '12 Walnut St',
      city: 'Chico',
      zipCode: '95926',
    });
  });

  // OpenEMR's MedEx upgrade installs these apptstat options (`SMS Confirmed`, `AVM Confirmed`,
  // `EMAIL Confimed`, `Callback requested`); the events table holds their codes. The Appointments
  // report preset already reads their titles as booked; held as unknown words before.
  it('reads the MedEx confirmation codes as booked', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const events = path.join(dir, 'openemr_postcalendar_events.csv');
    fs.copyFileSync(path.join(SAMPLES, 'openemr_postcalendar_events.csv'), events);
    fs.copyFileSync(
      path.join(SAMPLES, 'openemr_patient_data.csv'),
      path.join(dir, 'openemr_patient_data.csv'),
    );
    const text = fs.readFileSync(events, 'utf8').trimEnd().split('\n');
    const row = text[1]!.split(',');
    const status = text[0]!.split(',').indexOf('pc_apptstatus');
    const time = text[0]!.split(',').indexOf('pc_startTime');
    const end = text[0]!.split(',').indexOf('pc_endTime');
    const moreRows = ['SMS', 'AVM', 'EMAIL', 'CALL'].map((code, i) => {
      const r = [...row];
      r[0] = String(601 + i);
      r[status] = code;
      // The end moves with the start (an end before its start is a row error).
      r[time] = `${13 + i}:00:00`;
      r[end] = `${13 + i}:15:00`;
      return r.join(',');
    });
    fs.writeFileSync(events, [...text, ...moreRows].join('\n') + '\n');
    const r = await collect(events, { profile: 'openemr-ehi' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.filter((a) => Number(a.appointmentId) > 600).map((a) => a.status)).toEqual([
      'NEW',
      'NEW',
      'NEW',
      'NEW',
    ]);
  });

  it('takes the patient table from joinFiles when it is elsewhere, and reports a patient it lacks', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const events = path.join(dir, 'events.csv');
    fs.copyFileSync(path.join(SAMPLES, 'openemr_postcalendar_events.csv'), events);
    fs.appendFileSync(events, '504,5,7,99,Office Visit,2026-12-18,2026-12-18,11:00:00,11:15:00,900,-,3,\n');
    const r = await collect(events, {
      profile: 'openemr-ehi',
      joinFiles: { patient_data: path.join(SAMPLES, 'openemr_patient_data.csv') },
    });
    expect(r.appointments).toHaveLength(3);
    expect(r.errors).toHaveLength(1);
    expect(formatRowError(r.errors[0]!)).toContain(
      "events.csv, line 5, column 'pc_pid': patient 99 is not in openemr_patient_data.csv",
    );
  });

  it('says which table is missing when it is not there', async () => {
    const dir = tempDir();
    dirs.push(dir);
    fs.copyFileSync(
      path.join(SAMPLES, 'openemr_postcalendar_events.csv'),
      path.join(dir, 'openemr_postcalendar_events.csv'),
    );
    const e = await fileError(path.join(dir, 'openemr_postcalendar_events.csv'), { profile: 'openemr-ehi' });
    expect(e.message).toContain(
      'needs its patient_data table (openemr_patient_data.csv or patient_data*.csv',
    );
  });
});

describe('bad inputs', () => {
  it('bad_dates.csv: the good row converts, each impossible date/time is a row error naming line, column and value', async () => {
    const r = await collect(path.join(SAMPLES, 'bad/bad_dates.csv'));
    expect(r.appointments).toHaveLength(1);
    expect(r.appointments[0]!.patient.lastName).toBe('Solberg');
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [2, 'Date', '2026-13-45'],
      [3, 'Time', '25:61:00'],
    ]);
    expect(formatRowError(r.errors[0]!)).toBe(
      "bad_dates.csv, line 2, column 'Date': not a date: there is no month 13 (value '2026-13-45'). Correct the date in the scheduling software and export again",
    );
    expect(r.summary).toMatchObject({ rowsRead: 3, appointments: 1, errors: 2 });
    expectValidXml(r.appointments);
  });

  it.each([
    ['empty.csv', 'the file is empty'],
    ['header_only.csv', 'no appointment rows'],
    ['random_bytes.csv', 'binary'],
    ['unbalanced_quote.csv', 'quote'],
    ['xxe.xml', 'DOCTYPE'],
  ])('%s is refused as a whole with a plain reason (%s)', async (name, words) => {
    const e = await fileError(path.join(SAMPLES, 'bad', name));
    expect(e.error.file).toBe(name);
    expect(e.message).toContain(words);
  });

  it('an XML file that holds no appointments (a Medfusion response) is refused as not a scheduling export', async () => {
    const e = await fileError(path.join(SAMPLES, 'medfusion_doc_processing_response.xml'));
    expect(e.message).toContain('Check that this is the scheduling export');
  });

  it('the OpenEMR patient table on its own is not an appointments export', async () => {
    const e = await fileError(path.join(SAMPLES, 'openemr_patient_data.csv'));
    expect(e.message).toContain('cannot find appointment date');
    expect(e.message).toContain('(pid, fname, mname, lname, DOB, email, street, city, state, postal_code)');
  });

  it('an ambiguous date under the wrong order setting points at the setting', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'dmy.csv');
    fs.writeFileSync(
      f,
      'Date,Time,Patient,DOB\n03/04/2026,09:00,Ann Lee,05/06/1970\n13/04/2026,09:00,Bo Chan,05/06/1971\n',
    );
    // Data settles DMY (13/04): both convert.
    expect((await collect(f)).appointments).toHaveLength(2);
    // Forced month-first: the 13/04 row is explained.
    const pf = path.join(dir, 'mdy.json');
    fs.writeFileSync(
      pf,
      JSON.stringify({
        name: 'mdy',
        columns: { date: 'Date', time: 'Time', patientName: 'Patient', dob: 'DOB' },
        dateOrder: 'MDY',
      }),
    );
    const r = await collect(f, { profile: pf });
    expect(r.appointments).toHaveLength(1);
    expect(formatRowError(r.errors[0]!)).toBe(
      "dmy.csv, line 3, column 'Date': not a date: there is no month 13 (value '13/04/2026'). Check the date format setting (now MM/DD/YYYY)",
    );
  });

  // New York 2026: the clocks jump from 2:00 to 3:00 on 8 March and go back from 2:00 to 1:00 on
  // 1 November. 02:30 on the first night never happens, 01:30 on the second happens twice (05:30Z
  // and 06:30Z): neither is sent as a guess. 09:00 on the second day is EST, 14:00Z.
  it('DST: a wall-clock time in the spring gap or the autumn overlap is a row error, never shifted or picked', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'dst.csv');
    fs.writeFileSync(
      f,
      'Date,Time,Patient,DOB\n2026-03-08,02:30,Ann Lee,1970-01-01\n2026-11-01,01:30,Bo Chan,1971-01-01\n2026-11-01,09:00,Cy Dow,1972-01-01\n',
    );
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(['2026-11-01T14:00:00.000Z']);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [2, 'Time', '02:30'],
      [3, 'Time', '01:30'],
    ]);
    expect(formatRowError(r.errors[0]!)).toContain('does not exist in America/New_York');
    expect(formatRowError(r.errors[1]!)).toContain('happens twice in America/New_York');
  });
  // New York, 7 November 2027: 01:30 EDT (-04:00) is 05:30Z, 01:30 EST (-05:00) an hour later,
  // 06:30Z. A zone of one offset after the time says which of the two is meant; `ET` does not.
  it('DST: a zone written after a repeated time picks its instant; a generic one is a row error', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'dst-named.csv');
    fs.writeFileSync(
      f,
      'Date,Time,Patient,DOB\n2027-11-07,01:30 EDT,Ann Lee,1970-01-01\n2027-11-07,01:30 EST,Bo Chan,1971-01-01\n2027-11-07,01:45 ET,Cy Dow,1972-01-01\n2027-11-07,14:00 EST,Di Fox,1973-01-01\n',
    );
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-11-07T05:30:00.000Z',
      '2027-11-07T06:30:00.000Z',
      '2027-11-07T19:00:00.000Z',
    ]);
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([[4, '01:45 ET']]);
    expect(formatRowError(r.errors[0]!)).toContain(
      '2027-11-07T01:45:00-04:00 for the first, 2027-11-07T01:45:00-05:00 for the second',
    );
  });

  // Sydney 2027: summer time ends on 4 April, the clocks going back from 3:00 to 2:00, so 02:30
  // happens twice; 09:00 that day is AEST (+10), 23:00Z the day before.
  it('DST: a start date-time in one column in the overlap is a row error too', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'dst-sydney.csv');
    fs.writeFileSync(
      f,
      'Start,Patient,DOB\n2027-04-04 02:30,Ann Lee,1970-01-01\n2027-04-04 09:00,Bo Chan,1971-01-01\n',
    );
    const r = await collect(f, { timeZone: 'Australia/Sydney' });
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(['2027-04-03T23:00:00.000Z']);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([[2, 'Start', '2027-04-04 02:30']]);
  });
});

describe('rows that are not appointments', () => {
  it('open slots and blocked time (no patient) are skipped and counted, not errors', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'with_slots.csv');
    fs.writeFileSync(
      f,
      [
        '"Provider","Date","Time","Patient","DOB","Type","Status"',
        '"Bosch,Karl","2026-12-14","08:00:00","","","",""',
        '"Bosch,Karl","2026-12-14","08:15:00","Fatima Al-Sayed","2012-08-08","Office Visit","@ Arrived"',
        '"Bosch,Karl","2026-12-14","08:30:00","","","Lunch",""',
      ].join('\n') + '\n',
    );
    const r = await collect(f);
    expect(r.summary).toMatchObject({ rowsRead: 3, appointments: 1, skipped: 2, errors: 0 });
    expect(r.skipped).toEqual([
      { line: 2, reason: 'no patient (open slot or blocked time)' },
      { line: 4, reason: 'no patient (open slot or blocked time)' },
    ]);
  });

  it('statuses the profile marks skip are skipped; unknown statuses follow the profile (new / skip / error)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'od.csv');
    fs.writeFileSync(
      f,
      'Date,Time,Patient,DOB,Status\n2026-12-01,09:00,Ann Lee,1970-01-01,Planned\n2026-12-01,10:00,Bo Chan,1971-01-01,Broken\n2026-12-01,11:00,Cy Dunn,1972-01-01,Wibble\n',
    );
    const columns = { date: 'Date', time: 'Time', patientName: 'Patient', dob: 'DOB', status: 'Status' };
    const profile = (unknown: string) => {
      const p = path.join(dir, `p-${unknown}.json`);
      fs.writeFileSync(p, JSON.stringify({ name: unknown, columns, status: { unknown } }));
      return p;
    };
    const asNew = await collect(f, { profile: profile('new') });
    expect(asNew.items.map((i) => (i.kind === 'appointment' ? i.appointment.status : i.kind))).toEqual([
      'skipped',
      'CANCEL',
      'NEW',
    ]);
    const asSkip = await collect(f, { profile: profile('skip') });
    expect(asSkip.skipped.map((s) => s.reason)).toEqual(["status 'Planned'", "status 'Wibble'"]);
    const asError = await collect(f, { profile: profile('error') });
    expect(asError.errors[0]).toMatchObject({ line: 4, column: 'Status', value: 'Wibble' });
  });
});

describe('the generic preset', () => {
  it('reads a plain layout with conventional names, minutes durations and a cancelled flag', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'plain.csv');
    fs.writeFileSync(
      f,
      'appointment_id,patient_id,first_name,last_name,dob,date,time,duration,provider_id,provider_name,type,location,email,cancelled\n' +
        'G1,77,Ann,Lee,1970-01-31,2026-12-01,09:00,30,DR1,Dr Ann Other,Checkup,Main,ann@example.org,false\n' +
        'G2,78,Bo,Chan,1971-02-28,2026-12-01,10:00,15,DR1,Dr Ann Other,Checkup,Main,,true\n' +
        'G3,79,Cy,Dunn,2031-02-28,2026-12-01,11:00,15,DR1,Dr Ann Other,Checkup,Main,,false\n',
    );
    const r = await collect(f, { profile: 'generic', timeZone: 'UTC' });
    expect(
      r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.participant.identifier]),
    ).toEqual([
      ['G1', 'NEW', '2026-12-01T09:00:00.000Z', 'DR1'],
      ['G2', 'CANCEL', '2026-12-01T10:00:00.000Z', 'DR1'],
    ]);
    expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [4, 'dob', 'the date of birth is in the future'],
    ]);
  });
});

describe('profiles given by the user', () => {
  it('a profile JSON with a mistake is refused naming the file, the JSON path and the fix', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const p = path.join(dir, 'broken.json');
    fs.writeFileSync(
      p,
      JSON.stringify({ name: 'b', columns: { patient: 'Patient', date: 'Date' }, dateOrder: 'dd/mm' }),
    );
    const e = await fileError(path.join(SAMPLES, 'openemr_appointments_report.csv'), { profile: p });
    expect(e.message).toContain(`${p}: the mapping profile cannot be used`);
    expect(e.message).toContain("at columns: 'patient' is not a setting here");
    expect(e.message).toContain("at dateOrder: must be one of 'auto', 'MDY', 'DMY'");
  });

  it('a profile naming columns the file lacks says which ones', async () => {
    const e = await fileError(path.join(SAMPLES, 'opendental_confirmations.txt'), {
      profile: 'openemr-appointments-report',
    });
    expect(e.message).toContain("'Date' (appointment date)");
    expect(e.message).toContain("using profile 'openemr-appointments-report'");
  });

  it('an unknown profile name lists the presets', async () => {
    const e = await fileError(path.join(SAMPLES, 'cliniko_appointments.csv'), { profile: 'nope' });
    expect(e.message).toContain("no preset or profile named 'nope'");
    expect(e.message).toContain('openemr-ehi');
  });

  it('defaults in a profile fill required fields the export lacks', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const p = path.join(dir, 'od.json');
    fs.writeFileSync(
      p,
      JSON.stringify({
        name: 'od-with-defaults',
        columns: {
          firstName: 'FName',
          lastName: 'LName',
          dob: 'Birthdate',
          dateTime: 'AptDateTime',
          patientId: 'PatNum',
          email: 'Email',
        },
        defaults: {
          type: 'Dental visit',
          location: 'Chico Dental',
          providerId: 'DDS1',
          providerName: 'Dr Ada Byrne',
          email: 'frontdesk@example.org',
          appointmentAddress: { address1: '1 Main St', city: 'Chico', state: 'CA', zipCode: '95926' },
        },
      }),
    );
    const r = await collect(path.join(SAMPLES, 'opendental_confirmations.txt'), { profile: p });
    expect(r.appointments[1]).toMatchObject({
      type: 'Dental visit',
      description: 'Dental visit',
      location: 'Chico Dental',
      participant: { identifier: 'DDS1', providerName: 'Dr Ada Byrne' },
      // The export has an Email column and this patient has none: the documented placeholder,
      // never the front desk's address (mail for the patient would go to the practice).
      patient: { email: 'no-email@invalid' },
      appointmentAddress: { address1: '1 Main St', address2: '' },
    });
    expectValidXml(r.appointments);
  });
});

// `detect FILE --save` writes appt-connector.profile.json next to the export, in the inbox, and
// says 'auto' uses it from then on. The engine reads each export from the inbox's processing/
// folder: it must still find the profile in the inbox (it had read every export by recognition
// alone, ignoring the person's mapping). Real engine, real importer, real sandbox on loopback.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, dropExport, type Harness, nextJob } from './support/engine-harness.ts';
import { portalAppointments } from './support/sandbox-log.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Reason,Status';

test("a profile saved in the inbox is the mapping of 'auto' for the files the engine reads", async () => {
  h = await createHarness({ over: [{ timeZone: 'America/Chicago' }] });
  await h.start();
  // The person's mapping: the visit type is the Reason column (recognition reads it as the reason).
  const columns = {
    appointmentId: 'Appt ID',
    patientId: 'Patient ID',
    firstName: 'First Name',
    lastName: 'Last Name',
    dob: 'DOB',
    date: 'Date',
    time: 'Time',
    providerName: 'Provider',
    type: 'Reason',
    status: 'Status',
  };
  fs.writeFileSync(
    path.join(h.inbox(), 'appt-connector.profile.json'),
    JSON.stringify({
      name: 'saved',
      columns,
      confirmed: { headers: HEADER.split(','), at: '2027-01-01T00:00:00Z' },
    }),
  );
  const text = `${HEADER}\r\nA-1,P-1,Ann,Lee,1980-02-03,2027-03-01,09:00,Dr Jane Smith,Annual physical,Confirmed\r\n`;
  const job = await nextJob(h, () => dropExport(h.inbox(), 'day.csv', text));
  expect(job.state, job.reason).toBe('processed');
  const [sent] = portalAppointments(path.join(h.root, 'sandbox'), h.settings.practices[0]!.practiceId);
  expect(sent!.type).toBe('Annual physical');
});

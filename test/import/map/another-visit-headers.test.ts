// A header naming another visit than the row's own (the patient's last or next visit, the booking a
// moved visit came from, one linked to it) or a number the record had before: never the visit's
// status, provider, location, appointment id or patient id by its header (header-meaning.ts,
// ANOTHER_OF_ITS_KIND), and a status header with a word that is not the visit's is the status of
// that other thing (VISIT_STATUS). Expected values decided by hand from the header words.
import { describe, expect, it } from 'vitest';
import {
  headerConcepts,
  headerScore,
  namesAnotherThings,
  namesOtherThing,
  otherRoleWords,
} from '../../../main/import/map/header-meaning.ts';

const score = (field: Parameters<typeof headerScore>[0], header: string): number =>
  headerScore(field, headerConcepts(header));

describe("a status header with a word that is not the visit's names another thing's status", () => {
  it.each([
    'Last Appt Status',
    'Prev Appt Status',
    'Next Appt Status',
    'Prior Visit Status',
    'Previous Status',
    'Old Status',
    'Original Status',
    'Last Status',
    'Tx Plan Status',
    'Program Status',
    'Coverage Status',
    'Subscription Status',
    'Survey Status',
    'Waitlist Status',
  ])("'%s' is not the visit's status", (header) => {
    expect(score('status', header) === 0 || namesAnotherThings('status', header)).toBe(true);
  });

  it.each([
    'Status',
    'Appt Status',
    'Appointment Status',
    'Visit Status',
    'Booking Status',
    'Event Status',
    'Schedule Status',
    'Check-In Status',
    'Exam Status',
    'Study Status',
    'Case Status',
    'Flow Status',
    'Current Status',
    'New Status',
    'Status Code',
    'Appt Status Text',
    'APPT_STATUS_NAME',
    'Patient Appointment Status',
    'Appointment/Status',
    // other languages' appointment and session words, and whether the patient came
    'Estado sesión',
    'Statut séance',
    'Status Sitzung',
    'Situação do agendamento',
    'Stav objednávky',
    'Varauksen tila',
    'Timestatus',
    'Attendance Status',
    'DNA Status',
    'Visit Outcome Status',
  ])("'%s' stays the visit's status", (header) => {
    expect(score('status', header)).toBeGreaterThan(0);
    expect(namesAnotherThings('status', header)).toBe(false);
  });

  it.each(['OriginalAppointment/Status', 'LastVisit/Status', 'Prior Visit Status'])(
    "'%s' names another thing, so its status words are no status by their values either",
    (header) => {
      expect(namesOtherThing(headerConcepts(header))).toBe(true);
    },
  );
});

describe("'Last' beside a provider word is the last visit's, unless a name word is there", () => {
  it.each([
    ['Last Seen By', ['last']],
    ['Last Provider', ['last']],
    ['Last Doctor', ['last']],
    ['Last Visit Provider', ['last']],
    ['Provider (Last Visit)', ['last']],
    ['NextAppointment/Provider', ['next']],
    ['LastVisit/Provider', ['last']],
    ['OriginalAppointment/ProviderName', ['original']],
  ])("'%s' has the role words %j", (header, words) => {
    expect(otherRoleWords(header)).toEqual(words);
  });

  it.each([
    'Provider Last Name',
    'Provider First Name',
    'Appointment/Provider/LastName',
    'Seen By',
    'Provider',
  ])("'%s' has none", (header) => {
    expect(otherRoleWords(header)).toEqual([]);
  });
});

describe("another visit's id, or the number a record had before, is no id of this one", () => {
  it.each(['Next Appt ID', 'Last Appt ID', 'Original Appt ID', 'Linked Appt #', 'PreviousAppointment/ID'])(
    "'%s' is never the appointment id",
    (header) => {
      expect(score('appointmentId', header)).toBe(0);
    },
  );

  it.each(['Previous MRN', 'Old Chart #', 'Prior Patient ID', 'Former MRN'])(
    "'%s' is never the patient id by its header",
    (header) => {
      expect(score('patientId', header)).toBe(0);
    },
  );

  it.each([
    ['Appt ID', 'appointmentId'],
    ['Appointment ID', 'appointmentId'],
    ['Patient ID', 'patientId'],
    ['MRN', 'patientId'],
    ['Chart #', 'patientId'],
  ] as const)("'%s' still is", (header, field) => {
    expect(score(field, header)).toBeGreaterThan(0);
  });

  it.each(['Last Location', 'Previous Location', 'LastVisit/Location', 'NextAppointment/Location'])(
    "'%s' is never the location",
    (header) => {
      expect(score('location', header) === 0 || namesAnotherThings('location', header)).toBe(true);
    },
  );
});

describe("the visit's end is no moment of another kind", () => {
  it.each(['DateTimeAskedToArrive', 'Time To Arrive', 'Asked To Arrive'])(
    "'%s' is never the end",
    (header) => {
      expect(score('end', header)).toBe(0);
    },
  );

  it.each(['End', 'End Time', 'Appt End', 'AptDateTimeEnd', 'Time To', 'Hasta'])(
    "'%s' still is",
    (header) => {
      expect(score('end', header)).toBeGreaterThan(0);
    },
  );
});

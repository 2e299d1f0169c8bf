// Reads an AppointmentData v1 document back into our model: for AppointmentData files dropped
// in the watched folder (pass-through) and for the local sandbox's processing.
//
// Validate the document first (validate-appointment-data.ts); this reader assumes the layout
// and throws a plain Error naming the appointment if a required element is nevertheless absent.
//
// Time zones: a Time/DueBy with a zone (`Z`, `-08:00`) is exact. A zone-less one (Medfusion's
// own page sample sends `2016-12-23T00:00:00`) is read as wall-clock time in `opts.timeZone`,
// default 'UTC' — pass the practice's zone when the exporting system writes local times.

import type {
  Appointment,
  AppointmentStatus,
  InsuranceInfo,
  PostalAddress,
  SenderInfo,
} from '../model/appointment.ts';
import { wallTimeToDate } from './local-time.ts';
import { attrOf, childElements, firstChild, textOf, withXmlDocument } from './safe-xml.ts';
import type { XmlElement } from './safe-xml.ts';

export interface ReadOptions {
  /** IANA zone for date-times written without a zone; default 'UTC'. */
  timeZone?: string;
  /** Shown in error messages. */
  fileName?: string;
}

const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** An xs:dateTime as an instant; zone-less values are read in `timeZone`. */
export function parseXsDateTime(text: string, timeZone = 'UTC'): Date {
  const m = DATE_TIME.exec(text.trim());
  if (!m) throw new Error(`'${text}' is not an xs:dateTime (YYYY-MM-DDThh:mm:ss[.fff][zone])`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = frac ? Math.round(Number(`0${frac}`) * 1000) : 0;
  const fields = { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: +s!, ms };
  if (!zone) return wallTimeToDate(fields, timeZone);
  const utc = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    ms,
  );
  if (zone === 'Z') return new Date(utc);
  const sign = zone.startsWith('-') ? -1 : 1;
  return new Date(utc - sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000);
}

function need(el: XmlElement, name: string, where: string): string {
  const v = textOf(el, name);
  if (v === undefined)
    throw new Error(`${where}: element '${name}' is missing; validate the document first.`);
  return v;
}

function optional(el: XmlElement, name: string): string | undefined {
  const v = textOf(el, name);
  return v === undefined || v === '' ? undefined : v;
}

function readAddress(el: XmlElement | undefined, where: string): PostalAddress | undefined {
  if (!el) return undefined;
  return {
    address1: need(el, 'Address1', where),
    address2: textOf(el, 'Address2') ?? '',
    city: need(el, 'City', where),
    state: need(el, 'State', where),
    zipCode: need(el, 'ZipCode', where),
  };
}

function readInsurance(patient: XmlElement): InsuranceInfo[] | undefined {
  const ins = firstChild(patient, 'Insurance');
  if (!ins) return undefined;
  return childElements(ins, 'InsuranceInfo').map((info) => {
    const out: InsuranceInfo = {};
    const status = textOf(info, 'Status');
    const groupNumber = textOf(info, 'GroupNumber');
    const memberId = textOf(info, 'MemberId');
    if (status !== undefined) out.status = status;
    if (groupNumber !== undefined) out.groupNumber = groupNumber;
    if (memberId !== undefined) out.memberId = memberId;
    return out;
  });
}

function readAppointment(a: XmlElement, index: number, tz: string, file: string): Appointment {
  const id = textOf(a, 'AppointmentId') ?? '';
  const where = `${file}: appointment ${id || `#${index + 1}`}`;
  const practice = firstChild(a, 'PracticeIdentifier');
  const patientEl = firstChild(a, 'Patient');
  const participantEl = firstChild(a, 'Participant');
  if (!practice || !patientEl || !participantEl) {
    throw new Error(
      `${where}: PracticeIdentifier, Patient or Participant is missing; validate the document first.`,
    );
  }
  const patient: Appointment['patient'] = {
    patientId: need(patientEl, 'PatientId', where),
    firstName: need(patientEl, 'FirstName', where),
    lastName: need(patientEl, 'LastName', where),
    dob: need(patientEl, 'DOB', where).slice(0, 10), // the calendar date of an xs:dateTime
    email: need(patientEl, 'Email', where),
  };
  const address = readAddress(firstChild(patientEl, 'Address'), where);
  if (address) patient.address = address;
  const insurance = readInsurance(patientEl);
  if (insurance) patient.insurance = insurance;

  const out: Appointment = {
    practiceId: need(practice, 'IntegrationPracticeId', where),
    appointmentId: need(a, 'AppointmentId', where),
    status: need(a, 'Status', where) as AppointmentStatus,
    type: need(a, 'Type', where),
    description: need(a, 'Description', where),
    start: parseXsDateTime(need(a, 'Time', where), tz),
    location: need(a, 'Location', where),
    patient,
    participant: {
      type: 'PROVIDER',
      identifier: need(participantEl, 'Identifier', where),
      providerName: need(participantEl, 'ProviderName', where),
    },
  };
  const reason = optional(a, 'Reason');
  if (reason !== undefined) out.reason = reason;
  const apptAddress = readAddress(firstChild(a, 'AppointmentAddress'), where);
  if (apptAddress) out.appointmentAddress = apptAddress;
  const copay = firstChild(a, 'Copayment');
  if (copay) out.copayment = { amount: need(copay, 'Amount', where) };
  const balance = firstChild(a, 'Balance');
  if (balance) {
    out.balance = {
      dueBy: parseXsDateTime(need(balance, 'DueBy', where), tz),
      amount: need(balance, 'Amount', where),
    };
  }
  return out;
}

export interface AppointmentDataDocument {
  sender: SenderInfo;
  appointments: Appointment[];
}

/** Sender header and appointments of an AppointmentData document (see module note on zones). */
export function readAppointmentDataDocument(xml: string, opts: ReadOptions = {}): AppointmentDataDocument {
  const tz = opts.timeZone ?? 'UTC';
  const file = opts.fileName ?? 'AppointmentData';
  return withXmlDocument(
    xml,
    (_doc, root) => {
      const s = firstChild(root, 'AppointmentMessageHeader');
      const senderEl = s ? firstChild(s, 'Sender') : undefined;
      const localTime = senderEl ? attrOf(senderEl, 'DeviceLocalTime') : undefined;
      const sender: SenderInfo = {
        vendorName: (senderEl && attrOf(senderEl, 'VendorName')) ?? '',
        deviceName: (senderEl && attrOf(senderEl, 'DeviceName')) ?? '',
        deviceVersion: (senderEl && attrOf(senderEl, 'DeviceVersion')) ?? '',
        localTime: localTime ? parseXsDateTime(localTime, tz) : new Date(Number.NaN),
      };
      const appointments = childElements(root, 'Appointments').map((a, i) => readAppointment(a, i, tz, file));
      return { sender, appointments };
    },
    file,
  );
}

/** The appointments of a VALID AppointmentData document, in document order. */
export function readAppointmentData(xml: string, opts: ReadOptions = {}): Appointment[] {
  return readAppointmentDataDocument(xml, opts).appointments;
}

// HL7 FHIR R4 Appointment resources written as XML: a Bundle (a search result, `GET
// Appointment?…&_include=Appointment:patient`) or one Appointment. An Appointment names its patient
// only by a reference (`<actor><reference value="Patient/pat-1042"/>`); when every appointment's
// patient is in the same file, as an included Patient entry (found by `Patient/id` or the entry's
// fullUrl) or a contained one (`#p1`), with a name and a birth date, the appointments are read as
// a table, one row per Appointment. When any patient is only a reference the file is refused,
// naming it (a reference is not a patient the portal can be given).
//
// Every FHIR value is a `value` attribute. The status is handed on as its code (booked, noshow,
// entered-in-error…) for the status words to judge, as any other export's, except the two codes
// that are no booking yet (proposed, pending: skipped, NOT_YET_BOOKED); the start keeps its
// offset. The patient's name is its official one (else usual, else one with no use): a nickname or
// an old name is never the patient's (fhir-patients.ts). A status outside FHIR's value set, an end
// before the start, a patient record replaced by another, and an entry of a transaction Bundle
// that deletes the Appointment are row errors. Resources: https://hl7.org/fhir/R4/appointment.html,
// https://hl7.org/fhir/R4/bundle.html; status codes https://hl7.org/fhir/R4/valueset-appointmentstatus.html
import { XmlElement } from 'libxml2-wasm';
import { childElements, firstElement } from './xml-elements.ts';
import { type FhirPatient, patientOf, replacedPatient, valueOf } from './fhir-patients.ts';
import { cleanHeaders } from './detect-layout.ts';
import { Row } from './table-row.ts';
import { tableRowsOf, type TableRows } from './table-rows.ts';
import type { TableInfo, TextEncoding } from './table-types.ts';

const FHIR_NS = 'http://hl7.org/fhir';

const HEADERS = [
  'Appointment ID',
  'Status',
  'Start',
  'End',
  'Patient ID',
  'Last Name',
  'First Name',
  'Date of Birth',
  'Provider',
  'Location',
  'Service',
];

interface Resource {
  el: XmlElement;
  fullUrl: string;
  /** The entry's request method in a transaction or batch Bundle (`PUT`, `DELETE`), else ''. */
  method: string;
}

/** The resources of the file: the root itself, or a Bundle's `entry/resource/*` with fullUrls. */
function resources(root: XmlElement): Resource[] {
  if (root.name !== 'Bundle') return [{ el: root, fullUrl: '', method: '' }];
  const out: Resource[] = [];
  for (const entry of childElements(root, 'entry')) {
    const resource = firstElement(entry, 'resource');
    const el = resource && firstElement(resource);
    const method = valueOf(firstElement(firstElement(entry, 'request'), 'method')).toUpperCase();
    if (el) out.push({ el, fullUrl: valueOf(firstElement(entry, 'fullUrl')), method });
  }
  return out;
}

interface Participant {
  reference: string;
  display: string;
  /** participant.status (accepted, declined, tentative, needs-action). */
  status: string;
  /** The participant's `type` codes (v3 ParticipationType: PPRF, ATND, …). */
  types: string[];
}

/** Participant references (`Patient/…`, `Practitioner/…`) with their display and type codes. */
function participants(appt: XmlElement): Participant[] {
  const out: Participant[] = [];
  for (const part of childElements(appt, 'participant')) {
    const types = childElements(part, 'type').flatMap((t) =>
      childElements(t, 'coding').map((c) => valueOf(firstElement(c, 'code')).toUpperCase()),
    );
    const status = valueOf(firstElement(part, 'status'));
    for (const actor of childElements(part, 'actor'))
      out.push({
        reference: valueOf(firstElement(actor, 'reference')),
        display: valueOf(firstElement(actor, 'display')),
        status,
        types,
      });
  }
  return out;
}

/** Participant types that say who gives the care (v3 ParticipationType, in this order): the
 *  primary performer, then the attender. https://terminology.hl7.org/CodeSystem-v3-ParticipationType.html */
const PROVIDER_TYPES = ['PPRF', 'ATND'];

/**
 * The provider among an Appointment's practitioners: the only one, or the only one of several
 * typed as the primary performer (else the attender). Several and none of them set apart: a
 * nurse and a doctor, in the order the server wrote them; which one is the provider is not
 * guessed (the list of the names, for the row problem).
 */
function providerOf(parts: Participant[]): { display: string } | { several: string[] } {
  const seen = new Map<string, Participant>();
  for (const p of parts)
    if (['Practitioner', 'PractitionerRole'].includes(kindOf(p.reference)) && !seen.has(p.reference))
      seen.set(p.reference, p);
  const all = [...seen.values()];
  if (all.length <= 1) return { display: all[0]?.display ?? '' };
  for (const type of PROVIDER_TYPES) {
    const typed = all.filter((p) => p.types.includes(type));
    if (typed.length === 1) return { display: typed[0]!.display };
    if (typed.length > 1) return { several: typed.map((p) => p.display || p.reference) };
  }
  return { several: all.map((p) => p.display || p.reference) };
}

/**
 * Statuses of the R4 value set that are no appointment yet: FHIR's own canonical map makes
 * `proposed` a proposal and `pending` a draft (hl7.org/fhir/R4/sc-valueset-appointmentstatus.html),
 * and only `booked` is "confirmed to go ahead at the date/times specified"
 * (hl7.org/fhir/R4/valueset-appointmentstatus.html). Such an Appointment is skipped, cancelling
 * nothing: it is sent once the server books it. (Elsewhere `Pending` is a booked visit awaiting the
 * patient's confirmation, which is why the word alone is read as booked in a CSV; a FHIR code is
 * not a practice's word.) The other codes go to the status words: booked, arrived, checked-in,
 * fulfilled and noshow are the appointment, cancelled and entered-in-error withdraw it, waitlist
 * takes it off the schedule.
 */
const NOT_YET_BOOKED: Readonly<Record<string, string>> = {
  proposed: 'none of its participants has accepted it yet',
  pending: 'not every participant has accepted it yet',
};

/** Statuses that say the visit goes ahead or went ahead: a cancelationReason beside one, or the
 *  patient's own participant status `declined`, says the opposite, and which is the appointment's
 *  state is not guessed (a cancelled visit shown as booked on the portal is the worse mistake). */
const LIVE = new Set(['booked', 'arrived', 'checked-in', 'fulfilled']);

/** The codes of the appointment status value set (R4; DSTU2 and STU3 use a subset), whose binding
 *  is required: https://hl7.org/fhir/R4/valueset-appointmentstatus.html. A code outside it
 *  (`tentative`, a participant's status; `scheduled`, a system's own word) is no FHIR status, and
 *  what the server meant by it is not guessed: the status words would read `tentative` as booked. */
const FHIR_STATUSES = new Set([
  'proposed',
  'pending',
  'booked',
  'arrived',
  'fulfilled',
  'cancelled',
  'noshow',
  'entered-in-error',
  'checked-in',
  'waitlist',
]);

/** Why an Appointment's status cannot be taken as written, or undefined. FHIR requires a status
 *  (1..1): one missing is no booking to send. */
function statusConflict(
  appt: XmlElement,
  status: string,
  patient: Participant | undefined,
): { problem: string; column: string; value: string } | undefined {
  if (!status)
    return {
      problem:
        'this Appointment has no status (FHIR requires one): whether it is booked or cancelled is not guessed',
      column: 'Appointment.status',
      value: '',
    };
  if (!FHIR_STATUSES.has(status.toLowerCase()))
    return {
      problem: `this Appointment's status '${status}' is no FHIR appointment status (booked, cancelled, noshow…): what the server meant by it is not guessed`,
      column: 'Appointment.status',
      value: status,
    };
  if (!LIVE.has(status.toLowerCase())) return undefined;
  const reason = firstElement(appt, 'cancelationReason');
  if (reason) {
    const said =
      valueOf(firstElement(reason, 'text')) ||
      childElements(reason, 'coding')
        .map((c) => valueOf(firstElement(c, 'display')) || valueOf(firstElement(c, 'code')))
        .find(Boolean) ||
      'given';
    return {
      problem: `this Appointment's status is '${status}' but it gives a cancellation reason ('${said}'): whether it is booked or cancelled is not guessed`,
      column: 'Appointment.cancelationReason',
      value: said,
    };
  }
  if (patient?.status === 'declined')
    return {
      problem: `this Appointment's status is '${status}' but its patient's participant status is 'declined': whether the patient comes is not guessed`,
      column: 'Appointment.participant.status',
      value: 'declined',
    };
  return undefined;
}

/** A FHIR instant with a time of day ends in `Z` or an offset; the standard requires one. */
const HAS_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An end instant before the start instant (both with their offsets): a Period whose end comes
 *  first breaks FHIR's own rule (per-1), so one of the two is wrong, and which is not guessed. */
const endsBeforeStart = (start: string, end: string): boolean =>
  HAS_OFFSET.test(start) && HAS_OFFSET.test(end) && Date.parse(end) < Date.parse(start);

/** Columns written only when some Appointment or its patient gives them, so a file without them
 *  reads as before: the patient's death (map/deceased-columns.ts) and the Appointment's own words
 *  (description, comment), which the mapper reads for a cancellation beside a booked status as a
 *  CSV's note (trust/cancel-text-columns.ts). */
const EXTRA_HEADERS = ['Deceased', 'Description', 'Comment'] as const;

const kindOf = (reference: string): string => /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+$/.exec(reference)?.[1] ?? '';

/** The resource types of an Appointment's contained resources, by the `#id` that points at them. */
function containedKinds(appt: XmlElement): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const contained of childElements(appt, 'contained'))
    for (const el of childElements(contained)) kinds.set(`#${valueOf(firstElement(el, 'id'))}`, el.name);
  return kinds;
}

/**
 * Whether a participant's reference may be the patient. `#id` points at a contained resource of
 * any type (Cerner's video visits add their virtual meeting rooms as contained HealthcareService
 * participants, `#607`): it is the patient only when that resource is a Patient. A `#id` with no
 * contained resource of that id is of an unknown type and still counted, so it cannot hide a
 * second patient (the file is then refused for it, never read with one patient picked).
 */
const isPatientRef = (reference: string, contained: Map<string, string>): boolean =>
  reference.startsWith('#')
    ? (contained.get(reference) ?? 'Patient') === 'Patient'
    : kindOf(reference) === 'Patient';

/** Why a file of Appointments is refused: a patient named only by a reference. A display is a
 *  name, but the portal needs the birth date too, and the file has none for this patient. */
function bareReference(appointments: number, reference: string, display: string): string {
  const one = appointments === 1;
  const these = one ? 'its Appointment resource' : `its ${appointments} Appointment resources`;
  const shown = display ? `, shown as '${display}'` : '';
  const lacks = display ? 'with no date of birth' : 'with no name or date of birth';
  return `${these} ${one ? 'names' : 'name'} the patient only by a reference (${reference}${shown}), ${lacks}, and a reference is not a patient`;
}

/**
 * A search result is paged (https://hl7.org/fhir/R4/http.html#paging): a Bundle with a `next`
 * link, or whose `total` is above the Appointments it holds, is one page of it, and what it does
 * not list may be on the next; as a printed report's `Page 1 of 3`, its rows go but a snapshot
 * cancels nothing by its absence (TableInfo.pages, engine/job/plan-job.ts).
 */
function pageOf(root: XmlElement, held: number): { pages?: { seen: number; of: number } } {
  if (root.name !== 'Bundle') return {};
  const next = childElements(root, 'link').some((l) => valueOf(firstElement(l, 'relation')) === 'next');
  const total = Number(valueOf(firstElement(root, 'total')));
  const more = Number.isFinite(total) && total > held;
  if (!next && !more) return {};
  return { pages: { seen: 1, of: more ? Math.max(2, Math.ceil(total / held)) : 2 } };
}

/** The appointments as rows when every one's patient is named in the file; `refused` (why, for
 *  the file's refusal) when one is only a reference; undefined when the file holds no FHIR
 *  Appointment. */
export function openFhirAppointments(
  root: XmlElement,
  base: string,
  encoding: TextEncoding,
): { info: TableInfo; rows: TableRows } | { refused: string } | undefined {
  if (root.namespaceUri !== FHIR_NS || (root.name !== 'Bundle' && root.name !== 'Appointment'))
    return undefined;
  const all = resources(root);
  const entries = all.filter((r) => r.el.name === 'Appointment');
  const appointments = entries.map((r) => r.el);
  if (appointments.length === 0) return undefined;
  // Patients by every name a reference may use: `Patient/id` and the entry's full URL.
  const patients = new Map<string, FhirPatient | undefined>();
  for (const { el, fullUrl } of all) {
    if (el.name !== 'Patient') continue;
    const p = patientOf(el);
    const id = valueOf(firstElement(el, 'id'));
    if (id) patients.set(`Patient/${id}`, p);
    if (fullUrl) patients.set(fullUrl, p);
  }
  const lookup = (appt: XmlElement, reference: string): FhirPatient | undefined => {
    if (reference.startsWith('#')) {
      for (const contained of childElements(appt, 'contained'))
        for (const p of childElements(contained, 'Patient'))
          if (`#${valueOf(firstElement(p, 'id'))}` === reference) return patientOf(p);
      return undefined;
    }
    return patients.get(reference) ?? patients.get(`Patient/${reference.split('/').pop()}`);
  };
  const rows: Row[] = [];
  // The rows' headers: HEADERS, and after the loop the extra columns some appointment gives.
  const headers = [...HEADERS];
  const extras: string[][] = [];
  for (const { el: appt, method } of entries) {
    const parts = participants(appt);
    const contained = containedKinds(appt);
    const own = [
      ...new Set(parts.filter((p) => isPatientRef(p.reference, contained)).map((p) => p.reference)),
    ];
    const patient = own.length === 1 ? lookup(appt, own[0]!) : undefined;
    // A bare reference: the file is refused (xml-table-reader.ts), naming it.
    if (own.length === 1 && !patient) {
      const shown = parts.find((p) => p.reference === own[0] && p.display)?.display ?? '';
      return { refused: bareReference(appointments.length, own[0]!, shown) };
    }
    const display = (kinds: string[]): string =>
      parts.find((p) => kinds.includes(kindOf(p.reference)))?.display ?? '';
    const provider = providerOf(parts);
    const start = valueOf(firstElement(appt, 'start'));
    const end = valueOf(firstElement(appt, 'end'));
    const status = valueOf(firstElement(appt, 'status'));
    const service = firstElement(appt, 'serviceType') ?? firstElement(appt, 'appointmentType');
    const row = new Row(
      appt.line,
      [
        valueOf(firstElement(appt, 'id')),
        status,
        start,
        end,
        patient?.id ?? '',
        patient?.family ?? '',
        patient?.given ?? '',
        patient?.birthDate ?? '',
        'display' in provider ? provider.display : '',
        display(['Location']),
        service ? valueOf(firstElement(service, 'text')) : '',
      ],
      headers,
    );
    extras.push([
      patient?.deceased ?? '',
      valueOf(firstElement(appt, 'description')),
      valueOf(firstElement(appt, 'comment')),
    ]);
    const conflict = statusConflict(
      appt,
      status,
      parts.find((p) => p.reference === own[0]),
    );
    if (method === 'DELETE') {
      // A transaction or batch Bundle that deletes the Appointment: gone, or about to be, whatever
      // its status still says; how the practice wants it withdrawn is not guessed.
      row.problem = `this Bundle's entry deletes this Appointment (request method DELETE) while its status says '${status}': whether it is cancelled is not guessed`;
      row.problemHint =
        'Export the appointments from the FHIR server as a search result (a searchset Bundle), or as the scheduling report (CSV).';
      row.problemAt = { column: 'Bundle.entry.request.method', value: 'DELETE' };
    } else if (Object.hasOwn(NOT_YET_BOOKED, status)) {
      row.skip = `status '${status}': not yet booked (FHIR: ${NOT_YET_BOOKED[status]}); sent once it is booked`;
    } else if (own.length !== 1) {
      row.problem =
        own.length === 0
          ? 'this Appointment names no patient among its participants'
          : `this Appointment names ${own.length} patients (${own.join(', ')}): whose booking each is, is not guessed`;
      row.problemHint = 'Export appointments with one patient each, or as the scheduling report (CSV).';
    } else if (conflict) {
      row.problem = conflict.problem;
      row.problemHint =
        'Check the appointment in the scheduling system, then export it again from the FHIR server (or export the schedule as the scheduling report, CSV).';
      row.problemAt = { column: conflict.column, value: conflict.value };
    } else if (patient?.replacedBy) {
      const replaced = replacedPatient(own[0]!, patient.replacedBy);
      row.problem = replaced.problem;
      row.problemHint = replaced.hint;
      row.problemAt = { column: replaced.column, value: replaced.value };
    } else if ('several' in provider) {
      row.problem = `this Appointment names ${provider.several.length} practitioners (${provider.several.join(', ')}) and none is marked as the primary performer (participant type PPRF): which one is the provider is not guessed`;
      row.problemHint =
        "Have the FHIR server mark the appointment's provider as its primary performer (PPRF), or export the schedule as the scheduling report (CSV).";
      row.problemAt = { column: 'Appointment.participant', value: provider.several.join(', ') };
    } else if (start.includes('T') && !HAS_OFFSET.test(start)) {
      // Appointment.start is an instant: FHIR requires its zone. Written without one, the time
      // may be the practice's clock or UTC with the `Z` lost; which one is not guessed.
      row.problem = `this Appointment's start '${start}' has no time zone offset, which FHIR requires of an instant: whether it is the practice's time or UTC is not guessed`;
      row.problemHint =
        'Export the appointments again from the FHIR server so each start ends in its offset (such as -05:00) or Z.';
      row.problemAt = { column: 'Appointment.start', value: start };
    } else if (endsBeforeStart(start, end)) {
      row.problem = `this Appointment ends at '${end}', before its start '${start}': which of the two is wrong is not guessed`;
      row.problemHint = 'Correct the appointment in the scheduling system, then export it again.';
      row.problemAt = { column: 'Appointment.end', value: end };
    }
    rows.push(row);
  }
  EXTRA_HEADERS.forEach((header, i) => {
    if (!extras.some((e) => e[i])) return;
    headers.push(header);
    rows.forEach((row, r) => row.values.push(extras[r]![i]!));
  });
  const info: TableInfo = {
    file: base,
    format: 'xml',
    encoding,
    headerLine: rows[0]!.line,
    headers: cleanHeaders(headers),
    titleLines: [],
    furnitureLines: [],
    ...pageOf(root, appointments.length),
    // One record per appointment, never a printed report (no provider printed once per group).
    recordPath: root.name === 'Bundle' ? 'entry/resource/Appointment' : 'Appointment',
    rootName: root.name,
  };
  return { info, rows: tableRowsOf(rows) };
}

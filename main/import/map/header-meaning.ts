// What a column header means, independent of any known export: headers are split into words
// (`AptDateTime` → apt date time, `pc_eventDate` → event date, `E-mail` → email), words are
// reduced to concepts (appt/apt/appointment → appt; doctor/practitioner/clinician → provider;
// mrn/chart → patient id) and each field scores the header by which concepts it contains.
import type { FieldName } from './profile.ts';

const CONCEPTS: Record<string, string[]> = {
  // word → concept(s); words not listed stay as they are
  appointment: ['appt'],
  apt: ['appt'],
  appt: ['appt'],
  appts: ['appt'],
  booking: ['appt'],
  visit: ['appt'],
  event: ['appt'],
  encounter: ['appt'],
  pt: ['patient'],
  pat: ['patient'],
  patient: ['patient'],
  client: ['patient'],
  mrn: ['patient', 'id'],
  acct: ['account'],
  pid: ['patient', 'id'],
  chart: ['patient', 'id'],
  patnum: ['patient', 'id'],
  dob: ['dob'],
  birthdate: ['dob'],
  birthday: ['dob'],
  birth: ['dob'],
  born: ['dob'],
  bday: ['dob'],
  fname: ['first', 'name'],
  firstname: ['first', 'name'],
  given: ['first'],
  forename: ['first'],
  lname: ['last', 'name'],
  lastname: ['last', 'name'],
  surname: ['last', 'name'],
  family: ['last'],
  mname: ['middle', 'name'],
  f: ['first'],
  l: ['last'],
  middlei: ['middle', 'name'],
  mi: ['middle', 'name'],
  initial: ['middle'],
  fullname: ['name'],
  email: ['email'],
  mail: ['email'],
  doctor: ['provider'],
  dr: ['provider'],
  doc: ['provider'],
  provider: ['provider'],
  prov: ['provider'],
  priprov: ['provider'],
  practitioner: ['provider'],
  clinician: ['provider'],
  physician: ['provider'],
  therapist: ['provider'],
  dentist: ['provider'],
  hygienist: ['provider'],
  resource: ['provider'],
  staff: ['provider'],
  seen: ['provider'],
  aid: ['provider', 'id'],
  user: ['provider'],
  start: ['start'],
  starts: ['start'],
  begin: ['start'],
  begins: ['start'],
  from: ['start'],
  end: ['end'],
  ends: ['end'],
  finish: ['end'],
  until: ['end'],
  to: ['end'],
  datetime: ['date', 'time'],
  when: ['date', 'time'],
  scheduled: ['date', 'time'],
  day: ['date'],
  hour: ['time'],
  id: ['id'],
  no: ['id'],
  num: ['id'],
  number: ['id'],
  nbr: ['id'],
  code: ['id'],
  key: ['id'],
  eid: ['appt', 'id'],
  type: ['type'],
  category: ['type'],
  cat: ['type'],
  catid: ['type', 'id'],
  kind: ['type'],
  service: ['type'],
  title: ['type'],
  procedure: ['type'],
  reason: ['reason'],
  complaint: ['reason'],
  purpose: ['reason'],
  description: ['description'],
  desc: ['description'],
  note: ['description'],
  notes: ['description'],
  comment: ['description'],
  comments: ['description'],
  memo: ['description'],
  details: ['description'],
  hometext: ['description'],
  location: ['location'],
  facility: ['location'],
  clinic: ['location'],
  office: ['location'],
  site: ['location'],
  business: ['location'],
  branch: ['location'],
  practice: ['location'],
  room: ['location'],
  address: ['address'],
  addr: ['address'],
  street: ['address'],
  address1: ['address'],
  address2: ['address', '2'],
  city: ['city'],
  town: ['city'],
  state: ['state'],
  province: ['state'],
  st: ['state'],
  zip: ['zip'],
  zipcode: ['zip'],
  postal: ['zip'],
  postcode: ['zip'],
  status: ['status'],
  apptstatus: ['appt', 'status'],
  cancelled: ['cancel'],
  canceled: ['cancel'],
  cancel: ['cancel'],
  cancellation: ['cancel'],
  duration: ['duration'],
  length: ['duration'],
  mins: ['duration'],
  minutes: ['duration'],
  len: ['duration'],
};

/** Words that add nothing ("date OF birth", "cancelled AT"); ignored when scoring. */
const FILLER = new Set([
  'of',
  'the',
  'at',
  'on',
  'a',
  'pc',
  'tbl',
  'fld',
  's',
  'i',
  'for',
  'in',
  'by',
  'with',
  'and',
]);

/** Split a header into lower-case words: camelCase, snake_case, spaces, punctuation, digits. */
export function headerWords(header: string): string[] {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/e-mail/gi, 'email')
    .replace(/#/g, ' number ') // "Visit #", "Acct #": the number of that thing
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)/)
    .filter(Boolean);
}

/** Plain words that carry meaning as themselves (not listed in CONCEPTS). */
const BASE_WORDS = [
  'date',
  'time',
  'name',
  'first',
  'last',
  'middle',
  'phone',
  'home',
  'cell',
  'mobile',
  'work',
  'full',
];
const VOCABULARY = new Set([...Object.keys(CONCEPTS), ...BASE_WORDS, ...FILLER].filter((w) => w.length > 1));

/**
 * Split a run-together word into known words (`startdate` → start date, `patname` → pat name,
 * `chartnumber` → chart number); the word itself when it is known or cannot be split fully.
 * Fewest pieces wins, so `birthdate` stays one known word.
 */
export function segmentWord(word: string): string[] {
  if (VOCABULARY.has(word) || word.length < 5) return [word];
  const best: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 14); start < end; start++) {
      const prev = best[start];
      const piece = word.slice(start, end);
      if (prev && VOCABULARY.has(piece) && (!best[end] || best[end]!.length > prev.length + 1))
        best[end] = [...prev, piece];
    }
  }
  return best[word.length] ?? [word];
}

/** The concepts a header carries (a set: order does not matter). */
export function headerConcepts(header: string): Set<string> {
  const out = new Set<string>();
  for (const w of headerWords(header).flatMap(segmentWord)) {
    if (FILLER.has(w)) continue;
    for (const c of CONCEPTS[w] ?? [w]) out.add(c);
  }
  return out;
}

interface FieldVocabulary {
  /** Concept sets that name the field, with their strength. */
  names: Array<[string[], number]>;
  /** A header carrying any of these concepts is not this field. */
  never?: string[];
}

const TIMING_NEVER = [
  'end',
  'dob',
  'cancel',
  'created',
  'updated',
  'modified',
  'entered',
  'booked',
  'last',
  'next',
  'confirmed',
  'sent',
];

export const FIELD_VOCABULARY: Record<FieldName, FieldVocabulary> = {
  appointmentId: {
    names: [
      [['appt', 'id'], 1],
      [['id'], 0.7],
    ],
    never: ['patient', 'provider', 'type', 'location', 'status'],
  },
  patientId: {
    names: [
      [['patient', 'id'], 1],
      [['person', 'id'], 0.8],
      [['account', 'id'], 0.7],
    ],
    never: ['provider'],
  },
  patientName: {
    names: [
      [['patient', 'name'], 1],
      [['patient'], 0.9],
      [['name'], 0.8],
    ],
    never: [
      'provider',
      'first',
      'last',
      'middle',
      'location',
      'type',
      'id',
      'preferred',
      'nick',
      'guarantor',
      'insurance',
      'employer',
      'referring',
      'contact',
      'user',
      'file',
    ],
  },
  firstName: {
    names: [
      [['first', 'name'], 1],
      [['first'], 0.9],
      [['patient', 'first'], 1],
    ],
    never: ['provider'],
  },
  lastName: {
    names: [
      [['last', 'name'], 1],
      [['last'], 0.8],
      [['patient', 'last'], 1],
    ],
    never: ['provider', 'date', 'time', 'appt'],
  },
  middleName: {
    names: [
      [['middle', 'name'], 1],
      [['middle'], 0.9],
    ],
    never: ['provider'],
  },
  dob: {
    names: [
      [['dob'], 1],
      [['patient', 'dob'], 1],
    ],
  },
  dateTime: {
    names: [
      [['date', 'time'], 1],
      [['start'], 0.9],
      [['start', 'date', 'time'], 1],
      [['appt'], 0.6],
      [['start', 'time'], 0.7],
      [['appt', 'time'], 0.6],
      [['date'], 0.6],
      [['time'], 0.6],
    ],
    never: TIMING_NEVER,
  },
  date: {
    names: [
      [['date'], 1],
      [['appt', 'date'], 1],
      [['start', 'date'], 1],
    ],
    never: TIMING_NEVER,
  },
  time: {
    names: [
      [['time'], 1],
      [['start', 'time'], 1],
      [['appt', 'time'], 1],
      [['start'], 0.8],
    ],
    never: TIMING_NEVER,
  },
  end: {
    names: [
      [['end'], 1],
      [['end', 'time'], 1],
      [['end', 'date', 'time'], 1],
    ],
  },
  duration: { names: [[['duration'], 1]] },
  providerId: {
    names: [
      [['provider', 'id'], 1],
      [['provider'], 0.7],
    ],
    never: ['name', 'type'],
  },
  providerName: {
    names: [
      [['provider', 'name'], 1],
      [['provider'], 1],
    ],
    never: ['id', 'type'],
  },
  type: {
    names: [
      [['type'], 1],
      [['appt', 'type'], 1],
    ],
    never: ['id', 'patient', 'provider', 'insurance'],
  },
  description: { names: [[['description'], 1]], never: ['cancel'] },
  reason: {
    names: [
      [['reason'], 1],
      [['appt', 'reason'], 1],
    ],
    never: ['cancel'],
  },
  location: {
    names: [
      [['location'], 1],
      [['location', 'name'], 1],
    ],
    never: ['id'],
  },
  address1: {
    names: [
      [['address'], 1],
      [['address', '1'], 1],
    ],
    never: ['email', '2', 'city', 'state', 'zip'],
  },
  address2: { names: [[['address', '2'], 1]] },
  city: { names: [[['city'], 1]] },
  state: { names: [[['state'], 0.8]] },
  zip: { names: [[['zip'], 1]] },
  email: {
    names: [
      [['email'], 1],
      [['email', 'address'], 1],
    ],
  },
  status: {
    names: [
      [['status'], 1],
      [['appt', 'status'], 1],
      [['state'], 0.6],
    ],
    never: ['insurance', 'confirmation', 'marital'],
  },
  cancelledAt: {
    names: [
      [['cancel', 'date'], 1],
      [['cancel', 'time'], 1],
      [['cancel', 'date', 'time'], 1],
      [['cancel'], 0.7],
    ],
  },
  cancelledFlag: {
    names: [
      [['cancel'], 0.9],
      [['is', 'cancel'], 1],
    ],
  },
};

/**
 * How strongly a header names a field, 0..1. A concept set matches when all its concepts are
 * in the header; each further concept in the header lowers the score (`Patient Address` is
 * less surely an address line than `Address`).
 */
export function headerScore(field: FieldName, concepts: Set<string>): number {
  const vocab = FIELD_VOCABULARY[field];
  if (vocab.never?.some((c) => concepts.has(c))) return 0;
  let best = 0;
  for (const [names, strength] of vocab.names) {
    if (!names.every((c) => concepts.has(c))) continue;
    const extra = [...concepts].filter((c) => !names.includes(c) && c !== 'appt' && c !== 'patient').length;
    best = Math.max(best, strength * 0.8 ** extra);
  }
  return best;
}

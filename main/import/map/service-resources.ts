// A provider cell that names a service or a role, not a person. Resource schedules (eClinicalWorks,
// Kareo, athenaOne, a dental book) give columns to what is booked rather than who: `Nurse Visit`,
// `Lab`, `Lab Draw`, `Injection`, `Hygiene`, `Triage`, `Telehealth`, `Walk-in`, `Vaccine Clinic`,
// `Float`, `Open`; an eye clinic's stations (`Pretest`, `Optical`); and a role with no name (`Nurse`, `Hygienist`, `PT Aide`, `Dental Nurse`). Sent
// as the provider, the portal would show `Lab` (or `Aide, PT`) as the person the patient sees, and
// make a provider of it. No person is named there: the row goes as Unassigned provider, as a room
// or machine does (room-values.ts), and the other rows of the column keep their providers.
//
// A group's name (`Anxiety Group A`, `DBT Skills Group`: group-names.ts) and a video platform
// (`Zoom`, `Microsoft Teams`, `Doxy.me`) name no one either: a `Leader` or `Facilitator` column
// (read as the provider, header-words.ts) that holds the client's group or the session's platform
// had gone as a provider named `Anxiety Group A` or `Zoom`.
//
// A person is never dropped: a cell with any word outside these lists stays (`Nurse Jackie Smith`,
// `Lab, Anna`, `Hygienist K Patel`). A role with a number stays too: `Provider 1`, `Hyg 1`,
// `Hygienist 2` are a practice's codes for one person each (the connector itself writes a bare
// provider number as `Provider 7`), while a service stays a service numbered (`Lab 2`, `Triage 1`).

import { CONCEPTS } from './header-words.ts';
import { namesAGroup } from './group-names.ts';

/** A service, a visit kind or a column of the book: never a person, alone or numbered. */
const SERVICE_WORDS = new Set([
  'lab',
  'labs',
  'laboratory',
  'draw',
  'draws',
  'phlebotomy',
  'injection',
  'injections',
  'shot',
  'shots',
  'vaccine',
  'vaccines',
  'vaccination',
  'vaccinations',
  'immunization',
  'immunizations',
  'immunisation',
  'immunisations',
  'hygiene',
  'triage',
  'telehealth',
  'telemedicine',
  'telemed',
  'televisit',
  'virtual',
  'walkin', // `Walk-in`, `Walk In`, `Walkins` (joined below)
  'open',
  'float',
  'clinic',
  'visit',
  'visits',
  'infusion',
  'infusions',
  'screening',
  'testing',
  'overflow',
  'unassigned',
  'tbd',
  'preference', // a booking page's `No Preference`
  // A booking's "any provider" choice, written where the provider goes: `First Available`,
  // `Next Available`, `Any Available` (Envision's round-robin booking offers "First Available"
  // as a provider, kb.envisionnow.com/round-robin-online-booking)
  'available',
  // A therapy clinic's calendars that are places (WebPT's `calendar_title`, "a therapist name or a
  // location in the office"): `Gym`, `Aquatic Pool`, `Hydrotherapy`
  'gym',
  'aquatic',
  'aquatics',
  'hydrotherapy',
  // An eye clinic's stations, booked as columns of the book beside the doctors: the pre-test
  // (OptoMate's `Pre-Test` stage of a visit, manula.com/manuals/monkey-software-pty-ltd/
  // optomate-touch/1/en/topic/appointments; Eyefinity's `Pretest` resource, not public) and the
  // optical (eyewear dispensing)
  'pretest', // `Pre-Test`, `Pre Test`, `Pretesting` (joined below)
  'optical',
  // Video platforms a telehealth session is held on, written where its facilitator goes
  // A care team or a desk of the practice (`Team A`, `Pediatrics Team`, `Front Desk`, `Reception`)
  // and the wait list's column of the book: no one the patient sees (63e)
  'team',
  'teams',
  'desk',
  'reception',
  'waitlist', // `Wait List`, `Wait-list` (joined below)
  'zoom',
  'msteams', // `Microsoft Teams`, `MS Teams` (joined below)
  'googlemeet', // `Google Meet` (joined below)
  'doxy', // `Doxy.me`, `doxy` (joined below)
  'webex',
  'skype',
  'facetime',
  'vsee',
]);

/** A role someone has, not who: a person only with a number (`Hygienist 2`, a practice's code). */
const ROLE_WORDS = new Set([
  'nurse',
  'nurses',
  'hygienist',
  'hygienists',
  'hyg',
  'assistant',
  'aide',
  'tech',
  'technician',
  'therapist',
  'provider',
  'doctor',
  'physician',
  'dentist',
  'practitioner',
  'clinician',
  'optometrist',
  'optom',
  'optician',
  'scribe',
  'staff',
  'midwife',
  'pharmacist',
  // a role filled by whoever covers it (`Locum`, `Resident`, `Registrar`): no one named (63e)
  'locum',
  'locums',
  'resident',
  'registrar',
  'trainee',
  'student',
]);

/** Words that go with a service or a role but say nothing alone: `Blood Draw`, `Flu Shot`, `PT
 *  Aide`, `Dental Nurse`, `Nurse Only`, `Any Provider`, `On Call`, `First Available`. Abbreviations (`PT`, `MA`, `RN`)
 *  are also people's initials: never enough alone. */
const COMPANION_WORDS = new Set([
  'pool', // `Aquatic Pool`; `Pool` alone is a family name
  'blood',
  'flu',
  'covid',
  'dental',
  'medical',
  'physical',
  'occupational',
  'speech',
  'video',
  'new',
  'general',
  'only',
  'and',
  'no',
  'any',
  'first',
  'next',
  'on',
  'call',
  'duty',
  'ma',
  'cma',
  'rn',
  'lpn',
  'lvn',
  'np',
  'pa',
  'pt',
  'ot',
  'hca',
  // a role's short name (`Locum GP`): alone it is as often a person's initials, beside a service
  // or a role it names no one either
  'gp',
  // a team's or a desk's specialty or side (`Pediatrics Team`, `Front Desk`, `Peds Team 2`)
  'front',
  'pediatrics',
  'paediatrics',
  'peds',
  'family',
  'primary',
  'care',
  'internal',
  'medicine',
  'behavioral',
  'health',
]);

/** A person's title: says nothing of who beside a role (`Locum Dr`), see providerIsAService. */
const TITLE_WORDS = new Set(['dr', 'dra']);
/** The roles a doctor fills unnamed (`Dr. Locum`, `Dr Resident`): beside a title, no one is named.
 *  Other role words are family names too (Sir Paul Nurse, the Parsi Doctor, Student, Staff, Scribe):
 *  `Dr. Nurse` is a doctor named Nurse, and went Unassigned (64r1). */
const TITLED_ROLE_WORDS = new Set([
  'locum',
  'locums',
  'resident',
  'registrar',
  'trainee',
  'provider',
  'physician',
  'practitioner',
  'clinician',
]);

const NUMBER_OR_LETTER = /^(\d{1,4}[a-z]?|[a-z])$/;

/** The cell names a service or an unnamed role, and no person (see the header). A note in
 *  brackets is left out, as the provider's name leaves it out (provider-name.ts): `Lab (Dr Patel)`
 *  had gone as a provider named `Lab`, `Patel, Nina (Telehealth)` is Nina Patel. */
export function providerIsAService(value: string): boolean {
  const bare = value.replace(/\([^()]*\)/g, ' ');
  if (namesAGroup(bare)) return true;
  const words = bare
    .toLowerCase()
    .replace(/\bwalk[\s-]?ins?\b/g, 'walkin')
    .replace(/\bpre[\s-]?test(?:s|ing)?\b/g, 'pretest')
    .replace(/\b(?:microsoft|ms)\s*teams\b/g, 'msteams')
    .replace(/\bgoogle\s*meet\b/g, 'googlemeet')
    .replace(/\bdoxy(?:\.me)?\b/g, 'doxy')
    .replace(/\bwait[\s-]?list\b/g, 'waitlist')
    .split(/(?<=\p{L})(?=\d)|[^\p{L}\d]+/u)
    .filter(Boolean);
  if (words.length === 0) return false;
  let service = false;
  let role = false;
  let numbered = false;
  let title = false;
  let titledRole = false;
  for (const w of words) {
    if (TITLED_ROLE_WORDS.has(w)) titledRole = true;
    if (SERVICE_WORDS.has(w)) service = true;
    else if (ROLE_WORDS.has(w)) role = true;
    else if (NUMBER_OR_LETTER.test(w)) numbered = true;
    else if (TITLE_WORDS.has(w)) title = true;
    // A room or chair of the service (`Hygiene Chair`, `Lab Room`, `Injection Room`) is no one either.
    else if (!COMPANION_WORDS.has(w) && !CONCEPTS[w]?.includes('room')) return false;
  }
  // A title names no one beside a role alone (`Locum Dr`, `Dr. Locum`: whoever covers), but it is
  // a person's word beside anything else: `Dr Lab` is someone named Lab, and `Dr Off` (a blocked
  // slot's words, block-words.ts) is not a service.
  if (title) return role && titledRole && !service && !numbered;
  return service || (role && !numbered);
}

/** The cell names the wait list (`Waitlist`, `Wait List`, `Waiting List`): the row is a patient
 *  waiting for a slot, not a visit booked with someone. */
export function providerIsTheWaitList(value: string): boolean {
  return /\bwait(?:ing)?[\s-]?list(?:ed)?\b/i.test(value);
}

// Words that name a visit lasting hours (an infusion, a surgery, a day programme, a sleep study, a
// partial hospitalization or intensive outpatient day, a dialysis run, a testing battery, a group
// or a class): a row so named whose time cell is a range of hours is that visit, booked from its
// start. A range as long with no such word may be a window the patient comes in at any time
// within (an OTP's dosing window, open hours: dose-words.ts), asked by the audit
// (trust/range-windows.ts). Matched on the folded text (normalizeStatus), whole words.
import { normalizeStatus } from './status-vocabulary.ts';

const LONG_VISIT = new RegExp(
  '(?:^| )(?:' +
    [
      'infusions?',
      'iv',
      'ivig',
      'transfusions?',
      'chemo(?:therapy)?',
      'iron',
      'biologics?',
      'injections? series',
      'surgery',
      'surgeries',
      'surgical',
      'operations?',
      'procedures?',
      'anesthesia',
      'anaesthesia',
      'sedation',
      'endoscopy',
      'colonoscopy',
      'day (?:program|programme|treatment|hospital|surgery|case|care)',
      'adult day',
      'partial hospitali[sz]ation',
      'php',
      'iop',
      'intensive outpatient',
      'sleep (?:study|studies|test)',
      'polysomnograph(?:y|ic)',
      'psg',
      'eeg',
      'video eeg',
      'holter',
      'dialysis',
      'hemodialysis',
      'haemodialysis',
      'apheresis',
      'plasmapheresis',
      'hyperbaric',
      'testing',
      'neuropsych(?:ological)?',
      'psych(?:ological)? (?:testing|evaluation|assessment)',
      'evaluation',
      'assessment',
      'group',
      'groups',
      'class',
      'classes',
      'workshop',
      'orientation',
      'observation',
      'monitoring',
      'induction',
      'labor',
      'labour',
      'aba',
      'respite',
      'detox',
      'rehab(?:ilitation)?',
      'ketamine',
      'spravato',
      'tms',
      'ect',
      'all day',
      'full day',
      'half day',
      'extended',
      'long',
    ].join('|') +
    ')(?: |$)',
);

/** Whether `text` (accents, case and punctuation aside) names a visit that lasts hours. */
export function namesLongVisit(text: string): boolean {
  return text !== '' && LONG_VISIT.test(normalizeStatus(text).toLowerCase());
}

// Red team, round 62r2: this stop's loosenings about statuses and names (62e, 62a), attacked where
// they now send. Statuses: the appointment's own word beside a word that changes the meaning
// (`Appt cancel requested`, `Appointment not confirmed`), negations in eight languages, folded
// letters (ı, ł, ø), a `Status Code` column beside the words. Names: a second family name column
// that is someone else's (a guarantor's, the policy holder's, a spouse's, a mother's), filled in
// only on some rows or doubling the last name, `X` for no second surname, Arabic articles.
// Every want below was worked out by hand before the first run.
// Status probes are the three-row file (three-row-probes.ts) at the Los Angeles practice with the
// status under test on Obi's row and `Scheduled` on the two others. One letter per row:
//   N   sent booked (NEW), nothing held;             C   sent cancelled, nothing held;
//   H   held (or that row a row error): only a person can say;
//   n   never CANCEL (NEW, a row error, or held);    c   never NEW (cancelled, skipped, error, held).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  linesRunner,
  PID,
  PROVIDER,
  type Run,
  statusJudge,
  TIME,
  withPatients,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-62r2');
const runLines = linesRunner(files);

const probe = (cols: Cols): Promise<Run> => runLines(lines(withPatients(cols)));
/** Obi's status `word`, the two others `others`. */
const obi = (word: string, others = 'Scheduled', header = 'Status'): Promise<Run> =>
  probe([[header, [others, word, others]]]);

// ---------------------------------------------------------------------------------------------
// A. The appointment's own word beside a word that changes what the status says
// ---------------------------------------------------------------------------------------------
describe("A. the appointment's word beside a word that changes the meaning", () => {
  it.each<[string, string]>([
    // plain: the appointment's word around a known status reads as that status
    ['Appt Confirmed', 'nNn'],
    ['Appointment cancelled', 'nCn'],
    ['Appt cancelled by patient', 'nCn'],
    ['Appointment deleted', 'nCn'],
    ['Visit cancelled', 'nCn'],
    ['Visit confirmed', 'nNn'],
    ['Appointment kept', 'nNn'],
    ['Appt completed', 'nNn'],
    ['Appt reinstated', 'nNn'],
    ['Appointment restored', 'nNn'],
    ['Appt reminder sent', 'nNn'],
    ['Appt no show', 'nNn'],
    // a request or a pending cancel: nothing is cancelled yet, nor surely kept
    ['Appt cancel requested', 'nHn'],
    ['Appointment cancellation requested', 'nHn'],
    ['Appt cancel pending', 'nHn'],
    ['Appt pending cancel', 'nHn'],
    ['Appointment to be cancelled', 'nHn'],
    ['Cancel request', 'nHn'],
    ['Request cancel', 'nHn'],
    // negated: the visit stands, never a cancel
    ['Appointment not confirmed', 'nnn'],
    ['Appointment not cancelled', 'nnn'],
    ['Appt not cancelled', 'nnn'],
    ['Not cancelled', 'nnn'],
    ['Appt cancelled in error', 'nnn'],
    ['Appt deleted in error', 'nnn'],
    ['Appointment un-cancelled', 'nnn'],
    // something else cancelled: the reminder, the confirmation; the visit may stand
    ['Appt reminder cancelled', 'nnn'],
    ['Reminder cancelled', 'nnn'],
    // no booking yet, or a request turned down: never a booked visit
    ['New appointment needed', 'ncn'],
    ['Appointment requested', 'ncn'],
    ['Appointment request', 'ncn'],
    ['Appt request declined', 'ncn'],
    // moved or cancelled and rebooked: this row is the old slot, never booked
    ['Appointment moved', 'ncn'],
    ['Appt moved', 'ncn'],
    ['Appt rescheduled', 'ncn'],
    ['Appt cancelled - rebooked 3/22', 'ncn'],
    ['Appointment cancelled and rebooked', 'ncn'],
    ['Appt cancelled/rebooked', 'ncn'],
    ['Cancelled appointment rebooked', 'ncn'],
    ['Appointment cancelled, see new', 'ncn'],
    // a cancel confirmed is a cancel
    ['Cancel confirmed', 'ncn'],
    ['Confirmed cancellation', 'ncn'],
    ['Appt confirmed cancelled', 'ncn'],
    ['Appt cancelled late', 'ncn'],
    ['Late cancel appt', 'ncn'],
    ['Cancel appt', 'ncn'],
  ])('%j', async (word, want) => {
    expect(statusJudge(await obi(word), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Other languages: the appointment's word, negations, folded letters
// ---------------------------------------------------------------------------------------------
describe('B. other languages: negations and folded letters', () => {
  it.each<[string, string]>([
    // Dutch, Italian, Spanish, Portuguese with the appointment's word
    ['Afspraak geannuleerd', 'nCn'],
    ['Afspraak niet geannuleerd', 'nnn'],
    ['Niet geannuleerd', 'nnn'],
    ['Afspraak verzet', 'ncn'],
    ['Appuntamento annullato', 'nCn'],
    ['Appuntamento non annullato', 'nnn'],
    ['Non annullato', 'nnn'],
    ['Appuntamento spostato', 'ncn'],
    ['Visita annullata', 'nCn'],
    ['Visita cancelada', 'nCn'],
    ['Visita confirmada', 'nNn'],
    ['Visita no cancelada', 'nnn'],
    ['Cita cancelada', 'nCn'],
    ['Cita anulada', 'nCn'],
    ['Cita no cancelada', 'nnn'],
    ['No cancelada', 'nnn'],
    ['Cita cancelada por error', 'nnn'],
    ['Cita pendiente de cancelar', 'nHn'],
    ['Cita reprogramada', 'ncn'],
    ['Cita a reprogramar', 'nnn'],
    ['Cancelada no', 'nnn'],
    // Polish: ł folded (Odwołana, Odwolana); nie- negates
    ['Wizyta odwołana', 'nCn'],
    ['Odwolana', 'nCn'],
    ['Nieodwołana', 'nnn'],
    ['Nieodwolana', 'nnn'],
    ['Wizyta nieodwołana', 'nnn'],
    ['Wizyta przełożona', 'ncn'],
    // Turkish: ı folded; -me- negates (iptal edilmedi: not cancelled)
    ['IPTAL EDILDI', 'nCn'],
    ['Randevu iptal edildi', 'nCn'],
    ['İptal edilmedi', 'nnn'],
    ['IPTAL EDILMEDI', 'nnn'],
    ['Randevu iptal edilmedi', 'nnn'],
    // Danish and Norwegian: ø folded; ikke negates
    ['Aflyst', 'nCn'],
    ['Avlyst', 'nCn'],
    ['Ikke aflyst', 'nnn'],
    ['Ikke avlyst', 'nnn'],
    ['Møtt', 'nNn'],
    ['Mødt', 'nNn'],
    ['Ikke møtt', 'nnn'],
    ['Ikke mødt', 'nnn'],
    // Croatian: nije negates; otkazano cancelled
    ['Nije otkazano', 'nnn'],
    ['Otkazano', 'ncn'],
    // German
    ['Termin abgesagt', 'nCn'],
    ['Termin nicht abgesagt', 'nnn'],
    ['Termin verschoben', 'ncn'],
    // Arabic: examined, cancelled, did not attend, not examined
    ['تم الكشف', 'nNn'],
    ['تم الإلغاء', 'nCn'],
    ['لم يحضر', 'nnn'],
    ['لم يتم الكشف', 'nnn'],
  ])('%j', async (word, want) => {
    expect(statusJudge(await obi(word), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// C. Spanish statuses with negation, in an `Estado` column of Spanish words
// ---------------------------------------------------------------------------------------------
describe('C. Spanish statuses with negation', () => {
  it.each<[string, string]>([
    ['No confirmado', 'nnn'],
    ['Cita no confirmada', 'nnn'],
    ['No asiste', 'nNn'],
    ['No asistió', 'nnn'],
    ['No asistio', 'nnn'],
    ['Asistió', 'nNn'],
    ['Confirmado no asiste', 'nnn'],
    ['Confirmado por teléfono', 'nNn'],
    ['Confirmado por correo', 'nNn'],
    ['Cita confirmada', 'nNn'],
    ['Cita por confirmar', 'nnn'],
    ['No se presentó', 'nnn'],
  ])('%j beside Confirmado', async (word, want) => {
    expect(statusJudge(await obi(word, 'Confirmado', 'Estado'), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// D. A status code column beside the words
// ---------------------------------------------------------------------------------------------
describe('D. a Status Code column beside the status words', () => {
  const two = (words: string[], codes: string[], codeHeader = 'Status Code'): Promise<Run> =>
    probe([
      ['Status', words],
      [codeHeader, codes],
    ]);
  // Obi's code reads as cancelled where the words book him: one of them is wrong, asked.
  it.each<[string[], string[], string, string]>([
    [['Confirmed', 'Scheduled', 'Confirmed'], ['CF', 'CANC', 'CF'], 'Status Code', 'nHn'],
    [['Scheduled', 'Scheduled', 'Scheduled'], ['SC', 'CAN', 'SC'], 'Status Code', 'nHn'],
    [['Scheduled', 'Scheduled', 'Scheduled'], ['SC', 'CX', 'SC'], 'Status Code', 'nHn'],
    [['Confirmed', 'Scheduled', 'Confirmed'], ['CF', 'X', 'CF'], 'Status Code', 'nHn'],
    [['Confirmed', 'Scheduled', 'Confirmed'], ['CF', 'DEL', 'CF'], 'Status Cd', 'nHn'],
    [['Confirmed', 'Scheduled', 'Confirmed'], ['CF', 'DLTD', 'CF'], 'Status Code', 'nHn'],
    [['Confirmed', 'Scheduled', 'Confirmed'], ['CF', 'CNX', 'CF'], 'Appt Status Code', 'nHn'],
    [['Confirmed', 'Scheduled', 'Confirmed'], ['CF', 'x', 'CF'], 'Status Code', 'nHn'],
  ])('words %j, codes %j (%s): asked', async (words, codes, header, want) => {
    expect(statusJudge(await two(words, codes, header), want)).toBe('');
  });
  // Codes that agree with the words: read by the words, nothing asked.
  it.each<[string[], string[], string]>([
    [['Confirmed', 'Scheduled', 'Confirmed'], ['C', 'S', 'C'], 'NNN'],
    [['Cancelled', 'Scheduled', 'Cancelled'], ['C', 'S', 'C'], 'CNC'],
    [['Cancelled', 'Scheduled', 'Cancelled'], ['X', 'S', 'X'], 'CNC'],
    [['Scheduled', 'Cancelled', 'Scheduled'], ['SC', 'DEL', 'SC'], 'NCN'],
  ])('words %j, codes %j: by the words', async (words, codes, want) => {
    expect(statusJudge(await two(words, codes), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// E. A second family name column: the patient's, or someone else's
// ---------------------------------------------------------------------------------------------
const SURNAMES = ['González', 'Pérez', 'Lindo'];
const SECONDS = ['Muñoz', 'Ruiz', 'Soto'];
/** A Spanish file: `Apellido` (or `lastHeader`) with `last`, then `header` with `second`. */
async function spanish(
  header: string,
  second: string[] = SECONDS,
  last: string[] = SURNAMES,
  lastHeader = 'Apellido',
  ids = ['100415', '100871', '100954'],
): Promise<Run> {
  return runLines([
    `Fecha,Hora,${lastHeader},${header},Nombre,Fecha Nacimiento,ID Paciente,Medico,Estado`,
    `03/22/2027,9:00 AM,${last[0]},${second[0]},María,06/02/1970,${ids[0]},Dr. Nina Patel,Confirmado`,
    `03/22/2027,10:00 AM,${last[1]},${second[1]},Juan,04/05/1999,${ids[1]},Dr. Raj Lee,Confirmado`,
    `03/23/2027,1:30 PM,${last[2]},${second[2]},Ana,08/29/1963,${ids[2]},Dr. Nina Patel,Confirmado`,
  ]);
}
/** The last names sent in row order, or null when held. */
const lastNames = (r: Run): string[] | null =>
  held(r) || r === 'refused' ? null : r.appointments.map((a) => a.patient.lastName);

describe("E. a second family name column: the patient's, or someone else's", () => {
  // The patient's own second surname: sent after the last name.
  it.each([
    'Apellido Materno',
    'Segundo Apellido',
    'Second Last Name',
    'Secondary Last Name',
    'Segundo Apellido Paciente',
    'Apellido Materno Paciente',
  ])('%j: sent after the last name', async (header) => {
    expect(lastNames(await spanish(header))).toEqual(['González Muñoz', 'Pérez Ruiz', 'Lindo Soto']);
  });

  // Someone else's surname, or the patient's other name (married, maiden, middle): never appended.
  // Sent with the last name alone, or held; never `González Muñoz`.
  it.each([
    'Apellido Casada',
    'Apellido de Casada',
    'Apellido Soltera',
    'Maiden Name',
    "Mother's Maiden Name",
    'Nombre de la Madre',
    'Segundo Nombre',
    'Apellido Materno Responsable',
    'Apellido Materno Tutor',
    'Apellido Materno Padre',
    'Apellido Materno Medico',
    'Segundo Apellido Profesional',
    'Apellido Esposo',
    'Secondary Insured Last Name',
    'Guarantor Second Last Name',
    // these went as `González Muñoz` (the Spanish for guarantor, policy holder, insured, spouse,
    // companion, contact and emergency were not known as someone else's)
    'Apellido Materno Titular',
    'Apellido Materno Garante',
    'Apellido Materno Fiador',
    'Segundo Apellido Cónyuge',
    'Segundo Apellido Asegurado',
    'Apellido Materno Acompañante',
    'Apellido Materno Contacto',
    'Segundo Apellido Emergencia',
  ])('%j: never appended to the patient', async (header) => {
    const got = lastNames(await spanish(header));
    expect(got === null || got.every((l) => !/Muñoz|Ruiz|Soto/.test(l))).toBe(true);
  });

  // The cells of the patient's second surname column.
  it.each<[string, string[], string[], string[] | null]>([
    // Mexico's `X` for no second surname, and a lone initial, are no family name
    ['X for none', ['Muñoz', 'X', 'Soto'], SURNAMES, ['González Muñoz', 'Pérez', 'Lindo Soto']],
    ['x for none', ['x', 'Ruiz', 'Soto'], SURNAMES, ['González', 'Pérez Ruiz', 'Lindo Soto']],
    ['an initial', ['M.', 'Ruiz', 'Soto'], SURNAMES, ['González', 'Pérez Ruiz', 'Lindo Soto']],
    ['N/A', ['Muñoz', 'Ruiz', 'N/A'], SURNAMES, ['González Muñoz', 'Pérez Ruiz', 'Lindo']],
    ['empty on one row', ['Muñoz', 'Ruiz', ''], SURNAMES, ['González Muñoz', 'Pérez Ruiz', 'Lindo']],
    // both surnames already in the last name: not written twice
    [
      'both in the last name',
      SECONDS,
      ['González Muñoz', 'Pérez Ruiz', 'Lindo Soto'],
      ['González Muñoz', 'Pérez Ruiz', 'Lindo Soto'],
    ],
    [
      'both in the last name, another case and accent',
      ['MUÑOZ', 'ruiz', 'Soto'],
      ['González Munoz', 'Pérez Ruiz', 'Lindo Soto'],
      ['González Munoz', 'Pérez Ruiz', 'Lindo Soto'],
    ],
    // one surname twice is a person's two surnames (González González): both sent
    [
      'the same surname twice',
      ['González', 'Ruiz', 'Soto'],
      SURNAMES,
      ['González González', 'Pérez Ruiz', 'Lindo Soto'],
    ],
    // a second surname of two words
    [
      'a compound second surname',
      ['de la Fuente', 'Ruiz', 'Soto'],
      SURNAMES,
      ['González de la Fuente', 'Pérez Ruiz', 'Lindo Soto'],
    ],
  ])('%s', async (_, second, last, want) => {
    expect(lastNames(await spanish('Apellido Materno', second, last))).toEqual(want);
  });

  // The same patient (one id) with and without the second surname: never sent as two names.
  it.each<[string[], string[]]>([
    [
      ['Muñoz', 'Ruiz', ''],
      ['100415', '100871', '100415'],
    ],
    [
      ['', 'Ruiz', 'Muñoz'],
      ['100415', '100871', '100415'],
    ],
  ])('one patient with %j: one name, or held', async (second, ids) => {
    const r = await spanish('Apellido Materno', second, ['González', 'Pérez', 'González'], 'Apellido', ids);
    const got = lastNames(r);
    expect(got === null || got[0] === got[2]).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. Arabic articles and other names written in capitals
// ---------------------------------------------------------------------------------------------
describe('F. names in capitals: the Arabic article at the start and within', () => {
  /** Obi's row named `name` (LAST, FIRST), the two others in capitals too. */
  const named = async (name: string): Promise<string | null> => {
    const r = await runLines(
      lines([
        DATE,
        TIME,
        ['Patient', ['HOLLIS, GRACE', name, 'LINDQVIST, SVEN']],
        DOB,
        PID,
        PROVIDER,
        APPT,
        ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
      ]),
    );
    if (held(r) || r === 'refused') return null;
    const a = r.appointments.find((x) => x.patient.firstName === 'Ahmed');
    return a ? a.patient.lastName : null;
  };
  it.each<[string, string]>([
    ['EL-SAYED, AHMED', 'El-Sayed'],
    ['AL-RASHID, AHMED', 'Al-Rashid'],
    ['EL SAYED, AHMED', 'El Sayed'],
    ['ELSAYED, AHMED', 'Elsayed'],
    ['AL RASHID, AHMED', 'Al Rashid'],
    ['ABDEL-RAHMAN, AHMED', 'Abdel-Rahman'],
    ['EL-AMIN, AHMED', 'El-Amin'],
    ['EL-KHOURY, AHMED', 'El-Khoury'],
    ['ABU-BAKR, AHMED', 'Abu-Bakr'],
    ['AL-ALAM, AHMED', 'Al-Alam'],
    ['ABD EL-RAHMAN, AHMED', 'Abd el-Rahman'],
    ['ABD AL-AZIZ, AHMED', 'Abd al-Aziz'],
    ['EL-SAYED-HASSAN, AHMED', 'El-Sayed-Hassan'],
    ['MCDONALD, AHMED', 'McDonald'],
    ["O'BRIEN, AHMED", "O'Brien"],
    ['ELLIS, AHMED', 'Ellis'],
  ])('%j: the last name %j', async (name, want) => {
    expect(await named(name)).toBe(want);
  });
});

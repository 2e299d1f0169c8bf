// Red team, round 64r1: this stop's loosenings (64a, 64b, 64c) attacked. Each probe is the
// three-row file (Hollis, Obi, Lindqvist; three-row-probes.ts) with one column changed, imported
// with only the practice's zone (Los Angeles). Every outcome was worked out by hand before the
// first run.
// Calendar, by hand: 22 March 2027 is a Monday; Los Angeles is on PDT (UTC-7) from 14 March, so
// 9:00 / 10:00 on 22 March and 13:30 on 23 March are 16:00Z, 17:00Z, 20:30Z; 13:00 on 23 March is
// 20:00Z; 1:30 (AM) on 23 March is 08:30Z; 12:00 on 22 March is 19:00Z; 0:00 on 22 March is 07:00Z.
import { describe, expect, it } from 'vitest';
import { NO_EMAIL } from '../../../main/model/appointment.ts';
import { exportFiles } from './export-files.ts';
import {
  clockRunner,
  expectNoWrong,
  hourMinute,
  HOURS,
  MARCH,
  MINUTES,
  OTHERS,
  same,
  type Want,
} from './start-probes.ts';
import {
  APPT,
  type Cols,
  col,
  DATE,
  DOB,
  held,
  linesRunner,
  noObi,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  providerJudge,
  providerOnObi,
  type Run,
  status,
  statusJudge,
  TIME,
  withPatients,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-64r1');
const clock = clockRunner(files);
const run = probeRunner(files);
const runLines = linesRunner(files);

// ---------------------------------------------------------------------------------------------
// A. Hour and minute columns in other languages (hour-minute-columns.ts)
// ---------------------------------------------------------------------------------------------
describe('A. hour and minute columns', () => {
  const AFTERNOON_LOST = ['9', '10', '1'];
  const [m0, m1, m2] = MARCH as [string, string, string];
  const ON_THE_HOUR: Want = [m0, m1, '2027-03-23T20:00'];
  // Hours of 1 to 12 alone under a bare header: 1 may be 1 PM whose PM was never exported. Sent
  // at 1:30 AM is a wrong send; held (or that row an error) is right.
  it.each<[string, string]>([
    ['Hora', 'Minuto'],
    ['Stunde', 'Minute'],
    ['Heure', 'Minute'],
    ['Uur', 'Minuut'],
    ['Ora', 'Minuto'],
    ['HORA', 'MINUTO'],
    ['Hour', 'Minute'],
  ])('%s / %s with hours 9, 10, 1: never 1:30 AM', async (h, m) => {
    await expectNoWrong(clock(hourMinute([h, AFTERNOON_LOST], [m, MINUTES])), [m0, m1, null]);
  });
  // The header says 24h: 1 is 1 AM as written.
  it.each([['Hora (24h)'], ['Stunde 24h'], ['Hour 24hr']])(
    '%s with 9, 10, 1: 1:30 AM as written',
    async (h) => {
      await expectNoWrong(clock(hourMinute([h, AFTERNOON_LOST], ['Minuto', MINUTES])), [
        m0,
        m1,
        '2027-03-23T08:30',
      ]);
    },
  );
  // An hour cell that is not a whole number: the pair is not read; never another start.
  it.each<[string, string[], string[], Want]>([
    ['1p in the hour', ['9', '10', '1p'], MINUTES, MARCH],
    ['13h in the hour', ['9', '10', '13h'], MINUTES, MARCH],
    ['9h in the hour', ['9h', '10h', '13h'], MINUTES, MARCH],
    ['9.30 in the hour beside minute 00', ['9.30', '10', '13'], MINUTES, [null, m1, m2]],
    ['9:30 in the hour beside minute 00', ['9:30', '10', '13'], MINUTES, [null, m1, m2]],
    ['minute 30 min (a length)', HOURS, ['30 min', '00', '30'], [null, m1, m2]],
    ['minute 60', HOURS, ['60', '00', '30'], [null, m1, m2]],
    ['hour 24', ['24', '10', '13'], MINUTES, [null, m1, m2]],
    ['minute 5 is :05', HOURS, ['5', '0', '30'], ['2027-03-22T16:05', m1, m2]],
    ['hour 12 is noon', ['9', '12', '13'], MINUTES, [m0, '2027-03-22T19:00', m2]],
    ['hour 0 is midnight as written', ['0', '10', '13'], MINUTES, ['2027-03-22T07:00', m1, m2]],
  ])('Hora / Minuto, %s', async (_w, hours, minutes, want) => {
    await expectNoWrong(clock(hourMinute(['Hora', hours], ['Minuto', minutes])), want);
  });
  // A LENGTH beside the hour: the minute of the start is not in the file, or is 00.
  it.each<[string, string, Want]>([
    ['Hora', 'Minutos', [null, null, null]],
    ['Stunde', 'Minuten', [null, null, null]],
    ['Hour', 'Minutes', [null, null, null]],
    ['Ora', 'Minuti', [null, null, null]],
    ['Hora', 'Duración', ON_THE_HOUR],
    ['Stunde', 'Dauer', ON_THE_HOUR],
    ['Heure', 'Durée', ON_THE_HOUR],
    ['Uur', 'Duur', ON_THE_HOUR],
  ])('%s beside %s (30, 45, 30): never the length as the minute', async (h, m, want) => {
    await expectNoWrong(clock([DATE, [h, HOURS], [m, ['30', '45', '30']], ...OTHERS]), want);
  });
  // A pair and a length column too, or an end hour: sent as the pair or held.
  it.each<[string, Cols]>([
    ['Minutos beside the pair', [['Minutos', same('30')]]],
    ['Duración beside the pair', [['Duración', same('30')]]],
    ['Hora fin beside the pair', [['Hora fin', ['10', '11', '14']]]],
    ['AM/PM beside the pair', [['AM/PM', ['AM', 'AM', 'PM']]]],
  ])('Hora / Minuto, %s', async (_w, extra) => {
    await expectNoWrong(clock(hourMinute(['Hora', HOURS], ['Minuto', MINUTES], extra)), MARCH);
  });
  // Hora as the whole time (Spanish `Hora` is a time column): sent as written.
  it.each<[string, Cols, Want, boolean]>([
    ['Hora 9:00 AM alone', [DATE, ['Hora', ['9:00 AM', '10:00 AM', '1:30 PM']], ...OTHERS], MARCH, true],
    ['Hora 09:00 alone', [DATE, ['Hora', ['09:00', '10:00', '13:30']], ...OTHERS], MARCH, true],
    [
      'Hora 09:00 beside Minutos (a length)',
      [DATE, ['Hora', ['09:00', '10:00', '13:30']], ['Minutos', same('30')], ...OTHERS],
      MARCH,
      false,
    ],
    [
      'Hora 09:15 beside Minuto 00',
      [DATE, ['Hora', ['09:15', '10:00', '13:30']], ['Minuto', MINUTES], ...OTHERS],
      [null, m1, m2],
      false,
    ],
    ['Uur 09.00 alone', [DATE, ['Uur', ['09.00', '10.00', '13.30']], ...OTHERS], MARCH, false],
  ])('%s', async (_w, cols, want, strict) => {
    await expectNoWrong(clock(cols), want, strict);
  });
  // The pair as 63r1 wanted it sent: no false hold.
  it.each<[string, string]>([
    ['Hora', 'Minuto'],
    ['Uur', 'Minuut'],
    ['Ora', 'Minuto'],
  ])('%s / %s with hours 9, 10, 13: sent', async (h, m) => {
    await expectNoWrong(clock(hourMinute([h, ['09', '10', '13']], [m, ['0', '0', '30']])), MARCH, true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Moved to / from in German, Dutch, Italian, Portuguese (move-words.ts)
// ---------------------------------------------------------------------------------------------
// Obi's row is Monday 22 March 2027 at 10:00. Moved TO another day: this row is the slot left,
// never booked (c). Moved TO this row's own day, or FROM another: this row is the booking (n).
describe('B. move words', () => {
  const judge = async (word: string, want: string): Promise<void> => {
    expect(statusJudge(await run(withPatients([status(word)])), want)).toBe('');
  };
  it.each([
    'verschoben auf 25.3.',
    'verschoben auf 25.3',
    'verschoben auf 25.03.2027',
    'VERSCHOBEN AUF 25.3.',
    'Verschoben auf 25.3.',
    'verlegt auf 25.3.',
    'verschoben auf Donnerstag',
    'verschoben auf den 25.3.',
    'verplaatst naar 25-3',
    'verplaatst naar 25/3',
    'VERPLAATST NAAR 25-3',
    'verplaatst naar donderdag',
    'spostato al 25/3',
    'spostato al 25.3',
    'SPOSTATO AL 25/3',
    'spostata al 25/03',
    'spostato a giovedì',
    'remarcado para 25/3',
    'remarcada para 25/03',
    'REMARCADO PARA 25/3',
    'remarcado para quinta',
    'verschoben auf 14 Uhr',
    'verplaatst naar 14:00',
    'spostato alle 15',
  ])("'%s' (another day or time): the slot left, never booked", async (w) => {
    await judge(w, 'ncn');
  });
  it.each([
    'verschoben auf 22.3.',
    'verschoben auf 22.03.2027',
    'verplaatst naar 22-3',
    'spostato al 22/3',
    'spostato al 22/03/2027',
    'remarcado para 22/03',
    'verschoben auf Montag',
    'verschoben von 15.3.',
    'verschoben vom 15.3.',
    'verlegt vom 15.3.',
    'verplaatst van 15-3',
    'spostato dal 15/3',
    'spostato da 15/3',
    'remarcado de 15/3',
    'remarcado do dia 15/3',
    'VERSCHOBEN VON 15.3.',
    'verschoben auf 10:00',
  ])("'%s' (this row's day or moved from another): never cancelled", async (w) => {
    await judge(w, 'nnn');
  });
});

// ---------------------------------------------------------------------------------------------
// C. Status words and codes (status-words.ts, recognize.ts)
// ---------------------------------------------------------------------------------------------
describe('C. statuses', () => {
  const judge = async (word: string, want: string): Promise<void> => {
    expect(statusJudge(await run(withPatients([status(word)])), want)).toBe('');
  };
  it.each<[string, string]>([
    ['Checked', 'NnN'],
    ['Checked Out', 'NnN'],
    ['Checked In', 'NnN'],
    ['Unchecked', 'nnn'],
    ['Not Checked', 'nnn'],
    ['Check Cancelled', 'ncn'],
    ['Checked - Cancelled', 'ncn'],
    ['Cancelled (Checked)', 'ncn'],
    ['Cancelled Checked', 'ncn'],
    ['Checked Cancelled', 'ncn'],
    ['Hadir', 'NnN'],
    ['Tidak Hadir', 'NnN'],
    ['Tak Hadir', 'NnN'],
    ['TIDAK HADIR', 'NnN'],
    ['Dijadual', 'NnN'],
    ['Dijadualkan', 'NnN'],
    ['Disahkan', 'NnN'],
    ['Dibatalkan', 'NcN'],
    ['Batal', 'NcN'],
    ['Tidak Dibatalkan', 'nnn'],
    ['Dijadual Semula', 'nHn'],
    ['Prezentat', 'NnN'],
    ['Neprezentat', 'NnN'],
    ['Nu s-a prezentat', 'NnN'],
    ['Anulat', 'NcN'],
    ['Anulată', 'NcN'],
    ['Neanulat', 'nnn'],
    ['Reprogramat', 'nHn'],
    ['Confirmat', 'NnN'],
    ['Neconfirmat', 'NnN'],
  ])("'%s'", async (w, want) => {
    await judge(w, want);
  });
  // False holds found (64r1), fixed: Malay phrases of known words (`belum`, not yet; `lewat`,
  // late; `tidak` / `belum disahkan`, not yet confirmed, still booked; `oleh pesakit`, by the
  // patient), asked as unknown words (status-words.ts, status-vocabulary.ts QUALIFIERS).
  it.each<[string, string]>([
    ['Belum Hadir', 'NNN'],
    ['Hadir Lewat', 'NNN'],
    ['Tidak Disahkan', 'NNN'],
    ['Belum Disahkan', 'NNN'],
    ['Dibatalkan oleh pesakit', 'NCN'],
    ['Dibatalkan oleh doktor', 'NCN'],
  ])("'%s': sent, nothing asked", async (w, want) => {
    await judge(w, want);
  });
  // A false hold left: Romanian `Programare anulată` (appointment cancelled) is asked; a noun
  // before the status word is read nowhere in the vocabulary yet. A hold is never a wrong send.
  it("false hold: 'Programare anulată' asked", async () => {
    await judge('Programare anulată', 'NCN');
  });
  // A status code beside the words: the codes that say the opposite of the words are asked.
  const coded = (codes: string[], words: string[]): Cols =>
    withPatients([
      ['Appt Status Cd', codes],
      ['Appt Status Desc', words],
    ]);
  it.each<[string, string[], string[], string]>([
    ['CAN over Scheduled', ['SCH', 'CAN', 'SCH'], ['Scheduled', 'Scheduled', 'Scheduled'], 'ncn'],
    ['X over Scheduled', ['S', 'X', 'S'], ['Scheduled', 'Scheduled', 'Scheduled'], 'ncn'],
    ['NS over Cancelled', ['SCH', 'NS', 'SCH'], ['Scheduled', 'Cancelled', 'Scheduled'], 'ncn'],
    ['CNL over Checked', ['CHK', 'CNL', 'CHK'], ['Checked', 'Checked', 'Checked'], 'ncn'],
    ['CHK over Cancelled', ['CHK', 'CHK', 'CAN'], ['Checked', 'Cancelled', 'Cancelled'], 'ncc'],
    ['BTL over Hadir', ['HDR', 'BTL', 'HDR'], ['Hadir', 'Hadir', 'Hadir'], 'ncn'],
    ['ANL over Prezentat', ['PRZ', 'ANL', 'PRZ'], ['Prezentat', 'Prezentat', 'Prezentat'], 'ncn'],
    ['numbers that agree', ['1', '3', '1'], ['Scheduled', 'Cancelled', 'Scheduled'], 'NCN'],
    ['CAN under Cancelled', ['SCH', 'CAN', 'SCH'], ['Scheduled', 'Cancelled', 'Scheduled'], 'NCN'],
  ])('%s', async (_w, codes, words, want) => {
    expect(statusJudge(await run(coded(codes, words)), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// D. Providers: a title beside a role word that is also a family name (service-resources.ts)
// ---------------------------------------------------------------------------------------------
describe('D. providers', () => {
  // A family name that is also a role's word: Sir Paul Nurse, the Parsi family name Doctor, Staff,
  // Student, Scribe, Aide. `Dr. X` is how a schedule writes a doctor named X: sent as Unassigned
  // the visit loses the doctor the file names.
  it.each([
    'Dr. Nurse',
    'Dr Nurse',
    'DR. NURSE',
    'Dr. Doctor',
    'Dr. Student',
    'Dr. Staff',
    'Dr. Scribe',
    'Dr. Aide',
    'Dra. Nurse',
  ])("'%s' names a doctor: not Unassigned", async (cell) => {
    expect(providerJudge(await run(providerOnObi(cell)))).not.toMatch(/^(unassigned|)$/);
  });
  it.each(['Dr. Fellows', 'Dr. Locke', 'Dr. Paul Nurse', 'Dr. Nurse-Smith', 'Dr. Residente', 'Nurse, Paul'])(
    "'%s' names someone: a provider",
    async (cell) => {
      expect(providerJudge(await run(providerOnObi(cell)))).not.toMatch(/^(unassigned|)$/);
    },
  );
  it.each(['Dr. Locum', 'Dr Resident', 'Dr. Registrar', 'Dr. Trainee', 'Dr. Locums', 'Locum Doctor'])(
    "'%s' names no one: Unassigned",
    async (cell) => {
      expect(providerJudge(await run(providerOnObi(cell)))).toBe('unassigned');
    },
  );
});

// ---------------------------------------------------------------------------------------------
// E. One e-mail on many patients (shared-emails.ts)
// ---------------------------------------------------------------------------------------------
describe('E. shared e-mails', () => {
  const withMail = (names: [string, string[]], mails: string[]): Cols => [
    DATE,
    TIME,
    names,
    DOB,
    PID,
    PROVIDER,
    APPT,
    ['Email', mails],
  ];
  const mails = (r: Run): Array<string | null> | 'held' => {
    if (held(r) || r === 'refused') return 'held';
    return r.appointments.map((a) => (a.patient.email === NO_EMAIL ? null : a.patient.email));
  };
  const OFFICE = same('office@drpatel.com');
  // Three patients of three families (no family name shared): the address is no one's own.
  it.each<[string, [string, string[]]]>([
    [
      'one-column names sharing a given name',
      ['Patient', ['Hollis, Grace', 'Obi, Grace', 'Lindqvist, Sven']],
    ],
    ['one-column names sharing Maria', ['Patient', ['Silva, Maria', 'Santos, Maria', 'Costa, Maria']]],
    ['family names with de / da', ['Patient', ['de la Cruz, Ana', 'de Souza, Maria', 'da Silva, Joao']]],
    ['family names with van', ['Patient', ['van Dijk, Anna', 'van der Berg, Piet', 'de Vries, Sem']]],
    ['family names with bin', ['Patient', ['bin Abdullah, Ahmad', 'bin Hassan, Ali', 'bin Omar, Aziz']]],
    ['Last Name column with de', ['Last Name', ['de la Cruz', 'de Souza', 'de Oliveira']]],
  ])('office@ on %s: not sent as theirs', async (_w, names) => {
    const cols = withMail(names, OFFICE);
    if (names[0] === 'Last Name') cols.splice(3, 0, ['First Name', ['Ana', 'Maria', 'Joao']]);
    const got = mails(await run(cols));
    expect(got === 'held' || got.every((m) => m === null)).toBe(true);
  });
  // Found by 64r1 and fixed (65d): one-column names written given name first share their given
  // name (`Grace Hollis`, `Grace Obi`): every word of the name had tied the two families into one,
  // and the practice's address went as theirs. The family word is now the one the mapping reads.
  it('office@ on one-column names written given first, sharing a given name: not sent as theirs', async () => {
    const got = mails(
      await run(withMail(['Patient', ['Grace Hollis', 'Grace Obi', 'Sven Lindqvist']], OFFICE)),
    );
    expect(got === 'held' || got.every((m) => m === null)).toBe(true);
  });
  it('a care home: its address on three residents goes as none', async () => {
    const got = mails(await run(withMail(PATIENT, same('frontdesk@sunrisecare.org'))));
    expect(got === 'held' || got.every((m) => m === null)).toBe(true);
  });
  // A family's own address: kept (a hold is no wrong send, but the address is theirs).
  it.each<[string, [string, string[]]]>([
    ['one family', ['Patient', ['Obi, Adaeze', 'Obi, Chidi', 'Obi, Ngozi']]],
    ['married and hyphenated names', ['Patient', ['Hollis, Grace', 'Hollis-Obi, Ada', 'Obi, Chidi']]],
  ])('a shared address on %s goes', async (_w, names) => {
    const got = mails(await run(withMail(names, same('obi.family@example.com'))));
    expect(got).toEqual(same('obi.family@example.com'));
  });
  // Left (64r1): the practice's address only on rows past the sample (row 500) is no one's either,
  // but shared-emails.ts reads the sample alone (the rows after it are streamed, mapped one by one,
  // never seen together before they are sent): the three went with office@ as their own. Needs the
  // addresses counted as the rows stream, or a pass over the file before mapping.
  // Looked at again by 65d and left: a second look costs more than a rule should. Measured on a
  // 200,000-row CSV (65d, a throwaway timing of prepareTable + rows vs importBatches): reading the rows alone takes 0.84 s of the 6.7 s
  // a read and map takes (+12-13%), before any name is split; the file is read twice (an export
  // still being written may differ between the reads), and streamed rows are sent to the consumer
  // before the later ones are read, so the count would have to hold the file (a question), not
  // drop the address. The lead to weigh: a late doubt ('one address on N families past row 500').
  it.fails('office@ only past row 500: not sent as theirs', async () => {
    const head = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID,Email';
    const rows: string[] = [];
    for (let i = 0; i < 503; i++) {
      const own = i < 500;
      const day = String(1 + (i % 28)).padStart(2, '0');
      rows.push(
        `04/${day}/2027,9:00 AM,"Mor${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}ett, Ann",06/02/1970,${200000 + i},Dr. Nina Patel,${90000 + i},` +
          (own ? `ann${i}@example.com` : 'office@drpatel.com'),
      );
    }
    // distinct family names on every row (Moraaett, Morabett, ...)
    const r = await runLines([head, ...rows]);
    // the file itself is sure (500 patients' own addresses), so a hold would hide the probe
    expect(r !== 'refused' && !held(r)).toBe(true);
    const got =
      r === 'refused' || held(r)
        ? []
        : r.appointments.filter((a) => a.patient.email === 'office@drpatel.com');
    expect(got.length).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// F. Blocks in the patient's column, a patient named so (block-in-name.ts, report-furniture.ts)
// ---------------------------------------------------------------------------------------------
describe('F. block words and real patients', () => {
  /** Obi's row (a patient of `last`): sent, held, or a row error; never skipped in silence. */
  const notLost = (r: Run, last: string): string => {
    if (held(r) || r === 'refused') return '';
    if (r.appointments.some((a) => a.patient.lastName.toLowerCase() === last.toLowerCase())) return '';
    if (r.errors.some((e) => e.line === 3)) return '';
    return `${last}'s row skipped`;
  };
  /** The three rows with booked statuses, Obi's chart and birth date left blank, the patient's
   *  name columns `patient`, and `extra` after them. */
  const blockCols = (patient: Cols, ...extra: Cols): Cols => [
    DATE,
    TIME,
    ...patient,
    noObi(DOB),
    noObi(PID),
    PROVIDER,
    APPT,
    status('Scheduled'),
    ...extra,
  ];
  /** Obi's row written `name` in the one-column Patient. */
  const obiNamed = (name: string): Cols => [['Patient', ['Hollis, Grace', name, 'Lindqvist, Sven']]];
  // A patient whose family name is a block word, with a first name, no chart and no birth date.
  it.each<[string, string]>([
    ['Lunch, Mary', 'Lunch'],
    ['Break, Tom', 'Break'],
    ['Block, Anna', 'Block'],
    ['Holiday, Grace', 'Holiday'],
    ['Meeting, Sam', 'Meeting'],
    ['Mary Lunch', 'Lunch'],
    ['LUNCH, MARY', 'Lunch'],
  ])("'%s' with a booked status and no chart: not skipped", async (name, last) => {
    expect(notLost(await run(blockCols(obiNamed(name))), last)).toBe('');
  });
  it.each<[string, string]>([
    ['Last Name Lunch, First Name Mary', 'Lunch'],
    ['Last Name Holiday, First Name Grace', 'Holiday'],
    ['Last Name Break, First Name Tom', 'Break'],
  ])('%s in two columns: not skipped', async (_w, last) => {
    const cols = blockCols([
      ['Last Name', ['Hollis', last, 'Lindqvist']],
      ['First Name', ['Grace', 'Mary', 'Sven']],
    ]);
    expect(notLost(await run(cols), last)).toBe('');
  });
  // `Lunch` alone with a phone or an e-mail: someone's contact on the row; not skipped in silence.
  it.each<[string, [string, string[]]]>([
    ['a phone', col('Phone', '(555) 201-7731', '(555) 201-0000')],
    ['an e-mail', col('Email', 'mary.lunch@example.com', 'x@example.com')],
  ])('LUNCH with %s and a booked status: not skipped', async (_w, contact) => {
    expect(notLost(await run(blockCols(obiNamed('LUNCH'), contact)), 'Lunch')).toBe('');
  });
  // `Break Time` in another column than the patient's: the patient's visit goes.
  it.each<[string, [string, string[]]]>([
    ['Appt Type', col('Appt Type', 'Break Time', 'Office Visit')],
    ['Notes', col('Notes', 'break time after', '')],
    ['Reason', col('Reason', 'Lunch', 'Follow up')],
  ])("'Break Time' in %s on a patient's row: sent or asked", async (_w, c) => {
    expect(statusJudge(await run(withPatients([status('Scheduled'), c])), 'nnn')).toBe('');
  });
  // The LUNCH row itself (the corpus 471 case): skipped, the others sent.
  it('LUNCH with a booked status, no chart, no birth date: the others go', async () => {
    const r = await run(blockCols(obiNamed('LUNCH')));
    expect(held(r) || (r !== 'refused' && r.appointments.length === 2)).toBe(true);
  });
  // A title line with a page number, and a patient whose name is Page.
  it.each<[string, string[]]>([
    ['Page, Grace under a title with Page 1', ['Appointments Page 1']],
    ['Page, Grace under a title with Page 1 of 2', ['Schedule 03/22/2027 - 03/23/2027 Page 1 of 2']],
  ])('%s: sent', async (_w, title) => {
    const cols: Cols = withPatients([status('Scheduled')]);
    cols[2] = ['Patient', ['Hollis, Grace', 'Page, Adaeze', 'Lindqvist, Sven']];
    const r = await run(cols, title);
    expect(held(r) || (r !== 'refused' && r.appointments.some((a) => a.patient.lastName === 'Page'))).toBe(
      true,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// G. Malay and Romanian headers (header-words.ts)
// ---------------------------------------------------------------------------------------------
describe('G. headers', () => {
  /** Obi's visit went with this appointment id, or the file was held. */
  const idOk = (r: Run, want: string | null): boolean => {
    if (held(r) || r === 'refused') return true;
    const a = r.appointments.find((x) => x.patient.lastName === 'Obi');
    if (!a) return true;
    return want === null ? true : a.appointmentId.includes(want);
  };
  it.each<[string, Cols]>([
    ['Bil as the bill amount', [['Bil', ['120.00', '85.50', '40.00']]]],
    ['Bil as a row counter', [['Bil', ['1', '2', '3']]]],
    ['Nr. crt. as a row counter', [['Nr. crt.', ['1', '2', '3']]]],
    ['No. K/P (MyKad)', [['No. K/P', ['700602-14-5231', '990405-10-6620', '630829-08-1187']]]],
    ['Nr. fișă', [['Nr. fișă', ['F-1001', 'F-1002', 'F-1003']]]],
  ])('%s beside the three rows: sent with their ids', async (_w, extra) => {
    const r = await run(withPatients([status('Scheduled'), ...extra]));
    expect(statusJudge(r, 'nnn')).toBe('');
    expect(idOk(r, '88102')).toBe(true);
  });
  // `Nr.` alone as the appointment's number beside no other id: never another row's number (the
  // column is left and the visit's id made from the row, as for a file with no id; or asked).
  it("'Nr.' as the appointment number (no Appt ID): never another row's", async () => {
    const cols: Cols = [
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      ['Nr.', ['58101', '58102', '58103']],
      status('Scheduled'),
    ];
    const r = await run(cols);
    expect(statusJudge(r, 'nnn')).toBe('');
    const a =
      r === 'refused' || held(r) ? undefined : r.appointments.find((x) => x.patient.lastName === 'Obi');
    expect(a?.appointmentId ?? '').not.toMatch(/5810[13]/);
  });
  // `Bil` as a row counter must never be the appointment's id: re-sorted, 2 is another visit.
  it("'Bil' 1, 2, 3 beside no Appt ID: never the appointment's id", async () => {
    const cols: Cols = [
      ['Bil', ['1', '2', '3']],
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      status('Scheduled'),
    ];
    const r = await run(cols);
    if (!(held(r) || r === 'refused')) {
      const a = r.appointments.find((x) => x.patient.lastName === 'Obi');
      expect(a?.appointmentId ?? '').not.toMatch(/(^|\D)2$/);
    }
  });
});

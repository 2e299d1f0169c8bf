// The name probes of the red teams 64d and 64r2: Hollis, Obi and Lindqvist's visits (as
// three-row-probes.ts), Hollis and Lindqvist back on eight more days, imported with only the
// practice's zone; the name under test is on Obi's row (line 3), the others are plain names
// written the same way. One want a row:
//   'First|Last'          sent with exactly these names (letters' case aside, a curly apostrophe
//                         as a straight one), nothing held; alternatives split by '/';
//   '~First|Last'         the same, or the file held / that row a row error (a hold is no wrong send);
//   'H'                   never sent: the file held or that row a row error.
// A wrong send is a row sent under other names; a false hold is a file held (or a row refused)
// where every want is a sure send.
import { collect } from '../convert/support.ts';
import type { ExportFiles } from './export-files.ts';
import { held, type Run } from './three-row-probes.ts';

export const LA = 'America/Los_Angeles';
const PIDS = ['100415', '100871', '100954'];
/** Four values: the first row's name and want, the third row's name and want. */
export type Others = [string, string, string, string];

/** The rows' columns but the names: the three rows (Hollis, Obi, Lindqvist), then Hollis and
 *  Lindqvist back on eight more days (a real export has more than three rows: one odd name among
 *  three would be a third of the column, and the column unsure for that alone). ISO dates and a
 *  24-hour clock, so no zone's day/month order can hold the file. */
const MORE = 8;
const FIXED: Array<[string, string[]]> = [
  [
    'Appt Date',
    [
      '2027-03-22',
      '2027-03-22',
      '2027-03-23',
      ...Array.from({ length: MORE }, (_, i) => `2027-04-${String(10 + i)}`),
    ],
  ],
  ['Appt Time', ['09:00', '10:00', '13:30', ...Array.from({ length: MORE }, () => '11:00')]],
  [
    'DOB',
    [
      '1970-06-02',
      '1999-04-05',
      '1963-08-29',
      ...Array.from({ length: MORE }, (_, i) => (i % 2 ? '1963-08-29' : '1970-06-02')),
    ],
  ],
  ['Patient ID', [...PIDS, ...Array.from({ length: MORE }, (_, i) => PIDS[i % 2 ? 2 : 0]!)]],
  [
    'Provider',
    [
      'Dr. Nina Patel',
      'Dr. Raj Lee',
      'Dr. Nina Patel',
      ...Array.from({ length: MORE }, () => 'Dr. Nina Patel'),
    ],
  ],
  ['Appt ID', ['88101', '88102', '88103', ...Array.from({ length: MORE }, (_, i) => String(88104 + i))]],
];
/** A name column: `[first row's, middle row's, third row's]`, the first and third again below. */
const nameColumn = (header: string, v: [string, string, string]): [string, string[]] => [
  header,
  [...v, ...Array.from({ length: MORE }, (_, i) => v[i % 2 ? 2 : 0])],
];
const cell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The '/' between two alternatives, not one inside a name (`S/O Kumar`): another `|` follows. */
const ALT = /\/(?=[^/|]*\|)/;
const fold = (s: string): string =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('en-US')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** What is off in `r` for the three rows' wants ('' when nothing). */
export function nameJudge(r: Run, wants: string[]): string {
  const sure = wants.every((w) => !w.startsWith('~') && w !== 'H');
  if (held(r) || r === 'refused') return sure ? 'false hold' : '';
  const why: string[] = [];
  wants.forEach((w, i) => {
    const a = r.appointments.filter((x) => x.patient.patientId.includes(PIDS[i]!));
    const line = i + 2;
    const error = r.errors.find((e) => e.line === line);
    if (i === 1 && a.length > 1) return void why.push(`line ${line} sent ${a.length} times`);
    if (a.length === 0) {
      if (!error) why.push(`line ${line} neither sent nor a row error`);
      else if (w !== 'H' && !w.startsWith('~')) why.push(`line ${line} false row error: ${error.message}`);
      return;
    }
    for (const x of a) {
      const got = `${x.patient.firstName}|${x.patient.lastName}`;
      if (w === 'H') return void why.push(`line ${line} WRONG: sent ${got} (want held)`);
      const alts = w.replace(/^~/, '').split(ALT).map(fold);
      if (!alts.includes(fold(got))) return void why.push(`line ${line} WRONG: sent ${got} (want ${w})`);
    }
  });
  return why.join('; ');
}

/** Given name first, no comma: the two others. */
export const PLAIN: Others = ['Grace Hollis', 'Grace|Hollis', 'Sven Lindqvist', 'Sven|Lindqvist'];
/** Family name in capitals first (France, the UK). */
export const CAPS_FIRST: Others = ['HOLLIS Grace', 'Grace|Hollis', 'LINDQVIST Sven', 'Sven|Lindqvist'];
/** `Last, First`: the two others. */
export const COMMA: Others = ['Hollis, Grace', 'Grace|Hollis', 'Lindqvist, Sven', 'Sven|Lindqvist'];
/** The others' wants made unsure (`~`): a hold of the file for Obi's row is then no false hold. */
export const q = (o: Others): Others => [o[0], `~${o[1]}`, o[2], `~${o[3]}`];

/** The probe runners of one test file's temporary folder. */
export function nameProbes(files: ExportFiles) {
  const run = async (names: Array<[string, string[]]>, timeZone: string): Promise<Run> => {
    const cols = [...FIXED.slice(0, 2), ...names, ...FIXED.slice(2)];
    const rows = [
      cols.map(([h]) => cell(h)).join(','),
      ...FIXED[0]![1].map((_, i) => cols.map(([, v]) => cell(v[i] ?? '')).join(',')),
    ];
    try {
      return await collect(files.write(rows), { timeZone });
    } catch {
      return 'refused';
    }
  };
  /** One `Patient` column (or `header`): `obi` on the middle row, `others` on the two others. */
  const one = (
    obi: string,
    want: string,
    others: Others = COMMA,
    timeZone = LA,
    header = 'Patient',
  ): Promise<string> =>
    run([nameColumn(header, [others[0], obi, others[2]])], timeZone).then((r) =>
      nameJudge(r, [others[1], want, others[3]]),
    );
  /** `Last Name` / `First Name` columns, the middle row's under test. */
  const columns = (
    last: string,
    first: string,
    want: string,
    timeZone = LA,
    headers: [string, string] = ['Last Name', 'First Name'],
  ): Promise<string> =>
    run(
      [
        nameColumn(headers[0], ['Hollis', last, 'Lindqvist']),
        nameColumn(headers[1], ['Grace', first, 'Sven']),
      ],
      timeZone,
    ).then((r) => nameJudge(r, ['Grace|Hollis', want, 'Sven|Lindqvist']));
  /** Any name columns, each `[header, [first row's, Obi's, third row's]]`, and the three wants. */
  const named = (
    cols: Array<[string, [string, string, string]]>,
    wants: [string, string, string],
    timeZone = LA,
  ): Promise<string> =>
    run(
      cols.map(([h, v]) => nameColumn(h, v)),
      timeZone,
    ).then((r) => nameJudge(r, wants));
  return { one, columns, named };
}

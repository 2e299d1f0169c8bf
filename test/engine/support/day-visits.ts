// One Monday's schedule for the engine red teams (redteam-round-51c, -51h): ten visits, patient k
// at 07:00 + k h (08:00 … 17:00) on 03/01/2027 in Chicago (CST, UTC-6), written as CSV in a layout
// of chosen columns, and the portal lines they should leave.
export const crlf = (lines: string[]) => lines.map((l) => `${l}\r\n`).join('');
export const lf = (lines: string[]) => lines.map((l) => `${l}\n`).join('');

export const NAMES = [
  '',
  'Smith, John',
  'Garcia, Maria',
  'Nguyen, Thanh',
  'Okafor, Chidi',
  'Kowalski, Anna',
  'Brown, Lisa',
  'Patel, Ravi',
  'Johnson, Mark',
  'Lopez, Sofia',
  'Kim, Min',
];
/** Patient i: chart 100i, a birth date of their own (`0M/1D/19YY`). */
export const chart = (i: number) => `10${String(i).padStart(2, '0')}`;
export const dobOf = (i: number) => `0${(i % 9) + 1}/1${i % 10}/19${60 + i}`;
/** Visit k (1…10): patient k at 07:00 + k h (08:00 … 17:00) on Monday 03/01. */
export const hourOf = (k: number) => 7 + k;

/** One visit's values by column name; a layout picks and spells the columns. */
export interface Visit {
  id: string;
  chart: string;
  patient: string;
  dob: string;
  date: string;
  time: string;
  provider: string;
  location: string;
  type: string;
  status: string;
  reason: string;
}
export const visit = (k: number, o: Partial<Visit> = {}): Visit => ({
  id: `A${k}`,
  chart: chart(k),
  patient: NAMES[k]!,
  dob: dobOf(k),
  date: '03/01/2027',
  time: `${String(hourOf(k)).padStart(2, '0')}:00`,
  provider: 'Lee, Anna MD',
  location: 'Main St Clinic',
  type: 'Follow Up',
  status: 'Scheduled',
  reason: 'Knee pain',
  ...o,
});
export const DAY = (o: (k: number) => Partial<Visit> = () => ({})) =>
  Array.from({ length: 10 }, (_, i) => visit(i + 1, o(i + 1)));

export type Column = [header: string, value: (v: Visit) => string];
export const q = (s: string) => (/[,"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const OWN: Column[] = [
  ['Appt ID', (v) => v.id],
  ['Chart #', (v) => v.chart],
  ['Patient', (v) => v.patient],
  ['DOB', (v) => v.dob],
  ['Date', (v) => v.date],
  ['Time', (v) => v.time],
  ['Provider', (v) => v.provider],
  ['Location', (v) => v.location],
  ['Type', (v) => v.type],
  ['Status', (v) => v.status],
];
export const without = (cols: Column[], ...headers: string[]) => cols.filter(([h]) => !headers.includes(h));
/** A CSV table of `visits` in the layout `cols`, as lines. */
export const table = (cols: Column[], visits: Visit[]) => [
  cols.map(([h]) => q(h)).join(','),
  ...visits.map((v) => cols.map(([, f]) => q(f(v))).join(',')),
];
export const csv = (cols: Column[], visits: Visit[], title: string[] = []) =>
  crlf([...title, ...table(cols, visits)]);

/** Local hour h on 03/0d as the portal line's UTC (CST + 6 h). */
export const at = (d: number, hour: number, min = 0) =>
  `03-0${d}T${String(hour + 6).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
export const line = (i: number, d: number, hour: number, state = 'active', min = 0, patient = chart(i)) =>
  `${patient} ${at(d, hour, min)} ${state}`;
export const DAY_PORTAL = Array.from({ length: 10 }, (_, i) => line(i + 1, 1, hourOf(i + 1)));
export const BASE = csv(OWN, DAY());

/** Both modes: outside snapshot mode and in it (where a changed id would also cancel the old one). */
export const MODES = [
  ['as sent', false],
  ['snapshot', true],
] as const;

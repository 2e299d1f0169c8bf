// The six visits of the red teams' engine probes (62g, 63c): two exports of one schedule at the
// Chicago practice, an id-like column under test added in front. Calendar by hand (Chicago is on
// daylight time from 14 March 2027, UTC-5: local + 5 h):
//   Hollis    100415 22 March 09:00 = 03-22T14:00    Obi    100871 22 March 10:00 = 03-22T15:00
//   Lindqvist 100954 23 March 13:30 = 03-23T18:30    Hollis 100415 24 March 08:30 = 03-24T13:30
//   Moreau    101122 24 March 11:00 = 03-24T16:00    Obi    100871 25 March 15:15 = 03-25T20:15
export interface Visit {
  date: string;
  time: string;
  patient: string;
  dob: string;
  pid: string;
  provider: string;
  type: string;
  status: string;
}
export const V = (
  date: string,
  time: string,
  patient: string,
  dob: string,
  pid: string,
  provider: string,
  type: string,
): Visit => ({
  date,
  time,
  patient,
  dob,
  pid,
  provider,
  type,
  status: 'Scheduled',
});
export const PATEL = 'Dr. Nina Patel';
export const LEE = 'Dr. Raj Lee';
export const visits = (): Visit[] => [
  V('03/22/2027', '9:00 AM', 'Hollis, Grace', '06/02/1970', '100415', PATEL, 'Follow Up'),
  V('03/22/2027', '10:00 AM', 'Obi, Adaeze', '04/05/1999', '100871', LEE, 'New Patient'),
  V('03/23/2027', '1:30 PM', 'Lindqvist, Sven', '08/29/1963', '100954', PATEL, 'Follow Up'),
  V('03/24/2027', '8:30 AM', 'Hollis, Grace', '06/02/1970', '100415', PATEL, 'Physical'),
  V('03/24/2027', '11:00 AM', 'Moreau, Claire', '12/11/1985', '101122', LEE, 'Consult'),
  V('03/25/2027', '3:15 PM', 'Obi, Adaeze', '04/05/1999', '100871', LEE, 'Follow Up'),
];
/** A new booking at the top of the second export: 22 March 08:00 = 03-22T13:00. */
export const NKEMELU = V(
  '03/22/2027',
  '8:00 AM',
  'Nkemelu, Chidi',
  '02/17/1990',
  '101300',
  PATEL,
  'New Patient',
);

/** An extra column: its header and each row's value (`row` counts the file's rows from 0). */
export type Extra = [string, (visit: Visit, row: number) => string];

const q = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export function csv(extras: Extra[], rows: Visit[]): string {
  const header = [
    ...extras.map(([h]) => h),
    'Appt Date',
    'Appt Time',
    'Patient',
    'DOB',
    'Patient ID',
    'Provider',
    'Type',
    'Status',
  ];
  const lines = rows.map((v, i) =>
    [...extras.map(([, f]) => f(v, i)), v.date, v.time, v.patient, v.dob, v.pid, v.provider, v.type, v.status]
      .map(q)
      .join(','),
  );
  return [header.join(','), ...lines].map((l) => `${l}\r\n`).join('');
}

/** The portal after the first export, by hand. */
export const BASE = [
  '100415 03-22T14:00 active',
  '100415 03-24T13:30 active',
  '100871 03-22T15:00 active',
  '100871 03-25T20:15 active',
  '100954 03-23T18:30 active',
  '101122 03-24T16:00 active',
].sort();
export const replaced = (from: string, to: string) => BASE.map((l) => (l === from ? to : l)).sort();

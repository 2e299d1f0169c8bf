// Red team, round 65r3: shapes met while writing the blind corpus layouts 478-480 (a namespaced
// XML export whose starts are written bare, with an offset and in UTC; a diary printed to text with
// its columns one space apart under one full-width rule). Outcomes worked out by hand before the
// first run; a hold or a refusal is never a wrong send.
// Calendar, by hand: Auckland keeps NZST (UTC+12) until Sunday 26 September 2027 02:00, then
// NZDT (UTC+13). 23 September 13:30+12:00 = 01:30Z on the 23rd; 27 September 10:45+13:00 =
// 21:45Z on the 26th; 28 September 02:30Z = 15:30 NZDT. Johannesburg keeps UTC+2 all year:
// 3 May 2027 08:00 = 06:00Z, 14:30 = 12:30Z; 4 May 10:00 = 08:00Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { held, type Run, sent } from './three-row-probes.ts';
import { collect } from '../convert/support.ts';

const files = exportFiles('redteam-round-65r3');

const AUCKLAND = 'Pacific/Auckland';
const JOHANNESBURG = 'Africa/Johannesburg';

async function run(text: string, ext: string, timeZone: string): Promise<Run> {
  try {
    return await collect(files.write(text, ext), { timeZone });
  } catch {
    return 'refused';
  }
}

/** A ClinicMaster-like namespaced export: one record per start, status words written out. */
function namespaced(records: Array<[string, string, string]>): string {
  const body = records
    .map(
      ([id, start, status], i) => `  <cm:Appointment id="${id}">
    <cm:Start>${start}</cm:Start>
    <cm:Patient id="${10230 + i}" nhi="ZKA48${20 + i}">
      <cm:Surname>${['Fletcher', 'Singh', 'Lemalu'][i]}</cm:Surname>
      <cm:FirstName>${['Sam', 'Gurpreet', 'Sione'][i]}</cm:FirstName>
      <cm:DateOfBirth>1979-07-0${i + 4}</cm:DateOfBirth>
    </cm:Patient>
    <cm:AccClaim>KZ4098${i}</cm:AccClaim>
    <cm:Status>${status}</cm:Status>
  </cm:Appointment>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<cm:AppointmentExport xmlns:cm="urn:clinicmaster:export:appointments:2" generated="2027-09-22T17:05:11+12:00">
${body}
</cm:AppointmentExport>
`;
}

describe('a namespaced XML export with starts bare, with an offset and in UTC', () => {
  it('sends starts that each carry a zone, across the change to daylight time, as written', async () => {
    const r = await run(
      namespaced([
        ['A-1', '2027-09-23T13:30:00+12:00', 'Booked'],
        ['A-2', '2027-09-27T10:45:00+13:00', 'Cancelled'],
        ['A-3', '2027-09-28T02:30:00Z', 'Booked'],
      ]),
      'xml',
      AUCKLAND,
    );
    expect(sent(r)).toEqual([
      '2027-09-23T01:30 NEW Fletcher',
      '2027-09-26T21:45 CANCEL Singh',
      '2027-09-28T02:30 NEW Lemalu',
    ]);
  });

  it('holds the file when some starts are bare beside starts with a zone (UTC without its Z, or the clock?)', async () => {
    const r = await run(
      namespaced([
        ['A-1', '2027-09-23T08:15:00', 'Booked'],
        ['A-2', '2027-09-23T13:30:00+12:00', 'Booked'],
        ['A-3', '2027-09-27T15:00:00', 'Booked'],
      ]),
      'xml',
      AUCKLAND,
    );
    expect(held(r)).toBe(true);
    expect(r !== 'refused' && r.summary.doubts?.map((d) => d.kind)).toContain('time-zone');
  });

  it('asks about status codes with no legend in the file (BK, AR) and sends nothing', async () => {
    const r = await run(
      namespaced([
        ['A-1', '2027-09-23T13:30:00+12:00', 'BK'],
        ['A-2', '2027-09-24T09:00:00+12:00', 'AR'],
        ['A-3', '2027-09-27T10:45:00+13:00', 'BK'],
      ]),
      'xml',
      AUCKLAND,
    );
    expect(held(r)).toBe(true);
    expect(r !== 'refused' && r.summary.doubts?.map((d) => d.kind)).toContain('status');
  });
});

/** A diary printed to text whose fields are one space apart (printf's `%-10s %5s %-7s`), under a
 *  single rule the width of the page: the labels `Time File No Patient` read as one run. */
const DIARY = [
  'PANACEA Diary Listing                   Dr L Naidoo                          Page 1',
  '------------------------------------------------------------------------------------------------',
  'Date        Time File No Patient                    DOB        Med Aid No  Reason             St',
  '------------------------------------------------------------------------------------------------',
  '03/05/2027 08:00 F01187  MOKOENA, Thabo             23/08/1971 41102558    Chronic script     B',
  '03/05/2027 14:30 F01187  MOKOENA, Thabo             23/08/1971 41102558    Results            X',
  '04/05/2027 10:00 F03005  Dlamini, Sipho             02/12/2001 91177302    Sports injury      N',
  '------------------------------------------------------------------------------------------------',
];

describe('a diary printed to text with its columns one space apart', () => {
  it('never sends a wrong appointment from it (held, refused, or right)', async () => {
    const r = await linesRunnerAt(JOHANNESBURG)(DIARY);
    const s = sent(r);
    if (s !== null) expect(s.every((x) => RIGHT.includes(x))).toBe(true);
  });

  // Left: the grid is read from labels two spaces apart or dashes per column (printed-grid.ts);
  // here the labels are one space apart and the rule spans the page, so the file is refused
  // ("no columns found") though a person reads it by the values' places (every data line blank at
  // the same places). Reading columns from such gutters needs its own proof that no value is
  // split or joined across them (a name one space from a date), not done in this round.
  it.fails(
    'reads the columns from the places every row leaves blank (asks about the status letters)',
    async () => {
      const r = await linesRunnerAt(JOHANNESBURG)(DIARY);
      expect(r).not.toBe('refused');
    },
  );
});

const RIGHT = [
  '2027-05-03T06:00 NEW Mokoena',
  '2027-05-03T12:30 CANCEL Mokoena',
  '2027-05-04T08:00 NEW Dlamini',
];

function linesRunnerAt(timeZone: string): (rows: string[]) => Promise<Run> {
  return async (rows) => {
    try {
      return await collect(files.write(rows, 'txt'), { timeZone });
    } catch {
      return 'refused';
    }
  };
}

// A month at one practice, end to end: 20 working days (Mon 1 – Fri 26 March 2027, across the
// 14 March change to daylight time) of one practice's daily exports through a real engine into
// the sandbox. As real schedulers export, each day's file lists the day and the 13 after it (a
// 14-day window, a full schedule: snapshot mode), so each day a new day enters and a past one
// leaves. The month has what a real one has: new bookings, moves (same id, new time), a move to
// another provider, a cancelled row, a row that simply disappears, a no-show, visits leaving the
// window once done, a patient's name corrected, a new patient, a provider away a week, a day with
// no export, a day with two, and an export that repeats yesterday's byte for byte.
//
// The schedule book (below) writes the exports: it is the input. What the portal must show after
// each day, and how many appointments each day costs to send, were worked out BY HAND from the
// diary and are written as data (DIARY: what each day changes on the portal and its sends), never
// read from the program. Portal lines read `id Patient MM-DD HH:MM Provider state`, the start in
// Chicago's local time (CST to 13 March, CDT from 14 March).
//
// Regular visits: every working day from 1 March to 8 April, Dr Lee at 09:00 and Dr Shah at 14:00
// (id `L0315`, `S0315`), patients in turn from ROTA; Dr Shah is away 22–26 March (no visits).
import { harnessFor, type Harness } from './support/engine-harness.ts';
import { final, write } from './support/sending-probes.ts';
import { portalAppointments, sentItems } from './support/sandbox-log.ts';
import { crlf, q } from './support/day-visits.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

const DAY_MS = 86_400_000;
const local = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Chicago',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface Patient {
  chart: string;
  name: string;
  dob: string;
}
const P = (chart: string, name: string, dob: string): Patient => ({ chart, name, dob });
const ROTA = [
  P('3001', 'Smith, John', '01/11/1961'),
  P('3002', 'Garcia, Maria', '02/12/1962'),
  P('3003', 'Nguyen, Thanh', '03/13/1963'),
  P('3004', 'Okafor, Chidi', '04/14/1964'),
  P('3005', 'Brown, Lisa', '05/15/1965'),
  P('3006', 'Patel, Ravi', '06/16/1966'),
  P('3007', 'Johnson, Mark', '07/17/1967'),
];
/** Misspelt at first, corrected on 10 March (same chart). */
const KOWALSKY = P('3008', 'Kowalsky, Anna', '08/18/1968');
const KOWALSKI = P('3008', 'Kowalski, Anna', '08/18/1968');
const KIM = P('3009', 'Kim, Min', '09/19/1969');
/** A new patient, first booked on 11 March. */
const RIVERA = P('3010', 'Rivera, Luis', '10/20/1970');

const LEE = 'Lee, Anna MD';
const SHAH = 'Shah, Priya MD';

interface Visit {
  id: string;
  patient: Patient;
  /** `MM-DD` in 2027. */
  date: string;
  time: string;
  provider: string;
  status: 'Scheduled' | 'Cancelled' | 'No Show';
}

const mmdd = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
};
const dayMs = (date: string) => Date.UTC(2027, +date.slice(0, 2) - 1, +date.slice(3));
const weekday = (date: string) => new Date(dayMs(date)).getUTCDay();
const working = (date: string) => weekday(date) !== 0 && weekday(date) !== 6;

/** The regular visits of every working day 1 March – 8 April (Dr Shah away 22–26 March). */
function regularBook(): Map<string, Visit> {
  const book = new Map<string, Visit>();
  let n = 0;
  for (let ms = dayMs('03-01'); ms <= dayMs('04-08'); ms += DAY_MS) {
    const date = mmdd(ms);
    if (!working(date)) continue;
    const lee = ROTA[n++ % ROTA.length]!;
    const shah = ROTA[n++ % ROTA.length]!;
    book.set(`L${date.replace('-', '')}`, {
      id: `L${date.replace('-', '')}`,
      patient: lee,
      date,
      time: '09:00',
      provider: LEE,
      status: 'Scheduled',
    });
    if (date < '03-22' || date > '03-26')
      book.set(`S${date.replace('-', '')}`, {
        id: `S${date.replace('-', '')}`,
        patient: shah,
        date,
        time: '14:00',
        provider: SHAH,
        status: 'Scheduled',
      });
  }
  // Ms Kowalsky's two visits, booked before the month began.
  book.set('K1', {
    id: 'K1',
    patient: KOWALSKY,
    date: '03-11',
    time: '11:00',
    provider: LEE,
    status: 'Scheduled',
  });
  book.set('K2', {
    id: 'K2',
    patient: KOWALSKY,
    date: '03-18',
    time: '11:00',
    provider: SHAH,
    status: 'Scheduled',
  });
  return book;
}

const HEADER = [
  'Appt ID',
  'Chart #',
  'Patient',
  'DOB',
  'Date',
  'Time',
  'Provider',
  'Location',
  'Type',
  'Status',
];
/** The export of `today`: every visit dated `today` … `today` + 13 days, by date and time. */
function exportOf(book: Map<string, Visit>, today: string): string {
  const last = mmdd(dayMs(today) + 13 * DAY_MS);
  const rows = [...book.values()]
    .filter((v) => v.date >= today && v.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.id.localeCompare(b.id))
    .map((v) =>
      [
        v.id,
        v.patient.chart,
        v.patient.name,
        v.patient.dob,
        `${v.date.replace('-', '/')}/2027`,
        v.time,
        v.provider,
        'Main St Clinic',
        'Follow Up',
        v.status,
      ]
        .map(q)
        .join(','),
    );
  return crlf([HEADER.join(','), ...rows]);
}

/** A portal line as the diary writes it: `id First Last MM-DD HH:MM Provider state`. */
type Line = string;

/** One day of the diary: what happens in the practice's book before its export(s), and what the
 *  portal must show after it (lines added or replaced, by id) with the appointments sent. */
interface Day {
  date: string;
  /** Changes made in the book before the day's (first) export. */
  change?: (book: Map<string, Visit>) => void;
  /** How the day exports: once (default), not at all, twice (a second change then), or the
   *  previous export's bytes again. */
  exports?: 'none' | 'repeat' | { again: (book: Map<string, Visit>) => void };
  /** BY HAND: the portal's lines this day adds or replaces (id first). */
  portal: Line[];
  /** BY HAND: the appointments sent this day (NEW + UPDATE + CANCEL). */
  sends: number;
}

// The regular visit `id` as booked (its line, worked out from the rota by hand below).
const REG: Record<string, Line> = {};
const reg = (...lines: Line[]) => {
  for (const l of lines) REG[l.split(' ')[0]!] = l;
  return lines;
};
// The rota by hand: ROTA in turn, Lee then Shah, each working day from 1 March (the turn goes on
// through Dr Shah's week away, nobody booked in her slot).
reg(
  'L0301 John Smith 03-01 09:00 Lee active',
  'S0301 Maria Garcia 03-01 14:00 Shah active',
  'L0302 Thanh Nguyen 03-02 09:00 Lee active',
  'S0302 Chidi Okafor 03-02 14:00 Shah active',
  'L0303 Lisa Brown 03-03 09:00 Lee active',
  'S0303 Ravi Patel 03-03 14:00 Shah active',
  'L0304 Mark Johnson 03-04 09:00 Lee active',
  'S0304 John Smith 03-04 14:00 Shah active',
  'L0305 Maria Garcia 03-05 09:00 Lee active',
  'S0305 Thanh Nguyen 03-05 14:00 Shah active',
  'L0308 Chidi Okafor 03-08 09:00 Lee active',
  'S0308 Lisa Brown 03-08 14:00 Shah active',
  'L0309 Ravi Patel 03-09 09:00 Lee active',
  'S0309 Mark Johnson 03-09 14:00 Shah active',
  'L0310 John Smith 03-10 09:00 Lee active',
  'S0310 Maria Garcia 03-10 14:00 Shah active',
  'L0311 Thanh Nguyen 03-11 09:00 Lee active',
  'S0311 Chidi Okafor 03-11 14:00 Shah active',
  'L0312 Lisa Brown 03-12 09:00 Lee active',
  'S0312 Ravi Patel 03-12 14:00 Shah active',
  'L0315 Mark Johnson 03-15 09:00 Lee active',
  'S0315 John Smith 03-15 14:00 Shah active',
  'L0316 Maria Garcia 03-16 09:00 Lee active',
  'S0316 Thanh Nguyen 03-16 14:00 Shah active',
  'L0317 Chidi Okafor 03-17 09:00 Lee active',
  'S0317 Lisa Brown 03-17 14:00 Shah active',
  'L0318 Ravi Patel 03-18 09:00 Lee active',
  'S0318 Mark Johnson 03-18 14:00 Shah active',
  'L0319 John Smith 03-19 09:00 Lee active',
  'S0319 Maria Garcia 03-19 14:00 Shah active',
  'L0322 Thanh Nguyen 03-22 09:00 Lee active',
  'L0323 Lisa Brown 03-23 09:00 Lee active',
  'L0324 Mark Johnson 03-24 09:00 Lee active',
  'L0325 Maria Garcia 03-25 09:00 Lee active',
  'L0326 Chidi Okafor 03-26 09:00 Lee active',
  'L0329 Ravi Patel 03-29 09:00 Lee active',
  'S0329 Mark Johnson 03-29 14:00 Shah active',
  'L0330 John Smith 03-30 09:00 Lee active',
  'S0330 Maria Garcia 03-30 14:00 Shah active',
  'L0331 Thanh Nguyen 03-31 09:00 Lee active',
  'S0331 Chidi Okafor 03-31 14:00 Shah active',
  'L0401 Lisa Brown 04-01 09:00 Lee active',
  'S0401 Ravi Patel 04-01 14:00 Shah active',
  'L0402 Mark Johnson 04-02 09:00 Lee active',
  'S0402 John Smith 04-02 14:00 Shah active',
  'L0405 Maria Garcia 04-05 09:00 Lee active',
  'S0405 Thanh Nguyen 04-05 14:00 Shah active',
  'L0406 Chidi Okafor 04-06 09:00 Lee active',
  'S0406 Lisa Brown 04-06 14:00 Shah active',
  'L0407 Ravi Patel 04-07 09:00 Lee active',
  'S0407 Mark Johnson 04-07 14:00 Shah active',
  'L0408 John Smith 04-08 09:00 Lee active',
  'S0408 Maria Garcia 04-08 14:00 Shah active',
  'K1 Anna Kowalsky 03-11 11:00 Lee active',
  'K2 Anna Kowalsky 03-18 11:00 Shah active',
);
/** The regular visits of the days that enter the window. */
const enter = (...dates: string[]) => Object.values(REG).filter((l) => dates.includes(l.split(' ')[3]!));
const visitOf = (book: Map<string, Visit>, id: string) => book.get(id)!;

// Each day's portal lines and sends worked out by hand: a day's export lists `date` … +13 days,
// so the day 13 days on enters (a Monday's export: the Friday 11 days on, the weekend empty).
// Visits of past days leave the window: never cancelled for it (the snapshot covers its own days).
const DIARY: Day[] = [
  // Mon 1: the first export: 1–14 March, ten working days × 2, and Ms Kowalsky on the 11th.
  {
    date: '03-01',
    portal: [
      ...enter('03-01', '03-02', '03-03', '03-04', '03-05', '03-08', '03-09', '03-10', '03-11', '03-12'),
      'K1 Anna Kowalsky 03-11 11:00 Lee active',
    ],
    sends: 21,
  },
  // Tue 2: 15 March enters (across the DST change: 09:00 CDT); a new booking, Ms Kim on Thu 4.
  {
    date: '03-02',
    change: (b) =>
      b.set('X1', {
        id: 'X1',
        patient: KIM,
        date: '03-04',
        time: '11:00',
        provider: LEE,
        status: 'Scheduled',
      }),
    portal: [...enter('03-15'), 'X1 Min Kim 03-04 11:00 Lee active'],
    sends: 3,
  },
  // Wed 3: 16 March enters; Fri 5's 09:00 (Garcia) moved to 10:30, same id: one UPDATE.
  {
    date: '03-03',
    change: (b) => (visitOf(b, 'L0305').time = '10:30'),
    portal: [...enter('03-16'), 'L0305 Maria Garcia 03-05 10:30 Lee active'],
    sends: 3,
  },
  // Thu 4: 17 March enters; Tue 9's 14:00 (Johnson) moved from Dr Shah to Dr Lee: one UPDATE.
  {
    date: '03-04',
    change: (b) => (visitOf(b, 'S0309').provider = LEE),
    portal: [...enter('03-17'), 'S0309 Mark Johnson 03-09 14:00 Lee active'],
    sends: 3,
  },
  // Fri 5: 18 March enters (Lee, Shah, and Ms Kowalsky's second visit); Wed 10's 14:00 (Garcia)
  // exported as Cancelled: one CANCEL.
  {
    date: '03-05',
    change: (b) => (visitOf(b, 'S0310').status = 'Cancelled'),
    portal: [
      ...enter('03-18'),
      'K2 Anna Kowalsky 03-18 11:00 Shah active',
      'S0310 Maria Garcia 03-10 14:00 Shah cancelled',
    ],
    sends: 4,
  },
  // Mon 8: 19 March enters; Thu 11's 14:00 (Okafor) deleted: simply not in the export, inside its
  // window: one CANCEL (snapshot mode).
  {
    date: '03-08',
    change: (b) => b.delete('S0311'),
    portal: [...enter('03-19'), 'S0311 Chidi Okafor 03-11 14:00 Shah cancelled'],
    sends: 3,
  },
  // Tue 9, two exports: at 06:00, 22 March enters (Dr Lee only: Dr Shah away 22–26); at 13:00 the
  // 09:00 (Patel) is a No Show (it happened: nothing sent, it stays) and Ms Brown is added at 16:00.
  {
    date: '03-09',
    exports: {
      again: (b) => {
        visitOf(b, 'L0309').status = 'No Show';
        b.set('X2', {
          id: 'X2',
          patient: ROTA[4]!,
          date: '03-09',
          time: '16:00',
          provider: LEE,
          status: 'Scheduled',
        });
      },
    },
    portal: [...enter('03-22'), 'X2 Lisa Brown 03-09 16:00 Lee active'],
    sends: 2,
  },
  // Wed 10: 23 March enters; Ms Kowalsky's name corrected to Kowalski (same chart): both her
  // visits in the window (11th, 18th) go again as UPDATEs.
  {
    date: '03-10',
    change: (b) => {
      visitOf(b, 'K1').patient = KOWALSKI;
      visitOf(b, 'K2').patient = KOWALSKI;
    },
    portal: [
      ...enter('03-23'),
      'K1 Anna Kowalski 03-11 11:00 Lee active',
      'K2 Anna Kowalski 03-18 11:00 Shah active',
    ],
    sends: 3,
  },
  // Thu 11: 24 March enters; a new patient, Mr Rivera, booked Mon 15 at 10:00.
  {
    date: '03-11',
    change: (b) =>
      b.set('R1', {
        id: 'R1',
        patient: RIVERA,
        date: '03-15',
        time: '10:00',
        provider: LEE,
        status: 'Scheduled',
      }),
    portal: [...enter('03-24'), 'R1 Luis Rivera 03-15 10:00 Lee active'],
    sends: 2,
  },
  // Fri 12: 25 March enters; today's 09:00 (Brown, CST) moved to Mon 15 11:30 (CDT): one UPDATE.
  {
    date: '03-12',
    change: (b) => Object.assign(visitOf(b, 'L0312'), { date: '03-15', time: '11:30' }),
    portal: [...enter('03-25'), 'L0312 Lisa Brown 03-15 11:30 Lee active'],
    sends: 2,
  },
  // Mon 15: no export (the front desk's computer was off).
  { date: '03-15', exports: 'none', portal: [], sends: 0 },
  // Tue 16: 26 March (Lee only) and 29 March enter: Monday's missed day and today's.
  { date: '03-16', portal: enter('03-26', '03-29'), sends: 3 },
  // Wed 17: the scheduler drops yesterday's file again, byte for byte: nothing new.
  { date: '03-17', exports: 'repeat', portal: [], sends: 0 },
  // Thu 18: 30 and 31 March enter (yesterday's day came with a repeat).
  { date: '03-18', portal: enter('03-30', '03-31'), sends: 4 },
  // Fri 19: 1 April enters; Tue 30's 09:00 (Smith) exported as Cancelled.
  {
    date: '03-19',
    change: (b) => (visitOf(b, 'L0330').status = 'Cancelled'),
    portal: [...enter('04-01'), 'L0330 John Smith 03-30 09:00 Lee cancelled'],
    sends: 3,
  },
  // Mon 22 (Dr Shah away this week): 2 April enters; Mon 29's 14:00 (Johnson) moved to Wed 31
  // 15:00: one UPDATE.
  {
    date: '03-22',
    change: (b) => Object.assign(visitOf(b, 'S0329'), { date: '03-31', time: '15:00' }),
    portal: [...enter('04-02'), 'S0329 Mark Johnson 03-31 15:00 Shah active'],
    sends: 3,
  },
  // Tue 23: 5 April enters; Wed 31's 09:00 (Nguyen) deleted: one CANCEL.
  {
    date: '03-23',
    change: (b) => b.delete('L0331'),
    portal: [...enter('04-05'), 'L0331 Thanh Nguyen 03-31 09:00 Lee cancelled'],
    sends: 3,
  },
  // Wed 24: 6 April enters; Ms Kim booked Fri 26 at 13:00.
  {
    date: '03-24',
    change: (b) =>
      b.set('X4', {
        id: 'X4',
        patient: KIM,
        date: '03-26',
        time: '13:00',
        provider: LEE,
        status: 'Scheduled',
      }),
    portal: [...enter('04-06'), 'X4 Min Kim 03-26 13:00 Lee active'],
    sends: 3,
  },
  // Thu 25: 7 April enters; a quiet day.
  { date: '03-25', portal: enter('04-07'), sends: 2 },
  // Fri 26: 8 April enters; Ms Kim cancels today's 13:00 (exported as Cancelled).
  {
    date: '03-26',
    change: (b) => (visitOf(b, 'X4').status = 'Cancelled'),
    portal: [...enter('04-08'), 'X4 Min Kim 03-26 13:00 Lee cancelled'],
    sends: 3,
  },
];

/** The portal as the diary reads it, one line per appointment, sorted. */
function portalLines(h: Harness): Line[] {
  return portalAppointments(h.sandboxDir, h.settings.practices[0]!.practiceId)
    .map((a) => {
      const p = Object.fromEntries(local.formatToParts(new Date(a.start)).map((x) => [x.type, x.value]));
      // `Anna Lee MD`: the family name (the portal turns `Lee, Anna MD` round).
      const provider = /\b(Lee|Shah)\b/.exec(a.providerName)?.[1] ?? a.providerName;
      return `${a.appointmentId} ${a.patientName} ${p.month}-${p.day} ${p.hour}:${p.minute} ${provider} ${a.cancelled ? 'cancelled' : 'active'}`;
    })
    .sort();
}

const sortedLines = (m: Map<string, Line>) => [...m.values()].sort();

it(
  'a month of daily 14-day exports: after every day the portal and the sends are as worked out by hand',
  { timeout: 600_000 },
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago', snapshotMode: true }],
      tuning: { inboxCheckMs: 300, pollPolicy: { firstMs: 50, capMs: 200, giveUpAfterMs: 10_000 } },
    });
    await h.start();
    const book = regularBook();
    const expected = new Map<string, Line>();
    let previous = '';
    const put = async (name: string, text: string) => {
      const before = new Set(h.jobs().map((j) => j.id));
      write(h, name, text);
      const done = (j: JobDetails) =>
        final(j) && (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined);
      const js = await h.waitFor((all) => all.some((j) => !before.has(j.id) && done(j)), 30_000);
      const job = js.find((j) => !before.has(j.id))!;
      expect(job.state, `${name}: ${job.reason ?? ''} ${JSON.stringify(job.doubts ?? [])}`).toBe('processed');
      await new Promise((r) => setTimeout(r, 300));
    };
    for (const day of DIARY) {
      const n = sentItems(h.sandboxDir).length;
      day.change?.(book);
      const name = `appointments_2027${day.date.replace('-', '')}.csv`;
      if (day.exports === 'repeat') {
        // The same bytes under the day's own name (the scheduler copied yesterday's file).
        await put(name, previous);
      } else if (day.exports !== 'none') {
        previous = exportOf(book, day.date);
        await put(name, previous);
        if (typeof day.exports === 'object') {
          day.exports.again(book);
          previous = exportOf(book, day.date);
          await put(name.replace('.csv', '_1300.csv'), previous);
        }
      }
      for (const l of day.portal) expected.set(l.split(' ')[0]!, l);
      const sends = sentItems(h.sandboxDir).slice(n);
      expect({ day: day.date, portal: portalLines(h) }).toEqual({
        day: day.date,
        portal: sortedLines(expected),
      });
      expect(
        { day: day.date, sends: sends.length },
        sends.map((s) => `${s.action} ${s.appointmentId}`).join(', '),
      ).toEqual({
        day: day.date,
        sends: day.sends,
      });
    }
  },
);

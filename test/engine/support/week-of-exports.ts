// The harness of redteam-round-55e: a week of exports through a real engine, many engines against
// one sandbox (one per test file). Each scenario gets a week of its own (a Monday from 2027-01-04
// on) so the portals of scenarios running side by side never meet, and reads the portal and what
// was sent as `Smith Mon 08:00 active`: the family name, the local weekday and time in Chicago.
import { harnessFor, type Harness } from './engine-harness.ts';
import { write, final, type Finished } from './sending-probes.ts';
import { portalAppointments, sentItems } from './sandbox-log.ts';
import { visit, type Visit } from './day-visits.ts';
import type { SandboxHandle } from '../../../main/sandbox/server.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';
import type { PracticeSettings } from '../../../main/model/settings.ts';
import type { PortalAppointment } from '../../../main/sandbox/processing.ts';

const DAY_MS = 86_400_000;
const FIRST_MONDAY = Date.UTC(2027, 0, 4);
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const local = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Chicago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
let weeks = 0;

export interface Week {
  h: Harness;
  /** Day `d` of the week (0 = Monday) as `MM/DD/YYYY`. */
  date(d?: number): string;
  /** Visit k (day-visits.ts) on day `day` of this week; `id` is made this week's own. */
  v(k: number, o?: Partial<Visit> & { day?: number }): Visit;
  /** Drop an export, wait until its job is final (and its verdict read); the job and its sends. */
  put(name: string, text: string | Uint8Array, written?: Date): Promise<{ job: JobDetails; sent: string[] }>;
  /** The week's portal, `Family Day HH:MM state`, sorted; `full` adds `type | provider`. */
  portal(full?: boolean): string[];
  /** The week's portal appointments as the sandbox holds them (names, location, description). */
  shown(): PortalAppointment[];
}

/** `instant` as `Day HH:MM` in Chicago, its day counted from the week's Monday. */
function when(monday: number, instant: string): { label: string; inWeek: boolean } {
  const p = Object.fromEntries(local.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const d = Math.round((Date.UTC(+p.year!, +p.month! - 1, +p.day!) - monday) / DAY_MS);
  return { label: `${WEEKDAYS[d] ?? `day${d}`} ${p.hour}:${p.minute}`, inWeek: d >= 0 && d < 7 };
}

const family = (a: Pick<PortalAppointment, 'patientName'>) => a.patientName.split(' ').pop()!;

export async function weekOf(
  onTestFinished: Finished,
  shared: { sandbox: SandboxHandle; dir: string },
  over: Partial<PracticeSettings> = {},
  /** A Monday of the scenario's choosing (UTC midnight), e.g. a daylight-saving week far from the
   *  counted ones; its ids still carry a week number of their own. */
  fixedMonday?: number,
): Promise<Week> {
  const w = weeks++;
  const monday = fixedMonday ?? FIRST_MONDAY + w * 7 * DAY_MS;
  const h = await harnessFor(onTestFinished, {
    shared,
    over: [{ timeZone: 'America/Chicago', ...over }],
    tuning: { inboxCheckMs: 300, pollPolicy: { firstMs: 50, capMs: 200, giveUpAfterMs: 10_000 } },
  });
  await h.start();
  const practiceId = h.settings.practices[0]!.practiceId;
  const mine = () => portalAppointments(shared.dir, practiceId).filter((a) => when(monday, a.start).inWeek);
  const date = (d = 0) => {
    const x = new Date(monday + d * DAY_MS);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(x.getUTCMonth() + 1)}/${two(x.getUTCDate())}/${x.getUTCFullYear()}`;
  };
  return {
    h,
    date,
    v: (k, { day = 0, ...o } = {}) => {
      const base = visit(k, { date: date(day), ...o });
      return { ...base, id: `W${w}-${base.id}` };
    },
    async put(name, text, written) {
      const before = new Set(h.jobs().map((j) => j.id));
      const n = sentItems(shared.dir).length;
      write(h, name, text, written);
      // Final, and for a job that sent something its verdict read (the portal then has it).
      const done = (j: JobDetails) =>
        final(j) && (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined);
      const jobs = await h.waitFor((js) => js.some((j) => !before.has(j.id) && done(j)), 30_000);
      // Every week's harness is the same sandbox practice, and its charts (1001, 1002…) repeat in
      // each week: a patient's name is read from this week's visits first, or a concurrent
      // probe's week would label this one's sends (59e's Garcia-Reyes sent, labelled Garcia).
      const names = new Map([
        ...portalAppointments(shared.dir, practiceId).map((a) => [a.patientId, family(a)] as const),
        ...mine().map((a) => [a.patientId, family(a)] as const),
      ]);
      const sent = sentItems(shared.dir)
        .slice(n)
        .filter((s) => when(monday, s.start).inWeek)
        .map((s) => `${s.action} ${names.get(s.patientId) ?? s.patientId} ${when(monday, s.start).label}`);
      return { job: jobs.find((j) => !before.has(j.id))!, sent };
    },
    shown: mine,
    portal: (full = false) =>
      mine()
        .map(
          (a) =>
            `${family(a)} ${when(monday, a.start).label} ${a.cancelled ? 'cancelled' : 'active'}` +
            (full ? ` ${a.type} | ${a.providerName}` : ''),
        )
        .sort(),
  };
}

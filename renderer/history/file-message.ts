// One plain-language message per file for the front desk: what happened to this file, and what to
// do, if anything. No HTTP codes, server text, command lines or job ids here: those are for a
// support call and live under *Technical details* (job-details.tsx).
import type { JobDetails } from '../shared/types.ts';
import { formatDateTime, plural } from '../shared/format.ts';
import type { ProblemGroup } from './advice.ts';
import { shownCounts } from './job-counts.ts';
import type { Stopped } from './job-result.ts';

export interface FileMessage {
  text: string;
  todo?: string;
}

const IN_PROGRESS = new Set(['received', 'converted', 'sending']);

export function fileMessage(
  job: JobDetails,
  groups: readonly ProblemGroup[],
  opts: { stopped?: Stopped; testMode?: boolean } = {},
): FileMessage {
  const { sent, failed } = shownCounts(job);
  // On the built-in sandbox nothing reaches patients, and the words must not say it does.
  const portal = opts.testMode ? 'the test sandbox (nothing reaches patients)' : 'the patient portal';
  const appointments = (n: number) => plural(n, 'appointment');
  const firstTodo = (unit?: ProblemGroup['unit']) =>
    groups.find((g) => unit === undefined || g.unit === unit)?.todo;

  if (IN_PROGRESS.has(job.state)) {
    const why = opts.stopped?.(job);
    if (why === 'sign-in refused')
      return {
        text: 'This file is waiting: Medfusion refused the practice’s sign-in.',
        todo: 'Press Fix credentials at the top of this window. The file goes out by itself afterwards.',
      };
    if (why === 'paused')
      return { text: 'This file is waiting because sending is paused.', todo: 'Press Resume to send it.' };
    if (job.waitingSince)
      return {
        text: `Medfusion has not answered since ${formatDateTime(job.waitingSince)}.`,
        todo: 'Nothing: the connector keeps trying by itself.',
      };
    return { text: 'This file is being sent to Medfusion.' };
  }
  if (job.state === 'accepted' || job.state === 'tracked' || job.outcome === 'PENDING')
    return { text: `Sent to Medfusion, which is still processing ${appointments(sent)}.` };

  if (job.state === 'failed') {
    const nothing =
      sent === 0
        ? 'Nothing from this file reached ' + portal
        : `Only ${appointments(sent)} reached ${portal}`;
    const batch = groups.find((g) => g.unit === 'batch');
    if (batch) return { text: `${batch.title} ${nothing}.`, todo: batch.todo };
    if (job.rowErrors.some((e) => e.line === 0))
      return {
        text: `${nothing}: the export could not be read.`,
        todo: firstTodo('row') ?? 'Export the file again from your scheduling software.',
      };
    if (job.rowErrors.length > 0)
      return {
        text: `${nothing}: ${job.rowErrors.length === 1 ? 'its only appointment row has' : 'every appointment row has'} a problem.`,
        todo: 'Fix the problems listed below in your scheduling software and export again.',
      };
    if (job.batches.length === 0 && /no longer where/i.test(job.reason ?? ''))
      return {
        text: 'The file went missing before it could be sent.',
        todo: 'Export it again if it is still needed.',
      };
    return {
      text: `${nothing}.`,
      todo: 'Press Retry. If it fails again, call your integration engineer with the technical details below.',
    };
  }
  if (job.outcome === 'ERROR')
    return {
      text: `Medfusion refused ${sent + failed > 0 ? `all ${appointments(failed)}` : 'the appointments'} in this file.`,
      todo: firstTodo('appointment') ?? firstTodo(),
    };
  if (job.outcome === 'PARTIAL' || failed > 0) {
    const refusedHere = job.counts.errors;
    const refusedThere = failed - refusedHere;
    const parts = [`${appointments(sent)} reached ${portal}`];
    if (refusedHere > 0) parts.push(`${plural(refusedHere, 'row')} of the export could not be used`);
    if (refusedThere > 0) parts.push(`Medfusion refused ${appointments(refusedThere)}`);
    return {
      text: `${parts.join('; ')}.`,
      todo:
        refusedHere > 0
          ? 'Correct the rows listed below in your scheduling software and export again. What was sent is not sent twice.'
          : firstTodo('appointment'),
    };
  }
  if (sent === 0)
    return {
      text:
        job.counts.unchanged > 0
          ? 'Nothing new: every appointment in this file was sent before.'
          : 'Nothing to send: no row of this file is an appointment to send.',
    };
  return { text: `All ${appointments(sent)} reached ${portal}.` };
}

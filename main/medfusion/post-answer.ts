// What a 200 or 202 to a POST appointmentsdata proves. Medfusion documents one answer: 202 with a
// ProcessingResponse (DataJobId, MessageId, ProcessingStatus `Successful`) and a Location header
// (spec §1, §3). Two other 2xx answers are not an acceptance, and remembering them as one would
// lose the appointments for good (the ledger would say they were sent, and the next export would
// send nothing):
// - a ProcessingResponse whose ProcessingStatus says it failed (`Failed`, `Error`, `Rejected`,
//   `Invalid`): Medfusion's own refusal, final like a 400, with its ResponseMessage;
// - a 200 with neither a Location nor a DataJobId or MessageId: no sign the answer came from
//   Medfusion at all (a proxy's or a hotel network's sign-in page, a gateway's JSON). The document
//   may or may not have arrived: sent again (a NEW or UPDATE sent twice holds the same content).
// A 202 is Medfusion's "accepted" whatever its body: a proxy does not make one up.
// Only `Successful` has been seen, so the words are read for what they say, not matched blindly
// (round 53k): `Unsuccessful`, `NotAccepted`, `Not processed`, `Declined`, `Aborted` are refusals
// (they were taken as accepted: lost); `Completed with no errors`, `Success (0 errors)`,
// `ErrorFree` are not (they went to failed/ while the portal had the day, and the next export sent
// it all again as NEW). A partial word (`PartiallyFailed`, `CompletedWithErrors`) is not a refusal
// of the whole batch when Medfusion gave a handle to read its verdict by: the verdict names which
// appointments it refused (track-job.ts), and refusing all would send the stored ones again as NEW.
import type { HttpAnswer } from './http.ts';
import { clipServerText, type Rejected, type Retryable } from './outcomes.ts';
import type { ProcessingResponse } from './read-processing.ts';

const REFUSED = /fail|error|reject|invalid|denied|declin|abort/i;
/** A success word negated: Unsuccessful, NotAccepted, Non-processed, Not completed. */
const NEGATED = /(?:\bun|\bnot|\bnon|\bno)[\s_-]?(?:success|accept|complet|process|valid)/i;
/** "No errors" said: Completed with no errors, Success (0 errors), Without failures, ErrorFree. */
const NO_ERRORS = /\b(?:no|zero|0|without)[\s_-]?(?:errors?|failures?)\b|\berrors?[\s_-]?free\b/gi;
const PARTIAL = /partial|with[\s_-]?(?:some[\s_-]?)?(?:errors?|failures?)|\bsome\b/i;

/** Whether Medfusion's ProcessingStatus word refuses the batch (handle: a verdict can be read). */
export function statusRefuses(said: string, handle: boolean): boolean {
  if (NEGATED.test(said)) return true;
  const rest = said.replace(NO_ERRORS, ' ');
  if (!REFUSED.test(rest)) return false;
  return !(handle && PARTIAL.test(rest));
}

export function notAccepted(
  answer: HttpAnswer,
  parsed: ProcessingResponse,
  location: string | undefined,
  what: string,
): Rejected | Retryable | undefined {
  const said = parsed.processingStatus;
  const handle = !!(location || parsed.dataJobId || parsed.messageId);
  if (said && statusRefuses(said, handle)) {
    const words = parsed.responseMessage ? `: ${parsed.responseMessage.slice(0, 300)}` : '';
    const message = `${what}: HTTP ${answer.status}, but Medfusion's ProcessingStatus says '${said.slice(0, 50)}'${words}.`;
    return {
      kind: 'rejected',
      // Not the 2xx: the journal counts a batch with a 2xx as accepted (job-record.ts batchAccepted).
      httpStatus: 0,
      message,
      serverText: clipServerText(`${message}\n${answer.body}`),
    };
  }
  if (answer.status === 202 || handle) return undefined;
  const type = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim() || 'no content type';
  return {
    kind: 'retryable',
    httpStatus: answer.status,
    message:
      `${what}: HTTP ${answer.status} without Medfusion's answer (no ProcessingResponse, no Location; ${type}): ` +
      'a proxy or sign-in page may stand between this computer and Medfusion; it will be tried again.',
    serverText: clipServerText(answer.body),
    mayHaveArrived: true,
  };
}

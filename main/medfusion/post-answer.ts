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
import type { HttpAnswer } from './http.ts';
import { clipServerText, type Rejected, type Retryable } from './outcomes.ts';
import type { ProcessingResponse } from './read-processing.ts';

const REFUSED = /fail|error|reject|invalid|denied/i;

export function notAccepted(
  answer: HttpAnswer,
  parsed: ProcessingResponse,
  location: string | undefined,
  what: string,
): Rejected | Retryable | undefined {
  const said = parsed.processingStatus;
  if (said && REFUSED.test(said)) {
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
  if (answer.status === 202 || location || parsed.dataJobId || parsed.messageId) return undefined;
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

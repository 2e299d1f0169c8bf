// notAccepted (post-answer.ts): which 200/202 answers to a POST appointmentsdata are NOT an
// acceptance (round 53e). Each was taken as "accepted" before: the ledger said sent while Medfusion
// had nothing.
import { notAccepted } from '../../main/medfusion/post-answer.ts';
import type { ProcessingResponse } from '../../main/medfusion/read-processing.ts';

const answer = (status: number, body = '', type = 'application/xml') => ({
  kind: 'http' as const,
  status,
  headers: new Headers(type ? { 'content-type': type } : {}),
  body,
});
const ok: ProcessingResponse = { dataJobId: 'DJ', messageId: 'M', processingStatus: 'Successful' };
const WHAT = 'Sending appointments';

test("Medfusion's documented answer (202, ProcessingResponse Successful, Location): accepted", () => {
  expect(
    notAccepted(answer(202, '<ProcessingResponse/>'), ok, 'https://x/v1/p/1/processingStatus/M', WHAT),
  ).toBeUndefined();
});

test('a 200 with a ProcessingResponse and no Location (the vendor client takes 200 too): accepted', () => {
  expect(notAccepted(answer(200), { dataJobId: 'DJ' }, undefined, WHAT)).toBeUndefined();
  expect(notAccepted(answer(200), { messageId: 'M' }, undefined, WHAT)).toBeUndefined();
});

test('a 200 with only a Location: accepted (the status can be read there)', () => {
  expect(notAccepted(answer(200, '', ''), {}, 'https://x/status/1', WHAT)).toBeUndefined();
});

test('a 202 with an empty body: accepted (a proxy does not make up a 202)', () => {
  expect(notAccepted(answer(202, ''), {}, undefined, WHAT)).toBeUndefined();
});

test("a proxy's sign-in page (200, HTML): not taken, tried again, said as such", () => {
  const out = notAccepted(
    answer(200, '<html><title>Sign in</title></html>', 'text/html; charset=utf-8'),
    {},
    undefined,
    WHAT,
  );
  expect(out).toMatchObject({ kind: 'retryable', httpStatus: 200, mayHaveArrived: true });
  expect(out!.message).toBe(
    "Sending appointments: HTTP 200 without Medfusion's answer (no ProcessingResponse, no Location; text/html): a proxy or sign-in page may stand between this computer and Medfusion; it will be tried again.",
  );
  expect(out!.serverText).toContain('Sign in');
});

test('a 200 with JSON or nothing at all: not taken', () => {
  expect(notAccepted(answer(200, '{"ok":true}', 'application/json'), {}, undefined, WHAT)?.kind).toBe(
    'retryable',
  );
  expect(notAccepted(answer(200, '', ''), {}, undefined, WHAT)?.message).toContain('no content type');
});

test("ProcessingStatus Failed / Error / Rejected / Invalid: Medfusion's refusal, final, with its ResponseMessage", () => {
  for (const said of ['Failed', 'ERROR', 'Rejected', 'InvalidDocument', 'Access denied']) {
    const out = notAccepted(
      answer(202, '<ProcessingResponse/>'),
      { processingStatus: said, responseMessage: 'Practice is not enabled' },
      'https://x/status/1',
      WHAT,
    );
    expect(out).toMatchObject({ kind: 'rejected', httpStatus: 0 });
    expect(out!.message).toBe(
      `Sending appointments: HTTP 202, but Medfusion's ProcessingStatus says '${said}': Practice is not enabled.`,
    );
  }
});

test('another ProcessingStatus word (not a failure word): accepted, as the only one seen is Successful', () => {
  expect(notAccepted(answer(202), { ...ok, processingStatus: 'Received' }, undefined, WHAT)).toBeUndefined();
});

// Round 53k: only `Successful` has been seen, so a ProcessingStatus word is read for what it says.
const HANDLE = 'https://x/v1/p/1/processingStatus/M';
const said = (word: string, location?: string, p: ProcessingResponse = {}) =>
  notAccepted(answer(202, '<ProcessingResponse/>'), { ...p, processingStatus: word }, location, WHAT)?.kind;

test('success words never seen (Success, Completed, Processed, Accepted, Queued, Received): accepted', () => {
  for (const w of ['Success', 'Completed', 'Processed', 'Accepted', 'Queued', 'Received', 'OK'])
    expect([w, said(w, HANDLE)]).toEqual([w, undefined]);
});

test('a negated success word (Unsuccessful, NotProcessed, Not Accepted, Non-processed), Declined, Aborted: refused (were accepted, lost)', () => {
  for (const w of ['Unsuccessful', 'NotProcessed', 'Not Accepted', 'Non-processed', 'Declined', 'Aborted'])
    expect([w, said(w, HANDLE)]).toEqual([w, 'rejected']);
});

test('"no errors" said (Completed with no errors, Success (0 errors), ErrorFree, Processed without errors): accepted (went to failed/)', () => {
  for (const w of ['Completed with no errors', 'Success (0 errors)', 'ErrorFree', 'Processed without errors'])
    expect([w, said(w, HANDLE)]).toEqual([w, undefined]);
});

test('a partial word: accepted when the verdict can be read (it names the refused), refused when it cannot', () => {
  for (const w of ['PartiallyFailed', 'CompletedWithErrors']) {
    expect([w, said(w, HANDLE)]).toEqual([w, undefined]);
    expect([w, said(w, undefined, { dataJobId: 'DJ' })]).toEqual([w, undefined]);
    expect([w, said(w)]).toEqual([w, 'rejected']);
  }
  // A plain refusal stays one with a handle.
  expect(said('Failed', HANDLE)).toBe('rejected');
});

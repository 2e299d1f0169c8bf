// HTTP status → outcome kind, in one place. Final (rejected): the request itself is wrong and
// will fail again. Retryable: the server or the network is having a moment. 401 is decided by the
// caller, which first tries one fresh token.
import type { HttpAnswer } from './http.ts';
import { parseRetryAfter } from './http.ts';
import { clipServerText, type Failure } from './outcomes.ts';

const REASONS: Record<number, string> = {
  400: 'Medfusion refused the document as invalid',
  403: 'Medfusion refused access to this practice',
  404: 'Medfusion does not know this address or practice id',
  405: 'Medfusion does not accept this request at this address',
  409: 'Medfusion reported a conflict',
  413: 'the document is too large for Medfusion',
  415: 'Medfusion did not accept the content type (it expects application/xml)',
  422: 'Medfusion could not process the document',
};

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Classify a non-success answer (anything but 2xx and the caller-handled 401). */
export function classifyFailure(answer: HttpAnswer, nowMs: number, what: string): Failure {
  const { status } = answer;
  const serverText = clipServerText(answer.body);
  if (isRetryableStatus(status)) {
    const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'), nowMs);
    const label = status === 429 ? 'too many requests' : status === 408 ? 'request timeout' : 'server error';
    return {
      kind: 'retryable',
      httpStatus: status,
      message: `${what}: HTTP ${status} (${label}); it will be tried again.`,
      serverText,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  if (status === 401) {
    return {
      kind: 'unauthorized',
      httpStatus: 401,
      message: `${what}: HTTP 401, the access was refused even with a fresh token. Check the practice's credentials and practice id.`,
      serverText,
    };
  }
  if (status >= 300 && status < 400) {
    const to = answer.headers.get('location');
    return {
      kind: 'rejected',
      httpStatus: status,
      message: `${what}: HTTP ${status}, the server redirected${to ? ` to ${to}` : ''}. Check the environment's address.`,
      serverText,
    };
  }
  const reason = REASONS[status] ?? 'the request was refused';
  const firstLine = serverText.trim().split(/\r?\n/, 1)[0] ?? '';
  return {
    kind: 'rejected',
    httpStatus: status,
    message: `${what}: HTTP ${status}, ${reason}${firstLine ? `: ${firstLine.slice(0, 300)}` : ''}.`,
    serverText,
  };
}

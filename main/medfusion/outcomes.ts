// The classified result of every call to Medfusion. Callers (the engine, the CLI, the settings
// window) switch on `kind` and never look at raw HTTP: what is final, what needs the user's
// credentials, and what may simply be tried again is decided here, once.

/** Medfusion took the document (HTTP 202, or 200 as the vendor's own client also accepts). */
export interface Accepted {
  kind: 'accepted';
  httpStatus: number;
  dataJobId?: string;
  messageId?: string;
  /** Status URL: the `Location` header verbatim, else built from the MessageId. */
  location?: string;
  /** ProcessingResponse/ProcessingStatus text (only `Successful` has been seen). */
  processingStatus?: string;
}

/** Final: sending the same bytes again will fail the same way (400, 404, 415, other 4xx). */
export interface Rejected {
  kind: 'rejected';
  httpStatus: number;
  /** One line for people. */
  message: string;
  /** The server's own words, first 2 KB. */
  serverText: string;
}

/** Credentials are missing or wrong, or a 401 persisted after one fresh token. Needs a person. */
export interface Unauthorized {
  kind: 'unauthorized';
  httpStatus?: number;
  message: string;
  serverText?: string;
}

/** Temporary: 429, 5xx, 408, network errors, timeouts. Safe to try again later. */
export interface Retryable {
  kind: 'retryable';
  /** Absent for network errors and timeouts. */
  httpStatus?: number;
  message: string;
  serverText?: string;
  /** From Retry-After (seconds or an HTTP date), when the server sent one. */
  retryAfterMs?: number;
  /**
   * The request may have reached the server before the connection failed (timeout or dropped
   * connection after sending). For a POST the document may have been accepted: the engine should
   * treat a resend as a possible duplicate.
   */
  mayHaveArrived?: boolean;
}

export type Failure = Rejected | Unauthorized | Retryable;

export type PostOutcome = Accepted | Failure;

export type MessageState = 'COMPLETED' | 'ERROR' | 'INPROGRESS' | (string & {});

export interface ProcessingError {
  /** The code element's text, e.g. `APPNT_CORE_SRV_014` (element name unknown: first other child). */
  code?: string;
  description?: string;
  severity?: string;
  /** All text of the Error element, for when the children are not the ones we know. */
  text: string;
}

export interface ProcessingMessage {
  messageId?: string;
  /** Our AppointmentId on per-appointment messages; absent on the envelope message. */
  practiceResourceId?: string;
  state?: MessageState;
  statusDate?: string;
  error?: ProcessingError;
}

export interface ProcessingStatusReport {
  dataJobId?: string;
  messages: ProcessingMessage[];
  /** Every message's State is COMPLETED or ERROR (and there is at least one message). */
  finished: boolean;
}

/** The status document was read (HTTP 200). */
export interface StatusRead {
  kind: 'status';
  httpStatus: number;
  report: ProcessingStatusReport;
}

export type StatusOutcome = StatusRead | Failure;

/** Result of "Test connection": ok, or what is wrong in plain words. */
export type ConnectionTest =
  { kind: 'ok'; message: string; expiresInSec: number } | (Failure & { hint: string });

export const SERVER_TEXT_LIMIT = 2048;

/** First 2 KB of a server's answer, cut at a character boundary. */
export function clipServerText(text: string): string {
  if (text.length <= SERVER_TEXT_LIMIT) return text;
  return `${text.slice(0, SERVER_TEXT_LIMIT)}…`;
}

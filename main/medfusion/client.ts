// MedfusionClient: the only code that talks to Medfusion's appointmentsdata API. It posts one
// AppointmentData document, reads a processing status, and tests a practice's credentials; every
// answer comes back as a classified outcome (./outcomes.ts), never as a thrown HTTP error.
// Secrets stay in the CredentialStore and in memory; they never reach a message.
import type { CredentialStore } from '../credentials/credential-store.ts';
import { classifyFailure } from './classify.ts';
import { checkBaseUrl } from './environments.ts';
import { exchange, type FetchLike, type HttpAnswer } from './http.ts';
import { TokenSource, type BasicEncoding, type Token, type TokenSourceOptions } from './oauth.ts';
import type { ConnectionTest, Failure, PostOutcome, Retryable, StatusOutcome } from './outcomes.ts';
import { clipServerText } from './outcomes.ts';
import { notAccepted } from './post-answer.ts';
import { readProcessingResponse, readProcessingStatus } from './read-processing.ts';

export interface MedfusionClientOptions {
  /** From resolveBaseUrl(): a named environment's or a custom (https or loopback) address. */
  baseUrl: string;
  /** Medfusion practice integration id (UUID). */
  practiceId: string;
  credentials: CredentialStore;
  /** The practice's key in the credential store. */
  credentialKey: string;
  /** `Basic` client authentication: raw `id:secret` as documented (default), or base64. */
  basicEncoding?: BasicEncoding;
  /** Per request, headers and body (default 30 s). */
  timeoutMs?: number;
  clock?: () => number;
  fetch?: FetchLike;
  /** When aborted (the engine stops), every request in flight or to come ends at once as a
   *  retryable "stopped" outcome; the engine then leaves the step to be resumed at its next start. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export class MedfusionClient {
  readonly baseUrl: string;
  readonly practiceId: string;
  private readonly timeoutMs: number;
  private readonly clock: () => number;
  private readonly fetchImpl: FetchLike;
  private readonly tokenOptions: TokenSourceOptions;
  private readonly tokens: TokenSource;
  private readonly signal: AbortSignal | undefined;

  constructor(opts: MedfusionClientOptions) {
    this.signal = opts.signal;
    this.baseUrl = checkBaseUrl(opts.baseUrl);
    this.practiceId = opts.practiceId.trim();
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.clock = opts.clock ?? Date.now;
    this.fetchImpl = opts.fetch ?? fetch;
    this.tokenOptions = {
      baseUrl: this.baseUrl,
      credentials: opts.credentials,
      credentialKey: opts.credentialKey,
      basicEncoding: opts.basicEncoding ?? 'raw',
      timeoutMs: this.timeoutMs,
      clock: this.clock,
      fetch: this.fetchImpl,
      ...(opts.signal ? { signal: opts.signal } : {}),
    };
    this.tokens = new TokenSource(this.tokenOptions);
  }

  private practicePath(): string {
    return `${this.baseUrl}/v1/practice/${encodeURIComponent(this.practiceId)}`;
  }

  /** POST one AppointmentData document. */
  async postAppointmentData(xml: string): Promise<PostOutcome> {
    const what = 'Sending appointments';
    const answer = await this.authorized(what, (token) =>
      exchange(this.fetchImpl, {
        method: 'POST',
        url: `${this.practicePath()}/appointmentsdata`,
        headers: {
          'Content-Type': 'application/xml',
          Accept: 'application/xml',
          Authorization: `Bearer ${token}`,
        },
        body: xml,
        timeoutMs: this.timeoutMs,
        ...(this.signal ? { signal: this.signal } : {}),
      }),
    );
    if (answer.kind !== 'http') return answer;
    if (answer.status !== 200 && answer.status !== 202) return classifyFailure(answer, this.clock(), what);
    let parsed: ReturnType<typeof readProcessingResponse> = {};
    try {
      if (answer.body.trim()) parsed = readProcessingResponse(answer.body);
    } catch {
      parsed = {};
    }
    const header = answer.headers.get('location') ?? undefined;
    // What the 2xx proves (post-answer.ts): Medfusion's own refusal, or no sign of Medfusion at all
    // (a proxy's or sign-in page's 200): neither may be remembered as sent.
    const notTaken = notAccepted(answer, parsed, header, what);
    if (notTaken) return notTaken;
    const location = header
      ? new URL(header, `${this.baseUrl}/`).href
      : parsed.messageId
        ? `${this.practicePath()}/processingStatus/${encodeURIComponent(parsed.messageId)}`
        : undefined;
    return {
      kind: 'accepted',
      httpStatus: answer.status,
      ...(parsed.dataJobId ? { dataJobId: parsed.dataJobId } : {}),
      ...(parsed.messageId ? { messageId: parsed.messageId } : {}),
      ...(location ? { location } : {}),
      ...(parsed.processingStatus ? { processingStatus: parsed.processingStatus } : {}),
    };
  }

  /** GET a processing status URL (the Location of an accepted POST). */
  async getProcessingStatus(location: string): Promise<StatusOutcome> {
    const what = 'Reading the processing status';
    const url = this.statusUrl(location);
    if (typeof url !== 'string') return url;
    const answer = await this.authorized(what, (token) =>
      exchange(this.fetchImpl, {
        method: 'GET',
        url,
        headers: {
          Accept: 'application/xml',
          'Content-Type': 'application/xml',
          Authorization: `Bearer ${token}`,
        },
        timeoutMs: this.timeoutMs,
        ...(this.signal ? { signal: this.signal } : {}),
      }),
    );
    if (answer.kind !== 'http') return answer;
    if (answer.status !== 200) return classifyFailure(answer, this.clock(), what);
    try {
      return { kind: 'status', httpStatus: 200, report: readProcessingStatus(answer.body) };
    } catch {
      // A garbled status page is most likely a proxy's error page: worth another look later.
      return {
        kind: 'retryable',
        httpStatus: 200,
        message: `${what}: the answer was not a ProcessingStatus XML document.`,
        serverText: clipServerText(answer.body),
      };
    }
  }

  /** For "Test connection": get a fresh token and say plainly what is wrong, if anything. */
  async testConnection(): Promise<ConnectionTest> {
    this.tokens.invalidate();
    const t = await this.tokens.getToken();
    if (t.kind === 'token') {
      return {
        kind: 'ok',
        message: `Signed in to ${new URL(this.baseUrl).host}; the access token is valid for ${formatDuration(t.expiresInSec)}.`,
        expiresInSec: t.expiresInSec,
      };
    }
    let hint: string;
    if (t.kind === 'retryable') {
      hint = t.httpStatus
        ? 'The server answered with an error; try again in a few minutes.'
        : "Check this computer's internet connection and the environment's address.";
    } else if (t.kind === 'unauthorized' && t.httpStatus === 401 && (await this.otherEncodingWorks())) {
      const other = this.tokenOptions.basicEncoding === 'raw' ? 'base64' : 'raw';
      hint = `The credentials work with the '${other}' client authentication setting: change that setting.`;
    } else {
      hint = 'Check the app token, user name and password Medfusion gave you, and the environment.';
    }
    return { ...t, hint };
  }

  private async otherEncodingWorks(): Promise<boolean> {
    const other = this.tokenOptions.basicEncoding === 'raw' ? 'base64' : 'raw';
    const probe = new TokenSource({ ...this.tokenOptions, basicEncoding: other });
    return (await probe.getToken()).kind === 'token';
  }

  /**
   * Run a request with a bearer token; on 401 get ONE fresh token and try once more. A second
   * 401 becomes `unauthorized`. Safe for POST too: a 401 means the document was not taken.
   */
  private async authorized(
    what: string,
    send: (token: string) => Promise<HttpAnswer | Retryable>,
  ): Promise<HttpAnswer | Failure> {
    let token: Token | Failure = await this.tokens.getToken();
    if (token.kind !== 'token') return token;
    let answer = await send(token.accessToken);
    if (answer.kind !== 'http' || answer.status !== 401) return answer;
    this.tokens.invalidate(token.accessToken);
    token = await this.tokens.getToken();
    if (token.kind !== 'token') return token;
    answer = await send(token.accessToken);
    if (answer.kind === 'http' && answer.status === 401) return classifyFailure(answer, this.clock(), what);
    return answer;
  }

  /**
   * The status URL to GET. Relative locations resolve against the base URL; an absolute one on
   * another origin is re-based onto ours, because the bearer token must only go to the server
   * the user configured.
   */
  private statusUrl(location: string): string | Failure {
    let url: URL;
    try {
      url = new URL(location.trim(), `${this.baseUrl}/`);
    } catch {
      return {
        kind: 'rejected',
        httpStatus: 0,
        message: `'${location}' is not a processing status address.`,
        serverText: '',
      };
    }
    const base = new URL(this.baseUrl);
    if (url.origin !== base.origin) return `${base.origin}${url.pathname}${url.search}`;
    return url.href;
  }
}

function formatDuration(sec: number): string {
  if (sec < 120) return `${sec} seconds`;
  if (sec < 7200) return `${Math.round(sec / 60)} minutes`;
  if (sec < 172_800) return `${Math.round(sec / 3600)} hours`;
  return `${Math.round(sec / 86_400)} days`;
}

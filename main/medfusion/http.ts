// One HTTP exchange with a time limit, reduced to plain data (status, headers we use, body text)
// or a classified network failure. Built on Node's global fetch; the caller may inject its own.
import type { Retryable } from './outcomes.ts';

export type FetchLike = typeof fetch;

export interface HttpAnswer {
  kind: 'http';
  status: number;
  headers: Headers;
  body: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** The caller is stopping (the engine shuts down): give up on the answer at once. */
  signal?: AbortSignal;
}

/** Largest answer body we read; Medfusion's answers are tiny, a huge one is a misconfigured proxy. */
const MAX_BODY_CHARS = 1_000_000;

export async function exchange(fetchImpl: FetchLike, req: HttpRequest): Promise<HttpAnswer | Retryable> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), req.timeoutMs);
  const stop = () => controller.abort();
  if (req.signal?.aborted) stop();
  else req.signal?.addEventListener('abort', stop, { once: true });
  // Why one timer for headers AND body: a server that sends headers and then stalls is as stuck
  // as one that never answers.
  try {
    const res = await fetchImpl(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    const text = await res.text();
    return { kind: 'http', status: res.status, headers: res.headers, body: text.slice(0, MAX_BODY_CHARS) };
  } catch (err) {
    const host = safeHost(req.url);
    if (req.signal?.aborted) {
      return {
        kind: 'retryable',
        message: `The connector stopped before ${host} answered.`,
        // Stopped before the request went out, or while waiting for its answer.
        mayHaveArrived: req.method === 'POST',
      };
    }
    if (controller.signal.aborted) {
      return {
        kind: 'retryable',
        message: `No answer from ${host} within ${req.timeoutMs < 1000 ? `${req.timeoutMs} ms` : `${Math.round(req.timeoutMs / 1000)} s`}.`,
        mayHaveArrived: req.method === 'POST',
      };
    }
    const code = networkCode(err);
    return {
      kind: 'retryable',
      message: `Could not reach ${host}: ${describeNetworkError(code)}.`,
      // A refused or unresolved connection never carried the body; anything else may have.
      mayHaveArrived: req.method === 'POST' && !NEVER_SENT.has(code ?? ''),
    };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', stop);
  }
}

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function networkCode(err: unknown): string | undefined {
  // undici wraps the system error: TypeError('fetch failed') with `cause.code`.
  const cause = (err as { cause?: { code?: unknown } } | undefined)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  const own = (err as { code?: unknown } | undefined)?.code;
  return typeof own === 'string' ? own : undefined;
}

function describeNetworkError(code: string | undefined): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'the connection was refused (is the server running at that address?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name could not be found (check the address and the internet connection)';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed before an answer arrived';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    case undefined:
      return 'network error';
    default:
      return `network error ${code}`;
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Replace every occurrence of the given secrets (longer than 3 chars) with [redacted]. */
export function redact(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const s of secrets) {
    if (s && s.length > 3) out = out.split(s).join('[redacted]');
  }
  return out;
}

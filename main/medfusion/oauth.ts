// Medfusion's OAuth 2.0 password grant (spec §2): the app token is exchanged ONCE for a client id
// and secret (kept in the credential store), then the token endpoint is asked for an access token
// with `Basic <clientId>:<clientSecret>` (raw as documented, or base64 as RFC 7617 would have it).
// The access token lives in memory only and is renewed shortly before `expiresIn` runs out.
import { secretKey, type CredentialStore } from '../credentials/credential-store.ts';
import { classifyFailure } from './classify.ts';
import { exchange, redact, type FetchLike, type HttpAnswer } from './http.ts';
import type { Failure, Unauthorized } from './outcomes.ts';

export type BasicEncoding = 'raw' | 'base64';

export interface TokenSourceOptions {
  baseUrl: string;
  credentials: CredentialStore;
  credentialKey: string;
  basicEncoding: BasicEncoding;
  timeoutMs: number;
  clock: () => number;
  fetch: FetchLike;
  /** Aborted when the caller stops: a token request in flight ends at once. */
  signal?: AbortSignal;
}

export interface Token {
  kind: 'token';
  accessToken: string;
  expiresInSec: number;
}

/** Used when the answer carries no usable expiresIn: the shortest lifetime seen on DEMO. */
const DEFAULT_EXPIRES_IN_SEC = 1799;

/** Renew this long before expiry: 10 % of the lifetime, at most 60 s. */
export function refreshMarginMs(expiresInSec: number): number {
  return Math.min(60_000, expiresInSec * 100);
}

export function basicAuthorization(clientId: string, clientSecret: string, encoding: BasicEncoding): string {
  const pair = `${clientId}:${clientSecret}`;
  return `Basic ${encoding === 'base64' ? Buffer.from(pair, 'utf8').toString('base64') : pair}`;
}

interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** True when they came from the store (not just exchanged): may be stale. */
  fromStore: boolean;
}

export class TokenSource {
  private cached?: { token: Token; renewAtMs: number };
  private inflight?: Promise<Token | Failure>;

  constructor(private readonly opts: TokenSourceOptions) {}

  /** A valid access token (cached while fresh), or why none could be had. */
  getToken(): Promise<Token | Failure> {
    const c = this.cached;
    if (c && this.opts.clock() < c.renewAtMs) return Promise.resolve(c.token);
    // Several concurrent callers share one token request.
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Forget the token (after a 401), unless a newer one has replaced it meanwhile. */
  invalidate(accessToken?: string): void {
    if (!accessToken || this.cached?.token.accessToken === accessToken) this.cached = undefined;
  }

  private key(name: Parameters<typeof secretKey>[1]): string {
    return secretKey(this.opts.credentialKey, name);
  }

  private async fetchToken(): Promise<Token | Failure> {
    const store = this.opts.credentials;
    const username = await store.get(this.key('username'));
    const password = await store.get(this.key('password'));
    if (!username || !password) {
      return missing('the integration user name and password');
    }
    let client = await this.clientCredentials();
    if ('kind' in client) return client;
    let result = await this.requestToken(client, username, password);
    // A stored client id/secret may be stale (app token re-issued): exchange once more, then stop.
    if (result.kind === 'unauthorized' && client.fromStore && (await store.get(this.key('appToken')))) {
      await store.delete(this.key('clientId'));
      await store.delete(this.key('clientSecret'));
      client = await this.clientCredentials();
      if ('kind' in client) return client;
      result = await this.requestToken(client, username, password);
    }
    if (result.kind === 'token') {
      const lifetime = result.expiresInSec;
      this.cached = {
        token: result,
        renewAtMs: this.opts.clock() + lifetime * 1000 - refreshMarginMs(lifetime),
      };
    }
    return result;
  }

  private async clientCredentials(): Promise<ClientCredentials | Failure> {
    const store = this.opts.credentials;
    const clientId = await store.get(this.key('clientId'));
    const clientSecret = await store.get(this.key('clientSecret'));
    if (clientId && clientSecret) return { clientId, clientSecret, fromStore: true };
    const appToken = await store.get(this.key('appToken'));
    if (!appToken) return missing('the app token');
    const answer = await exchange(this.opts.fetch, {
      method: 'GET',
      url: `${this.opts.baseUrl}/v1/oauth2/oauthapplication/${encodeURIComponent(appToken)}`,
      headers: { Accept: 'application/json' },
      timeoutMs: this.opts.timeoutMs,
      ...(this.opts.signal ? { signal: this.opts.signal } : {}),
    });
    if (answer.kind !== 'http') return answer;
    const what = 'Exchanging the app token';
    if (answer.status !== 200) {
      return this.authFailure(answer, what, 'Check the app token Medfusion gave you (and the environment).', [
        appToken,
      ]);
    }
    const json = parseJson(answer.body);
    const id = stringField(json, 'clientId', 'client_id');
    const secret = stringField(json, 'clientSecret', 'client_secret');
    if (!id || !secret) {
      return {
        kind: 'unauthorized',
        httpStatus: 200,
        message: `${what}: the answer did not contain a client id and secret. Check the environment's address.`,
      };
    }
    await store.set(this.key('clientId'), id);
    await store.set(this.key('clientSecret'), secret);
    return { clientId: id, clientSecret: secret, fromStore: false };
  }

  private async requestToken(
    client: ClientCredentials,
    username: string,
    password: string,
  ): Promise<Token | Failure> {
    const body = new URLSearchParams({ grant_type: 'password', username, password }).toString();
    const answer = await exchange(this.opts.fetch, {
      method: 'POST',
      url: `${this.opts.baseUrl}/v1/oauth2/token`,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        Authorization: basicAuthorization(client.clientId, client.clientSecret, this.opts.basicEncoding),
      },
      body,
      timeoutMs: this.opts.timeoutMs,
      ...(this.opts.signal ? { signal: this.opts.signal } : {}),
    });
    // A token request that timed out cannot have "arrived" in any way that matters.
    if (answer.kind !== 'http') return { ...answer, mayHaveArrived: false };
    const what = 'Signing in to Medfusion';
    const secrets = [password, client.clientSecret, client.clientId];
    if (answer.status !== 200) {
      const hint =
        this.opts.basicEncoding === 'raw'
          ? 'Check the user name and password; if they are right, try the base64 client authentication setting.'
          : 'Check the user name and password; if they are right, try the raw client authentication setting.';
      return this.authFailure(answer, what, hint, secrets);
    }
    const json = parseJson(answer.body);
    const accessToken = stringField(json, 'accessToken', 'access_token');
    if (!accessToken) {
      return {
        kind: 'unauthorized',
        httpStatus: 200,
        message: `${what}: the answer did not contain an access token. Check the environment's address.`,
      };
    }
    const rawExpires = numberField(json, 'expiresIn', 'expires_in');
    const expiresInSec = rawExpires && rawExpires > 0 ? rawExpires : DEFAULT_EXPIRES_IN_SEC;
    return { kind: 'token', accessToken, expiresInSec };
  }

  /** Retryable stays retryable; every other refusal of the OAuth calls needs the user's credentials. */
  private authFailure(answer: HttpAnswer, what: string, hint: string, secrets: string[]): Failure {
    const failure = classifyFailure(answer, this.opts.clock(), what);
    const serverText = redact(failure.serverText ?? '', secrets);
    if (failure.kind === 'retryable') return { ...failure, serverText, mayHaveArrived: false };
    return {
      kind: 'unauthorized',
      httpStatus: answer.status,
      message: `${what}: HTTP ${answer.status}, refused. ${hint}`,
      serverText,
    };
  }
}

function missing(what: string): Unauthorized {
  return {
    kind: 'unauthorized',
    message: `No credentials: ${what} for this practice ${what.endsWith('s') ? 'are' : 'is'} not stored. Enter the credentials Medfusion gave you in Settings.`,
  };
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stringField(json: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = json[n];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

function numberField(json: Record<string, unknown>, ...names: string[]): number | undefined {
  for (const n of names) {
    const v = json[n];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  }
  return undefined;
}

// Where Medfusion lives: the named environments (sandbox, demo, production) and the rule that a
// custom base URL must be https unless it points at this machine. Why the rule: the bearer token
// and the patients' appointments travel in every request; plain http is only harmless on loopback
// (the built-in sandbox).
import type { EnvironmentName } from '../model/settings.ts';

export const MEDFUSION_BASE_URLS = {
  demo: 'https://integration.demo.medfusion.net',
  production: 'https://integration.medfusion.net',
} as const;

/** Where `appt-connector sandbox` listens by default. */
export const DEFAULT_SANDBOX_URL = 'http://127.0.0.1:8787';

export const ENVIRONMENT_NAMES: readonly EnvironmentName[] = ['sandbox', 'demo', 'production'];

export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

/** True for localhost, 127.0.0.0/8 and ::1 (with or without brackets). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^::ffff:127\.\d+\.\d+\.\d+$/.test(h)) return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!m && Number(m[1]) === 127 && m.slice(2).every((p) => Number(p) <= 255);
}

/**
 * Check a base URL and return it normalised (no trailing slash, no query or fragment).
 * @throws EnvironmentError with a message a person can act on.
 */
export function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new EnvironmentError(
      `'${raw}' is not a web address. Use sandbox, demo, production or a full address such as ` +
        `${MEDFUSION_BASE_URLS.demo}.`,
    );
  }
  if (url.username || url.password) {
    throw new EnvironmentError(
      `The address '${url.host}' must not carry a user name or password; credentials are entered separately.`,
    );
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new EnvironmentError(
      `Refused 'http://${url.host}': plain http would send the access token and patients' appointments ` +
        `unencrypted. Use https://${url.host}${url.pathname === '/' ? '' : url.pathname} instead ` +
        '(plain http is allowed only for this computer: localhost, 127.x.x.x, ::1).',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EnvironmentError(`'${raw}' is not an http(s) address.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Resolve a practice's `environment` setting (a name or a custom URL) to a base URL.
 * `sandboxUrl` is where the local sandbox runs (known only at runtime).
 */
export function resolveBaseUrl(
  environment: EnvironmentName | string,
  opts: { sandboxUrl?: string } = {},
): string {
  const env = environment.trim();
  if (env === 'sandbox') return checkBaseUrl(opts.sandboxUrl ?? DEFAULT_SANDBOX_URL);
  if (env === 'demo' || env === 'production') return MEDFUSION_BASE_URLS[env];
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(env)) {
    throw new EnvironmentError(
      `Unknown environment '${environment}'. Use sandbox, demo, production or a full https:// address.`,
    );
  }
  return checkBaseUrl(env);
}

/** The environment name for a base URL, when it is one of Medfusion's; otherwise undefined. */
export function environmentOf(baseUrl: string): 'demo' | 'production' | undefined {
  const origin = new URL(baseUrl).origin;
  if (origin === MEDFUSION_BASE_URLS.demo) return 'demo';
  if (origin === MEDFUSION_BASE_URLS.production) return 'production';
  return undefined;
}

// The sandbox's OAuth side: which app token, client and user it knows, how it reads the `Basic`
// header (raw `id:secret` as Medfusion documents it, or base64 as RFC 7617 has it), and the
// access tokens it has handed out, each with an expiry.
import { randomBytes } from 'node:crypto';
import { SANDBOX_CREDENTIALS } from '../credentials/sandbox-credentials.ts';

export type BasicForms = 'raw' | 'base64' | 'both';

/** Client id and secret from a `Basic` header in an accepted form, or undefined. */
export function readBasic(
  header: string | undefined,
  accept: BasicForms = 'both',
): { clientId: string; clientSecret: string } | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!m) return undefined;
  const value = m[1]!.trim();
  const split = (pair: string) => {
    const i = pair.indexOf(':');
    return i > 0 ? { clientId: pair.slice(0, i), clientSecret: pair.slice(i + 1) } : undefined;
  };
  // Raw form first (it contains a colon, which base64 never does).
  if (value.includes(':')) return accept === 'base64' ? undefined : split(value);
  if (accept === 'raw') return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  return split(Buffer.from(value, 'base64').toString('utf8'));
}

export function clientMatches(c: { clientId: string; clientSecret: string } | undefined): boolean {
  return c?.clientId === SANDBOX_CREDENTIALS.clientId && c.clientSecret === SANDBOX_CREDENTIALS.clientSecret;
}

export class SandboxTokens {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly clock: () => number) {}

  issue(expiresInSec: number): string {
    const token = `sbx-${randomBytes(18).toString('base64url')}`;
    this.expiries.set(token, this.clock() + expiresInSec * 1000);
    return token;
  }

  /** True when the `Authorization: Bearer` header carries a live token. */
  check(authorization: string | undefined): boolean {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!m) return false;
    const expiresAt = this.expiries.get(m[1]!);
    if (expiresAt === undefined) return false;
    if (this.clock() >= expiresAt) {
      this.expiries.delete(m[1]!);
      return false;
    }
    return true;
  }

  expireAll(): void {
    this.expiries.clear();
  }
}

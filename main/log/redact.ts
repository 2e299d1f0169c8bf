// The guard between log calls and the log file: field names that can hold a secret or a patient's
// identity are replaced by '[redacted]', and any known secret string (a token, a password the
// credential store handed out) is masked wherever it appears, so neither reaches the log even when
// a caller passes the wrong object by mistake. Logs carry ids and counts only.

export const REDACTED = '[redacted]';

/** Field names whose values never reach the log. */
const SENSITIVE_KEY =
  /pass(word|wd|phrase)?$|secret|token|authori[sz]ation|cookie|api_?key|^(first|last|middle|full|given|family|patient)_?name$|^name$|^dob$|birth|e_?mail|phone|address|ssn/i;

const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;

export class Redactor {
  private secrets: string[] = [];

  constructor(secrets: Iterable<string> = []) {
    for (const s of secrets) this.addSecret(s);
  }

  /** Mask this value wherever it appears from now on (short strings would mask too much). */
  addSecret(value: string | undefined): void {
    if (!value || value.length < 4 || this.secrets.includes(value)) return;
    this.secrets.push(value);
    // Longest first, so a secret containing another is masked whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  maskString(s: string): string {
    let out = s.replace(BEARER, `$1 ${REDACTED}`);
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  }

  /** A deep copy of `value` that is safe to log. */
  redact(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.maskString(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth > 8) return '[deep]';
    if (value instanceof Error)
      return {
        name: value.name,
        message: this.maskString(value.message),
        ...this.redactFields(value, depth),
      };
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map((v) => this.redact(v, depth + 1));
    return this.redactFields(value as Record<string, unknown>, depth);
  }

  private redactFields(obj: object, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj))
      out[k] = SENSITIVE_KEY.test(k) ? REDACTED : this.redact(v, depth + 1);
    return out;
  }
}

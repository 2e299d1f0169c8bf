// Test switches that make the sandbox misbehave on purpose, so the client, the engine and crash
// tests can be shown to cope: error statuses (with Retry-After), slow answers, dropped
// connections, expired tokens and a persistent 401, each aimed at one route or all of them; and
// deactivated patients, whose appointments Medfusion processes as ERROR (the portal refuses them)
// until they are reactivated. Driven in-process (`handle.faults`) or over HTTP
// (`POST /__sandbox/faults`).

export const FAULT_ROUTES = ['any', 'oauthapplication', 'token', 'appointmentsdata', 'status'] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];

export interface FaultRule {
  /** Which requests: one API route, or `any` (default; the portal and /__sandbox are never hit). */
  route?: FaultRoute;
  /** Answer with this HTTP status instead of the real answer (e.g. 500, 502, 503, 429, 401). */
  status?: number;
  /** The answer's body with `status` (default a line naming the fault): a proxy's sign-in page
   *  answering 200, a ProcessingResponse that says Failed, a status that never finishes. */
  body?: string;
  /** Its Content-Type (default text/plain). */
  contentType?: string;
  /** Retry-After header sent with `status`: seconds or an HTTP date. */
  retryAfter?: number | string;
  /** Wait this long before answering (longer than the client's timeout = a timeout). */
  delayMs?: number;
  /** Destroy the connection without any answer. */
  drop?: boolean;
  /**
   * `before` (default): the fault replaces the request's handling. `after`: the request is
   * handled for real (a POST is accepted and recorded) and only then the answer is delayed or
   * the connection dropped: "accepted, but the reply was lost".
   */
  phase?: 'before' | 'after';
  /** How many matching requests (default 1); `always` until cleared. */
  times?: number | 'always';
}

export interface ActiveFault extends FaultRule {
  route: FaultRoute;
  /** Uses left; `always` for persistent rules. */
  remaining: number | 'always';
}

export class FaultSwitches {
  private rules: ActiveFault[] = [];
  /** Patient ids deactivated in the portal: kept apart from the rules (clear() leaves them). */
  private readonly inactive = new Set<string>();

  constructor(private readonly onExpireTokens: () => void) {}

  /** Replace all rules. */
  set(rules: FaultRule | FaultRule[]): void {
    // Check every rule before replacing anything: a bad rule leaves the old set in place.
    this.rules = (Array.isArray(rules) ? rules : [rules]).map(normalise);
  }

  add(rule: FaultRule): void {
    this.rules.push(normalise(rule));
  }

  clear(): void {
    this.rules = [];
  }

  /** Every token issued so far stops working now. */
  expireTokens(): void {
    this.onExpireTokens();
  }

  /** From now on every appointment of these patients is processed as ERROR. */
  deactivatePatients(patientIds: Iterable<string>): void {
    for (const id of patientIds) this.inactive.add(checkPatientId(id));
  }

  reactivatePatients(patientIds: Iterable<string>): void {
    for (const id of patientIds) this.inactive.delete(checkPatientId(id));
  }

  isDeactivated(patientId: string): boolean {
    return this.inactive.has(patientId);
  }

  deactivated(): string[] {
    return [...this.inactive];
  }

  list(): ActiveFault[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** The first rule matching this route, one use consumed; undefined when none applies. */
  take(route: Exclude<FaultRoute, 'any'>): ActiveFault | undefined {
    const i = this.rules.findIndex((r) => r.route === 'any' || r.route === route);
    if (i < 0) return undefined;
    const rule = this.rules[i]!;
    if (rule.remaining !== 'always') {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules.splice(i, 1);
    }
    return { ...rule };
  }
}

export class FaultRuleError extends Error {
  override readonly name = 'FaultRuleError';
}

function checkPatientId(id: unknown): string {
  if (typeof id !== 'string' || id === '' || id.length > 100) {
    throw new FaultRuleError('a patient id must be a non-empty string of at most 100 characters');
  }
  return id;
}

/** Check a rule (it may come from JSON over HTTP) and fill in the defaults. */
export function normalise(input: unknown): ActiveFault {
  if (!input || typeof input !== 'object') throw new FaultRuleError('a fault rule must be a JSON object');
  const r = input as Record<string, unknown>;
  const route = r.route ?? 'any';
  if (typeof route !== 'string' || !(FAULT_ROUTES as readonly string[]).includes(route)) {
    throw new FaultRuleError(`route must be one of ${FAULT_ROUTES.join(', ')}`);
  }
  const num = (name: string, min: number, max: number): number | undefined => {
    const v = r[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new FaultRuleError(`${name} must be a whole number from ${min} to ${max}`);
    }
    return v;
  };
  const status = num('status', 200, 599);
  const delayMs = num('delayMs', 0, 600_000);
  const drop = r.drop === undefined ? undefined : r.drop === true;
  const retryAfter = r.retryAfter;
  if (retryAfter !== undefined && typeof retryAfter !== 'number' && typeof retryAfter !== 'string') {
    throw new FaultRuleError('retryAfter must be seconds or an HTTP date');
  }
  const body = r.body;
  const contentType = r.contentType;
  if (body !== undefined && (typeof body !== 'string' || body.length > 100_000)) {
    throw new FaultRuleError('body must be text of at most 100000 characters');
  }
  if (contentType !== undefined && (typeof contentType !== 'string' || contentType.length > 200)) {
    throw new FaultRuleError('contentType must be text of at most 200 characters');
  }
  if ((body !== undefined || contentType !== undefined) && status === undefined) {
    throw new FaultRuleError('body and contentType go with status');
  }
  const phase = r.phase ?? 'before';
  if (phase !== 'before' && phase !== 'after') throw new FaultRuleError("phase must be 'before' or 'after'");
  if (phase === 'after' && status !== undefined) {
    throw new FaultRuleError("phase 'after' works with delayMs or drop, not with status");
  }
  if (status === undefined && delayMs === undefined && !drop) {
    throw new FaultRuleError('a fault rule needs status, delayMs or drop');
  }
  const times = r.times === 'always' ? 'always' : (num('times', 1, 1_000_000) ?? 1);
  return {
    route: route as FaultRoute,
    ...(status !== undefined ? { status } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(contentType !== undefined ? { contentType } : {}),
    ...(delayMs !== undefined ? { delayMs } : {}),
    ...(drop ? { drop } : {}),
    phase,
    times,
    remaining: times,
  };
}

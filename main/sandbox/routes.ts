// The sandbox's HTTP routes: Medfusion's OAuth and appointmentsdata endpoints (spec §1-4), the
// portal pages and the /__sandbox test controls. Handlers return an Answer instead of writing to
// the response, so the fault switches can delay or drop it after the real work was done.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readAppointmentData } from '../xml/read-appointment-data.ts';
import { formatXmlProblem, validateAppointmentData } from '../xml/validate-appointment-data.ts';
import { processingResponseXml, processingStatusXml } from './answers.ts';
import {
  findSandboxPractice,
  SANDBOX_APPLICATION_NAME,
  SANDBOX_CREDENTIALS,
  SANDBOX_PRACTICES,
} from '../credentials/sandbox-credentials.ts';
import { FaultRuleError, type FaultRoute, type FaultRule, type FaultSwitches } from './faults.ts';
import { homePage, patientPage, practicePage } from './portal.ts';
import type { JobItem } from './processing.ts';
import type { SandboxJob, SandboxStore } from './store.ts';
import { clientMatches, readBasic, type BasicForms, type SandboxTokens } from './tokens.ts';

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export interface SandboxContext {
  store: SandboxStore;
  tokens: SandboxTokens;
  faults: FaultSwitches;
  expiresInSec: number;
  /** Which `Basic` forms the token endpoint accepts. */
  acceptBasic: BasicForms;
  clock: () => number;
  /** Zone for the portal's times; undefined = this machine's. */
  timeZone?: string;
  /** Base URL for Location headers when the request has no Host header. */
  publicUrl: () => string;
  /** Start processing an accepted document after the configured delay. */
  schedule: (job: SandboxJob) => void;
}

export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Route =
  | { api: Exclude<FaultRoute, 'any'>; handle: () => Promise<Answer> | Answer }
  | { api?: undefined; handle: () => Promise<Answer> | Answer };

const text = (status: number, body: string, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  body: body.endsWith('\n') ? body : `${body}\n`,
});
const json = (status: number, value: unknown): Answer => ({
  status,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(value),
});
const xml = (status: number, body: string, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'Content-Type': 'application/xml', ...headers },
  body,
});
const html = (status: number, body: string): Answer => ({
  status,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  },
  body,
});

const UNAUTHORIZED = () =>
  text(
    401,
    'Unauthorized: the access token is missing, invalid or expired. Get a new token from /v1/oauth2/token.',
    {
      'WWW-Authenticate': 'Bearer',
    },
  );

function unknownPractice(id: string): Answer {
  return text(404, `Not found: no practice with integration id '${id}' in this sandbox.`);
}

/** Which handler serves this request (undefined = 404). */
export function route(req: SandboxRequest, ctx: SandboxContext): Route | undefined {
  const p = req.path;
  const m = req.method;
  let g: RegExpExecArray | null;
  if ((g = /^\/v1\/oauth2\/oauthapplication\/([^/]+)$/i.exec(p)) && m === 'GET') {
    return { api: 'oauthapplication', handle: () => oauthApplication(decodeURIComponent(g![1]!)) };
  }
  if (/^\/v1\/oauth2\/token$/i.test(p) && m === 'POST')
    return { api: 'token', handle: () => token(req, ctx) };
  if ((g = /^\/v1\/practice\/([^/]+)\/appointmentsdata$/i.exec(p)) && m === 'POST') {
    return { api: 'appointmentsdata', handle: () => postAppointments(req, ctx, decodeURIComponent(g![1]!)) };
  }
  if ((g = /^\/v1\/practice\/([^/]+)\/processingstatus\/([^/]+)$/i.exec(p)) && m === 'GET') {
    return {
      api: 'status',
      handle: () => getStatus(req, ctx, decodeURIComponent(g![1]!), decodeURIComponent(g![2]!)),
    };
  }
  if (m === 'GET' && (p === '/' || p === '/portal' || p === '/portal/')) {
    return { handle: () => html(200, homePage(SANDBOX_PRACTICES)) };
  }
  if ((g = /^\/portal\/([^/]+)\/?$/.exec(p)) && m === 'GET') {
    const practice = findSandboxPractice(decodeURIComponent(g[1]!));
    return {
      handle: () =>
        practice
          ? html(200, practicePage(practice, ctx.store.appointments(practice.practiceId)))
          : notFoundPage(),
    };
  }
  if ((g = /^\/portal\/([^/]+)\/patients\/([^/]+)$/.exec(p)) && m === 'GET') {
    const practice = findSandboxPractice(decodeURIComponent(g[1]!));
    const patientId = decodeURIComponent(g[2]!);
    const zone = req.query.get('tz') ?? ctx.timeZone;
    return {
      handle: () =>
        practice
          ? html(
              200,
              patientPage(
                practice,
                patientId,
                ctx.store.appointments(practice.practiceId),
                ctx.clock(),
                validZone(zone),
              ),
            )
          : notFoundPage(),
    };
  }
  if (p.startsWith('/__sandbox/')) {
    // The controls change how the sandbox answers (and list what it received): only for this
    // computer. A foreign Host is a DNS-rebinding page that resolved its own name to 127.0.0.1.
    if (!isLoopbackHost(req.headers.host)) return { handle: () => foreignHost(req.headers.host) };
  }
  if (p === '/__sandbox/faults') return { handle: () => faultsControl(req, ctx) };
  if (p === '/__sandbox/received' && m === 'GET')
    return { handle: () => json(200, { received: ctx.store.received() }) };
  if (p === '/__sandbox/info' && m === 'GET') return { handle: () => json(200, info(ctx)) };
  return undefined;
}

/** Host header names this computer: 127.x.x.x, localhost, [::1] (any port). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
  const lower = name.toLowerCase();
  return lower === 'localhost' || lower === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(lower);
}

function foreignHost(host: string | undefined): Answer {
  return text(
    403,
    `Forbidden: the /__sandbox controls answer only to this computer (Host '${(host ?? '(none)').slice(0, 100)}' is not 127.0.0.1, localhost or [::1]). Use http://127.0.0.1:<port>/__sandbox/….`,
  );
}

function validZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

function notFoundPage(): Answer {
  return html(
    404,
    '<!doctype html><title>Not found</title><p>No such practice in this sandbox. <a href="/">All practices</a></p>',
  );
}

export function info(ctx: SandboxContext) {
  return {
    url: ctx.publicUrl(),
    practiceId: SANDBOX_CREDENTIALS.practiceId,
    practices: SANDBOX_PRACTICES,
    appToken: SANDBOX_CREDENTIALS.appToken,
    username: SANDBOX_CREDENTIALS.username,
    password: SANDBOX_CREDENTIALS.password,
  };
}

function oauthApplication(appToken: string): Answer {
  if (appToken !== SANDBOX_CREDENTIALS.appToken) {
    return json(404, { error: 'not_found', message: 'Unknown application token.' });
  }
  return json(200, {
    applicationName: SANDBOX_APPLICATION_NAME,
    grantTypes: ['password'],
    clientId: SANDBOX_CREDENTIALS.clientId,
    clientSecret: SANDBOX_CREDENTIALS.clientSecret,
    oauthVersion: 'O_AUTH_2_0',
  });
}

function token(req: SandboxRequest, ctx: SandboxContext): Answer {
  if (!clientMatches(readBasic(req.headers.authorization, ctx.acceptBasic))) {
    return json(401, { error: 'invalid_client', message: 'Bad client credentials in the Basic header.' });
  }
  const form = new URLSearchParams(req.body);
  if (form.get('grant_type') !== 'password') {
    return json(400, { error: 'unsupported_grant_type', message: 'Only grant_type=password is supported.' });
  }
  if (
    form.get('username') !== SANDBOX_CREDENTIALS.username ||
    form.get('password') !== SANDBOX_CREDENTIALS.password
  ) {
    return json(401, { error: 'invalid_grant', message: 'Bad credentials.' });
  }
  return json(200, {
    tokenType: 'BEARER',
    expiresIn: ctx.expiresInSec,
    refreshToken: null,
    accessToken: ctx.tokens.issue(ctx.expiresInSec),
    accessTokenSecret: null,
  });
}

function isXmlContentType(value: string | undefined): boolean {
  const type = (value ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/xml' || type === 'text/xml' || /^application\/[\w.-]+\+xml$/.test(type);
}

function baseUrl(req: SandboxRequest, ctx: SandboxContext): string {
  return req.headers.host ? `http://${req.headers.host}` : ctx.publicUrl();
}

async function postAppointments(
  req: SandboxRequest,
  ctx: SandboxContext,
  practiceId: string,
): Promise<Answer> {
  if (!ctx.tokens.check(req.headers.authorization)) return UNAUTHORIZED();
  const practice = findSandboxPractice(practiceId);
  if (!practice) return unknownPractice(practiceId);
  if (!isXmlContentType(req.headers['content-type'])) {
    return text(
      415,
      `Unsupported Media Type: '${req.headers['content-type'] ?? '(none)'}'. Send the document with Content-Type: application/xml.`,
    );
  }
  if (!req.body.trim()) return text(400, 'Bad Request: the request body is empty.');
  const result = await validateAppointmentData(req.body, { fileName: 'request body' });
  if (!result.ok) {
    return text(
      400,
      [
        'Bad Request: the document failed XML validation.',
        ...result.problems.map((p) => formatXmlProblem(p)),
      ].join('\n'),
    );
  }
  // Zone-less times (as in Medfusion's own sample) are read as UTC.
  const appointments = readAppointmentData(req.body, { timeZone: 'UTC' });
  const items: JobItem[] = appointments.map((a) => ({
    messageId: randomUUID(),
    action: a.status,
    appointment: {
      appointmentId: a.appointmentId,
      patientId: a.patient.patientId,
      patientName: `${a.patient.firstName} ${a.patient.lastName}`.trim(),
      start: a.start.toISOString(),
      type: a.type,
      description: a.description,
      location: a.location,
      providerName: a.participant.providerName,
    },
  }));
  const job: SandboxJob = {
    dataJobId: randomUUID(),
    messageId: randomUUID(),
    practiceId: practice.practiceId,
    appointmentIds: items.map((i) => i.appointment.appointmentId),
    sha256: createHash('sha256').update(req.body, 'utf8').digest('hex'),
    receivedAt: new Date(ctx.clock()).toISOString(),
    items,
  };
  ctx.store.accept(job);
  ctx.schedule(job);
  const location = `${baseUrl(req, ctx)}/v1/practice/${encodeURIComponent(practice.practiceId)}/processingStatus/${job.messageId}`;
  return xml(202, processingResponseXml(job), { Location: location });
}

function getStatus(req: SandboxRequest, ctx: SandboxContext, practiceId: string, id: string): Answer {
  if (!ctx.tokens.check(req.headers.authorization)) return UNAUTHORIZED();
  const practice = findSandboxPractice(practiceId);
  if (!practice) return unknownPractice(practiceId);
  const job = ctx.store.findJob(id);
  if (!job || job.practiceId !== practice.practiceId) {
    return text(404, `Not found: no processing status '${id}' for this practice.`);
  }
  return xml(200, processingStatusXml(job));
}

function faultsControl(req: SandboxRequest, ctx: SandboxContext): Answer {
  if (req.method === 'GET') return json(200, { faults: ctx.faults.list() });
  if (req.method === 'DELETE') {
    ctx.faults.clear();
    return json(200, { faults: [] });
  }
  if (req.method !== 'POST') return text(405, 'Use GET, POST or DELETE.');
  // A cross-site page can POST text/plain or a form without asking (no CORS preflight), but not
  // application/json: requiring it keeps a web page from switching faults on.
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return text(
      415,
      `Unsupported Media Type: '${(req.headers['content-type'] ?? '(none)').slice(0, 100)}'. Send the rules with Content-Type: application/json.`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(req.body || '{}');
  } catch {
    return text(
      400,
      'The body must be JSON: {"set": [rules]} | {"add": rule} | {"clear": true} | {"expireTokens": true} | {"deactivatePatients": [ids]} | {"reactivatePatients": [ids]}.',
    );
  }
  try {
    if (Array.isArray(body)) ctx.faults.set(body as FaultRule[]);
    else if (body && typeof body === 'object') {
      const b = body as Record<string, unknown>;
      const control = [
        'set',
        'add',
        'clear',
        'expireTokens',
        'deactivatePatients',
        'reactivatePatients',
      ].some((k) => k in b);
      if (!control) ctx.faults.add(b as FaultRule);
      if (b.clear === true) ctx.faults.clear();
      if (b.set !== undefined) ctx.faults.set(b.set as FaultRule | FaultRule[]);
      if (b.add !== undefined)
        for (const r of Array.isArray(b.add) ? b.add : [b.add]) ctx.faults.add(r as FaultRule);
      if (b.expireTokens === true) ctx.faults.expireTokens();
      if (b.deactivatePatients !== undefined) ctx.faults.deactivatePatients(patientIds(b.deactivatePatients));
      if (b.reactivatePatients !== undefined) ctx.faults.reactivatePatients(patientIds(b.reactivatePatients));
    } else return text(400, 'The body must be a JSON object or array.');
  } catch (e) {
    if (e instanceof FaultRuleError) return text(400, `Bad fault rule: ${e.message}.`);
    throw e;
  }
  return json(200, { faults: ctx.faults.list(), deactivatedPatients: ctx.faults.deactivated() });
}

function patientIds(v: unknown): string[] {
  if (!Array.isArray(v))
    throw new FaultRuleError('deactivatePatients/reactivatePatients must be a list of patient ids');
  return v as string[];
}

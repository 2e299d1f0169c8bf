// What the sandbox received and what its portal shows, read from the sandbox's own event log
// (`sandbox-events.jsonl` in its data folder) rather than from the engine: the engine's journal
// says what it meant to send, this says what arrived. The handle's received() gives appointment
// ids only; a scenario needs the action (NEW/UPDATE/CANCEL) of each, and the portal's final list.
// The portal is rebuilt with the sandbox's own `apply`, so it is exactly what the sandbox holds.
import fs from 'node:fs';
import path from 'node:path';
import {
  apply,
  type JobItem,
  type MessageResult,
  type PortalAppointment,
} from '../../../main/sandbox/processing.ts';
import { EVENTS_FILE } from '../../../main/sandbox/store.ts';

export interface SentItem {
  action: JobItem['action'];
  appointmentId: string;
  patientId: string;
  start: string;
}

interface Accepted {
  messageId: string;
  practiceId: string;
  items: JobItem[];
}

function events(sandboxDir: string) {
  const file = path.join(sandboxDir, EVENTS_FILE);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map(
      (l) =>
        JSON.parse(l) as
          | { type: 'accepted'; job: Accepted }
          | { type: 'processed'; messageId: string; at: string; results: MessageResult[] },
    );
}

/** Every appointment POSTed to the sandbox, in order of arrival. */
export function sentItems(sandboxDir: string): SentItem[] {
  return events(sandboxDir).flatMap((e) =>
    e.type === 'accepted'
      ? e.job.items.map((i) => ({
          action: i.action,
          appointmentId: i.appointment.appointmentId,
          patientId: i.appointment.patientId,
          start: new Date(i.appointment.start).toISOString(),
        }))
      : [],
  );
}

/** Items whose processing ended in ERROR (none expected in a scenario). */
export function errorResults(sandboxDir: string): MessageResult[] {
  return events(sandboxDir)
    .flatMap((e) => (e.type === 'processed' ? e.results : []))
    .filter((r) => r.state !== 'COMPLETED');
}

/** The portal's appointments of one practice, as the sandbox holds them after processing. */
export function portalAppointments(sandboxDir: string, practiceId: string): PortalAppointment[] {
  const jobs = new Map<string, Accepted>();
  const portal = new Map<string, PortalAppointment>();
  for (const e of events(sandboxDir)) {
    if (e.type === 'accepted') jobs.set(e.job.messageId, e.job);
    else {
      const job = jobs.get(e.messageId);
      if (!job || job.practiceId !== practiceId) continue;
      for (const item of job.items)
        if (e.results.find((r) => r.messageId === item.messageId)?.state === 'COMPLETED')
          apply(portal, item, e.at);
    }
  }
  return [...portal.values()];
}

/** The portal as `patient | UTC start | active/cancelled` lines, sorted: easy to compare by hand. */
export function portalLines(sandboxDir: string, practiceId: string): string[] {
  return portalAppointments(sandboxDir, practiceId)
    .map((a) => `${a.patientId} ${new Date(a.start).toISOString()} ${a.cancelled ? 'cancelled' : 'active'}`)
    .sort();
}

/** Sent items as `ACTION id patient start` lines, sorted. */
export function sentLines(items: readonly SentItem[]): string[] {
  return items.map((i) => `${i.action} ${i.appointmentId} ${i.patientId} ${i.start}`).sort();
}

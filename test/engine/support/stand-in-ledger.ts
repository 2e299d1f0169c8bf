// TEMPORARY stand-in for H3's SentLedger until main/changes lands (then deleted).
import type { Appointment } from '../../../main/model/appointment.ts';
import type { Decision, Ledger } from '../../../main/engine/job/job-context.ts';

export function standInLedger(): Ledger {
  const sent = new Map<string, { fp: string; a: Appointment }>();
  const fp = (a: Appointment) => JSON.stringify({ ...a, status: a.status === 'CANCEL' ? 'CANCEL' : 'X' });
  return {
    async decide(a: Appointment): Promise<Decision> {
      const prev = sent.get(a.appointmentId);
      if (a.status === 'CANCEL') {
        if (!prev || prev.a.status === 'CANCEL')
          return prev ? { send: false } : { send: true, appointment: a };
        return { send: true, appointment: a };
      }
      if (!prev) return { send: true, appointment: { ...a, status: 'NEW' } };
      if (prev.fp === fp(a)) return { send: false };
      return { send: true, appointment: { ...a, status: 'UPDATE' } };
    },
    async record(list: Appointment[]) {
      for (const a of list) sent.set(a.appointmentId, { fp: fp(a), a });
    },
    async cancellationsForSnapshot() {
      return [];
    },
  };
}

// Synthetic exports for engine tests: a Cliniko-style CSV (UTC times, explicit ids) with n
// appointments, deterministic so a test can change exactly one of them. Another `firstId` gives
// other appointments of other patients: the same patients at the same starts under new ids would
// be one person booked twice at one time, and held (engine/job/same-person.ts).
export function clinikoCsv(
  n: number,
  opts: { firstId?: number; shiftMinutesFor?: number[]; day?: string } = {},
): string {
  const first = opts.firstId ?? 90_000;
  const day = opts.day ?? '2026-12-21';
  const lines = [
    'id,starts_at,ends_at,patient_id,patient_first_name,patient_last_name,patient_date_of_birth,practitioner,appointment_type,business,did_not_arrive,cancelled_at,cancellation_reason,email',
  ];
  for (let i = 0; i < n; i++) {
    const id = first + i;
    const k = opts.firstId === undefined ? i : id;
    const shift = opts.shiftMinutesFor?.includes(id) ? 15 : 0;
    const start = new Date(Date.parse(`${day}T13:00:00Z`) + (i % 40) * 15 * 60_000 + shift * 60_000);
    const end = new Date(start.getTime() + 15 * 60_000);
    lines.push(
      [
        id,
        start.toISOString().replace('.000Z', 'Z'),
        end.toISOString().replace('.000Z', 'Z'),
        5000 + k,
        `Pat${k}`,
        `Test${k}`,
        '1980-01-15',
        'Dr Aroha Ngata',
        'Follow-up',
        'Chico Physio',
        'false',
        '',
        '',
        `pat${k}@example.org`,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

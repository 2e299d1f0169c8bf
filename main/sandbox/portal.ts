// The sandbox's stand-in for Medfusion's patient portal: plain server-rendered HTML showing, per
// patient, the "Upcoming" and "Previous" appointments as the portal would after the NEW / UPDATE /
// CANCEL messages it processed. Every value is HTML-escaped: it all comes from posted documents.
import type { SandboxPractice } from '../credentials/sandbox-credentials.ts';
import type { PortalAppointment } from './processing.ts';

export function escapeHtml(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:52rem;padding:0 1rem;color:#1d2733}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin-top:2rem} .note{color:#5a6675;font-size:.9rem}
table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #dde3ea}
.cancelled td{color:#8a939e} .cancelled .when{text-decoration:line-through}
.badge{font-size:.8rem;padding:.1rem .4rem;border-radius:.3rem;background:#fbe3e3;color:#8c1d1d}
</style></head><body>
<p class="note">Sandbox patient portal: what patients would see. Not Medfusion.</p>
${body}
</body></html>
`;
}

export function formatWhen(iso: string, timeZone?: string): string {
  const fmt = new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  return fmt.format(new Date(iso));
}

export function homePage(practices: readonly SandboxPractice[]): string {
  const items = practices
    .map(
      (p) =>
        `<li><a href="/portal/${encodeURIComponent(p.practiceId)}">${escapeHtml(p.name)}</a> <span class="note">${escapeHtml(p.practiceId)}</span></li>`,
    )
    .join('\n');
  return page('Sandbox portal', `<h1>Sandbox practices</h1>\n<ul>\n${items}\n</ul>`);
}

export function practicePage(practice: SandboxPractice, appointments: PortalAppointment[]): string {
  const counts = new Map<string, number>();
  for (const a of appointments) counts.set(a.patientId, (counts.get(a.patientId) ?? 0) + 1);
  const ids = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const base = `/portal/${encodeURIComponent(practice.practiceId)}`;
  const rows = ids
    .map(
      (id) =>
        `<tr><td><a href="${base}/patients/${encodeURIComponent(id)}">${escapeHtml(id)}</a></td><td>${counts.get(id)}</td></tr>`,
    )
    .join('\n');
  const body = ids.length
    ? `<table><thead><tr><th>Patient id</th><th>Appointments</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
    : '<p>No appointments received yet. Send a file with <code>appt-connector send</code> or run the connector.</p>';
  return page(practice.name, `<h1>${escapeHtml(practice.name)}: patients</h1>\n${body}`);
}

function table(list: PortalAppointment[], timeZone?: string): string {
  if (!list.length) return '<p class="note">None.</p>';
  const rows = list.map((a) => {
    const badge = a.cancelled ? ' <span class="badge">Cancelled</span>' : '';
    return (
      `<tr${a.cancelled ? ' class="cancelled"' : ''} data-appointment-id="${escapeHtml(a.appointmentId)}">` +
      `<td class="when">${escapeHtml(formatWhen(a.start, timeZone))}</td>` +
      `<td>${escapeHtml(a.description || a.type)}${badge}</td>` +
      `<td>${escapeHtml(a.providerName)}</td><td>${escapeHtml(a.location)}</td></tr>`
    );
  });
  return `<table><thead><tr><th>When</th><th>What</th><th>With</th><th>Where</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export function patientPage(
  practice: SandboxPractice,
  patientId: string,
  appointments: PortalAppointment[],
  nowMs: number,
  timeZone?: string,
): string {
  const mine = appointments.filter((a) => a.patientId === patientId);
  const upcoming = mine
    .filter((a) => Date.parse(a.start) >= nowMs)
    .sort((a, b) => a.start.localeCompare(b.start));
  const previous = mine
    .filter((a) => Date.parse(a.start) < nowMs)
    .sort((a, b) => b.start.localeCompare(a.start));
  const name = mine[0]?.patientName;
  const heading = `${escapeHtml(name ?? 'Patient')} <span class="note">(patient id ${escapeHtml(patientId)})</span>`;
  const body = [
    `<p><a href="/portal/${encodeURIComponent(practice.practiceId)}">&larr; ${escapeHtml(practice.name)}</a></p>`,
    `<h1>${heading}</h1>`,
    '<h2>Upcoming</h2>',
    table(upcoming, timeZone),
    '<h2>Previous</h2>',
    table(previous, timeZone),
  ].join('\n');
  return page(`Appointments for patient ${patientId}`, body);
}

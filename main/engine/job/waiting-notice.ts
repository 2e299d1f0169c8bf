// The words a job shows while Medfusion cannot be reached: since when, and that nothing is needed
// from anyone. The time is the connector machine's local clock time, as the practice reads it.

/** `09:12` for an ISO time, in this machine's local time. */
export function localClockTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** "Waiting for Medfusion since 09:12 (HTTP 503 …). Nothing to do: …" — `step` says what goes
 *  on by itself: sending the file, or reading Medfusion's verdict on it. */
export function waitingNotice(sinceIso: string, detail: string, step: 'send' | 'track' = 'send'): string {
  const why = detail.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const then = step === 'send' ? 'sends the file' : "reads Medfusion's verdict on it";
  return (
    `Waiting for Medfusion since ${localClockTime(sinceIso)}${why ? ` (${why})` : ''}. ` +
    `Nothing to do: the connector keeps trying and ${then} by itself once Medfusion answers.`
  );
}

/** The same for the practice's "Medfusion cannot be reached" problem (tray, notifications). */
export function waitingDetail(sinceIso: string, detail: string): string {
  const why = detail.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return `Waiting for Medfusion since ${localClockTime(sinceIso)}${why ? `; last answer: ${why}` : ''}`;
}

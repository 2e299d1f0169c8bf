/** The command line's answer to a text shown as a status word (map/note-statuses.ts). */
export function statusOption(text: string, meaning: 'cancelled' | 'skip'): string {
  return `mapping confirm --status "${text}=${meaning}"`;
}

// An e-mail cell that is no patient's address: what a front desk types when the patient has none
// (`none@none.com`, `noemail@clinic.com`, `na@na.com`, `declined@…`), or the practice's own desk
// (`frontdesk@…`, `reception@…`, `appointments@…`, `noreply@…`), written on every patient of a
// list. Sent as the patient's, the portal's invitation and every reminder went to that address
// (63e): the row goes with the placeholder that receives nothing (row-patient.ts), as a patient
// without an e-mail does. A person's own address is never one of these: `info@` and `admin@` are
// left as they are (a patient's small business writes them). Nor is a cell of two addresses, or of
// an address and words saying whose (`Parent: chidi@…`).

/** Local parts that say there is no address, or that name a desk of the practice. */
const NO_ONES_LOCAL = new Set([
  'none',
  'noemail',
  'nomail',
  'noaddress',
  'na',
  'nil',
  'null',
  'unknown',
  'declined',
  'refused',
  'noreply',
  'donotreply',
  'donotemail',
  'frontdesk',
  'frontoffice',
  'reception',
  'receptionist',
  'appointments',
  'appts',
  'scheduling',
  'scheduler',
  'bookings',
]);

/** Domains that receive no one's mail but a placeholder's. */
const NO_ONES_DOMAIN = new Set(['none.com', 'noemail.com', 'nomail.com', 'na.com', 'no.com', 'none.none']);

/** One address and nothing else: no space, comma or semicolon, one `@`. */
const ONE_ADDRESS = /^[^\s@,;()<>]+@[^\s@,;()<>]+\.[^\s@,;()<>]+$/;

/** The cell is a placeholder or the practice's desk, not a patient's (see above); or more than
 *  one address (`adaeze@…; chidi@…`, a family's two) or an address with words of whose
 *  (`Parent: chidi@…`, `chidi@… (mom)`): which one is the patient's is not in the file, and the
 *  whole cell had gone as the e-mail. */
export function noPatientsEmail(cell: string): boolean {
  const address = cell.trim();
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  if (!ONE_ADDRESS.test(address)) return true;
  const local = address
    .slice(0, at)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return NO_ONES_LOCAL.has(local) || NO_ONES_DOMAIN.has(domain);
}

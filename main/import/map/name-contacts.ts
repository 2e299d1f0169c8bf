// A patient's email address, phone number or web link written in the name cell, beside the name:
// med spa and booking tools list a client as `Victoria Hale (v.hale@example.com)` or `Hale, Victoria -
// (813) 555-0142` so the desk can call from the list. An address or a formatted phone number is
// never part of anyone's name, so it is left out before the name is read; the name left is then
// judged as any other. Without this the whole column read as "not names" (held) and each row was
// refused as "more than a name". A bare run of digits is not left out (a chart number or a twin's
// number typed into the name is still refused), nor is anything when no name would remain.

/** An email address, in angle brackets or not (`<v.hale@example.com>`). */
const EMAIL = /<?[^\s@<>()[\],;]+@[^\s@<>()[\],;]+\.[A-Za-z]{2,}>?/g;

/** A phone number written as one: `(813) 555-0142`, `813-555-0142`, `813.555.0142`, `+1 813 555
 *  0142`, with its label (`Cell:`, `Ph`, `Tel.`) when it has one. Ten digits run together are not
 *  taken: they may be a chart or account number. */
const PHONE =
  /(?:\b(?:cell|mobile|mob|home|work|ph|phone|tel|email|e-mail)\.?\s*[:#]?\s*)?(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/gi;

/** A web link: Notion writes a relation as the related page's title with its link in brackets
 *  (`Rebecca Stahl (https://www.notion.so/Rebecca-Stahl-8f3c…)`), and booking tools add a
 *  client's profile link. A link is nobody's name; the name is the text beside it. */
const LINK = /\bhttps?:\/\/[^\s()<>[\]]+(?:\([^\s()]*\)[^\s()<>[\]]*)*/gi;

/** A label left before a removed address (`email: `), or brackets left with nothing in them. */
const LEFT_LABEL = /\b(?:email|e-mail)\s*:\s*/gi;
const EMPTY_BRACKETS = /[([{<]\s*[,;/|:–-]*\s*[)\]}>]/g;
const EDGE_SEPARATORS = /^[\s,;/|:–-]+|[\s,;/|:–-]+$/g;

/** `cell` without the email addresses and phone numbers written in it, or `cell` itself when it
 *  has none or nothing but them. */
export function withoutContacts(cell: string): string {
  // One test for the many names with neither.
  if (!cell.includes('@') && !/\d{3}[\s.)-]/.test(cell) && !cell.includes('://')) return cell;
  let s = cell.replace(LINK, ' ').replace(EMAIL, ' ').replace(PHONE, ' ').replace(LEFT_LABEL, ' ');
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(EMPTY_BRACKETS, ' ');
  }
  s = s.replace(/\s+/g, ' ').replace(EDGE_SEPARATORS, '').replace(/\s+,/g, ',').trim();
  return /\p{L}/u.test(s) ? s : cell;
}

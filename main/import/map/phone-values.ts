// A telephone number written as one is never an id. A front desk that has no chart number yet for a
// patient types what it has into the chart or account field, often the phone (`(555) 201-3344`);
// taken as the id, it would go to the portal as that patient's record number, and a family sharing
// the phone would be one patient. Only the written forms of a phone count: an area code in
// parentheses (`(555) 123-4567`), the North American 3-3-4 digits split by hyphens or dots
// (`555-201-3344`, `555.201.3344`: area code and exchange begin with 2-9), or an international number led by `+`
// (`+44 20 7946 0958`). Ten digits written together (`5552013344`) or in spaced groups stay an id:
// charts and MRNs of ten digits exist, and the NHS number is written `485 777 3456`; written with
// hyphens, an NHS number is told from a phone by its modulus-11 check digit.
// Sources: the North American Numbering Plan's NPA-NXX-XXXX
// (https://en.wikipedia.org/wiki/North_American_Numbering_Plan); ITU-T E.123's international
// notation (https://en.wikipedia.org/wiki/E.123); the NHS number's check digit
// (https://www.datadictionary.nhs.uk/attributes/nhs_number.html).

/** `(555) 201-3344`, `(555)201-3344`, `(555) 201.3344`. */
const AREA_IN_PARENTHESES = /^\([2-9]\d\d\)\s?\d{3}[-.\s]\d{4}$/;
/** `555-201-3344`, `555.201.3344`: one separator throughout. */
const NANP_SPLIT = /^[2-9]\d\d([-.])[2-9]\d\d\1\d{4}$/;
/** `+44 20 7946 0958`, `+1-555-201-3344`, `+61 (2) 9876 5432`: a plus, then digits in groups. */
const INTERNATIONAL = /^\+\d[\d\s().-]{6,20}$/;

/** Whether ten digits carry the NHS number's modulus-11 check digit. */
function nhsCheckHolds(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

/** Whether `value` is written as a telephone number. */
export function phoneShaped(value: string): boolean {
  const t = value.trim();
  if (t.length < 10 || t.length > 24) return false;
  if (t.startsWith('+')) return INTERNATIONAL.test(t) && (t.match(/\d/g)?.length ?? 0) >= 8;
  if (AREA_IN_PARENTHESES.test(t)) return true;
  return NANP_SPLIT.test(t) && !nhsCheckHolds(t.replace(/\D/g, ''));
}

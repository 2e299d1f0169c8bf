// A GUID as an id column writes it: `3f2504e0-4f89-41d3-9a0c-0305e82c3301`, in upper case
// (`3F2504E0-…`, .NET's ToString("D").ToUpper(), SQL Server's uniqueidentifier as SSMS shows it),
// in braces (`{3f2504e0-…}`, ToString("B"), the registry's form) or without dashes (ToString("N")).
// The hex digits are one number whatever their case (RFC 9562 §4: compared case-insensitively),
// so two rows whose GUIDs differ only so name one record.

const GUID = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;

/** The GUID `id` as compared: 32 lower-case hex digits; undefined when `id` is no GUID. */
export function guidKey(id: string): string | undefined {
  const m = GUID.exec(id.trim());
  return m ? m.slice(1).join('').toLowerCase() : undefined;
}

/** The nil GUID (all zeros): a database's "no record", as an id of zeros is (identity.ts). */
export const isNilGuid = (id: string): boolean => /^0{32}$/.test(guidKey(id) ?? '');

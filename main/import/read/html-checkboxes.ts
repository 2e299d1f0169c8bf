// What a check box in a table cell says. A web grid draws a yes/no field as a check box
// (ASP.NET's GridView writes a CheckBoxField as `<input type="checkbox" checked="checked"
// disabled="disabled">`, ticked or not), so a `Cancelled` or `No Show` column of boxes reads as
// empty text on every row: the flag is not read, and the file is held as if the column were
// empty, or a ticked `Cancelled` box would go as booked. A ticked box in a data cell reads `Yes`
// and an unticked one `No`, as the same grid exported to CSV writes the field (True / False); a
// box in a header cell (a grid's "select all") is no header text, and a cell with text of its own
// keeps its text (a box to select the row beside a name).
import type { DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

/** `Yes` for a ticked check box, `No` for an unticked one, undefined for any other element. */
export function checkboxText(el: Element): string | undefined {
  if (el.nodeName !== 'input') return undefined;
  const type = el.attrs.find((a) => a.name === 'type')?.value.toLowerCase();
  if (type !== 'checkbox') return undefined;
  return el.attrs.some((a) => a.name === 'checked') ? 'Yes' : 'No';
}

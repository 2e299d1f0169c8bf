// Whether an export that starts with `<` is a web page rather than XML: what a web-based system's
// "Export to Excel" often writes (an `.xls` file holding an HTML table). Kept apart from the page
// reader so telling the two apart does not load the HTML parser.

/** An `html` root (or `<!DOCTYPE html>`, which the root name skips), or a bare table of rows. An
 *  XML export whose root happens to be `<table>` has no `<tr>` rows. */
export function isHtmlPage(root: string | undefined, text: string): boolean {
  const name = root?.toLowerCase();
  return name === 'html' || (name === 'table' && /<tr[\s>]/i.test(text));
}

// What a picture in a table cell says. Web schedules draw a status as an icon (a green tick for
// confirmed, a red cross for cancelled), and the page keeps what the icon means only in the
// image: its alternative text (`alt`, which the HTML standard makes the image's content for
// anyone who cannot see it, https://html.spec.whatwg.org/multipage/images.html#alt), its tooltip
// (`title`), or nothing but its file name. Read as text, such a cell is empty, and a status
// column of empty cells sends every row as booked, the cancelled ones too. So a cell whose only
// content is pictures reads as their alternative text, else their tooltip, else the picture's
// file name in brackets (`[picture x.png]`): a word the status table does not know, so the file
// is held and a person says once what each icon means. `alt=""` with no tooltip is a decorative
// picture (the standard's own meaning of an empty alt): no text. A cell with text of its own keeps only its
// text (an icon beside a name, `VIP`, is no part of the name).
import type { DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

/** The text a picture stands for, or undefined for a decorative one (`alt=""`) or no picture. */
export function pictureText(el: Element): string | undefined {
  const isPicture =
    el.nodeName === 'img' ||
    (el.nodeName === 'input' && el.attrs.some((a) => a.name === 'type' && a.value.toLowerCase() === 'image'));
  if (!isPicture) return undefined;
  const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
  const alt = attr('alt')?.trim();
  const title = attr('title')?.trim();
  // A tooltip that says otherwise than the alt (`alt="Confirmed" title="Cancelled"`: a template
  // that fills one from the row and the other from the icon) is read with it, a word the status
  // table does not know: asked, never the alt alone. An empty alt beside a tooltip is no
  // decorative picture: the tooltip is what a person pointing at it is told it means.
  if (alt && title && fold(alt) !== fold(title)) return `${alt} / ${title}`;
  if (alt) return alt;
  if (title) return title;
  if (alt !== undefined) return undefined;
  const name = (attr('src') ?? '').split(/[?#]/)[0]!.split(/[/\\]/).pop()!.trim();
  return name === '' ? '[picture]' : `[picture ${name}]`;
}

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

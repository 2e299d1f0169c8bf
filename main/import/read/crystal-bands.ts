// The bands of a Crystal Reports XML export, whichever of Crystal's two XML schemas wrote it: the
// report-detail schema (Crystal XI and later, `<CrystalReport>` with `<Details><Section><Field>`)
// and the older one Crystal 9 and 10 wrote, and later versions still offer as "Crystal Reports
// XML (legacy)" (`<FormattedReport xmlns="urn:crystal-reports:schemas">` with nested
// `<FormattedAreaPair Type="Group|Details">`, each holding `<FormattedArea>`s of
// `<FormattedReportObject>`s). Read as generic XML, the legacy one's most repeated element was the
// `<FormattedReportObject>`, every cell a record, and the file was refused for having no date.
import { XmlElement } from 'libxml2-wasm';

const DETAIL_NS = 'urn:crystal-reports:schemas:report-detail';
const LEGACY_NS = 'urn:crystal-reports:schemas';

/** A field or text object printed on a band. */
export interface CrystalObject {
  /** A database field or formula (`{Appointments.ApptDate}`); false for a text object. */
  field: boolean;
  /** `{Appointments.ApptDate}`, `GroupName ({Appointments.ProviderName})`, or empty. */
  fieldName: string;
  /** The object's own name in the report (`ApptDate1`). */
  name: string;
  /** What the report prints (a text object's text). */
  shown?: string;
  /** The field's value, when Crystal writes it. */
  value?: string;
}

export interface CrystalBand {
  line: number;
  objects: CrystalObject[];
}

export interface CrystalBands {
  details: CrystalBand[];
  groupHeaders: CrystalBand[];
  /** What the report and page headers print, one object a line. */
  titles: string[];
}

export function isCrystalReportXml(root: XmlElement): boolean {
  return (
    (root.name === 'CrystalReport' && root.namespaceUri === DETAIL_NS) ||
    (root.name === 'FormattedReport' && root.namespaceUri === LEGACY_NS)
  );
}

function* elements(el: XmlElement, name?: string): Generator<XmlElement> {
  for (let c = el.firstChild; c; c = c.next)
    if (c instanceof XmlElement && (!name || c.name === name)) yield c;
}

function attr(el: XmlElement, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

function text(el: XmlElement, name: string): string | undefined {
  const c = elements(el, name).next().value;
  return c ? c.content.trim() : undefined;
}

/** A report-detail band's `<Field>`s and `<Text>`s, in its sections; never a subreport's. */
function detailBand(band: XmlElement): CrystalBand {
  const objects: CrystalObject[] = [];
  for (const section of elements(band, 'Section'))
    for (const o of elements(section)) {
      if (o.name !== 'Field' && o.name !== 'Text') continue;
      const field = o.name === 'Field';
      objects.push({
        field,
        fieldName: attr(o, 'FieldName')?.trim() ?? '',
        name: attr(o, 'Name')?.trim() ?? '',
        shown: field ? text(o, 'FormattedValue') : text(o, 'TextValue'),
        value: field ? text(o, 'Value') : undefined,
      });
    }
  return { line: band.line, objects };
}

/** A legacy `<FormattedArea>`'s report objects: a text object holds `<TextValue>`, a field a
 *  `FieldName`; a subreport (`CTFormattedSubreport`) is a report of its own, never cells. */
function legacyBand(area: XmlElement): CrystalBand {
  const objects: CrystalObject[] = [];
  for (const sections of elements(area, 'FormattedSections'))
    for (const section of elements(sections, 'FormattedSection'))
      for (const list of elements(section, 'FormattedReportObjects'))
        for (const o of elements(list, 'FormattedReportObject')) {
          const shownText = text(o, 'TextValue');
          const fieldName = attr(o, 'FieldName')?.trim() ?? '';
          if (shownText === undefined && !fieldName) continue;
          const field = shownText === undefined;
          objects.push({
            field,
            fieldName,
            name: text(o, 'ObjectName') ?? '',
            shown: field ? text(o, 'FormattedValue') : shownText,
            value: field ? text(o, 'Value') : undefined,
          });
        }
  return { line: area.line, objects };
}

const printed = (o: CrystalObject): string => o.shown ?? '';

function detailBands(root: XmlElement): CrystalBands {
  const out: CrystalBands = { details: [], groupHeaders: [], titles: [] };
  const walk = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.name === 'Details') out.details.push(detailBand(c));
      else if (c.name === 'GroupHeader') out.groupHeaders.push(detailBand(c));
      else if (c.name === 'ReportHeader' || c.name === 'PageHeader')
        out.titles.push(...detailBand(c).objects.map(printed).filter(Boolean));
      else if (c.name === 'Group') walk(c);
    }
  };
  walk(root);
  return out;
}

/** Legacy pairs nest: the report's holds the page's and the groups', a group's its inner groups
 *  and its detail pairs. A pair's header area is the report's or page's title, or a group's
 *  heading; footers are totals. */
function legacyBands(root: XmlElement): CrystalBands {
  const out: CrystalBands = { details: [], groupHeaders: [], titles: [] };
  const walk = (el: XmlElement): void => {
    for (const pair of elements(el, 'FormattedAreaPair')) {
      const type = attr(pair, 'Type');
      for (const area of elements(pair, 'FormattedArea')) {
        const kind = attr(area, 'Type');
        if (type === 'Details' && kind === 'Details') out.details.push(legacyBand(area));
        else if (kind !== 'Header') continue;
        else if (type === 'Group') out.groupHeaders.push(legacyBand(area));
        else if (type === 'Report' || type === 'Page')
          out.titles.push(...legacyBand(area).objects.map(printed).filter(Boolean));
      }
      walk(pair);
    }
  };
  walk(root);
  return out;
}

export function crystalBands(root: XmlElement): CrystalBands {
  return root.namespaceUri === LEGACY_NS ? legacyBands(root) : detailBands(root);
}

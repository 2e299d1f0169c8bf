#!/usr/bin/env python3
"""Writes the corpus's Excel workbooks (layouts 148-150, 169, 247, 272, 312, 313, 408 and 478) byte for byte, with Python's standard
library only (zipfile): another writer than the connector's reader, so the reader is checked
against the file format (ECMA-376 SpreadsheetML), not against itself. The XML parts are written
the way Excel writes them: shared strings, cell styles with number formats, serials for dates and
times (with Excel's float digits), `r` references with the empty cells left out, merged cells,
hidden rows, columns and sheets. Deterministic (fixed zip timestamps).

Run from the repository root: python3 test/import/corpus/sources/xlsx-workbooks.py
"""
import os
import zipfile
from datetime import date, datetime

EXPORTS = 'test/fixtures/exports'
NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
CT_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml'


def serial(d, date1904=False):
    """A date (and time) as Excel's serial number: days since 1899-12-30 (which is how Excel counts
    from 1 March 1900 on, its 29 February 1900 included) or since 1904-01-01."""
    base = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    if isinstance(d, date) and not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day)
    delta = d - base
    return delta.days + delta.seconds / 86400


def num(x):
    """A number as Excel writes <v>: integers bare, fractions with 17 significant digits."""
    return str(int(x)) if float(x).is_integer() else '%.17g' % x


def time_of(h, m):
    return (h * 60 + m) / 1440


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


class Book:
    def __init__(self, date1904=False, styles=None):
        self.styles = styles
        self.strings = []
        self.index = {}
        self.sheets = []
        self.date1904 = date1904

    def s(self, text):
        """A shared string's index (Excel shares every text cell)."""
        if text not in self.index:
            self.index[text] = len(self.strings)
            self.strings.append(esc(text))
        return self.index[text]

    def rich(self, runs):
        """A shared string written as rich-text runs (part of a name in bold)."""
        self.strings.append('<si>%s</si>' % ''.join(
            '<r>%s<t xml:space="preserve">%s</t></r>' % ('<rPr><b/></rPr>' if bold else '', esc(t))
            for t, bold in runs))
        return len(self.strings) - 1

    def sheet(self, name, rows, state=None, cols='', merges=(), hidden_rows=(), after=''):
        """rows: {row number: [(ref, kind, value, style)]}; kind s (text), rs (a rich string's
        index), n (number), is (inline string), f ((formula, its cached value), as Excel saves a
        formula cell)."""
        out = []
        for r in sorted(rows):
            cells = []
            for ref, kind, value, style in rows[r]:
                st = ' s="%d"' % style if style else ''
                if kind == 's':
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, self.s(value)))
                elif kind == 'rs':
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, value))
                elif kind == 'is':
                    cells.append('<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, st, esc(value)))
                elif kind == 'f':
                    formula, cached = value
                    cells.append('<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, st, esc(formula), num(cached)))
                elif kind == 'blank':
                    cells.append('<c r="%s"%s/>' % (ref, st))
                else:
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, num(value)))
            hidden = ' hidden="1"' if r in hidden_rows else ''
            out.append('<row r="%d"%s>%s</row>' % (r, hidden, ''.join(cells)))
        merge = ''
        if merges:
            merge = '<mergeCells count="%d">%s</mergeCells>' % (
                len(merges), ''.join('<mergeCell ref="%s"/>' % m for m in merges))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<worksheet xmlns="%s" xmlns:r="%s"><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
               '<sheetFormatPr defaultRowHeight="15"/>%s<sheetData>%s</sheetData>%s'
               '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
               '</worksheet>') % (NS, REL, cols, ''.join(out), merge + after)
        self.sheets.append((name, state, xml))

    def write(self, path):
        n = len(self.sheets)
        parts = {}
        parts['[Content_Types].xml'] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/>' % CT_MAIN
            + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%s.worksheet+xml"/>' % (i + 1, CT_MAIN) for i in range(n))
            + '<Override PartName="/xl/styles.xml" ContentType="%s.styles+xml"/>' % CT_MAIN
            + '<Override PartName="/xl/sharedStrings.xml" ContentType="%s.sharedStrings+xml"/>' % CT_MAIN
            + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>')
        parts['_rels/.rels'] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="%s/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>') % (PKG_REL, REL, REL)
        parts['docProps/app.xml'] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>Microsoft Excel</Application></Properties>')
        pr = '<workbookPr date1904="1"/>' if self.date1904 else '<workbookPr defaultThemeVersion="166925"/>'
        sheets = ''.join(
            '<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (esc(name), i + 1, ' state="%s"' % state if state else '', i + 1)
            for i, (name, state, _) in enumerate(self.sheets))
        parts['xl/workbook.xml'] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<workbook xmlns="%s" xmlns:r="%s">%s<bookViews><workbookView activeTab="0"/></bookViews>'
            '<sheets>%s</sheets><calcPr calcId="191029"/></workbook>') % (NS, REL, pr, sheets)
        parts['xl/_rels/workbook.xml.rels'] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="%s">' % PKG_REL
            + ''.join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, REL, i + 1) for i in range(n))
            + '<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n + 1, REL)
            + '<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2, REL)
            + '</Relationships>')
        for i, (_, _, xml) in enumerate(self.sheets):
            parts['xl/worksheets/sheet%d.xml' % (i + 1)] = xml
        parts['xl/styles.xml'] = self.styles or STYLES
        parts['xl/sharedStrings.xml'] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>') % (
                NS, len(self.strings), len(self.strings),
                ''.join(s if s.startswith('<si>') else '<si><t>%s</t></si>' % s for s in self.strings))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for name, text in parts.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, text.encode('utf-8'))


# Cell styles (cellXfs), the same in every workbook here:
#  0 General   1 built-in 14 (short date)   2 custom 164 time with a locale prefix
#  3 custom 165 '00000' (an id padded to five digits)   4 custom 166 'dd-mmm-yyyy'
#  5 General, bold (a header)   6 built-in 22 (date and time)   7 custom 167 'h:mm;@'
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<styleSheet xmlns="%s"><numFmts count="4">'
    '<numFmt numFmtId="164" formatCode="[$-409]h:mm\\ AM/PM;@"/>'
    '<numFmt numFmtId="165" formatCode="00000"/>'
    '<numFmt numFmtId="166" formatCode="dd\\-mmm\\-yyyy"/>'
    '<numFmt numFmtId="167" formatCode="h:mm;@"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="8">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>') % NS

# The same styles with fills, for a front desk's colour-marked list (272): 8 date, 9 time (167) and
# 10 General on a red fill (FFFF0000, Home > Fill Color > Red); conditional style (dxf) 0 strikes.
STYLES_FILLED = STYLES.replace(
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill></fills>'
).replace('<cellXfs count="8">', '<cellXfs count="11">').replace(
    '</cellXfs>',
    '<xf numFmtId="14" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>'
    '<xf numFmtId="167" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>'
).replace('</styleSheet>', '<dxfs count="1"><dxf><font><strike/></font></dxf></dxfs></styleSheet>')

# The same styles with a struck font, for a front desk's list whose cancellations are struck
# through by hand (313, Home > Font > Strikethrough on the row): 8 date (14), 9 time (164) and
# 10 General, each in font 2 (Calibri, strike).
STYLES_STRUCK = STYLES.replace(
    '<fonts count="2">', '<fonts count="3">').replace(
    '</font></fonts>', '</font><font><strike/><sz val="11"/><name val="Calibri"/></font></fonts>'
).replace('<cellXfs count="8">', '<cellXfs count="11">').replace(
    '</cellXfs>',
    '<xf numFmtId="14" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
    '<xf numFmtId="164" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>')

COLS = 'ABCDEFGHIJKL'


def row(*cells):
    """Cells from column A on; None leaves a cell out (Excel writes no <c> for an empty cell)."""
    return [(COLS[i] + '%d', *c) for i, c in enumerate(cells) if c is not None]


def at(r, cells):
    return [(ref % r, kind, value, style) for ref, kind, value, style in cells]


def pm_export():
    """148: a practice system's appointment list, "Export to Excel"."""
    b = Book()
    rows = {
        1: [('A1', 's', 'Appointment List', 5)],
        2: [('A2', 's', 'Cedar Grove Family Medicine', 0)],
        4: at(4, row(*[('s', h, 5) for h in (
            'Appt ID', 'Appt Date', 'Start Time', 'Duration', 'Patient ID', 'Last Name', 'First Name',
            'DOB', 'Provider', 'Appt Status')])),
    }
    data = [
        (880412, date(2027, 3, 1), (8, 0), 30, 4127, 'Okafor', 'Chinedu', date(1983, 6, 21), 'Patel, Anika MD', 'Scheduled'),
        (880419, date(2027, 3, 1), (9, 30), 15, 15502, 'Lindgren', 'Maja', date(1990, 11, 2), 'Patel, Anika MD', 'Confirmed'),
        (880433, date(2027, 3, 1), (13, 15), 30, 872, 'Hutchins', 'Earl', date(1944, 9, 18), 'Brooks, Dana NP', 'Cancelled'),
        (880450, date(2027, 3, 2), (10, 45), 45, 4127, 'Okafor', 'Chinedu', date(1983, 6, 21), 'Brooks, Dana NP', 'No Show'),
        (880458, date(2027, 3, 2), (12, 0), 30, 20931, 'Villanueva', 'Rosa', date(1975, 2, 11), 'Patel, Anika MD', 'Checked Out'),
        (880471, date(2027, 3, 2), (16, 40), 20, 9, 'Abbott', 'June', date(2001, 11, 30), 'Patel, Anika MD', 'Scheduled'),
    ]
    for i, (aid, day, (h, m), length, pid, last, first, dob, prov, status) in enumerate(data):
        r = 5 + i
        rows[r] = at(r, row(('n', aid, 0), ('n', serial(day), 1), ('n', time_of(h, m), 2), ('n', length, 0),
                            ('n', pid, 3), ('s', last, 0), ('s', first, 0), ('n', serial(dob), 4),
                            ('s', prov, 0), ('s', status, 0)))
    rows[12] = [('A12', 's', 'Total Appointments: 6', 5)]
    b.sheet('Appointment List', rows, merges=('A1:J1', 'A2:J2'))
    b.write(os.path.join(EXPORTS, '148-xlsx-pm-export-to-excel', 'AppointmentList.xlsx'))


def front_desk_list():
    """149: a front desk's own list kept in Excel."""
    b = Book()
    header = ('Date', 'Time', 'Client', 'DOB', 'Room', 'Therapist', 'Status', 'Notes')
    rows = {
        1: [('A1', 's', 'Riverside Physio - bookings (front desk)', 5)],
        2: at(2, row(*[('s', h, 5) for h in header])),
        # 3-5: the day typed once, merged down over its three bookings; times as times
        3: at(3, row(('n', serial(date(2027, 3, 2)), 1), ('n', time_of(9, 0), 7), ('s', 'Tomas Brenner', 0),
                     ('s', '04/17/1969', 0), ('s', '2', 0), ('s', 'Kelly', 0), ('s', 'Booked', 0), None)),
        4: at(4, row(('blank', None, 1), ('n', time_of(9, 45), 7), ('s', 'Priya Raman', 0),
                     ('n', serial(date(1992, 8, 14)), 1), ('s', '1', 0), ('s', 'Kelly', 0), ('s', 'Confirmed', 0),
                     ('s', 'new knee pt\nbring referral', 0))),
        5: at(5, row(('blank', None, 1), ('s', '11:30 AM', 0), ('s', 'Walt Denney', 0),
                     ('s', '12/03/1951', 0), ('s', '2', 0), ('s', 'Marcus', 0), ('s', 'Cancelled', 0),
                     ('s', 'called in sick', 0))),
        # 6: a booking cancelled and hidden rather than deleted
        6: at(6, row(('s', '3/3/2027', 0), ('s', '8:15 AM', 0), ('s', 'Gail Ferris', 0),
                     ('s', '05/30/1980', 0), ('s', '1', 0), ('s', 'Kelly', 0), ('s', 'Booked', 0), None)),
        # 7-8: typed as text, the way a person writes them
        7: at(7, row(('s', '3/3/2027', 0), ('s', '2:00 PM', 0), ('s', 'Ngozi Eze', 0),
                     ('s', '01/09/2003', 0), ('s', '2', 0), ('s', 'Marcus', 0), ('s', 'Booked', 0), None)),
        8: at(8, row(('n', serial(date(2027, 3, 4)), 1), ('n', time_of(15, 30), 7), ('s', 'Tomas Brenner', 0),
                     ('s', '04/17/1969', 0), ('s', '2', 0), ('s', 'Kelly', 0), ('s', 'Confirmed', 0),
                     ('s', 'follow-up', 0))),
    }
    cols = '<cols><col min="5" max="5" width="6" hidden="1" customWidth="1"/></cols>'
    b.sheet('Bookings', rows, cols=cols, merges=('A1:H1', 'A3:A5'), hidden_rows=(6,))
    b.write(os.path.join(EXPORTS, '149-xlsx-front-desk-list', 'bookings.xlsx'))


def two_sheets():
    """150: a workbook of several sheets, made on a Mac (the 1904 date system)."""
    b = Book(date1904=True)
    summary = {
        1: [('A1', 's', 'Week of 8 March 2027', 5)],
        3: at(3, row(('s', 'Booked', 0), ('n', 4, 0))),
        4: at(4, row(('s', 'Cancelled', 0), ('n', 1, 0))),
    }
    header = ('Booking Ref', 'Appointment', 'Surname', 'Forename', 'Date of Birth', 'Clinician', 'Clinic', 'Status')
    appts = {1: at(1, row(*[('s', h, 5) for h in header]))}
    data = [
        ('BK-20417', datetime(2027, 3, 8, 9, 0), 'Whitfield', 'Imogen', date(1987, 1, 23), 'Dr S. Achebe', 'Hove', 'Booked'),
        ('BK-20418', datetime(2027, 3, 8, 9, 20), 'McAllister', 'Fergus', date(1958, 10, 5), 'Dr S. Achebe', 'Hove', 'Attended'),
        ('BK-20425', datetime(2027, 3, 9, 14, 10), 'Nowak', 'Zofia', date(1999, 4, 2), 'Dr L. Marsh', 'Brighton', 'Cancelled'),
        ('BK-20431', datetime(2027, 3, 10, 16, 50), 'Whitfield', 'Imogen', date(1987, 1, 23), 'Dr L. Marsh', 'Brighton', 'Booked'),
        ('BK-20440', datetime(2027, 3, 29, 11, 0), 'Osei-Bonsu', 'Kwabena', date(1971, 7, 30), 'Dr S. Achebe', 'Hove', 'Booked'),
    ]
    for i, (ref, when, last, first, dob, clin, site, status) in enumerate(data):
        r = 2 + i
        surname = ('rs', b.rich([(last, True)]), 0) if last == 'McAllister' else ('s', last, 0)
        appts[r] = at(r, row(('s', ref, 0), ('n', serial(when, True), 6), surname, ('s', first, 0),
                             ('n', serial(dob, True), 4), ('s', clin, 0), ('s', site, 0), ('s', status, 0)))
    providers = {1: at(1, row(('is', 'Clinician', 5), ('is', 'GMC', 5), ('is', 'Clinic', 5)))}
    for i, (name, gmc, site) in enumerate([('Dr S. Achebe', 7012345, 'Hove'), ('Dr L. Marsh', 6998877, 'Brighton')]):
        providers[2 + i] = at(2 + i, row(('is', name, 0), ('n', gmc, 0), ('is', site, 0)))
    lists = {i + 1: [('A%d' % (i + 1), 's', w, 0)] for i, w in enumerate(('Booked', 'Attended', 'Cancelled', 'DNA'))}
    b.sheet('Summary', summary)
    b.sheet('Appointments', appts)
    b.sheet('Clinicians', providers)
    b.sheet('Lists', lists, state='hidden')
    b.write(os.path.join(EXPORTS, '150-xlsx-workbook-several-sheets', 'clinic-bookings.xlsx'))


def two_lists():
    """169: a clinic's workbook with the appointments on one sheet and the cancellations on another."""
    b = Book()
    header = ('Appt Date', 'Time', 'Patient', 'DOB', 'Provider', 'Visit Type', 'Status')
    appts = {1: at(1, row(*[('s', h, 5) for h in header]))}
    data = [
        (datetime(2027, 3, 8, 8, 30), 'Haddad, Samir', date(1966, 5, 14), 'Dr. Ortiz', 'Follow-up', 'Scheduled'),
        (datetime(2027, 3, 8, 10, 0), 'Kowalczyk, Irena', date(1979, 12, 1), 'Dr. Ortiz', 'New Patient', 'Confirmed'),
        (datetime(2027, 3, 9, 14, 15), 'Bright, Lamar', date(2008, 3, 27), 'Dr. Wen', 'Sports Physical', 'Scheduled'),
        (datetime(2027, 3, 15, 9, 45), 'Haddad, Samir', date(1966, 5, 14), 'Dr. Wen', 'Lab Review', 'Confirmed'),
    ]
    for i, (when, name, dob, prov, kind, status) in enumerate(data):
        r = 2 + i
        appts[r] = at(r, row(('n', serial(when.date()), 1), ('n', time_of(when.hour, when.minute), 2), ('s', name, 0),
                             ('n', serial(dob), 1), ('s', prov, 0), ('s', kind, 0), ('s', status, 0)))
    cheader = ('Appt Date', 'Time', 'Patient', 'DOB', 'Cancelled On', 'Reason')
    cancels = {1: at(1, row(*[('s', h, 5) for h in cheader]))}
    cdata = [
        (datetime(2027, 3, 8, 11, 0), 'Ferreira, Lucia', date(1988, 7, 19), date(2027, 3, 5), 'Patient request'),
        (datetime(2027, 3, 10, 15, 30), 'Nakamura, Ken', date(1955, 2, 2), date(2027, 3, 7), 'Provider out'),
    ]
    for i, (when, name, dob, on, why) in enumerate(cdata):
        r = 2 + i
        cancels[r] = at(r, row(('n', serial(when.date()), 1), ('n', time_of(when.hour, when.minute), 2), ('s', name, 0),
                               ('n', serial(dob), 1), ('n', serial(on), 1), ('s', why, 0)))
    b.sheet('Appointments', appts)
    b.sheet('Cancellations', cancels)
    b.write(os.path.join(EXPORTS, '169-xlsx-appointments-and-cancellations', 'front-desk.xlsx'))


def epic_department_appointments():
    """247: Epic Hyperspace, a department's appointments report sent to Excel (Export to Excel)."""
    b = Book()
    header = ('Date', 'Time', 'Patient', 'MRN', 'DOB', 'Visit Type', 'Provider', 'Appt Status', 'CSN')
    rows = {
        1: [('A1', 's', 'Department Appointments Report', 5)],
        2: [('A2', 's', 'FM PRAIRIE VIEW CLINIC', 0)],
        3: [('A3', 's', '3/12/2027 - 3/15/2027', 0)],
        5: at(5, row(*[('s', h, 5) for h in header])),
    }
    data = [
        (date(2027, 3, 12), (8, 0), 'HALVORSEN, INGRID M', '004178235', date(1956, 2, 9), 'OFFICE VISIT', 'BRANDT, KURT A, MD', 'Completed', 7210045518),
        (date(2027, 3, 12), (8, 40), 'OKONKWO, EMEKA', '001190277', date(1988, 11, 3), 'NEW PATIENT', 'BRANDT, KURT A, MD', 'No Show', 7210045602),
        (date(2027, 3, 12), (13, 20), 'LINDQVIST, LOTTE', '000873114', date(1971, 7, 7), 'FOLLOW UP', 'NGUYEN, THU, APRN', 'Canceled', 7210045677),
        (date(2027, 3, 15), (9, 0), 'HALVORSEN, INGRID M', '004178235', date(1956, 2, 9), 'FOLLOW UP', 'BRANDT, KURT A, MD', 'Scheduled', 7210046120),
        (date(2027, 3, 15), (10, 20), 'MCCARTHY, SEAN P', '002204561', date(2001, 12, 1), 'PHYSICAL', 'NGUYEN, THU, APRN', 'Arrived', 7210046188),
        (date(2027, 3, 15), (15, 40), 'DELGADO-RUIZ, MARISOL', '000052907', date(1969, 5, 10), 'OFFICE VISIT', 'BRANDT, KURT A, MD', 'Left without seen', 7210046231),
    ]
    for i, (day, (h, m), name, mrn, dob, kind, prov, status, csn) in enumerate(data):
        r = 6 + i
        rows[r] = at(r, row(('n', serial(day), 1), ('n', time_of(h, m), 2), ('s', name, 0), ('s', mrn, 0),
                            ('n', serial(dob), 1), ('s', kind, 0), ('s', prov, 0), ('s', status, 0), ('n', csn, 0)))
    b.sheet('Department Appointments', rows)
    b.write(os.path.join(EXPORTS, '247-epic-cadence-dept-appts-excel', 'Department Appointments Report.xlsx'))


def colour_marked_list():
    """272: a front desk's list kept in Excel, cancellations marked by colour and a strike rule."""
    b = Book(styles=STYLES_FILLED)
    header = ('Date', 'Time', 'Client', 'DOB', 'Therapist', 'Status', 'Flag')
    data = [
        # day, (h, m), client, dob, therapist, status, flag, filled red by hand
        (date(2027, 3, 16), (8, 0), 'Hansen, Leif', '02/11/1974', 'Kelly', 'Booked', '', False),
        (date(2027, 3, 16), (8, 45), 'Obi, Chidinma', '07/23/1988', 'Kelly', 'Booked', '', True),
        (date(2027, 3, 16), (9, 30), 'Marsh, Dana', '11/05/1962', 'Marcus', 'Confirmed', '', False),
        (date(2027, 3, 16), (10, 15), 'Quint, Arlo', '05/14/2001', 'Marcus', 'Booked', 'X', False),
        (date(2027, 3, 16), (11, 0), 'Rossi, Gemma', '09/30/1995', 'Kelly', 'Cancelled', '', True),
        (date(2027, 3, 17), (8, 0), 'Tan, Mei', '12/19/1979', 'Kelly', 'Confirmed', '', False),
        (date(2027, 3, 17), (9, 0), 'Ulloa, Pablo', '03/02/1957', 'Marcus', 'Booked', '', False),
        (date(2027, 3, 17), (9, 45), 'Vance, Tricia', '06/08/1990', 'Kelly', 'Booked', '', False),
    ]
    rows = {1: at(1, row(*[('s', h, 5) for h in header]))}
    for i, (day, (h, m), client, dob, who, status, flag, red) in enumerate(data):
        r = 2 + i
        d, t, g = (8, 9, 10) if red else (1, 7, 0)
        rows[r] = at(r, row(('n', serial(day), d), ('n', time_of(h, m), t), ('s', client, g), ('s', dob, g),
                            ('s', who, g), ('s', status, g), ('s', flag, g) if flag else (('blank', None, g) if red else None)))
    # Home > Conditional Formatting > New Rule > "Use a formula": strike the row when Flag is X.
    rule = ('<conditionalFormatting sqref="A2:G9"><cfRule type="expression" dxfId="0" priority="1">'
            '<formula>$G2="X"</formula></cfRule></conditionalFormatting>')
    b.sheet('Schedule', rows, after=rule)
    b.write(os.path.join(EXPORTS, '272-xlsx-front-desk-colour-marked', 'schedule.xlsx'))


def sheet_per_weekday():
    """312: a front desk's week kept in Excel, one sheet per weekday, the day only in the sheet's
    tab and title."""
    b = Book()
    header = ('Time', 'Patient', 'DOB', 'Reason', 'Status', 'Copay collected')
    days = [
        ('Mon', 'Monday 3/22', [
            ((8, 0), 'Castellano, Rita', date(1966, 1, 30), 'f/u', 'conf', 25),
            ((8, 30), 'Bauer, Henrik', date(1981, 9, 12), 'new pt', 'conf', 40),
            ((10, 0), 'Yazzie, Lorena', date(1993, 4, 4), 'sick', 'LM', None),
            ((14, 30), 'Castellano, Rita', date(1966, 1, 30), 'labs', 'cxl', None),
        ]),
        ('Tue', 'Tuesday 3/23', [
            ((9, 0), 'Dubois, Amelie', date(1975, 6, 18), 'physical', 'conf', 25),
            ((11, 15), 'Begay, Travis', date(2010, 10, 2), 'sports pe', 'conf', 0),
        ]),
        ('Wed', 'Wednesday 3/24', [
            ((8, 45), 'Lund, Marit', date(1958, 12, 24), 'BP check', 'conf', 25),
            ((13, 0), 'Bauer, Henrik', date(1981, 9, 12), 'results', '', None),
        ]),
    ]
    for tab, title, visits in days:
        rows = {1: [('A1', 's', title, 5)], 2: at(2, row(*[('s', h, 5) for h in header]))}
        for i, ((h, m), name, dob, why, status, copay) in enumerate(visits):
            r = 3 + i
            rows[r] = at(r, row(('n', time_of(h, m), 2), ('s', name, 0), ('n', serial(dob), 1), ('s', why, 0),
                                ('s', status, 0) if status else None, ('n', copay, 0) if copay is not None else None))
        b.sheet(tab, rows)
    b.write(os.path.join(EXPORTS, '312-xlsx-sheet-per-weekday', 'Week of 3-22.xlsx'))


def text_dates_struck_row():
    """313: a front desk's month kept in Excel by two people: real dates beside dates typed as text,
    a cancellation struck through instead of written, a row pasted twice, a totals formula."""
    b = Book(styles=STYLES_STRUCK)
    header = ('Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status', 'Copay collected')
    rows = {1: at(1, row(*[('s', h, 5) for h in header]))}
    D, T = ('n', None, 1), ('n', None, 2)
    data = [
        # date (a day or typed text), time (h, m) or typed text, patient, dob (a day or text), provider, status, copay, struck
        (date(2027, 3, 22), (8, 0), 'Hollis, Grace', date(1970, 6, 2), 'Dr Lee', 'Booked', 20, False),
        (date(2027, 3, 22), (8, 30), 'Nakagawa, Ren', '02/17/1985', 'Dr Lee', 'Confirmed', 20, False),
        (date(2027, 3, 22), (9, 15), 'Petrov, Anton', '11/11/1952', 'Dr Lee', 'Booked', None, True),
        ('Tue 3/23', '10:00 AM', 'Obi, Adaeze', date(1999, 4, 5), 'Dr Lee', 'Booked', 20, False),
        ('Tue 3/23', (11, 0), 'Lindqvist, Sven', '08/29/1963', 'Dr Lee', 'Confirmed', 20, False),
        ('Tue 3/23', (11, 0), 'Lindqvist, Sven', '08/29/1963', 'Dr Lee', 'Confirmed', 20, False),
        (date(2027, 3, 24), (13, 0), 'Nakagawa, Ren', '02/17/1985', 'Dr Lee', 'Cancelled', None, False),
    ]
    for i, (day, when, name, dob, prov, status, copay, struck) in enumerate(data):
        r = 2 + i
        d, t, g = (8, 9, 10) if struck else (1, 2, 0)
        cells = (
            ('n', serial(day), d) if isinstance(day, date) else ('s', day, g),
            ('n', time_of(*when), t) if isinstance(when, tuple) else ('s', when, g),
            ('s', name, g),
            ('n', serial(dob), d) if isinstance(dob, date) else ('s', dob, g),
            ('s', prov, g), ('s', status, g),
            ('n', copay, g) if copay is not None else None,
        )
        rows[r] = at(r, row(*cells))
    # row 9 left empty (a spacer), row 10 the total Excel keeps as a formula with its last value
    rows[10] = [('F10', 's', 'Total', 5), ('G10', 'f', ('SUM(G2:G8)', 100), 5)]
    b.sheet('March', rows)
    b.write(os.path.join(EXPORTS, '313-xlsx-text-dates-struck-row', 'Front desk March.xlsx'))


def monday_board():
    """408: a front desk's schedule kept as a monday.com board, Export board to Excel: the board's
    name, then each group's name above its own header row, status labels as text, the Date column
    as a date, times typed into a text column, a hidden Text column exported all the same."""
    b = Book()
    header = ('Name', 'Person', 'Status', 'Date', 'Time', 'DOB', 'Phone', 'Visit', 'Text')
    rows = {1: [('A1', 's', 'Front Desk Schedule', 5)]}
    groups = [
        ('Fri 3/12', [
            ('Maria Gonzalez', 'Sam Patel', 'Confirmed', date(2027, 3, 12), '9:00 AM', date(1981, 4, 18), '2085550142', 'Follow up', None),
            ('Trevor Blackhawk', 'Sam Patel', 'Arrived', date(2027, 3, 12), '10:30am', date(1967, 7, 2), '2085550177', 'Annual', None),
            ('Hana Sato', 'Lena Ortiz', 'Left VM', date(2027, 3, 12), '1:15', date(1995, 12, 1), '2085550103', 'New pt', None),
        ]),
        ('Mon 3/15', [
            ('Dale Whitaker', 'Sam Patel', 'Confirmed', date(2027, 3, 15), '11:30', date(1950, 2, 9), '2085550120', 'Med check', None),
            ('Maria Gonzalez', 'Lena Ortiz', 'Rescheduled', date(2027, 3, 15), '2pm', date(1981, 4, 18), '2085550142', 'Labs', 'moved to 3/16'),
            ('Priya Menon', 'Sam Patel', 'Cancelled', date(2027, 3, 15), '3:45 PM', date(1988, 10, 22), '2085550166', 'Follow up', None),
        ]),
        ('Tue 3/16', [
            ('Maria Gonzalez', 'Lena Ortiz', 'Confirmed', date(2027, 3, 16), '11:00 AM', date(1981, 4, 18), '2085550142', 'Labs', None),
            ('Trevor Blackhawk', 'Sam Patel', 'Confirmed', date(2027, 3, 16), '4:20 PM', date(1967, 7, 2), '2085550177', 'Lab review', None),
        ]),
    ]
    r = 3
    for name, items in groups:
        rows[r] = [('A%d' % r, 's', name, 5)]
        rows[r + 1] = at(r + 1, row(*[('s', h, 5) for h in header]))
        r += 2
        for who, person, status, day, when, dob, phone, visit, text in items:
            rows[r] = at(r, row(('s', who, 0), ('s', person, 0), ('s', status, 0), ('n', serial(day), 1),
                                ('s', when, 0), ('n', serial(dob), 1), ('s', phone, 0), ('s', visit, 0),
                                ('s', text, 0) if text else None))
            r += 1
        r += 1  # an empty row between groups
    b.sheet('Front Desk Schedule', rows, cols='<cols><col min="9" max="9" width="0" hidden="1" customWidth="1"/></cols>')
    b.write(os.path.join(EXPORTS, '408-monday-board-excel-groups-typed-times-boise', 'Front_Desk_Schedule_1773331200.xlsx'))


def splose_appointments_report():
    """478: splose (Australian allied-health practice software), an appointments report exported to
    Excel: merged title lines, real date cells (day-first format), start and end as time cells
    without AM/PM, a hidden NDIS number column beside the client id, a hidden sheet of lists."""
    b = Book()
    header = ('Appointment ID', 'Date', 'Start', 'End', 'Client', 'Client ID', 'NDIS Number', 'Date of Birth',
              'Practitioner', 'Service', 'Status', 'Invoice #')
    rows = {
        1: [('A1', 's', 'Appointments Report', 5)],
        2: [('A2', 's', 'Harbourside Allied Health - Marrickville    01/04/2027 to 07/04/2027', 0)],
        4: at(4, row(*[('s', h, 5) for h in header])),
    }
    data = [
        (4815101, date(2027, 4, 1), (9, 0), (9, 45), 'Mitchell, Aroha', 20331, 430112786, date(1991, 3, 7), 'Priya Raman', 'Physiotherapy Initial', 'Arrived', 10051),
        (4815102, date(2027, 4, 1), (10, 0), (10, 30), 'NGUYEN, Thi Lan', 20417, None, date(1958, 11, 2), 'Priya Raman', 'Physiotherapy Standard', 'Did not arrive', 10052),
        (4815110, date(2027, 4, 1), (14, 30), (15, 15), "O'Sullivan, Declan", 19876, 431550912, date(2016, 5, 9), 'Tom Whitely', 'Speech Pathology', 'Cancelled', None),
        (4815118, date(2027, 4, 3), (8, 30), (9, 15), 'Mitchell, Aroha', 20331, 430112786, date(1991, 3, 7), 'Priya Raman', 'Physiotherapy Standard', 'Booked', None),
        (4815125, date(2027, 4, 5), (13, 0), (13, 45), 'Kaur, Harpreet', 20502, None, date(1984, 12, 1), 'Tom Whitely', 'Speech Pathology', 'Booked', None),
        (4815126, date(2027, 4, 6), (16, 15), (17, 0), 'Papadopoulos, Eleni', 18004, None, date(1949, 2, 10), 'Priya Raman', 'Hydrotherapy', 'Booked', None),
    ]
    for i, (aid, day, (h, m), (eh, em), client, cid, ndis, dob, prac, svc, status, inv) in enumerate(data):
        r = 5 + i
        rows[r] = at(r, row(('n', aid, 0), ('n', serial(day), 1), ('n', time_of(h, m), 7), ('n', time_of(eh, em), 7),
                            ('s', client, 0), ('n', cid, 0), ('n', ndis, 0) if ndis else None, ('n', serial(dob), 1),
                            ('s', prac, 0), ('s', svc, 0), ('s', status, 0), ('n', inv, 0) if inv else None))
    rows[12] = [('A12', 's', 'Total appointments: 6', 5)]
    b.sheet('Appointments', rows, cols='<cols><col min="7" max="7" width="0" hidden="1" customWidth="1"/></cols>',
            merges=('A1:L1', 'A2:L2', 'A12:D12'))
    lists = {1: [('A1', 's', 'Status', 5)]}
    for i, w in enumerate(('Booked', 'Arrived', 'Did not arrive', 'Cancelled')):
        lists[2 + i] = [('A%d' % (2 + i), 's', w, 0)]
    b.sheet('Lists', lists, state='hidden')
    b.write(os.path.join(EXPORTS, '478-splose-appointments-report-xlsx-hidden-ndis-dst-end-sydney', 'Appointments Report.xlsx'))


if __name__ == '__main__':
    pm_export()
    front_desk_list()
    two_sheets()
    two_lists()
    epic_department_appointments()
    colour_marked_list()
    sheet_per_weekday()
    text_dates_struck_row()
    monday_board()
    splose_appointments_report()

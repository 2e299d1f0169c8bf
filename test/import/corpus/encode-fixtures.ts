// Writes the corpus exports that need a byte layout a text editor does not keep: Windows line
// ends, a UTF-8 BOM (Excel), UTF-16 LE with BOM (Excel "Unicode text"), Windows-1252 (older
// Windows programs). The text lives in sources/ as plain UTF-8; this script is deterministic.
// Run: node bin/run-ts.mjs test/import/corpus/encode-fixtures.ts
import fs from 'node:fs';
import path from 'node:path';

/** Legacy Windows code pages written through the reverse of the WHATWG decoder (`euc-kr` is
 *  Korean Windows' code page 949 there). */
type LegacyPage =
  | 'windows-1250'
  | 'windows-1251'
  | 'windows-1254'
  | 'windows-1255'
  | 'euc-kr'
  | 'big5'
  /** Mac Roman: what Excel for Mac's "Comma Separated Values" (CSV (Macintosh)) save writes. */
  | 'macintosh';
type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'windows-1252' | LegacyPage;

interface Target {
  source: string;
  out: string;
  encoding: Encoding;
  crlf: boolean;
  /** An HL7 v2 feed as an interface engine captures it off its MLLP connection: each message (a
   *  blank line apart in the source) between the start byte VT and the end byte FS, every
   *  segment ending with a CR alone. */
  mllp?: true;
  /** Each line ending with a CR alone, no LF anywhere: an HL7 v2 file as an interface engine's
   *  file writer keeps segments (HL7's segment terminator), or a CSV saved by Excel for Mac as
   *  "Comma Separated Values" (classic Mac line ends). */
  segmentCr?: true;
}

const SOURCES = path.resolve('test/import/corpus/sources');
const EXPORTS = path.resolve('test/fixtures/exports');

export const TARGETS: Target[] = [
  // Saga's appointment book saved by an Icelandic Excel on Windows (semicolons, the ANSI page
  // Windows-1252, which holds ð, þ, æ and ö; CRLF).
  {
    source: '458-saga-timabok.csv',
    out: '458-saga-timabok-reykjavik-kennitala-no-day-above-12-icelandic-1252/timabok.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // A practice's own PowerShell script: Invoke-Sqlcmd rows piped to Export-Clixml in Windows
  // PowerShell 5.1, whose default encoding is 'Unicode' (UTF-16 LE with BOM), CRLF.
  {
    source: '456-clixml-chiro.xml',
    out: '456-powershell-export-clixml-chiro-sql-rows-utf16-denver/appointments.clixml.xml',
    encoding: 'utf16le-bom',
    crlf: true,
  },
  // A NextGen list re-saved by Excel for Windows ('CSV (Comma delimited)': the ANSI page, CRLF).
  {
    source: '445-nextgen-excel.csv',
    out: '445-nextgen-epm-appointments-excel-resave-ids-hhmm-boston/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Re-saved by a German Excel ('CSV (Trennzeichen-getrennt)': semicolons, the ANSI page, CRLF).
  {
    source: '446-doctolib-excel-de.csv',
    out: '446-doctolib-termine-excel-de-semicolon-sci-ids-dresden/Termine.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Re-saved by Excel for Mac as 'Comma Separated Values': Mac Roman, a CR alone at each line end.
  {
    source: '447-jane-excel-mac.csv',
    out: '447-jane-appointments-excel-mac-csv-macroman-cr-montreal/appointments.csv',
    encoding: 'macintosh',
    crlf: false,
    segmentCr: true,
  },
  // A MedITEX Scheduler list saved by Excel on a Swiss Windows PC (Windows-1252, CRLF, semicolons).
  {
    source: '437-meditex-terminliste.csv',
    out: '437-meditex-scheduler-ivf-terminliste-partner-cycle-zurich/Terminliste.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Dentrix Enterprise runs on Windows and writes its report exports with Windows line ends.
  {
    source: '430-dentrix-enterprise-appt-list.csv',
    out: '430-dentrix-enterprise-appt-list-guarantor-clinics-indianapolis/ApptList.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // An InterSystems HealthConnect batch file (FHS/BHS around ten SIU messages), CR segment ends.
  {
    source: '433-healthconnect-siu-batch.hl7',
    out: '433-healthconnect-siu-batch-s13-dst-s15-same-batch-renumbered-omaha/SIU_PFM_20270312.hl7',
    encoding: 'utf8',
    crlf: false,
    segmentCr: true,
  },
  // A Microsoft Access report printed through Windows' Generic / Text Only driver to FILE: (CRLF,
  // a form feed before each new page and at the end).
  {
    source: '435-access-daily-schedule-generic-text.txt',
    out: '435-access-report-generic-text-wrapped-reason-continued-group-detroit/DAILYSCH.TXT',
    encoding: 'utf8',
    crlf: true,
  },
  // An IHS RPMS appointment list sent to a host file on a Windows Caché server (CRLF, a form feed
  // before each page); a Unix practice-management report spooled to a file (LF, form feeds).
  {
    source: '425-rpms-appt-list.txt',
    out: '425-rpms-clinic-appointment-list-host-file-wrapped-name-page-break-denver/APPTLIST.TXT',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '426-medical-manager-sched.txt',
    out: '426-medical-manager-unix-schedule-spool-overflow-continued-page-chicago/SCHED.PRN',
    encoding: 'utf8',
    crlf: false,
  },
  // Tableau's Download > Crosstab > CSV writes UTF-16 LE with a BOM, tab-separated, CRLF, under a
  // .csv name; Microsoft Lists' Export to CSV writes UTF-8 with a BOM and CRLF.
  {
    source: '406-tableau-crosstab.txt',
    out: '406-tableau-crosstab-utf16-provider-totals-denver/Appointments by Provider.csv',
    encoding: 'utf16le-bom',
    crlf: true,
  },
  {
    source: '407-microsoft-lists.csv',
    out: '407-microsoft-lists-csv-utc-created-modified-chicago/Appointments.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '03-opendental.txt',
    out: '03-opendental-confirmations-human/Confirmations.txt',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '04-opendental-raw.txt',
    out: '04-opendental-query-raw/QueryExport.txt',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '05-dentrix.csv',
    out: '05-dentrix-appointment-list/ApptList.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '13-medicaldirector.txt',
    out: '13-medicaldirector-pracsoft/appointments.txt',
    encoding: 'utf16le-bom',
    crlf: true,
  },
  { source: '14-zedmed.csv', out: '14-zedmed-appointments/APPTS.CSV', encoding: 'windows-1252', crlf: true },
  // Outlook (classic) writes its calendar CSV in the ANSI code page with CRLF line ends.
  {
    source: '257-outlook-calendar.csv',
    out: '257-outlook-calendar-csv-subject-names/Calendar.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // The same Outlook export on a UK computer: dates dd/mm/yyyy and a 24-hour clock.
  {
    source: '463-outlook-uk-calendar.csv',
    out: '463-outlook-classic-calendar-en-gb-subject-names-bst-london/Calendar.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Excel's 'CSV (Comma delimited)' save: the ANSI code page and CRLF line ends.
  {
    source: '464-excel-gp-typed-sydney.csv',
    out: '464-excel-gp-week-typed-dates-times-dst-end-sydney/Appts April wk1.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '90-excel-web-page.htm',
    out: '90-excel-web-page-day-sheet/DaySheet.htm',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '141-excel-save-as-web-page.htm',
    out: '141-excel-save-as-web-page-list/Appointments.htm',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '18-medistar.csv',
    out: '18-cgm-medistar-termine/TERMINE.CSV',
    encoding: 'windows-1252',
    crlf: true,
  },
  { source: '19-t2med.csv', out: '19-t2med-terminliste/Terminliste.csv', encoding: 'utf8-bom', crlf: true },
  {
    source: '22-maiia.txt',
    out: '22-maiia-rdv-unicode/rendez-vous.txt',
    encoding: 'utf16le-bom',
    crlf: true,
  },
  { source: '23-spanish.csv', out: '23-gesden-citas-es/citas.csv', encoding: 'windows-1252', crlf: true },
  {
    source: '55-intergy.csv',
    out: '55-greenway-intergy-appt-list/ApptList.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '98-amazing-charts.csv',
    out: '98-amazing-charts-excel-resave/Appointments.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '101-pabau.csv',
    out: '101-pabau-appointments-uk/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '102-soe-exact.csv',
    out: '102-soe-exact-dental-au/AppointmentList.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '104-r4.csv',
    out: '104-r4-dental-appointments-uk/R4_Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '106-ordination-at.csv',
    out: '106-ordination-termine-at/TERMINE.CSV',
    encoding: 'windows-1252',
    crlf: true,
  },
  { source: '107-timebok-no.csv', out: '107-timebok-no/timebok.csv', encoding: 'utf8-bom', crlf: true },
  { source: '108-tor-il.csv', out: '108-tor-rofe-il/tor.csv', encoding: 'windows-1255', crlf: true },
  { source: '109-yeyak-kr.csv', out: '109-yeyak-kr/yeyak.csv', encoding: 'euc-kr', crlf: true },
  { source: '212-nat-th.csv', out: '212-thai-clinic-buddhist-era/nat.csv', encoding: 'utf8-bom', crlf: true },
  { source: '213-yuyue-tw.csv', out: '213-taiwan-clinic-roc-big5/YUYUE.CSV', encoding: 'big5', crlf: true },
  {
    source: '214-nobat-ir.csv',
    out: '214-iran-nobat-solar-hijri/nobat.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '215-zapys-ua.csv',
    out: '215-ukraine-zapys-cyrillic-1251/zapys.csv',
    encoding: 'windows-1251',
    crlf: true,
  },
  {
    source: '110-marcacoes-pt.csv',
    out: '110-marcacoes-pt/marcacoes.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  { source: '111-randevu-tr.csv', out: '111-randevu-tr/randevu.csv', encoding: 'windows-1254', crlf: true },
  {
    source: '112-officeemr-siu.hl7',
    out: '112-officeemr-siu-mirth-mllp/SIU_OUT_20270304.hl7',
    encoding: 'utf8',
    crlf: false,
    mllp: true,
  },
  {
    source: '125-agenda-qc-1252.xml',
    out: '125-xml-namespaces-cdata-1252/agenda.xml',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Windows desktop systems writing their report files: Windows-1252, CRLF.
  {
    source: '132-easy-dental.csv',
    out: '132-easy-dental-appointment-list/ApptList.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '135-compulink.csv',
    out: '135-compulink-provider-groups-guarantor/ApptList.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Lists a front desk keeps by hand in Excel: "CSV UTF-8 (Comma delimited)" writes a BOM, plain
  // "CSV (Comma delimited)" the Windows code page; both CRLF.
  {
    source: '152-hygiene-excel.csv',
    out: '152-excel-hygiene-list-waitlist/Hygiene March.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  // Notepad on Windows: UTF-8 without a BOM, CRLF.
  {
    source: '153-notepad-pt.txt',
    out: '153-notepad-pt-week-day-lines/appts week 3-1.txt',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '154-edited-export.csv',
    out: '154-edited-export-hand-rows/appointments_edited.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Report engines' output as practices receive it (layouts 162-166): Crystal Reports CSV and
  // paginated text, SSRS CSV (UTF-8 with BOM), a day sheet printed to a file, Excel tab-delimited.
  {
    source: '162-crystal-csv.csv',
    out: '162-crystal-csv-page-fields-every-row/AppointmentSchedule.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '163-crystal-text.txt',
    out: '163-crystal-text-paginated/ApptList.txt',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '164-ssrs-csv.csv',
    out: '164-ssrs-csv-textbox-names/DailySchedule.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '165-day-sheet.txt',
    out: '165-day-sheet-print-to-file/APPTLIST.TXT',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '166-excel-text.txt',
    out: '166-excel-text-title-block/Appointment Schedule.txt',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '168-as400-spool.txt',
    out: '168-as400-spooled-appointment-register/APTREG.TXT',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '170-dos-day-sheet.txt',
    out: '170-dos-daily-schedule-print-to-file/SCHED.TXT',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '197-ordinace-cz.csv',
    out: '197-czech-ordinace-objednavky/objednavky.csv',
    encoding: 'windows-1250',
    crlf: true,
  },
  {
    source: '221-helix.csv',
    out: '221-helix-practice-manager-ie-gms-ppsn/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '226-medicspremier.csv',
    out: '226-medicspremier-excel-mixed-date-styles/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '235-micromd.csv',
    out: '235-micromd-pm-excel-resave-kept/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '237-softdent.csv',
    out: '237-cs-softdent-appointment-list-failed/ApptList.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '238-centralreach.csv',
    out: '238-centralreach-aba-sessions-attendance/SchedulingReport.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '241-jasmine.txt',
    out: '241-jasmine-chiro-visit-count-tab/APPTLIST.TXT',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '242-mdland.csv',
    out: '242-mdland-iclinic-excel-resave-yy/AppointmentReport.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '245-praxis.csv',
    out: '245-praxis-emr-provider-groups-status-codes/AppointmentSchedule.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Solutionreach's reminder activity download: a web CSV with Windows line ends.
  {
    source: '267-solutionreach.csv',
    out: '267-solutionreach-reminder-activity-per-reminder/ReminderActivity.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Demandforce's list opened and saved by Excel ("CSV UTF-8"): a BOM and CRLF.
  {
    source: '270-demandforce.csv',
    out: '270-demandforce-confirmation-weekday-datetime/Appointments.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '271-lighthouse.csv',
    out: '271-lighthouse-360-confirmations-day-groups/Confirmations.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Qualifacts CareLogic's report export: a web report's CSV, UTF-8 with a BOM, Windows line ends.
  {
    source: '262-carelogic.csv',
    out: '262-carelogic-client-appointments-indiana/ClientAppointmentsByStaff.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '263-medinformatix.csv',
    out: '263-medinformatix-ris-appt-list-accession/ApptList.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // A Windows report writer's CSV on a hospital workstation: the ANSI code page and CRLF.
  {
    source: '265-trubridge.csv',
    out: '265-trubridge-evident-clinic-resource-groups/ClinicApptSchedule.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '275-axxess-home-health.csv',
    out: '275-axxess-home-health-phoenix-untimed-visits/ScheduleReport.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '278-ent-allergy-shot-room.csv',
    out: '278-ent-allergy-shot-room-walk-ins-family-account/ApptSchedule.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '285-credible.csv',
    out: '285-credible-scheduled-visits-guardian-telehealth/ScheduledVisits.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  // Excel on Windows re-saves a CSV in the ANSI code page with CRLF line ends.
  {
    source: '286-myavatar.csv',
    out: '286-myavatar-residential-excel-24h-phoenix/Appointments_Excel.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '288-fusion.csv',
    out: '288-fusion-pediatric-therapy-units-guardian/AppointmentReport.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '291-practice-partner.csv',
    out: '291-practice-partner-appt-list-pages-yy-anchorage/ApptList.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Excel's 'CSV (Comma delimited)' writes the ANSI code page and CRLF.
  {
    source: '293-sunrise-ambulatory.csv',
    out: '293-sunrise-ambulatory-client-visits-excel-resave/ScheduledVisits.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // A nightly SQL job on the practice's Windows server writes it (CRLF).
  {
    source: '294-sequelmed.csv',
    out: '294-sequelmed-future-appointments-midnight-date/FutureAppointments.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '299-practice-web.txt',
    out: '299-practice-web-confirmation-list-age-anchorage/ConfirmationList.txt',
    encoding: 'utf8',
    crlf: true,
  },
  // SIS Complete's report engine writes its tab-delimited text with Windows line ends.
  {
    source: '302-sis-complete.txt',
    out: '302-sis-complete-or-schedule-tab-hhmm-postponed/SurgerySchedule.txt',
    encoding: 'utf8',
    crlf: true,
  },
  // Excel's "CSV (Comma delimited)" save: the ANSI code page, CRLF.
  {
    source: '303-magview-excel.csv',
    out: '303-magview-mammo-schedule-excel-resave-arrival/MammoSchedule.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '304-vascular-lab.csv',
    out: '304-vascular-lab-study-manager-workflow-statuses/VascularLabSchedule.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '315-wellsky-kinnser.csv',
    out: '315-wellsky-kinnser-hh-schedule-windows-indiana/Schedule_Report.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '316-hchb-hospice.csv',
    out: '316-hchb-hospice-visit-schedule-nva-chicago/VisitSchedule.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  // MDVision PM is a Windows desktop program: its report export is CRLF.
  {
    source: '337-mdvision.csv',
    out: '337-mdvision-urology-asc-case-referring-phoenix/AppointmentDetail.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Google Sheets' File > Download > CSV writes UTF-8 without a BOM and CRLF line ends.
  {
    source: '351-google-forms.csv',
    out: '351-google-forms-booking-requests-timestamp-honolulu/Appointment Requests (Responses) - Form Responses 1.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Access's Export Text wizard (delimited, field names on the first row, " as text qualifier)
  // writes the ANSI code page and CRLF; Date/Time fields in its fixed m/d/yyyy h:nn:ss form.
  {
    source: '353-access-text.txt',
    out: '353-access-query-export-text-denver/qryApptExport.txt',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Notion's Markdown & CSV export writes its CSV with a UTF-8 BOM (the → of a date range).
  {
    source: '352-notion.csv',
    out: '352-notion-calendar-range-relation-indiana/Appointments 4f1c9b2e7d3a4e6f8b0c1d2e3f4a5b6c.csv',
    encoding: 'utf8-bom',
    crlf: false,
  },
  // Salesforce Classic's report Export Details (CSV) quotes every field, ends lines with CRLF and
  // writes its confidentiality footer under the rows.
  {
    source: '354-salesforce.csv',
    out: '354-salesforce-service-appointments-footer-anchorage/report1741812345678.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Excel's 'CSV (Comma delimited)' save writes the ANSI code page (Peña's ñ as one byte) and CRLF.
  {
    source: '339-medios-podiatry.csv',
    out: '339-medios-podiatry-excel-resave-global-st-marys/Appointment List.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Exscribe is a Windows desktop program: its report export is the ANSI code page (Renée's é as
  // one byte) with CRLF line ends.
  {
    source: '356-exscribe-daily-schedule.csv',
    out: '356-exscribe-daily-schedule-physician-date-groups-legend/DailySchedule.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // MEDITECH's report to a delimited file from a Windows workstation: every field quoted, CRLF.
  {
    source: '357-meditech-expanse-amb.csv',
    out: '357-meditech-expanse-amb-appt-list-yy-hhmm-unit-account/ApptList.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Medicat's report export and a Windows desktop's Titanium report: CRLF line ends.
  {
    source: '325-medicat.csv',
    out: '325-medicat-student-health-two-campuses-indiana/AppointmentList.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '326-titanium.csv',
    out: '326-titanium-counseling-groups-placeholders-phoenix/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // PrepMod's download opened and saved again in Excel (M/D/YYYY, phones as numbers), with a BOM.
  {
    source: '327-prepmod.csv',
    out: '327-prepmod-vaccine-clinic-doses-open-slots/ClinicRegistrants.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  {
    source: '329-pyramed.csv',
    out: '329-pyramed-day-schedule-slot-grid-walk-ins/DailySchedule.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '321-rpms-window-rock.csv',
    out: '321-rpms-bprm-window-rock-navajo-dst/AppointmentsReport.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '322-chcs-appt-list.txt',
    out: '322-chcs-military-clinic-appt-list-fmp-24h/APPTLIST.TXT',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '323-fl-chd-hms.csv',
    out: '323-county-health-dept-hms-programs-fee-levels-fall-back/ApptListing.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '324-ak-tribal-cerner.csv',
    out: '324-ak-tribal-oracle-health-village-clinic-fin-hold/AppointmentList.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '360-nextgen-epm.csv',
    out: '360-nextgen-epm-appt-listing-by-resource-totals-indiana/ApptListingByResource.csv',
    encoding: 'utf8',
    crlf: true,
  },
  {
    source: '361-kareo-appts-detail.csv',
    out: '361-kareo-pm-appointments-detail-location-totals-phoenix/AppointmentsDetail.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Excel's 'CSV (Comma delimited)': the ANSI code page and CRLF line ends.
  {
    source: '362-practice-fusion.csv',
    out: '362-practice-fusion-appointments-excel-resave-honolulu/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '364-ecw-appt-report-facility.csv',
    out: '364-ecw-appointment-report-facility-totals-legend/AppointmentReport.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // Netsmart TIER reports saved to CSV on a Windows workstation: the ANSI code page, CRLF.
  {
    source: '367-tier.csv',
    out: '367-tier-cmhc-group-roster-cancel-24h/ScheduledGroupServices.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Excel's "CSV (Comma delimited)" re-save writes the ANSI code page with CRLF line ends.
  {
    source: '368-therapymate.csv',
    out: '368-therapymate-excel-resave-group-session-numbers/Appointments.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Medisoft Office Hours writes its report exports from a Windows desktop program: ANSI, CRLF.
  {
    source: '380-medisoft-office-hours.csv',
    out: '380-medisoft-office-hours-appointment-list-chart-codes-indiana/ApptList.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  {
    source: '384-daqbilling-appt-report.txt',
    out: '384-daqbilling-appointment-report-date-groups-break-fall-back/AppointmentReport.txt',
    encoding: 'utf8',
    crlf: true,
  },
  // Greenway Intergy (a Windows desktop PM) writes its report CSV with CRLF line ends.
  {
    source: '372-intergy-phoenix-gallup.csv',
    out: '372-intergy-phoenix-gallup-nm-dst-split/ApptListByLocation.csv',
    encoding: 'utf8',
    crlf: true,
  },
  // My Vision Express is a Windows (.NET) program: its report export is ANSI with CRLF.
  {
    source: '385-my-vision-express.csv',
    out: '385-my-vision-express-appointment-report-lanes-recall-indiana/AppointmentReport.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Excel's 'CSV (Comma delimited)' writes the ANSI code page with CRLF line ends.
  {
    source: '386-medflow.csv',
    out: '386-medflow-daily-schedule-excel-resave-flow-status-honolulu/DailySchedule.csv',
    encoding: 'windows-1252',
    crlf: true,
  },
  // MDOffice is a Windows client: its report export writes tab-separated text with CRLF line ends.
  {
    source: '404-mdoffice.txt',
    out: '404-mdoffice-appointment-list-stat-codes-legend-pages-honolulu/ApptList.txt',
    encoding: 'windows-1252',
    crlf: true,
  },
  // Klara's reminders list downloads as an Excel-ready CSV: UTF-8 with a BOM, CRLF.
  {
    source: '413-klara-reminders.csv',
    out: '413-klara-reminders-per-reminder-reply-digits-bom-chicago/Klara_Appointment_Reminders.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  // A cloud EHR's "Export to Excel" CSV: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF.
  {
    source: '418-intellechartpro.csv',
    out: '418-intellechartpro-ophtho-tech-workup-procedure-lines-surgery-date-chicago/AppointmentList.csv',
    encoding: 'utf8-bom',
    crlf: true,
  },
  // Panacea's diary listing (Datamax, South Africa) printed to a text file on Windows: CRLF,
  // a form feed before page 2 and at the end.
  {
    source: '480-panacea-diary.txt',
    out: '480-panacea-diary-print-to-text-status-letters-wrapped-reason-johannesburg/DIARY.TXT',
    encoding: 'utf8',
    crlf: true,
  },
];

/** Frame each message of an HL7 source in MLLP bytes, segments ending with CR. */
function mllpFrames(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((m) => `\x0b${m.split('\n').join('\r')}\r\x1c\r`)
    .join('');
}

/** Character to bytes for a legacy page: every one- and two-byte sequence the decoder reads. */
function reverseTable(page: LegacyPage): Map<string, Buffer> {
  const table = new Map<string, Buffer>();
  const decoder = new TextDecoder(page, { fatal: true });
  const add = (bytes: number[]): void => {
    try {
      const ch = decoder.decode(Uint8Array.from(bytes));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, Buffer.from(bytes));
    } catch {
      // not a character in this page
    }
  };
  for (let b = 0; b < 0x100; b++) add([b]);
  if (page === 'euc-kr')
    for (let lead = 0x81; lead < 0xff; lead++) for (let t = 0x41; t < 0xff; t++) add([lead, t]);
  // Big5 (Traditional Chinese Windows, code page 950): the standard leads 0xA1-0xF9 only (the
  // decoder also reads Hong Kong extensions below 0xA1, which repeat some common characters),
  // trail bytes from 0x40.
  if (page === 'big5')
    for (let lead = 0xa1; lead <= 0xf9; lead++) for (let t = 0x40; t < 0xff; t++) add([lead, t]);
  return table;
}

function encodeLegacy(text: string, page: LegacyPage): Buffer {
  const table = reverseTable(page);
  return Buffer.concat(
    [...text].map((ch) => {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`'${ch}' (U+${ch.codePointAt(0)!.toString(16)}) has no ${page} bytes`);
      return bytes;
    }),
  );
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1252':
      // Latin-1 and Windows-1252 agree outside 0x80-0x9F; refuse anything else rather than write '?'.
      for (const ch of text) {
        const c = ch.codePointAt(0)!;
        if (c > 0xff || (c >= 0x80 && c <= 0x9f))
          throw new Error(`'${ch}' (U+${c.toString(16)}) has no single Windows-1252 byte here`);
      }
      return Buffer.from(text, 'latin1');
    default:
      return encodeLegacy(text, encoding);
  }
}

export function writeAll(): void {
  for (const t of TARGETS) {
    let text = fs.readFileSync(path.join(SOURCES, t.source), 'utf8').replace(/\r\n/g, '\n');
    if (t.crlf) text = text.replace(/\n/g, '\r\n');
    if (t.mllp) text = mllpFrames(text);
    if (t.segmentCr) text = text.replace(/\n/g, '\r');
    const out = path.join(EXPORTS, t.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, encode(text, t.encoding));
  }
}

writeAll();

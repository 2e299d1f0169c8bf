// The built-in status table: the words and codes real scheduling systems write in a status
// column, in English, German, French, Spanish, Dutch, Italian, Portuguese, the Scandinavian
// languages, Polish, Czech, Hungarian, Romanian, Finnish, Turkish, Japanese, Chinese, Korean,
// Indonesian, Thai, Persian, Ukrainian and Russian, each with
// what it means for the portal.
//
//   NEW    the appointment exists (booked, confirmed, arrived, seen... and also no-show: the
//          patient missed it, but it was booked; a CANCEL would tell the patient on the portal
//          that the practice cancelled it).
//   CANCEL the booked slot is gone (cancelled by anyone, deleted, broken, rescheduled/moved: the
//          OLD slot is gone and the new slot is its own row with its own status).
//   skip   the row is not an appointment (an open slot, blocked time, a note, a wait-list entry
//          that has no booked time).
//
// Anything not here is unknown on purpose: the file is held and a person says once what the word
// means (issue 9, "never send a guess"). Words whose meaning differs between systems are left out
// (see UNDECIDED at the end) so that they are asked, not guessed.
//
// Sources (checked 2026-12):
// - OpenEMR default list `apptstat` (symbol + title): shared/docs/export-formats.md;
//   open-emr.org/wiki/index.php/AppointmentStatuses-v7
// - Open Dental ApptStatus enum: shared/docs/export-formats.md
// - athenaOne appointmentstatus codes f/x/o/2/3/4: github.com/HTD-Health/athena_health
//   lib/athena_health/appointment.rb; exports print them as "x - Cancelled", "4 - Charge Entered"
// - SimplePractice (Show, No show, Canceled, Late canceled, Clinician canceled):
//   support.simplepractice.com/hc/en-us/articles/360018410872
// - Tebra/Kareo (Scheduled, Confirmed, Arrived, Checked In, Roomed, Checked Out):
//   helpme.tebra.com/Platform/Dashboard/Change_Patient_Appointment_Status
// - CollaborateMD standard statuses (Scheduled, Confirmed, Checked-In, In Room, Checked-Out,
//   Canceled, No Show, Deleted, Rescheduled): help.collaboratemd.com/help/appointment-statuses
// - Dentrix Ascend (Late, Confirmed, Here, Unconfirmed, Ready, Left Message, Chair, Broken,
//   Checkout, No Show, Complete); Dentrix "Wait/Will Call" and broken appointments move to the
//   Unscheduled List: hsps.pro/DentrixAscend/Help/Changing_appointment_statuses.htm,
//   blog.dentrix.com/blog/2016/01/19/cleaning-up-your-unscheduled-list/
// - Dentrix (G-series) default appointment statuses, every one a booked appointment: ?????? (not
//   confirmed), FIRM, FIRM-E (confirmed by e-mail), EMERGENCY, HERE, READY, LMM (reminder left
//   on a machine), LMP (left with a person), MULTI (multiple appointments), NOFLEX (time not
//   flexible): hsps.pro/DentrixCanada/Help/mergedProjects/apptbook/desktop/Appointment_Book_setup/
//   Assigning_default_appointment_settings.htm
// - Dentally (Pending, Confirmed, Arrived, In Surgery, Completed, Cancelled, Did Not Attend):
//   help.dentally.com/en/articles/3562926-an-appointment-from-start-to-finish
// - Elation `status.status` (Scheduled, Confirmed, Checked Out, Cancelled, With Doctor, In Room,
//   Checked In, In Room - Vitals Taken, Not Seen, Billed; "Not Seen" is its No Show, shown in
//   the calendar as "No Show (Not Seen)", with the reasons No Show, Left Without Seeing, Other):
//   docs.elationhealth.com/reference/the-appointment-object,
//   help.elationhealth.com/articles/managing-cancellations-no-shows-overbooking-recalls,
//   morf.health/docs/events/payloads/elation/appointment
// - NextGen Enterprise patient tracking (Booked, Kept, Waiting for Provider, Checked Out, Chart
//   Incomplete, Discharge: the bill sent): helpdesk.altura.org/support/solutions/articles/5000050497
//   (`Discharge` is left unknown: elsewhere a patient discharged from care, whose visits end)
// - Epic APPT_STATUS_C / ZC_APPT_STATUS (1 Scheduled, 2 Completed, 3 Canceled, 4 No Show,
//   5 Left without seen, 6 Arrived), as Clarity reports print APPT_STATUS_NAME: Clarity report
//   definitions in public repositories (e.g. a V_SCHED_APPT extract's status map)
// - Healthie `pm_status` (Occurred, No-Show, Re-Scheduled, Cancelled; if enabled Late
//   Cancellation, Checked-In; blank until one is set): docs.gethealthie.com updateAppointmentInput,
//   help.gethealthie.com/article/1102
// - Planet DDS (Scheduled, Left Message, Confirmed, Unconfirmed, In Reception, In Operatory,
//   Posted, Checked Out, Missed): support.planetdds.com/hc/en-us/articles/360001371251
// - eClinicalWorks short codes PEN/ARR/CHK and site codes: shared/docs/export-formats.md
// - EMIS Web slot statuses (Arrived, Send in, Left, Walked out, DNA, Visited...):
//   herohealthsoftware.net/primary-care/emis-support/article/what-are-the-different-emis-web-
//   appointment-book-slot-statuses; NHS GP appointments data (Booked, Attended/Seen, DNA,
//   Cancelled, Available) for EMIS and SystmOne
// - Vision (UK) Booked, Overdue, Arrived, In Consultation, Seen, DNA, Free Slot
// - PracSuite (AU) Booked, Reminder Sent, Confirmed, Arrived, In Session, Completed, Missed/DNA:
//   help.pracsuite.com/en/articles/12566632-appointment-statuses; Nookal Confirmed, Arrived,
//   In Session, Did Not Arrive, Cancelled: nookal.com/help/managing-appointments
// - Best Practice (AU) default statuses: Booked, Waiting, With doctor, At billing (seen, the
//   account being made up), Completed; UK/AU/NZ clinic codes FTA (failed to attend: a no-show),
//   UTA (unable to attend) and CNA (could not attend): the patient told the practice beforehand,
//   the slot is freed; DNW (did not wait: arrived, left before being seen, as EMIS "Walked out")
// - Halaxy (AU) Booked, Confirmed, Attended, Cancelled, Non-Attendance (its no-show):
//   support.halaxy.com/hc/en-au/articles/6033480845071; Vagaro Accepted, Awaiting Confirmation
//   (booked, the reminder sent), Confirmed, Show, No-Show, Requested and Deny (not yet booked):
//   support.vagaro.com/hc/en-us/articles/360003362014
// - MacPractice native statuses (Default, Cancelled, Checked In, Confirmed, Missed, Pending,
//   Performed Treatment, Tentative, To Reschedule, Unconfirmed, Unscheduled Recall):
//   helpdesk.macpractice.net/hc/en-us/articles/222211207-Schedule-Appointment-Status-Node
// - Medsphere RCM Cloud (Scheduled, Arrived, Departed, No-Show, cancelled with a reason):
//   support.medsphere.com/rcm-cloud/docs/arrive-un-arrive-patients/ and its Depart Patients and
//   Mark No-Show Patients pages
// - MyPractice (NZ) Not Arrived (booked, not yet in), Arrived, Notes Open (in consultation),
//   Seen, Left
// - TouchWorks PM (Allscripts / Veradigm) Confirmed, and Acknowledged: "the equivalent of the
//   'Arrived' status in the TouchWorks EHR": wiki.galenhealthcare.com/index.php/TWPM_Appointment_Status
// - FHIR AppointmentStatus (proposed, pending, booked, arrived, fulfilled, cancelled, noshow,
//   entered-in-error, checked-in, waitlist): hl7.org/fhir/R4/codesystem-appointmentstatus.html
// - German: TERMINHELD (Frei, Reserviert, Terminiert, Wahrgenommen, Abgesagt, Ausgefallen):
//   terminheld.support/hc/de/articles/115006000167; principa (Geplant, Eingetroffen, Beendet,
//   Abgesagt oder storniert); Doctolib DE "Entschuldigt abwesend" for a patient who cancelled
// - French: Doctolib "Absent excusé" (the patient warned: the slot is freed) and
//   "Absent non excusé" (no-show, "pas venu pas prévenu")
// - Spanish: agenda products (Agendada, Se presenta, Anular, Lista de espera; Colombian
//   "cita cumplida / incumplida", "traslado" of an appointment); Reservo (Chile) states Atendido,
//   Confirmado, No Confirmado, No llegó, Suspendió, Llegó, Lista de Espera:
//   intercom.help/reservo/es/articles/7983769-como-agendar-una-cita
// - OSCAR / OSCAR Pro stock appointment_status rows (code, description, short letters): t To Do
//   TODO, T Daysheet Printed DSPrt, h Confirmed, H Here HERE, P Picked PICK, E Empty Room EmpRm,
//   B Billed, N No Show NOSHO, C Cancelled CAN (its database seed, oscarinit.sql): a patient goes
//   To Do → Here → Picked (taken in) → Empty Room (seen, room freed) → Billed. The one-letter
//   codes are not taken alone: OSCAR tells `t` from `T` by case, and sites rename `a`–`e`.
import type { StatusMeaning } from './status-vocabulary.ts';

/**
 * What a row skipped for its status word is instead of an appointment, which decides what the
 * word does beside a patient:
 *   off-schedule  an appointment taken off the schedule (Open Dental's UnschedList, Dentrix
 *                 "Wait/Will Call", a wait list): under its own id, a booked one is cancelled
 *                 (engine/job/off-schedule.ts).
 *   open-slot     a free slot: not an appointment only on a row without a patient. Beside a
 *                 patient the word means something else (Planet DDS "Available": the patient is
 *                 ready), so it is unknown there and asked.
 *   blocked       blocked time, breaks, notes: skipped, and never a sign that an appointment left.
 */
export type SkipKind = 'off-schedule' | 'open-slot' | 'blocked';

export type StatusWordGroup =
  /** `missed`: booked and missed (no show, DNA...), the only live statuses that may follow a
   *  cancellation word as its reason ("Cancelled - No Show", athenaOne). `came`: the patient is
   *  in the building or was seen (Arrived, With Provider, Completed): the visit was kept, so a
   *  note answered cancelled beside one is a row error (row-status.ts). */
  | { meaning: Exclude<StatusMeaning, 'skip'>; missed?: true; came?: true; words: string[] }
  | { meaning: 'skip'; kind: SkipKind; words: string[] };

export const STATUS_WORDS: StatusWordGroup[] = [
  // ---- English: the appointment exists ----
  {
    meaning: 'NEW',
    words: [
      // booked, not yet happened
      'booked',
      'scheduled',
      'sched',
      'future',
      // Fixed Dental (AU): "Upcoming: the appointment is in the future and the booking has not
      // been cancelled" (support.fixeddental.com.au/hc/en-au/articles/57612845781913)
      'upcoming',
      // NextGen Enterprise PM: "Expected: the appointment is scheduled for the current or future
      // date and is not in the Kept state" (docs.nextgen.com, Enterprise PM 8 help, Appointment
      // Statuses); the patient is expected at that time. No system found writes it for anything
      // but a booking (a wait list or a request has no time to be expected at).
      'expected',
      // Zoho Bookings: the appointment's time has passed and staff has not marked it Completed
      // or No Show yet (help.zoho.com bookings view-bookings status-14-3-2023): still a booking,
      // neither cancelled (Canceled) nor off the book; so too its 'Ongoing' (in progress, below)
      'yet to mark',
      'f future', // athenaOne f
      'f filled',
      'filled',
      'firm',
      'confirmed',
      'unconfirmed',
      'not confirmed',
      // a booked appointment whose reminder asked the patient to confirm (Vagaro: the status
      // once its confirmation message went out, support.vagaro.com 360003362014)
      // Pre-admitted for a surgery or procedure: registered and tested ahead of the case, which
      // is still to come (a hospital's and a surgery centre's case status)
      'pre admit',
      'pre admitted',
      'preadmit',
      'awaiting confirmation',
      'pending confirmation',
      // TELUS CHR: booked, and the patient is asked to confirm it (help.inputhealth.com 1454589)
      'confirmation required',
      'confirm',
      // typed by hand in a front desk's list (a status column only: elsewhere a conference)
      'conf',
      // its opposite as character-based schedules print it beside CONF (Medical Manager, 426):
      // booked, not yet confirmed, as 'unconfirmed'
      'unconf',
      'pending', // FHIR: booked but not every participant has accepted; eCW PEN
      'accepted', // Square Bookings ACCEPTED: the seller accepted the booking (FHIR participant accepted)
      'pen',
      // Dentrix defaults (see the header)
      '??????',
      'firm e',
      'lmm',
      'lmp',
      'emergency',
      'multi',
      'noflex',
      'tentative',
      // Timely's "Pencilled-in": the time reserved for the client, not yet confirmed (its own
      // words for a tentative booking; the reminder asks the client to confirm it), as Tentative
      'pencilled',
      'penciled',
      'pencilled in',
      'penciled in',
      'left message',
      'left msg',
      'lm',
      'lvm', // left voicemail, as US front desks write it beside LM
      'message left',
      'voicemail left',
      'no answer',
      'reminded',
      'reminder sent',
      'reminder done',
      'sent', // reminder systems (Medilink): the reminder went out
      'acknowledged sent',
      'callback requested', // OpenEMR: the patient asked to be called back; still booked
      'chart pulled',
      'ins fin issue',
      'asap', // Open Dental: a booked appointment flagged to move earlier if a slot opens
      'none',
      '-', // OpenEMR "- None": the default status of a booked appointment
      'active',
      'to do', // OSCAR t: booked, nothing done yet
      'todo',
      'daysheet printed', // OSCAR T: booked, on the printed day sheet
      'dsprt',
      'not arrived', // MyPractice (NZ): booked, the patient not yet in (its default)
      // Axxess (home health, hospice): a scheduled visit (task) before its day and on its day
      // before the clinician begins it; only such tasks can still be reassigned
      // (axxess.com/help/axxess-central/scheduling/reassigning-patient-visits)
      'not yet due',
      'not yet started',
      // WellSky Home Health (Kinnser): a visit task nobody has begun yet, the same state as
      // Axxess's Not Yet Started; no system writes it for a visit called off
      'not started',
    ],
  },
  {
    meaning: 'NEW',
    came: true,
    words: [
      // in the building
      'arrived',
      'arr',
      'arrived late',
      // TouchWorks PM: the patient is in, its equivalent of the EHR's Arrived (see the header)
      'acknowledged',
      // A walk-in: the patient came without a booking and was booked in on arrival (Eyefinity's
      // `Walk In` status, help.eyefinity.com/epm/Content/FrontOffice/Appointment_Status_Icons.htm:
      // "Select for walk-in patients"): an appointment that is happening, never a cancellation.
      'walk in',
      'walkin',
      // An add-on: a case or visit added to a day whose schedule was already set (surgery centers'
      // and hospital departments' "add-on case", a clinic's squeezed-in visit): booked and happening
      'add on',
      'addon',
      'walked in',
      'late',
      // OrthoTrac's Patient Flow marks each arrival Early, Late or a no-show against the booked time
      // (help.carestreamdental.com, OrthoTrac StafTxDsply.htm): the patient came, early or on time
      'early',
      'arrived early',
      'on time',
      'running late',
      'overdue', // Vision: due a minute ago, not yet arrived
      'here',
      'ready',
      'checked in',
      'check in',
      'checkin',
      'chk in',
      'ckd in', // checked in, as a front desk shortens it (Ckd In / Ckd Out)
      'registered',
      'waiting',
      'in waiting room',
      'waiting room',
      // the US word for the waiting room (Practice Fusion's schedule): the patient has arrived
      'in lobby',
      'in reception',
      'in room',
      // SystmOne: the consultation under way, between Arrived and Seen (NHS Digital's GP
      // appointments data guidance for SystmOne: "set as ARRIVED/STARTED ... then SEEN/COMPLETED")
      'started',
      'in room - vitals taken', // Elation: roomed, vitals done
      'roomed',
      'in exam room',
      'exam room',
      'chair',
      'in chair',
      // Seated in the chair: Tops Ortho's Patient Flow seats the patient (help.topsortho.com,
      // article 300), as dental schedulers do; in the office, never a cancellation
      'seated',
      'in operatory',
      'picked', // OSCAR P: the clinician has taken the patient in
      'empty room', // OSCAR E: seen, the room is free again
      'emprm',
      'with provider',
      // NextGen patient tracking: seen, the provider's note not yet signed
      'chart incomplete',
      'with doctor',
      'with nurse',
      'ready for provider',
      'ready for doctor',
      // The rest of the patient-flow stages, by whom the patient waits for or is with: Prognocis'
      // `Ready for Doc` (prognocishelp.prognocis.com, hlpApptChangeStatus: Arrived, Ready for
      // Nurse, With Nurse, Ready for Doc), a medical assistant (`MA`), an eye clinic's technician
      // (`Tech`), a physician, a hygienist or an assistant: the patient is in the office.
      'ready for doc',
      'with doc',
      'ready for physician',
      'with physician',
      'ready for ma',
      'with ma',
      'ready for tech',
      'with tech',
      'ready for technician',
      'with technician',
      'ready for hygienist',
      'with hygienist',
      'ready for assistant',
      'with assistant',
      // An eye clinic's patient flow: pre-testing by the technician, the drops taking effect, back
      // with the doctor. OptoMate's appointment book marks Confirmed, Waiting Room, Pre-Test,
      // Consulting, Dilating, Complete, Cancelled, No Show (manula.com/manuals/monkey-software-pty-
      // ltd/optomate-touch/1/en/topic/appointments); an ophthalmology clinic's board says the
      // same with the room (`In Tech Room`) or the physician (`Ready for MD`). Stages of a visit
      // under way: the patient is in the office, never a cancellation.
      'pre test',
      'pretest',
      'in pre test',
      'in pretest',
      'pretesting',
      'dilating',
      'consulting',
      'in tech room',
      'tech room',
      'ready for md',
      'with md',
      // The technician's workup (history, acuity, pressure, imaging before the doctor's exam): an
      // eye clinic's or an out-patient board's stage `In Workup`, then `Workup Done` (ready for
      // the doctor), as public clinic queue code labels them (REGISTERED, IN_WORKUP, WORKUP_DONE,
      // WITH_DOCTOR, VISITED); the patient is in the office, never a cancellation.
      'workup',
      'in workup',
      'work up',
      'in work up',
      'workup done',
      'workup complete',
      // athenaOne's 5-stage patient encounter (Check-in, Intake, Exam, Sign-off, Checkout), shown
      // as the appointment's status while the patient is in the office: help.athenahealth.com
      // Ohelp/Content/Features/Visit_Overview_A.htm, 5_5_0Checkout_A.htm (Ready for Staff,
      // Ready for provider, Ready for checkout)
      'intake',
      'in intake',
      'exam',
      'in exam',
      'sign off',
      'signoff',
      'ready for staff',
      'ready for checkout',
      'ready for check out',
      'in session',
      'in consultation',
      'in consult', // MedicalDirector, PracSoft
      'notes open', // MyPractice (NZ): the clinician has the consultation open
      'in surgery', // Dentally: in the treatment room (a UK "surgery")
      'in progress',
      // Medisoft Office Hours' status between Checked In and Checked Out (Unconfirmed, Confirmed,
      // Checked In, Being Seen, Checked Out, Missed, Cancelled, Rescheduled), as QuickEMR's
      // check-in flow (Check In, Being Seen, Check Out): the patient is with the provider now.
      // Never a cancellation; 'left without being seen' is a longer word of its own (missed).
      'being seen',
      'ongoing', // Zoho Bookings: shown while the appointment's time is running
      'send in', // EMIS: the clinician calls the patient in
      // ClockwiseMD's Callback: the patient called back from the waiting room to an exam room
      // (clockwisemd.desk.com, Using Reports in Clockwise.MD: wait = callback minus check-in)
      'called back',
      'sent in',
      'quiet send in',
      'start call',
      // happened
      'seen',
      'attended',
      'attended seen',
      'show',
      'showed',
      'kept',
      // KenyaEMR (the OpenMRS-based national EMR) and Kenyan hospital systems mark a kept
      // appointment `Honoured` (beside `Missed`), as French `honoré`: the patient came.
      'honoured',
      'honored',
      'fulfilled',
      'occurred', // Healthie: the session took place
      'performed treatment', // MacPractice: the visit's treatment was done (see the header)
      // A dialysis unit's, an infusion suite's or a therapy clinic's word for a treatment given
      // (the run took place), as `Seen` is a clinic's
      'treated',
      // A vaccine clinic's or a pharmacy's registrant given the shot (PrepMod's clinic lists, a
      // school-located clinic's): the visit took place, as `Treated` says of a dialysis run. Only
      // the bare word: `Vaccinated Elsewhere`, `Already Vaccinated` (a reason not to come) and
      // `Not Vaccinated` stay asked.
      'vaccinated',
      'immunized',
      'immunised',
      // In the imaging room or the operating suite (patient tracking along a surgery or an exam):
      // ready for the scan, scanning, the exam started; in pre-op, in the OR, in
      // recovery (PACU). A perioperative board shows them as the case's status; the patient is
      // there. `Discharged` stays asked (UNDECIDED: discharged from care elsewhere).
      'ready for scan',
      'scanning',
      'exam started',
      'exam in progress',
      'in pre op',
      'pre op',
      'preop',
      'in or',
      'in surgery suite',
      'in procedure',
      'pacu',
      'in pacu',
      'in recovery',
      // Owl Practice's attendance: attended, but billed to nobody (help.owlpracticesuite.com,
      // Marking Attendance for Sessions); a visit that took place, never a cancellation
      'non billable',
      'nonbillable',
      'complete',
      'completed',
      'done',
      'finished',
      // Boulevard (salons, spas, med spas): an appointment's state is booked, confirmed, arrived,
      // canceled or final, "completed (marked as final)" (support.boulevard.io/en/articles/
      // 5941389): the visit took place and was closed out, never a cancellation
      'final',
      'checked out',
      // South Asian OPD lists (Pakistan, India): `Checked` is the patient the doctor has examined
      // (checked up), beside Pending and Waiting; checked in or out it is a visit all the same
      'checked',
      'check out',
      'checkout',
      'chk',
      'ckd out',
      'left', // EMIS "Left": seen and gone
      // Medsphere RCM Cloud (community hospitals' scheduling): a patient is arrived, then
      // departed after the visit (support.medsphere.com/rcm-cloud/docs, "Depart Patients"); a
      // hospital's word for the visit done, never a cancellation
      'departed',
      'visited',
      'visited and seen',
      // Indian clinic EMRs' appointment lists (HealthPlix, Practo's queue): the doctor consulted
      // the patient, the visit took place; never a cancellation (corpus 450)
      'consulted',
      'telephone consultation completed',
      'posted',
      'charge entered', // athenaOne 4
      // Therapy and ABA practice management: the session was held and is billed. TherapyPM's
      // default statuses are Scheduled, Rendered and No Show ("select the Rendered option to
      // render an appointment and generate a claim", therapypms.freshdesk.com articles
      // 82000920133, 82000916301); MeasurePM renders "a completed appointment" (measurepm
      // .freshdesk.com 60000796265). The service was rendered: it took place.
      'rendered',
      // Behavioral-health EHRs (Credible, CareLogic and the like) show a visit whose session note
      // the clinician has signed: documented, so held (a missed visit is NEW as well).
      'session note signed',
      'note signed',
      'at billing', // Best Practice: seen, at the desk to pay
      'coding done',
      'invoiced',
      'billed',
      // An imaging exam's report stages (RamSoft's default study statuses run Scheduled, Ready
      // For Scan, Started, In Progress, Completed, Verified, Preliminary, Read, Reported,
      // Approved: help.ramsoftpacs.com, "Setting Up Study Statuses"; an ultrasound study
      // manager's Booked, Waiting, Scanning, Scanned, Dictated, Typed, Signed, Completed:
      // creativemedicalsystems.com/styled-12) are left asked: `Dictated`, `Typed`, `Read`,
      // `Signed`, `Approved`, `Verified`, `Scanned` are a document's states too (a transcription
      // worklist, a scanned-documents log, an authorization list), and sent as booked such a
      // list would go to the portal as appointments. The exam's own stages are read (came, below).
      // A surgery centre's case, done in full or in part (AmkaiOffice's appointment statuses:
      // Pending, In Progress, Performed, Partially Performed/Billable, Partially Performed/Not
      // Billable, Cancelled: officehelp.amkaicloud.com/Modules/CDM/PACU_Phase_1.htm)
      'performed',
      'partially performed',
      'partially performed billable',
      'partially performed not billable',
    ],
  },
  {
    meaning: 'NEW',
    words: [
      // explicit negations of a cancellation (a stem rule must never read these as CANCEL)
      'not cancelled',
      'not canceled',
      'uncancelled',
      'uncanceled',
      'un cancelled',
      'un canceled',
      'reinstated',
      'restored',
      // OpenEMR channel confirmations, including its misspelling
      'sms confirmed',
      'avm confirmed',
      'email confirmed',
      'email confimed',
      // OpenEMR default symbols on their own: a site may rename the title, not the symbol
      '?', // No show
      '@', // Arrived
      '~', // Arrived late
      '!', // Left w/o visit
      '#', // Ins/fin issue
      '<', // In exam room
      '>', // Checked out
      '$', // Coding done
      '^', // Pending
      '*', // Reminder done
      '+', // Chart pulled
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed: the appointment existed (see the header)
      'no show',
      'noshow',
      'no showed',
      'ns',
      'n/s',
      // no call, no show: the patient neither came nor called (a US front desk's NCNS)
      'no call no show',
      'ncns',
      'ptns',
      'nosho', // OSCAR's short letters for No Show
      'not seen', // Elation's label for a no-show
      // Elation's Not Seen with its third reason, Other (its reasons: No Show, Left Without
      // Seeing, Other; help.elationhealth.com managing-cancellations-no-shows-overbooking-recalls)
      'not seen other',
      'did not arrive',
      'dna',
      'did not attend',
      'not attended',
      // the attendance word of a session the client missed without notice (behavioral-health and
      // ABA agencies' attendance lists); `Absence` alone stays unknown: a provider's absence is
      // blocked time
      'client absence',
      'patient absence',
      'non attendance', // Halaxy: its no-show (support.halaxy.com, FAQ: Appointments)
      'nonattendance',
      'did not show',
      'didn t show',
      'didnt show',
      'missed',
      'missed dna',
      // the same word with the thing missed named (`Missed Appointment`, `Missed Appt`), as
      // `Missed Visit` below: a booked visit the patient missed, not a cancellation
      'missed appointment',
      'missed appt',
      // home health and hospice: a scheduled visit that did not take place, recorded as a Missed
      // Visit (Axxess marks the task missed, axxess.com/help/agencycore/intakescheduling/
      // schedule-center-overview): booked and missed, as No Show
      'missed visit',
      // home health and hospice: the clinician went to the home and could not make the visit (no
      // answer at the door), recorded as an Attempted Visit beside the missed visit it becomes
      // (HCHB PointCare, field.adarahelp.com/article/35-o-12-113-attempted-visits-licensed-staff);
      // a home visit or home draw whose patient was out: booked and missed, as No Show
      'attempted',
      'attempted visit',
      'patient not home',
      'not home',
      'fta', // failed to attend (UK, Australia, New Zealand)
      'failed to attend',
      'walked out',
      'walk out',
      'did not wait', // arrived and left before being seen, as walked out
      'dnw',
      'left without being seen',
      // Epic's APPT_STATUS_C 5 as ZC_APPT_STATUS names it, and Elation's Not Seen reason: the
      // patient came and left unseen, a missed visit like LWBS
      'left without seen',
      'left without seeing',
      'left before being seen', // the same, as emergency and urgent-care lists write it (LBBS)
      'lwobs',
      'left w o visit',
      'left w o being seen', // "Left w/o being seen": LWBS written out with w/o
      'lwbs',
      'visited not seen',
      'visited and not seen',
      'telephoned but no answer',
    ],
  },
  // ---- English: the slot is gone ----
  {
    meaning: 'CANCEL',
    words: [
      'x', // OpenEMR and athenaOne symbol for cancelled
      '%', // OpenEMR "% Canceled < 24h"
      'cancelled',
      'canceled',
      'cancel',
      'cancellation',
      'canx',
      'cxl', // common short forms of cancelled
      'cxld',
      // the front desk's CX of "CX/NS" (cancel / no-show: heno-support.helpscoutdocs.com
      // article 47-cx-ns-process); a status column only: elsewhere a culture or the cervix
      'cx',
      // the other short forms a note or a header reads as cancelled (cancel-mention.ts)
      'cxled',
      'cxd',
      'cancd',
      'cncl',
      'cnx',
      'cnxl',
      'canc',
      'hwcancel', // eClinicalWorks site code
      'late cancel',
      'late cancelled',
      'late canceled',
      'x canceled',
      '% canceled < 24h',
      'deleted',
      'deleted archived', // Jane: booked and withdrawn within the grace period
      'broken', // Open Dental, Dentrix: cancelled or missed AND taken off the book
      'broken appt', // Eaglesoft: a chair (column) the practice parks broken appointments in
      'broken appts',
      'broken appointment',
      'broken appointments',
      'broke appt',
      'broke appointment',
      'brkn',
      'brkn appt',
      'brkn appts',
      'rescheduled', // the old slot is gone; the new slot comes as its own row
      're scheduled',
      'resched',
      'resch',
      'r/s',
      // the past tense a front desk types with an apostrophe (`RS'd`, `R/S'd`, `Cxl'd by Pt`)
      "rs'd",
      "r/s'd",
      "cxl'd",
      'moved', // like rescheduled: this row is the old slot
      // Ortho2 Edge processes an appointment as Kept, Missed, Changed, Canceled or Deleted
      // (helpedge.orthoii.com, ProcessAppts.htm); a changed one was taken off its slot to be
      // rebooked, "a changed appointment, rather than a cancelled appointment" (OrthoTrac's help,
      // help.carestreamdental.com, CnclAppt.htm): like rescheduled, this row is the old slot.
      'changed',
      'postponed', // R4 (UK dental), like reporté: put off to another day, this slot is gone
      'bumped', // the practice took the slot back
      'void',
      'voided',
      'entered in error', // FHIR: never was a real appointment; withdraw it if sent
      // the same said of the booking itself: the appointment is the error, never a visit (unlike
      // `Cancelled in error`, where the error may be the cancellation: left unknown)
      'scheduled in error',
      'booked in error',
      'created in error',
      'made in error',
      // UK, Australia, New Zealand: the patient told the practice beforehand, the slot is freed
      'uta',
      'unable to attend',
      'cna',
      'could not attend',
    ],
  },
  // ---- English: not an appointment ----
  {
    meaning: 'skip',
    kind: 'off-schedule',
    words: [
      // Open Dental entries that are not scheduled visits
      'unschedlist',
      'planned',
      // Dentrix "Wait/Will Call": moved to the Unscheduled List, no booked time (like UnschedList)
      'w/call',
      'wait/will call',
      'wait will call',
      // wait lists: a wish for a slot, not a booking.
      'waitlist',
      'wait list',
      'waitlisted',
      'waiting list',
      'on wait list',
      'on waiting list',
      'asap list',
      // recalls: a patient due (or overdue) for a hygiene or check-up visit, an intention and not a
      // booking until it is scheduled (guides.mydentalpractice.ng/docs/clinic/recalls/scheduling-and-completing;
      // Open Dental's Recall List by Recall Due Date, opendental.com/manual/recalllist.html);
      // MacPractice's native Unscheduled Recall (see the header). `Recall` alone may name a
      // booked recall visit: left unknown.
      'recall due',
      'recall overdue',
      'unscheduled recall',
    ],
  },
  {
    meaning: 'skip',
    kind: 'open-slot',
    words: [
      'open slot',
      'o open', // athenaOne o: an open slot (bare "Open" is ambiguous: left unknown)
      // Planet DDS writes "Available" for a patient ready to be seated: beside a patient these
      // words are asked (SkipKind)
      'available',
      'free',
      'free slot',
      'unbooked',
    ],
  },
  {
    meaning: 'skip',
    kind: 'blocked',
    words: [
      // Open Dental notes on the schedule
      'ptnote',
      'ptnotecompleted',
      'blocked',
      'block',
      'blocked time',
      'unavailable',
      'lunch',
      'meeting',
      'holiday',
      'out of office',
      'note',
    ],
  },
  // ---- English: booked, and on the cancellation list ----
  {
    meaning: 'NEW',
    words: [
      // Zedmed, Best Practice: a row in the appointment book whose patient also wants an earlier
      // slot if one is cancelled. The row has its booked time: it is a live appointment, not a
      // cancellation and not a bare wait-list wish.
      'cancellation list',
      'cancelation list',
      'on cancellation list',
      'on cancelation list',
    ],
  },
  // ---- German ----
  {
    meaning: 'NEW',
    words: [
      'geplant',
      'terminiert',
      'vereinbart',
      'gebucht',
      'reserviert', // TERMINHELD: a held slot for the patient (tentative, still a booking)
      'bestätigt',
      'unbestätigt',
      'nicht bestätigt',
      'erinnert',
      'erinnerung gesendet',
      'erschienen',
      'angekommen',
      'eingetroffen',
      'anwesend',
      'angemeldet', // signed in at the desk
      'eingecheckt',
      'wartet',
      'wartend',
      'wartezimmer',
      'im wartezimmer',
      'aufgerufen',
      'in behandlung',
      'im behandlungszimmer',
      'behandelt',
      'wahrgenommen',
      'abgeschlossen',
      'beendet',
      'erledigt',
      'fertig',
      'ausgecheckt',
      'abgerechnet',
      'nicht abgesagt',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'nicht erschienen',
      'nicht gekommen',
      'nicht wahrgenommen',
      'versäumt',
      'unentschuldigt',
      'unentschuldigt gefehlt',
    ],
  },
  {
    meaning: 'CANCEL',
    words: [
      'abgesagt',
      'storniert',
      'storno',
      'annulliert',
      'gelöscht',
      'verschoben', // moved: this row is the old slot
      'entschuldigt', // the patient excused themselves in advance: the slot was freed
      'entschuldigt abwesend',
    ],
  },
  {
    meaning: 'skip',
    kind: 'open-slot',
    words: ['frei', 'freier termin'],
  },
  {
    meaning: 'skip',
    kind: 'off-schedule',
    words: ['warteliste', 'auf warteliste'],
  },
  {
    meaning: 'skip',
    kind: 'blocked',
    words: ['blockiert', 'gesperrt', 'blocker', 'pause', 'urlaub', 'notiz'],
  },
  // ---- French ----
  {
    meaning: 'NEW',
    words: [
      'planifié',
      'planifiée',
      'programmé',
      'programmée',
      'prévu',
      'prévue',
      'réservé',
      'réservée',
      'pris',
      'confirmé',
      'confirmée',
      'non confirmé',
      'non confirmée',
      'à confirmer',
      'en attente de confirmation',
      'arrivé',
      'arrivée',
      'présent',
      'présente',
      'en salle d attente',
      'salle d attente',
      'en consultation',
      'en cours',
      'vu',
      'vue',
      'terminé',
      'terminée',
      'effectué',
      'effectuée',
      'réalisé',
      'réalisée',
      'honoré',
      'honorée',
      'facturé',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'absent',
      'absente',
      'non honoré',
      'non honorée',
      'absent non excusé',
      'absente non excusée',
      'non excusé',
      'non venu',
      'non venue',
      'pas venu',
      'pas venu pas prévenu',
      'lapin',
    ],
  },
  {
    meaning: 'CANCEL',
    words: [
      'annulé',
      'annulée',
      'annulation',
      'supprimé',
      'supprimée',
      'reporté', // postponed: the slot is gone
      'reportée',
      'déplacé', // moved: this row is the old slot
      'déplacée',
      'décommandé',
      'décommandée',
      'excusé', // Doctolib "Absent excusé": the patient warned, the slot was freed
      'excusée',
      'absent excusé',
      'absente excusée',
    ],
  },
  {
    meaning: 'skip',
    kind: 'open-slot',
    words: ['libre', 'créneau libre', 'disponible'],
  },
  {
    meaning: 'skip',
    kind: 'blocked',
    words: ['bloqué', 'bloquée', 'indisponible'],
  },
  {
    meaning: 'skip',
    kind: 'off-schedule',
    words: ["liste d'attente", "en liste d'attente"],
  },
  // ---- Spanish ----
  {
    meaning: 'NEW',
    words: [
      'programada',
      'programado',
      'agendada',
      'agendado',
      'reservada',
      'reservado',
      'citada',
      'citado',
      'asignada',
      'asignado',
      'confirmada',
      'confirmado',
      'sin confirmar',
      'no confirmada',
      'no confirmado',
      'por confirmar',
      'pendiente',
      'pendiente de confirmar',
      'llegó',
      'llegada',
      'presente',
      'se presenta',
      'se presentó',
      'en sala de espera',
      'sala de espera',
      'en consulta',
      'en atención',
      'atendida',
      'atendido',
      'completada',
      'completado',
      'finalizada',
      'finalizado',
      'realizada',
      'realizado',
      'asistió', // attended
      'asistio',
      'asistida',
      'asistido',
      'cumplida', // Colombian agendas: cita cumplida = attended
      'cumplido',
      // Clinic Cloud (Spain): a cita Pendiente, Realizada, Pagada (seen and paid), No Acude or
      // Anulada, as its appointments table shows them (not public: its labels as read by public
      // scripts that import its exports)
      'pagada',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'no asistió',
      'no asistida',
      'no asistido',
      'no se presentó',
      'no acudió',
      // Clinic Cloud's and Doctoralia's `No Acude`: the patient does not come (see above; not
      // public: scripts that import their exports map it to a no-show)
      'no acude',
      // Medilink's (Chile) `No asiste`, in the present as `No acude`: the patient did not come
      // (a state of the cita beside Atendido, Confirmado and Anulado, not a note that they will not)
      'no asiste',
      'no compareció', // did not appear: a no-show, as Portuguese `não compareceu`
      'no vino',
      'inasistencia',
      'ausente',
      'incumplida', // cita incumplida = no-show
      'incumplido',
      'no llegó', // Reservo (Chile): the patient did not arrive
      'no llego',
    ],
  },
  {
    meaning: 'CANCEL',
    words: [
      'cancelada',
      'cancelado',
      'anulada',
      'anulado',
      'reprogramada', // the old slot is gone (same reasoning as "rescheduled")
      'reprogramado',
      'reagendada',
      'reagendado',
      'trasladada',
      'trasladado',
      'eliminada',
      'eliminado',
      // A report's section of them says them in the plural (`Citas eliminadas`, `Anuladas (3)`).
      'eliminadas',
      'eliminados',
      'anuladas',
      'anulados',
      'borrada',
      'borrado',
      'borradas',
      'borrados',
      // Reservo (Chile) lists `Suspendió` among a cita's states beside Atendido, No llegó and
      // Confirmado: the patient "suspended" (called off) the hora. Called off or put off, this
      // slot is gone either way; no time of a new booking is ever written under it.
      'suspendió',
      'suspendio',
      'suspendida',
      'suspendido',
    ],
  },
  {
    meaning: 'skip',
    kind: 'off-schedule',
    words: ['lista de espera', 'en lista de espera'],
  },
  {
    meaning: 'skip',
    kind: 'open-slot',
    words: ['libre', 'disponible'],
  },
  {
    meaning: 'skip',
    kind: 'blocked',
    words: ['bloqueada', 'bloqueado', 'horario bloqueado', 'nota'],
  },
  // ---- Dutch (the Netherlands, Flanders) ----
  // Plain Dutch for the same states as above. A moved appointment (`verplaatst`, `verzet`) and a
  // patient who "signed off" (`afgemeld`: called off, or checked out at the desk?) are left
  // unknown, so they are asked.
  {
    meaning: 'NEW',
    words: [
      'gepland',
      'ingepland',
      'geboekt',
      'gereserveerd',
      'bevestigd',
      'onbevestigd',
      'niet bevestigd',
      'aangekomen',
      'aanwezig',
      'in wachtkamer',
      'in de wachtkamer',
      'wachtkamer',
      'in behandeling',
      'behandeld',
      'afgerond',
      'voltooid',
      'uitgevoerd',
      'gefactureerd',
      // Tetra's AfspraakStatus (handleidingen.tetra.nl, bricks-switchboard appointments):
      // NietAanwezig (not in yet), Aanwezig, Bezig (with the doctor), Gebeurd (it took place)
      'niet aanwezig',
      'bezig',
      'gebeurd',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'niet verschenen',
      'niet gekomen',
      'nietgekomen', // Tetra's NietGekomen as its API writes it
      'niet komen opdagen',
    ],
  },
  {
    meaning: 'CANCEL',
    words: ['geannuleerd', 'afgezegd', 'verwijderd'],
  },
  {
    meaning: 'skip',
    kind: 'off-schedule',
    words: ['wachtlijst', 'op wachtlijst'],
  },
  {
    meaning: 'skip',
    kind: 'blocked',
    words: ['geblokkeerd'],
  },
  // ---- Italian (Italy, San Marino, Ticino) ----
  // Plain Italian for the same states: prenotato (booked), confermato, eseguito / effettuato /
  // erogato (the service given: the word of the regional booking centres, CUP), and the two words
  // for a cancelled appointment, annullato and disdetto (disdire un appuntamento: to call it off;
  // the "disdetta" of the ASL and CUP notices, e.g. asl.vt.it/disdetta-visite-ed-esami,
  // aulss4.veneto.it "Annullamento e spostamento della prenotazione"). Left unknown, so asked: a
  // moved appointment (`spostato`) and `in attesa` (in the waiting room, or not yet confirmed?).
  {
    meaning: 'NEW',
    words: [
      'prenotato',
      'prenotata',
      'confermato',
      'confermata',
      'da confermare',
      'non confermato',
      'non confermata',
      'arrivato',
      'arrivata',
      "in sala d'attesa",
      'eseguito',
      'eseguita',
      'effettuato',
      'effettuata',
      'erogato',
      'erogata',
      'completato',
      'completata',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'non presentato',
      'non presentata',
      'non si è presentato',
      'non si è presentata',
      'assente',
    ],
  },
  {
    meaning: 'CANCEL',
    words: ['annullato', 'annullata', 'disdetto', 'disdetta', 'cancellato', 'cancellata'],
  },
  {
    meaning: 'skip',
    kind: 'off-schedule',
    words: ["lista d'attesa", "in lista d'attesa"],
  },
  {
    meaning: 'skip',
    kind: 'blocked',
    words: ['bloccato', 'bloccata'],
  },
  // ---- Portuguese (Brazil, Portugal) ----
  // Feegow's appointment statuses (status_id 1 Marcado - não confirmado, 3 Atendido, 4 Em
  // atendimento/Aguardando, 6 Não compareceu, 7 Marcado - confirmado, 11 Desmarcado pelo paciente,
  // 15 Remarcado, 16 Desmarcado pelo profissional, 22 Cancelado pelo profissional; its API's
  // appoints/statusUpdate), and iClinic's Faltou (missed). Desmarcar uma consulta is to cancel it.
  // The Spanish words above that Portuguese shares (agendado, confirmado, atendido, cancelado)
  // mean the same there. Left unknown, so asked: `Remarcado` (moved: the old slot, or the
  // appointment at its new time?), `Em andamento`, `Aguardando` alone.
  {
    meaning: 'NEW',
    words: [
      'marcado',
      'marcada',
      'marcado não confirmado',
      'marcado confirmado',
      'não confirmado',
      'não confirmada',
      'aguardando atendimento',
      'em atendimento',
      // Portugal's SNS: a consultation "efetivada" took place (the patient was seen); the
      // pre-1990-reform spelling `efectivada` is still written
      'efetivada',
      'efetivado',
      'efectivada',
      'efectivado',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'não compareceu',
      'faltou',
      'paciente faltou',
    ],
  },
  {
    meaning: 'CANCEL',
    words: ['desmarcado', 'desmarcada'],
  },
  // ---- Polish, Czech, Hungarian ----
  // Polish: the e-registration lists' niepotwierdzona / potwierdzona / anulowana (przez
  // użytkownika, przez podmiot leczniczy: ezdrowie.wrotapodlasia.pl eRejestracja "Moje terminy"),
  // Aurero's "Oczekuje na pacjenta", "Pacjent oczekuje na wizytę", "Nieobecny" (support.aurero.com
  // "Statusy wizyt w terminarzu"); zrealizowana (carried out), odwołana (called off: the national
  // "Odwołuję. Nie blokuję" campaign). Hungarian: Megerősítve, Teljesítve, Lemondva, Meg nem jelent
  // (help.circo.health booking states), "Ügyfél által lemondva", "Későn lemondott"
  // (docs.hellabooking.com). Czech in plain words: objednáno, potvrzeno, zrušeno, nedostavil se,
  // přišel / nepřišel (came / did not come), zrušeno pacientem (cancelled by the patient).
  // Left unknown, so asked: a moved visit (przełożona, přeobjednáno, áthelyezve) and Polish
  // `niezrealizowana` (not carried out: missed, or called off?).
  {
    meaning: 'NEW',
    words: [
      'zaplanowana',
      'zaplanowany',
      'umówiona',
      'umówiony',
      'zarezerwowana',
      'potwierdzona',
      'potwierdzony',
      'niepotwierdzona',
      'niepotwierdzony',
      'oczekuje na pacjenta',
      'pacjent oczekuje na wizytę',
      'pacjentka oczekuje na wizytę',
      'w poczekalni',
      'w trakcie',
      'zrealizowana',
      'zrealizowany',
      'odbyta',
      'zakończona',
      'objednáno',
      'objednán',
      'objednána',
      'potvrzeno',
      'potvrzena',
      'v čekárně',
      'dorazil',
      'dorazila',
      'přišel',
      'přišla',
      'ošetřen',
      'ošetřena',
      'foglalt',
      'lefoglalva',
      'megerősítve',
      'visszaigazolva',
      'megérkezett',
      'megjelent',
      'teljesítve',
      'ellátva',
      'befejezve',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'nieobecność',
      'nieobecny',
      'nieobecna',
      'pacjent nieobecny',
      'nie stawił się',
      'nie stawiła się',
      'nie zgłosił się',
      'nie zgłosiła się',
      'nie przyszedł',
      'nie przyszła',
      'nedostavil se',
      'nedostavila se',
      'nepřišel',
      'nepřišla',
      'meg nem jelent',
      'nem jelent meg',
    ],
  },
  {
    meaning: 'CANCEL',
    words: [
      'odwołana',
      'odwołany',
      'anulowana',
      'anulowany',
      'zrušeno',
      'zrušena',
      'zrušen',
      'stornováno',
      'lemondva',
      'lemondott',
      'későn lemondott',
      'törölve',
      'törölt',
    ],
  },
  // ---- Romanian ----
  // Romanian in the words clinic and booking apps label their appointments with (not public:
  // modelled on Romanian apps' status labels in public repositories: Confirmată, Sosit, În
  // desfășurare, Finalizată, Anulată, Neprezentat): programat (booked), confirmat, sosit (arrived),
  // prezent, prezentat (came), finalizat (completed), efectuat (done), onorat (kept, as French honoré); neprezentat
  // and neonorat (did not come: a no-show); anulat (cancelled, also read by the stem rule). Left
  // unknown, so asked: reprogramat (moved) and `în așteptare` (pending, or on a waiting list?).
  {
    meaning: 'NEW',
    words: [
      'programat',
      'programată',
      'confirmat',
      'confirmată',
      'neconfirmat',
      'neconfirmată',
      'sosit',
      'sosită',
      'prezent',
      'prezentă',
      // `Prezentat` (came: the participle of `s-a prezentat`, the opposite of Neprezentat)
      'prezentat',
      'prezentată',
      'în desfășurare',
      'finalizat',
      'finalizată',
      'efectuat',
      'efectuată',
      'onorat',
      'onorată',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: ['neprezentat', 'neprezentată', 'nu s-a prezentat', 'neonorat', 'neonorată'],
  },
  {
    meaning: 'CANCEL',
    words: ['anulat', 'anulată'],
  },
  // ---- Vietnamese ----
  // Vietnamese as clinic lists (danh sách lịch hẹn) write an appointment's state (trạng thái), in
  // plain words (not public: modelled on Vietnamese dental and clinic software, whose appointment
  // states are new, confirmed, waiting, in progress, done, cancelled, maydental.vn's guide): đặt
  // lịch / đã đặt (booked), mới (new), đã xác nhận (confirmed), chờ / chưa xác nhận (awaiting
  // confirmation), đã đến (came), đang chờ / chờ khám (waiting), đang khám (being seen), đã khám
  // (seen), hoàn thành (done); không đến / vắng mặt (did not come: a no-show); đã hủy (cancelled;
  // `huỷ` and `hủy` fold alike). Left unknown, so asked: dời lịch / đổi lịch (moved: this booking
  // gone, or kept at a new time?), as Romanian `reprogramat` is.
  {
    meaning: 'NEW',
    words: [
      'đặt lịch',
      'đã đặt',
      'đã đặt lịch',
      'đã xác nhận',
      'chờ xác nhận',
      'chưa xác nhận',
      'đã đến',
      'đang chờ',
      'chờ khám',
      'đang khám',
      'đã khám',
      'hoàn thành',
      'đã hoàn thành',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: ['không đến', 'vắng mặt'],
  },
  {
    meaning: 'CANCEL',
    words: ['đã hủy', 'hủy', 'bị hủy', 'hủy lịch', 'đã hủy lịch'],
  },
  // ---- Greek, Arabic ----
  // Greek in plain words, as a practice's list writes them: προγραμματισμένο (scheduled),
  // επιβεβαιώθηκε (confirmed), προσήλθε / δεν προσήλθε (came / did not come), ολοκληρώθηκε
  // (completed), ακυρώθηκε (cancelled: "το ραντεβού αυτομάτως ακυρώνεται",
  // rantevou-pex.pkm.gov.gr), "ακυρώθηκε από τον ασθενή" (by the patient). Arabic, as Gulf
  // clinics' lists write them: محجوز (booked), مؤكد (confirmed), حضر / لم يحضر (attended / did not
  // attend), مكتمل (completed), ملغى (cancelled). Left unknown, so asked: `σε αναμονή` (pending: a
  // request the doctor has not accepted yet, as MyHealth shows it) and `مؤجل` (postponed: moved?).
  {
    meaning: 'NEW',
    words: [
      'προγραμματισμένο',
      'προγραμματισμένη',
      'κλεισμένο',
      'επιβεβαιώθηκε',
      'επιβεβαιωμένο',
      'επιβεβαιωμένη',
      'προσήλθε',
      'ολοκληρώθηκε',
      'ολοκληρωμένο',
      'محجوز',
      'مؤكد',
      'مؤكدة',
      'تم التأكيد',
      'حضر',
      'حضرت',
      'تم الحضور',
      'مكتمل',
      'مكتملة',
      // Egyptian clinics' كشف (the examination, the visit itself): تم الكشف, the visit was done
      'تم الكشف',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: ['δεν προσήλθε', 'δεν ήρθε', 'لم يحضر', 'لم تحضر'],
  },
  {
    meaning: 'CANCEL',
    words: ['ακυρώθηκε', 'ακυρωμένο', 'ακυρωμένη', 'ملغى', 'ملغي', 'ملغاة', 'ملغية', 'تم الإلغاء', 'ألغي'],
  },
  // ---- Finnish, Turkish ----
  // Finnish in the public clinics' words: a varattu aika (a booked time) is peruttu (called off:
  // kpshp.fi "Poliklinikka-ajan peruutus", siunsote.fi "Ajanvaraus ja peruutus"), a patient who
  // "ei saapunut" (did not come) pays for the unused time (hammastemonen.com "Perumaton vai
  // peruuttamaton poisjäänti"). Turkish: onaylandı (confirmed: MHRS "onaylı randevu"), geldi /
  // gelmedi (came / did not come), iptal edildi (cancelled). Left unknown, so asked: a moved
  // booking (siirretty, ertelendi: the old slot, or the appointment at its new time?).
  {
    meaning: 'NEW',
    words: [
      'varattu',
      'vahvistettu',
      'saapunut',
      'paikalla',
      'toteutunut',
      'käynyt',
      'planlandı',
      'randevu alındı',
      'onaylandı',
      'onaylı',
      'geldi',
      'muayene edildi',
      'tamamlandı',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: ['ei saapunut', 'ei tullut', 'perumaton poisjäänti', 'gelmedi', 'gelmeyen'],
  },
  {
    meaning: 'CANCEL',
    words: ['peruttu', 'peruutettu', 'iptal', 'iptal edildi'],
  },
  // ---- Japanese, Chinese, Korean ----
  // Japanese clinic systems: エムピット's 順番待ち, 診察中, 完了, 不在 (booked, not in yet), 取り消し
  // (cancelled) (mpit.jp/env-manual-status); CLINICS' キャンセル, 診察完了, 会計待ち, 会計完了
  // (intercom.help/clinics/ja/articles/2892079); 無断キャンセル, "cancelled without notice", is
  // the clinics' word for a no-show (the patient never came nor called): booked and missed.
  // Chinese 已预约 / 已到诊 / 已取消 / 爽约 (no-show); Korean 예약 / 내원 / 취소 / 노쇼 (no-show).
  // Left unknown, so asked: 保留 (on hold: will it take place?), 変更 / 변경 (changed: moved?).
  {
    meaning: 'NEW',
    words: [
      '予約',
      '予約済',
      '予約済み',
      '予約確定',
      '受付',
      '受付済',
      '受付済み',
      '来院',
      '来院済',
      '来院済み',
      '未来院',
      '不在',
      '順番待ち',
      '診察待ち',
      '診察中',
      '診察済',
      '診察済み',
      '診察完了',
      '完了',
      '会計待ち',
      '会計済',
      '会計済み',
      '会計完了',
      '已预约',
      '已确认',
      '已到诊',
      '已就诊',
      '已完成',
      '예약',
      '예약완료',
      '예약확정',
      '내원',
      '진료완료',
      '완료',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: ['無断キャンセル', '爽约', '노쇼', '미내원'],
  },
  {
    meaning: 'CANCEL',
    words: [
      'キャンセル',
      'キャンセル済',
      'キャンセル済み',
      '取消',
      '取消し',
      '取り消し',
      '已取消',
      '取消预约',
      '취소',
      '예약취소',
    ],
  },
  // Chinese as Taiwan and Hong Kong write it (Traditional): 已預約 (booked), 已報到 (checked in at the
  // desk, the Taiwanese clinics' 報到; 未報到, not yet checked in), 已看診 / 已完成 (seen), 未到 / 爽約 /
  // 失約 (did not come: booked and missed), 取消 / 已取消 / 退掛 (the registration withdrawn, Taiwan's word for a
  // cancelled 掛號); mainland (Simplified) 已签到 (checked in), 未到诊 / 失约 (missed) and 退号 (the
  // registration number given back: cancelled).
  {
    meaning: 'NEW',
    words: [
      '已預約',
      '預約',
      '預約中',
      '已確認',
      '已報到',
      '報到',
      '未報到',
      '已到診',
      '看診中',
      '已看診',
      '完成',
      '预约',
      '预约中',
      '已签到',
      '签到',
      '未签到', // not yet checked in, as Taiwan's 未報到
      '就诊中',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: ['未到', '爽約', '失約', '未到診', '未到诊', '失约', '已爽約', '已爽约'],
  },
  {
    meaning: 'CANCEL',
    words: ['取消預約', '退掛', '已退掛', '退號', '退号', '已退号'],
  },
  // ---- Ukrainian, Russian ----
  // Ukrainian clinic systems (Helsi tells patients of their заплановані (planned) and завершені
  // (completed) visits: https://golosua.info/helsi-pokrashchyla-kontrol-dlia-patsiientiv-ikhnikh-medychnykh-zapysiv-u-dodatku):
  // Заплановано, Підтверджено, Пацієнт прийшов, Відбувся (took place), Завершено; Не з'явився (did
  // not come: booked and missed); Скасовано, Відмінено (cancelled). Russian ones (the states a
  // booking service maps clinic systems' to: arrived, canceled, confirmed, failure (did not take
  // place), https://help.medflex.ru/sopostavlenie-statusov-priyomov): Записан, Подтвержден, Пациент
  // пришел, Состоялся, Завершен; Не явился, Неявка (missed); Отменен, Отменено (cancelled). Words are
  // compared folded (ё → е, й → и). Left unknown, so asked: Перенесено / Перенесен (moved: the old
  // slot, or the visit at its new time?) and Очікує / Ожидает (waiting: in the waiting room, or on a
  // waiting list?).
  {
    meaning: 'NEW',
    words: [
      'заплановано',
      'запланований',
      'запланована',
      'записаний',
      'записана',
      'підтверджено',
      'підтверджений',
      'пацієнт прийшов',
      'прийшов',
      'прийшла',
      'на прийомі',
      'відбувся',
      'відбулася',
      'відбулось',
      'завершено',
      'завершений',
      'запланирован',
      'запланировано',
      'записан',
      'подтвержден',
      'подтверждено',
      'пациент пришел',
      'пришел',
      'пришла',
      'на приеме',
      'состоялся',
      'состоялась',
      'завершен',
      'выполнен',
      'выполнено',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      "не з'явився",
      "не з'явилася",
      "пацієнт не з'явився",
      "пацієнт не з'явилася",
      'неявка',
      'не явился',
      'не явилась',
      'пациент не явился',
      'не пришел',
      // the other forms of did not come: feminine, and Ukrainian's прийти
      'не пришла',
      'не прийшов',
      'не прийшла',
    ],
  },
  {
    meaning: 'CANCEL',
    words: [
      'скасовано',
      'скасований',
      'скасована',
      'скасовано пацієнтом',
      'скасовано клінікою',
      'відмінено',
      'відмінений',
      'відмінена',
      'отменен',
      'отменена',
      'отменено',
      'отмена',
      'отменен пациентом',
      'отменено пациентом',
      'отменен клиникой',
    ],
  },
  // ---- Scandinavian (Sweden, Norway, Denmark) ----
  // Swedish: bokad (booked), ankommen (arrived), uteblev (did not come: the clinics' "uteblivet
  // besök" fee), återbud (the patient called it off: Kaddio's "markera som återbud"), avbokad,
  // inställd (called off by the clinic). Norwegian: bestilt / booket, møtt, ikke møtt (the
  // hospitals' "manglende oppmøte" fee), avbestilt, avlyst. Danish: booket, fremmødt, udeblevet,
  // afbud, aflyst. Left unknown, so asked: a moved booking (ombokad, flyttet, flyttad: the old slot,
  // or the appointment at its new time?) and `venter` / `väntar` (in the waiting room, or on a
  // waiting list?).
  {
    meaning: 'NEW',
    words: [
      'bokad',
      'bokat',
      'bekräftad',
      'bekräftat',
      'ankommen',
      'ankommit',
      'anländ',
      'genomförd',
      'genomfört',
      'utförd',
      'utfört',
      'klar',
      'bestilt',
      'booket',
      'bekreftet',
      'bekræftet',
      'ankommet',
      'møtt',
      'fremmøtt',
      'mødt',
      'fremmødt',
      'utført',
      'udført',
      'gjennomført',
      'gennemført',
      'ferdig',
      'færdig',
    ],
  },
  {
    meaning: 'NEW',
    missed: true,
    words: [
      // booked and missed
      'uteblev',
      'utebliven',
      'uteblivet',
      'uteblivit',
      'ej kommit',
      'ikke møtt',
      'ikke møtt opp',
      'ikke fremmøtt',
      'udeblevet',
      'udeblev',
      'ikke mødt',
      'ikke fremmødt',
    ],
  },
  {
    meaning: 'CANCEL',
    words: [
      'avbokad',
      'avbokat',
      'återbud',
      'sent återbud',
      'inställd',
      'inställt',
      'avbestilt',
      'avlyst',
      'kansellert',
      'afbud',
      'aflyst',
      'afbestilt',
      'annulleret',
    ],
  },
  // ---- Icelandic ----
  // An Icelandic health centre's booking list (Saga) had been held on every state: bókaður /
  // bókað (booked), staðfestur (confirmed), mættur / mætt (arrived), lokið (finished), mætti ekki
  // (did not come: the centres' "skrópgjald", the fee for a booked time not kept), afbókaður /
  // afbókað (the booking cancelled), aflýst (called off). Said of a man, a woman or a booking, so
  // each in its forms. Left unknown, so asked: `á biðlista` (on a waiting list) and `fluttur`
  // (moved: the old slot, or the appointment at its new time?).
  {
    meaning: 'NEW',
    words: [
      'bókaður',
      'bókuð',
      'bókað',
      'staðfestur',
      'staðfest',
      'mættur',
      'mætt',
      'kominn',
      'komin',
      'lokið',
    ],
  },
  { meaning: 'NEW', missed: true, words: ['mætti ekki', 'mætir ekki', 'kom ekki', 'skróp'] },
  {
    meaning: 'CANCEL',
    words: ['afbókaður', 'afbókuð', 'afbókað', 'afboðaður', 'afboðað', 'aflýst', 'aflýstur'],
  },
  // Indonesian: SIMRS Khanza's booking states (github.com/mas-elkhanza/SIMRS-Khanza, table
  // booking_registrasi, `status enum('Terdaftar','Belum','Batal','Dokter Berhalangan')`): Belum (not
  // yet registered: booked), Terdaftar (registered for the visit: the patient came); Batal
  // (cancelled), Dokter Berhalangan (the doctor cannot attend: the booking will not take place).
  { meaning: 'NEW', words: ['belum', 'terdaftar'] },
  { meaning: 'CANCEL', words: ['batal', 'dibatalkan', 'dokter berhalangan'] },
  // Malay (Malaysian clinic lists, in the same words as Indonesian's): Dijadual / Dijadualkan
  // (scheduled), Disahkan (confirmed), Hadir (attended: present), Tidak Hadir (did not attend: a
  // no-show); Batal and Dibatalkan (above) cancel. Before they were asked as unknown words.
  // Belum Hadir (not yet come), Hadir Lewat (came late), Tidak / Belum Disahkan (not yet
  // confirmed): still booked, or seen (64r1 found them asked as unknown words).
  {
    meaning: 'NEW',
    words: [
      'dijadual',
      'dijadualkan',
      'disahkan',
      'hadir',
      'sudah hadir',
      'belum hadir',
      'hadir lewat',
      'tidak disahkan',
      'belum disahkan',
    ],
  },
  { meaning: 'NEW', missed: true, words: ['tidak hadir', 'tak hadir'] },
  // Thai: a Thai HIS's appointment module counts patients who did not come as appointed
  // (ไม่มาตามนัด) and keeps the cancellation of an appointment (การยกเลิกนัดหมาย), https://meditech-sa-
  // docs.dudee-indeed.com (Hospital, 1.3 Appointment Management and its ER diagram). นัด is the
  // appointment: มาตามนัด came as appointed, ยืนยันนัด the appointment confirmed, ยกเลิกนัด cancelled.
  { meaning: 'NEW', words: ['ยืนยันนัด', 'ยืนยัน', 'มาตามนัด'] },
  { meaning: 'NEW', missed: true, words: ['ไม่มาตามนัด'] },
  { meaning: 'CANCEL', words: ['ยกเลิก', 'ยกเลิกนัด', 'ยกเลิกนัดหมาย'] },
  // Persian: a booking platform's cancelled appointment (لغو نوبت, 'cancel the appointment':
  // https://www.salamdoctor.com/blog/cancel/). Its other states are asked: no page was found.
  { meaning: 'CANCEL', words: ['لغو شده', 'لغو'] },
];

/**
 * Undecided words that say the booking was moved or changed: the old slot (cancelled, the new time
 * being a row of its own) or the appointment at its new time (booked)? The status question says
 * so for them (file-audit.ts), so that a person never answers "booked" for an old slot.
 */
export const UNDECIDED_MOVES = [
  'umgebucht', // rebooked: the old slot (cancelled) or the new booking? (issue 9's own example)
  'umbestellt',
  'rebooked', // same question as umgebucht
  // "Reschedule" (not "rescheduled"): HighLevel's status when the patient asks to move it; the
  // appointment stays at its time, under its id, until the practice moves it (not a cancellation).
  'reschedule',
  // MacPractice's native "To Reschedule" (see the header): no page says whether the appointment
  // keeps its slot until it is moved, or has left it; asked like "Reschedule".
  'to reschedule',
  // Turkish and Finnish postponed / moved: CANCEL only where the system writes the new time as a
  // row of its own, which no source says.
  'ertelendi',
  'siirretty',
  'reprogramat', // Romanian: moved
  'reprogramată',
  '変更', // Japanese and Korean "changed": moved?
  '변경',
];

/**
 * Words deliberately left out (unknown: the file is held and the practice is asked once), because
 * real systems use them for opposite things. Kept here so nobody adds them by accident.
 */
export const UNDECIDED = [
  ...UNDECIDED_MOVES,
  'ausgefallen', // "did not take place": TERMINHELD lists it beside Abgesagt; no-show or cancelled?
  'failed', // SoftDent "fail" takes the appointment off the book; elsewhere it means no-show
  // "Did not keep" (DNK, DNKA: did not keep appointment): in a dental office a broken appointment,
  // missed or cancelled too late (dentalclinicmanual.com/4-admin/sec4-04.php: "broken
  // appointments, which also are known as failed appointments or no shows"), which this table
  // reads as CANCEL like `Broken`; in a medical one a no-show, which it reads as NEW. Both say the
  // patient did not come, but they send the portal different things: asked.
  'did not keep',
  'dnk',
  'dnka',
  // "Prep not done" (a colonoscopy's bowel prep): what went wrong, not whether the visit was
  // called off: a GI centre re-preps and scopes later that day, or rebooks. `Cancelled - No Prep`
  // says cancelled and is read (cancel-reasons.ts).
  'prep not done',
  'open', // athenaOne "o - Open" is an open slot; elsewhere an appointment still open
  'offen',
  'en attente', // French: waiting in the waiting room, or on a wait list?
  'en espera', // Spanish: waiting room, or "on hold" (not yet booked)?
  'proposed', // FHIR: not yet agreed; may never become a booking
  'requested',
  'on hold',
  'hold',
  // Dental4Windows puts a patient on its Standby List from an appointment by "Copy" (the
  // appointment stays, on call for sooner) or "Move" (it will not go ahead):
  // centaursoftware.zohodesk.com.au/portal/en-gb/kb/articles/standby-list. Booked or not?
  'standby',
  'stand by',
  'on standby',
  'declined',
  'rejected',
  // Vagaro's "Deny" refuses a requested online booking (support.vagaro.com 360003362014: no
  // appointment), but practice systems also carry the claim's stage in the status column
  // (Billed, Posted, Charge Entered above), where "Denied" is a visit that took place.
  'denied',
  'new',
  // Polish "not carried out": jHIS greys "niezrealizowane wizyty" in its book (doc.jhis.eu, Wizyty
  // dodatkowe) without saying whether the patient missed it or it was called off.
  'niezrealizowana',
  'niezrealizowany',
  // Japanese "on hold": エムピット's 保留 keeps the patient on the list "when it is not known whether
  // the consultation will take place" (mpit.jp/env-manual-status): not known, so asked.
  '保留',
  // Searched (2026-12, again for this list's sources) and left asked: no vendor page says what
  // these mean in an export. `Pending Arrival`, `Check-In In Progress` (booked and on the way in,
  // or a pending booking?), `Telehealth` (a visit type written in the status column: its status
  // is not there), Zenoti `Open` ("Open, New, or Tentative" is its booked appointment:
  // help.zenoti.com/appointment-book/get-started-with-the-appointment-book/overview-appointment-status,
  // but athenaOne's `o - Open` is an open slot) and `Closed` (Zenoti's paid and closed visit, but
  // blocked time in block-words.ts), NextGen `Discharge` (see the sources above).
  'telehealth',
  'pending arrival',
  // `Provider Out` beside a patient: a patient-flow board's stamp in some offices (the provider
  // has left the exam room: the visit done), the doctor away and the visit to be rebooked in
  // others (an OfficeEMR practice's own status, corpus 335). Sent either way it could be wrong.
  'provider out',
  // `Pending Auth`: a surgery on the schedule whose payer's prior authorization is not back yet
  // (booked, corpus 337), or a referral held until the authorization comes before it is booked.
  'pending auth',
  'pending authorization',
  // ClockwiseMD's Remove button takes out of the queue a patient who never arrived or left without
  // being seen (clockwisemd.elevio.help/en/articles/47726-using-the-remove-button): a missed visit,
  // booked; elsewhere `Removed` is a booking taken off the book. Sent as a cancellation it told a
  // ClockwiseMD patient the practice had cancelled a visit they missed.
  'removed',
  // Urgent care and its queue tools (Solv, ClockwiseMD: discharge time minus callback is the
  // exam-room time, clockwisemd.desk.com article 2235739) write `Discharged` for a patient seen and
  // sent home, the visit done. But a behavioral-health or home-health programme writes it on a
  // client discharged from care, whose later sessions will not happen; the rows do not tell the
  // two apart (red team 50k), so it is asked once, like NextGen's `Discharge`.
  'discharged',
];

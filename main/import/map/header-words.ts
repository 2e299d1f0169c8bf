// The words column headers are made of, in English, German, French and Spanish, reduced to
// concepts (appt/apt/Termin/RDV/cita → appt; doctor/Behandler/praticien/profesional → provider).
// header-meaning.ts scores fields by these concepts. Words are compared folded (lower case, no
// accents: "Prénom" → "prenom", "Straße" → "strasse").
//
// Traps the table avoids:
// - French "Nom" is the LAST name, Spanish "Nombre" the FIRST name (beside Apellido), German
//   "Name" beside "Vorname" the last name; "Nom du patient", "Patient" alone are a full name.
//   Headers name one column each; header-meaning.ts resolves these with the whole header row.
// - encounter, CSN (Epic contact serial number) are per visit record, not per booking: they are
//   'encounter', never an appointment id. A bare "#", "No.", "Nr.", "Row", "Line", "Seq" is a row
//   counter ('seq'), never an id.
// - a room, operatory, chair, column is 'room', never the location; a billing entity and the
//   practice name are graded below a real location (header-meaning.ts, location grades).

export const CONCEPTS: Record<string, string[]> = {
  // ---- the appointment ----
  appointment: ['appt'],
  apt: ['appt'],
  appt: ['appt'],
  appts: ['appt'],
  // When it was booked (Zenoti's "Booking Date", HotDoc's booking history), or the booking's
  // id: the appointment, graded down as its time (header-meaning.ts).
  booking: ['appt', 'booking'],
  visit: ['appt'], // "Visit ID" is the booking's id in many PM systems; "Visit Date" its date
  event: ['appt'], // OpenEMR calendar events (pc_eid, pc_eventDate) are the appointments
  termin: ['appt'],
  termine: ['appt'],
  buchung: ['appt', 'booking'],
  besuch: ['appt'],
  rdv: ['appt'],
  visite: ['appt'],
  consultation: ['appt'],
  // A therapy practice's appointment is its session (Owl Practice's `Session ID` it marks
  // attended or cancelled, Practice Better's `Session Date` = `2027-03-04T10:00:00-05:00`): they
  // had been asked about. One id shared by two visits (a group session) is still asked.
  session: ['appt'],
  reservation: ['appt', 'booking'],
  // Booking tools call the appointment a meeting (OnceHub's reports by "Meeting time",
  // https://help.oncehub.com/help/introduction-to-scheduleonce-reports).
  meeting: ['appt'],
  cita: ['appt'],
  citas: ['appt'],
  turno: ['appt'],
  consulta: ['appt'],
  reserva: ['appt', 'booking'],
  // per visit record, not per booking: never the appointment id
  encounter: ['encounter'],
  csn: ['encounter'],
  // `Enc #`, `Enc ID`, NextGen's `enc_nbr`: the encounter written short. NextGen makes the
  // encounter at check-in from the appointment (future visits have none), so it is no booking id.
  enc: ['encounter'],
  fall: ['encounter'],
  episode: ['encounter'],
  episodio: ['encounter'],
  sejour: ['encounter'],
  // a series, group or batch of appointments (a weekly therapy series, a group session, a
  // recurring booking's master record): its id is shared by every visit of it, so it is never
  // taken as the appointment id without asking (header-meaning.ts grades it down)
  series: ['series'],
  serie: ['series'],
  serien: ['series'],
  recurring: ['series'],
  recurrence: ['series'],
  recurrent: ['series'],
  recurrente: ['series'],
  recur: ['series'],
  repeat: ['series'],
  repeating: ['series'],
  wiederholung: ['series'],
  master: ['series'],
  group: ['series'],
  grupo: ['series'],
  groupe: ['series'],
  gruppe: ['series'],
  batch: ['series'],
  template: ['series'],
  // ---- the patient ----
  pt: ['patient'],
  pat: ['patient'],
  patient: ['patient'],
  patients: ['patient'],
  patienten: ['patient'],
  patientin: ['patient'],
  paciente: ['patient'],
  client: ['patient'],
  // A booking tool's customer (Square Appointments' `Customer Name`, `Customer ID`) is whom the
  // appointment is for, as a client is: its id had been taken as the appointment id.
  customer: ['patient'],
  // A med spa's guest (Zenoti's `Guest Code`, `Guest Name`): its patient, as a customer is; its
  // code had been asked about as the appointment id.
  guest: ['patient'],
  klient: ['patient'],
  klientin: ['patient'],
  cliente: ['patient'],
  mrn: ['patient', 'id'],
  prn: ['patient', 'id'], // Practice Fusion: patient record number
  // The health record number: IHS RPMS's chart number at its facility (`HRN`), as hospital
  // systems elsewhere name theirs; one per patient, as an MRN is. Unread, it had been asked about.
  hrn: ['patient', 'id'],
  acct: ['account'],
  account: ['account'],
  konto: ['account'],
  compte: ['account'],
  cuenta: ['account'],
  pid: ['patient', 'id'],
  chart: ['patient', 'id'],
  patnum: ['patient', 'id'],
  kartei: ['patient', 'id'],
  akte: ['patient', 'id'],
  dossier: ['patient', 'id'],
  ipp: ['patient', 'id'], // identifiant permanent du patient
  historia: ['patient', 'id'], // historia clínica = the chart
  expediente: ['patient', 'id'],
  // Brazil's medical record (`Prontuário`, `Nº Prontuário`: the chart number of Brazilian clinic
  // systems), the same as Spain's expediente
  prontuario: ['patient', 'id'],
  nhc: ['patient', 'id'],
  // National health numbers given once per person for life: the NHS number, Scotland's CHI
  // (Community Health Index), New Zealand's NHI, Australia's IHI (Individual Healthcare
  // Identifier), Alberta's ULI (Unique Lifetime Identifier), British Columbia's PHN (Personal
  // Health Number, see PHRASES: `Phn` alone may be a phone). A patient's, never an appointment's;
  // 'national' grades them below the practice's own record number (`Chart #`, `Patient ID`,
  // `Patient No`), which the practice's system keys its patients by and which UK, NZ and Canadian
  // exports (R4, Indici, TELUS CHR) print beside the national number: two patient ids had been
  // asked about. Alone, the national number is still the patient id (header-meaning.ts).
  nhs: ['patient', 'id', 'national'],
  chi: ['patient', 'id', 'national'],
  nhi: ['patient', 'id', 'national'],
  ihi: ['patient', 'id', 'national'],
  uli: ['patient', 'id', 'national'],
  personalhealthnumber: ['patient', 'id', 'national'],
  // A college's student number (`Student ID`, `Student #`, `Student Number`: the registrar's, one
  // per student): in a student health or counseling center's export the patient is the student,
  // and the center keys its clients by it (Titanium Schedule finds a client by Student ID). The
  // patient's id, graded as a national number is: below the health service's own record number
  // beside it (Medicat's `MRN`). Read by its `ID` alone it had been asked about as the appointment id.
  studentid: ['patient', 'id', 'national'],
  // OSCAR EMR (Canada) names the patient's record a demographic: `demographic_no`, `Demographic
  // No`, `Demographic #` is the patient's number there, never the appointment's (read as a bare
  // number it had been asked about as the appointment id).
  demographic: ['patient'],
  demographics: ['patient'],
  person: ['person'],
  // insurance and national numbers: never the patient id of the practice
  insurance: ['insurance'],
  member: ['insurance'],
  // A South African medical aid's `Membership No` (the main member's, shared by the dependants on
  // it), an insurer's membership number (Bupa): read by its `No` it had been taken for the
  // appointment id.
  membership: ['insurance'],
  policy: ['insurance'],
  subscriber: ['insurance'],
  payer: ['insurance'],
  medicare: ['insurance'],
  medicaid: ['insurance'],
  // Canadian provincial health insurance numbers: Ontario's OHIP, Quebec's RAMQ, a health card
  // number (HCN, HIN). Insurance numbers like Medicare's, often written with the card's version
  // code (`1234-567-890-AB`), which changes at each renewal: never the patient id.
  ohip: ['insurance'],
  ramq: ['insurance'],
  // Newfoundland and Labrador's MCP (Medical Care Plan) number, 12 digits, Manitoba's PHIN and
  // Saskatchewan's HSN: the same cards under their provinces' names. An `MCP #` beside a file's
  // one row per patient had been asked about as the appointment id (its header a number of
  // something, its values unique).
  mcp: ['insurance'],
  phin: ['insurance'],
  hsn: ['insurance'],
  hcn: ['insurance'],
  hin: ['insurance'],
  healthcard: ['insurance'],
  ssn: ['insurance'],
  // VistA's and RPMS's brief id (`BID`: the family name's initial and the SSN's last four,
  // `H4821`), printed beside the patient: part of an SSN, which two patients may share, never an
  // id of the practice's. Read as nothing it had been asked about as the patient id.
  bid: ['insurance'],
  versicherung: ['insurance'],
  versicherten: ['insurance'],
  versichertennummer: ['insurance'],
  krankenkasse: ['insurance'],
  kasse: ['insurance'],
  assurance: ['insurance'],
  mutuelle: ['insurance'],
  nir: ['insurance'],
  secu: ['insurance'],
  // Social security numbers of other countries, one per person for life: Switzerland's AHV / AVS
  // number (`AHV-Nr.`, `No AVS`: 756.1234.5678.97), Austria's SVNR, the Netherlands' BSN, the UK's
  // National Insurance number, Ireland's PPSN, Spain's NSS. A Swiss `AHV-Nr.` had been taken for
  // the appointment id (its values are unique per patient, and read like codes).
  ahv: ['insurance'],
  avs: ['insurance'],
  svnr: ['insurance'],
  sozialversicherungsnummer: ['insurance'],
  bsn: ['insurance'],
  // Belgium's national register number (NISS in French, INSZ in Dutch: `85.06.12-123.45`)
  niss: ['insurance'],
  insz: ['insurance'],
  rijksregisternummer: ['insurance'],
  burgerservicenummer: ['insurance'],
  nino: ['insurance'],
  ppsn: ['insurance'],
  // Ireland's GMS number (General Medical Services: the medical card's number, `GMS No`, `GMS
  // Number`, `Medical Card No`): a scheme number one per person, like Medicare's. Read by its `No`
  // it had been asked about as the appointment id of a Socrates- or HealthOne-style list.
  gms: ['insurance'],
  medicalcard: ['insurance'],
  nss: ['insurance'],
  seguro: ['insurance'],
  poliza: ['insurance'],
  aseguradora: ['insurance'],
  // The health plan's contract (Puerto Rico's `Núm. Contrato` beside `Plan Médico`: the
  // subscriber's, shared by the family on it) and a Latin American plan's member number (`Nro.
  // Afiliado`, `Núm. de Afiliación`): an insurer's, never the practice's chart. Read as nothing, a
  // Puerto Rico list's distinct contract numbers had been asked about as the patient id.
  contrato: ['insurance'],
  afiliado: ['insurance'],
  afiliacion: ['insurance'],
  // ---- names ----
  dob: ['dob'],
  birthdate: ['dob'],
  birthday: ['dob'],
  birth: ['dob'],
  born: ['dob'],
  bday: ['dob'],
  geburtsdatum: ['dob'],
  geburtstag: ['dob'],
  geb: ['dob'],
  geboren: ['dob'],
  naissance: ['dob'],
  ne: ['dob'], // "Né(e) le" (born on), accents folded
  ddn: ['dob'],
  nacimiento: ['dob'],
  nac: ['dob'],
  birthplace: ['birthplace'],
  geburtsort: ['birthplace'],
  maidenname: ['maiden'],
  geburtsname: ['maiden'],
  // Another name the patient goes by (`Alias First Name`, `AKA`, `Nickname`): not the legal name
  // the portal keeps (header-meaning.ts keeps such a column out of the name fields).
  alias: ['nick'],
  aka: ['nick'],
  nickname: ['nick', 'name'],
  // `Chosen Name`, `Chosen First Name`: the name a patient asks to be called (gender-affirming
  // records), not the legal one.
  chosen: ['nick'],
  fname: ['first', 'name'],
  // eClinicalWorks' users table (patients are users there): ufname, ulname, uminitial.
  ufname: ['first', 'name'],
  ulname: ['last', 'name'],
  uminitial: ['middle', 'name'],
  firstname: ['first', 'name'],
  given: ['first'],
  names: ['name'], // "Given Names", "First Names"
  forename: ['first'],
  forenames: ['first'],
  vorname: ['first', 'name'],
  vornamen: ['first', 'name'],
  vor: ['first'], // "Vor- und Nachname"
  prenom: ['first', 'name'],
  prenoms: ['first', 'name'],
  nombre: ['first', 'name'], // beside Apellido; alone, the whole row decides (header-meaning.ts)
  nombres: ['first', 'name'],
  lname: ['last', 'name'],
  lastname: ['last', 'name'],
  surname: ['last', 'name'],
  family: ['last'],
  nachname: ['last', 'name'],
  familienname: ['last', 'name'],
  zuname: ['last', 'name'],
  nom: ['last', 'name'], // French: the family name
  apellido: ['last', 'name'],
  apellidos: ['last', 'name'],
  segundo: ['second'],
  // Chile's and Mexico's `Apellido Paterno` and `Apellido Materno`: the first and second surname,
  // as `Primer Apellido` and `Segundo Apellido` (paterno is filler below). Two last-name columns
  // had been asked about: which one is the last name?
  materno: ['second'],
  materna: ['second'],
  secondary: ['second'],
  zweiter: ['second'],
  mname: ['middle', 'name'],
  f: ['first'],
  l: ['last'],
  middlei: ['middle', 'name'],
  mi: ['middle', 'name'],
  initial: ['middle'],
  fullname: ['full', 'name'],
  complet: ['full'],
  complete: ['full'],
  completo: ['full'],
  vollstandig: ['full'],
  // ---- contact ----
  email: ['email'],
  mail: ['email'],
  courriel: ['email'],
  correo: ['email'],
  electronico: ['email'],
  contact: ['contact'],
  phone: ['phone'],
  telephone: ['phone'],
  telefon: ['phone'],
  telefono: ['phone'],
  tel: ['phone'],
  handy: ['phone'],
  mobil: ['phone'],
  portable: ['phone'],
  movil: ['phone'],
  celular: ['phone'],
  // Turkish lists' `GSM No` (the mobile), messaging numbers (`WhatsApp No.`) and Finnish
  // `Puhelinnumero`: phones, never an id (number words beside them had made them one)
  gsm: ['phone'],
  whatsapp: ['phone'],
  viber: ['phone'],
  puhelin: ['phone'],
  puhelinnumero: ['phone'],
  matkapuhelin: ['phone'],
  // ---- someone other than the patient: a parent, the insured, an emergency contact. Their
  // name, birth date or id is never the patient's (a child sent with the mother's birth date).
  parent: ['other'],
  parents: ['other'],
  guardian: ['other'],
  mother: ['other'],
  father: ['other'],
  mom: ['other'],
  dad: ['other'],
  spouse: ['other'],
  responsible: ['other'],
  resp: ['other'],
  holder: ['other'],
  insured: ['insurance'],
  // The abbreviations reports print (`Guar DOB`, `Gtr Name`, `Insd DOB`, `Ins DOB`, `Subsc DOB`,
  // `RP DOB` for the responsible party, `Cardholder DOB`).
  guar: ['guarantor'],
  gtr: ['guarantor'],
  insd: ['insurance'],
  ins: ['insurance'],
  sub: ['insurance'],
  subsc: ['insurance'],
  subscr: ['insurance'],
  cardholder: ['insurance'],
  policyholder: ['other'],
  rp: ['other'],
  emergency: ['other'],
  kin: ['other'],
  nok: ['other'], // next of kin
  caregiver: ['other'],
  // PCC's family account that has custody of a child patient (learn.pcc.com, Patient and Family
  // Accounts in PCC Explained): a parent, whose e-mail is no child's
  custodian: ['other'],
  custodial: ['other'],
  carer: ['other'],
  sponsor: ['other'],
  tutor: ['other'], // Spanish: the legal guardian
  padre: ['other'],
  madre: ['other'],
  acudiente: ['other'], // Colombia: the guardian
  apoderado: ['other'],
  responsable: ['other'],
  // The guarantor, the policy holder and the spouse in Spanish, Portuguese, Italian and French
  // (`Apellido Materno Garante`, `Apellido Materno Titular`, `Apellido Cónyuge`): their surname
  // beside the patient's was appended to the patient's last name as a second family name.
  garante: ['guarantor'],
  garant: ['guarantor'],
  fiador: ['guarantor'],
  avalista: ['guarantor'],
  titular: ['insurance'],
  titolare: ['insurance'],
  asegurado: ['insurance'],
  segurado: ['insurance'],
  assicurato: ['insurance'],
  assure: ['insurance'],
  versicherter: ['insurance'],
  hauptversicherter: ['insurance'],
  conyuge: ['other'],
  conjuge: ['other'],
  coniuge: ['other'],
  conjoint: ['other'],
  esposo: ['other'],
  esposa: ['other'],
  marido: ['other'],
  responsavel: ['other'],
  tuteur: ['other'],
  // Spanish: the companion, the contact and the emergency contact (`Apellido Materno Contacto`).
  acompanante: ['other'],
  contacto: ['contact'],
  emergencia: ['other'],
  eltern: ['other'],
  vater: ['other'],
  mutter: ['other'],
  // The parent, guardian, next of kin and emergency contact in Dutch, German, French, Italian,
  // Portuguese, Polish, the Nordic languages and Finnish (`Geboortedatum ouder`, `Geburtsdatum
  // Erziehungsberechtigter`, `Personne à prévenir`, `Vårdnadshavare`): unread, a Dutch practice's
  // `Geboortedatum ouder` as its only birth date had gone out as each child's (63e).
  ouder: ['other'],
  ouders: ['other'],
  voogd: ['other'],
  moeder: ['other'],
  vader: ['other'],
  verzorger: ['other'],
  verzorgers: ['other'],
  erziehungsberechtigter: ['other'],
  erziehungsberechtigte: ['other'],
  erziehungsberechtigten: ['other'],
  sorgeberechtigter: ['other'],
  sorgeberechtigte: ['other'],
  vormund: ['other'],
  angehoriger: ['other'],
  angehorige: ['other'],
  angehorigen: ['other'],
  bezugsperson: ['other'],
  notfallkontakt: ['other'],
  mere: ['other'],
  pere: ['other'],
  // `Personne à prévenir`, the person to tell: the emergency contact. `Personne` is a person
  // (read as person + `ne`, born, it had been a birth date's word).
  prevenir: ['other'],
  personne: ['person'],
  representant: ['other'],
  representante: ['other'],
  genitore: ['other'],
  genitori: ['other'],
  tutore: ['other'],
  acompanhante: ['other'],
  // Brazil's records carry the mother's name beside the patient's (`Nome da Mãe`, `Nome do Pai`)
  mae: ['other'],
  pai: ['other'],
  opiekun: ['other'],
  rodzic: ['other'],
  vardnadshavare: ['other'],
  foralder: ['other'],
  foraldrar: ['other'],
  anhorig: ['other'],
  anhoriga: ['other'],
  foresatt: ['other'],
  foresatte: ['other'],
  parorende: ['other'],
  huoltaja: ['other'],
  // ---- provider ----
  doctor: ['provider'],
  doctora: ['provider'],
  dr: ['provider'],
  doc: ['provider'],
  provider: ['provider'],
  prov: ['provider'],
  // Open Dental's patient.PriProv and SecProv (Dentrix's `Prim Prov`): the patient's own primary
  // and secondary provider, not the appointment's (that is ProvNum); header-meaning.ts.
  priprov: ['provider', 'usual'],
  secprov: ['provider', 'usual'],
  practitioner: ['provider'],
  clinician: ['provider'],
  physician: ['provider'],
  prvdr: ['provider'],
  therapist: ['provider'],
  // Healthie names its provider the dietitian (`dietitian_first_name`, `dietitian_id`:
  // docs.morf.health/events/payloads/healthie/user), never the patient
  dietitian: ['provider'],
  dietician: ['provider'],
  nutritionist: ['provider'],
  dentist: ['provider'],
  // Beside the dentist (Open Dental's ProvNum and ProvHyg, a `Hygienist` column filled on the
  // hygiene visits), the provider the appointment is booked under is the dentist's column.
  hygienist: ['provider', 'hygienist'],
  hyg: ['provider', 'hygienist'], // Open Dental's ProvHyg
  attending: ['provider'], // a hospital clinic's attending physician
  // A schedule's resource (MacPractice, Kareo: a provider, a room or a chair), the staff member,
  // the user (often whoever booked it): the provider only when no column says so more surely
  // (graded in header-meaning.ts), so `Resource` = `Room 1` never beats `Provider` beside it.
  resource: ['provider', 'resource'],
  staff: ['provider', 'staff'],
  // Pabau's `Employee`: the practitioner whose column the appointment is in, graded as staff
  // (whoever made the booking is `Created By Employee`, a deed done to the record).
  employee: ['provider', 'staff'],
  // Treatment programmes' groups are run by a leader or facilitator (Alleva's group note goes to
  // "the group leader(s)", support.helloalleva.com/group-note): the clinician of the session,
  // graded as staff like `Employee`.
  leader: ['provider', 'staff'],
  facilitator: ['provider', 'staff'],
  seen: ['provider'],
  aid: ['provider', 'id'],
  user: ['provider', 'user'],
  // A booking page's calendar (Acuity's `Calendar`), its host (Calendly's `Host Name`), whoever a
  // booking is assigned to, a health professional (GNU Health's `Health Prof`): as often a room, a
  // team or a resource as a person, so the provider only where the values are people's names
  // (header-meaning.ts, PROVIDER_BY_VALUES) and no column names the provider more surely.
  calendar: ['provider', 'calendar'],
  host: ['provider', 'host'],
  assigned: ['provider', 'assigned'],
  prof: ['provider', 'prof'],
  professional: ['provider'],
  behandler: ['provider'],
  behandlerin: ['provider'],
  arzt: ['provider'],
  arztin: ['provider'],
  aerztin: ['provider'],
  zahnarzt: ['provider'],
  zahnarztin: ['provider'],
  therapeut: ['provider'],
  therapeutin: ['provider'],
  mitarbeiter: ['provider'],
  mitarbeiterin: ['provider'],
  praticien: ['provider'],
  praticienne: ['provider'],
  medecin: ['provider'],
  docteur: ['provider'],
  therapeute: ['provider'],
  intervenant: ['provider'],
  professionnel: ['provider'],
  profesional: ['provider'],
  medico: ['provider'],
  medica: ['provider'],
  terapeuta: ['provider'],
  odontologo: ['provider'],
  odontologa: ['provider'],
  dentista: ['provider'],
  especialista: ['provider'],
  facultativo: ['provider'],
  fisioterapeuta: ['provider'],
  referring: ['referring'],
  referral: ['referring'],
  referrer: ['referring'],
  pcp: ['referring'],
  rendering: ['rendering'],
  // athenaOne's Report Builder writes its columns short: `rndrng prvdr` (the rendering provider),
  // `appt schdlng prvdr`. Unread, the appointments went as Unassigned provider.
  rndrng: ['rendering'],
  // ---- timing ----
  start: ['start'],
  starts: ['start'],
  begin: ['start'],
  beg: ['start'], // Cerner's BEG_DT_TM
  begins: ['start'],
  from: ['start'],
  beginn: ['start'],
  anfang: ['start'],
  von: ['start'],
  debut: ['start'],
  inicio: ['start'],
  desde: ['start'],
  end: ['end'],
  ends: ['end'],
  finish: ['end'],
  until: ['end'],
  to: ['end'],
  ende: ['end'],
  bis: ['end'],
  fin: ['end'],
  hasta: ['end'],
  termino: ['end'], // Chile's and Brazil's "Hora término" / "Término": the visit's end (corpus 453)
  datetime: ['date', 'time'],
  // Epic Clarity's and Cerner's column suffixes: `APPT_DTTM`, `BIRTH_DT_TM` (a phrase below),
  // `CHECKIN_DTS` (date-time stamp).
  dttm: ['date', 'time'],
  dts: ['date', 'time'],
  // A timestamp column's suffix in Oracle and DB2 schemas (`APPT_START_TS`, `CREATE_TS`).
  ts: ['date', 'time'],
  // Billing and scheduling reports shorten date and time (`Appt Dt`, `Appt Tm`, `Srv Dt`); `DOS`
  // (date of service) is read where it stands (header-meaning.ts), never inside `Dosage`.
  dt: ['date'],
  tm: ['time'],
  when: ['date', 'time'],
  // "Date Scheduled", "Scheduled On" are as often when it was booked as when it takes place: a
  // concept of its own that reads only weakly as the start.
  scheduled: ['scheduled'],
  day: ['date'],
  datum: ['date'],
  fecha: ['date'],
  jour: ['date'],
  dia: ['date'],
  hour: ['time'],
  zeit: ['time'],
  uhrzeit: ['time'],
  uhr: ['time'],
  heure: ['time'],
  hora: ['time'],
  horario: ['time'],
  duration: ['duration'],
  // When the patient came or was seen, recorded on the day (a visit log's "Time In", Centaur's
  // "Actual patient arrival time"): never the booked start.
  arrival: ['arrival'],
  // What a patient wishes for (a wait list's "Preferred Date", a request's "Requested Time"):
  // never a booked start.
  preferred: ['wish'],
  // `Pref First Name`, `Pref Name`: preferred cut short, which had gone as the first name.
  pref: ['wish'],
  prefers: ['wish'],
  requested: ['wish'],
  desired: ['wish'],
  available: ['wish'],
  availability: ['wish'],
  wunsch: ['wish'],
  gewunscht: ['wish'],
  souhaite: ['wish'],
  souhaitee: ['wish'],
  preferido: ['wish'],
  preferida: ['wish'],
  solicitado: ['wish'],
  solicitada: ['wish'],
  arrived: ['arrival'],
  arrive: ['arrival'],
  arrivee: ['arrival'],
  ankunft: ['arrival'],
  llegada: ['arrival'],
  actual: ['arrival'],
  seated: ['arrival'],
  checkin: ['arrival'],
  checkout: ['arrival'],
  length: ['duration'],
  mins: ['duration'],
  minutes: ['duration'],
  len: ['duration'],
  dauer: ['duration'],
  minuten: ['duration'],
  duree: ['duration'],
  duracion: ['duration'],
  minutos: ['duration'],
  // ---- ids ----
  id: ['id'],
  ident: ['id'],
  identifiant: ['id'],
  identificador: ['id'],
  kennung: ['id'],
  code: ['id'],
  codigo: ['id'],
  key: ['id'],
  ref: ['id'],
  reference: ['id'],
  referenz: ['id'],
  referencia: ['id'],
  // A globally unique identifier (`Appt GUID`, `AppointmentUUID`, a booking API's record key):
  // a record's own key, as `ID` is. Read as no word at all, a file's `Appt GUID` was left out and
  // its visits got ids made from patient, provider and day, which a move to another day changes.
  // Graded below the record's number beside it (header-meaning.ts): .NET writes `AppointmentId`
  // and `AppointmentGuid` side by side, both its own, and that is no question to ask.
  // (`UID` alone is not read so: India's Aadhaar, the Unique ID, is a person's national number.)
  guid: ['id', 'guid'],
  uuid: ['id', 'guid'],
  eid: ['appt', 'id'],
  // ---- what kind of visit ----
  type: ['type'],
  typ: ['type'],
  tipo: ['type'],
  art: ['type'], // Terminart
  category: ['type'],
  cat: ['type'],
  kategorie: ['type'],
  categorie: ['type'],
  categoria: ['type'],
  catid: ['type', 'id'],
  kind: ['type'],
  service: ['type'],
  svc: ['type'], // `Svc Date`, `Date of Svc`: the service, as billing reports shorten it
  srv: ['type'],
  servicio: ['type'],
  leistung: ['type'],
  prestation: ['type'],
  title: ['type'],
  procedure: ['type'],
  // Oncology information systems name the kind of appointment its activity (Varian ARIA's and
  // Elekta MOSAIQ's `Activity` = `IMRT Treatment`, `CT Simulation`, `Machine QA`; CareLogic's
  // service activity): read as the type, a block's `Machine QA` then says the row is blocked time.
  activity: ['type'],
  reason: ['reason'],
  // Kareo / Tebra PM's appointment window keeps a list of `Reasons`, and its Appointment Detail
  // report prints them under that header (helpme.kareo.com, Schedule Patient Appointment)
  reasons: ['reason'],
  purpose: ['reason'],
  grund: ['reason'],
  besuchsgrund: ['reason'],
  anlass: ['reason'],
  motif: ['reason'],
  motivo: ['reason'],
  description: ['description'],
  desc: ['description'],
  // A clinical finding is the chart's, not why the visit was booked (`Chief Complaint` = `HIV f/u`,
  // `Beschwerden`, `Reason/Diagnosis`): never sent to the portal (header-meaning.ts,
  // NOT_FOR_THE_PORTAL), where a parent or carer with proxy access would read it.
  complaint: ['clinical'],
  complaints: ['clinical'],
  beschwerden: ['clinical'],
  diagnosis: ['clinical'],
  diagnoses: ['clinical'],
  diagnose: ['clinical'],
  diagnostico: ['clinical'],
  symptom: ['clinical'],
  symptoms: ['clinical'],
  symptome: ['clinical'],
  sintomas: ['clinical'],
  // Notes, comments and memos are the front desk's (`2nd no show - send letter`, `owes $40`): read
  // for a cancellation in words, never sent to the portal, where the patient would read them.
  note: ['note'],
  notes: ['note'],
  comment: ['note'],
  comments: ['note'],
  memo: ['note'],
  details: ['description'],
  hometext: ['note'],
  bemerkung: ['note'],
  bemerkungen: ['note'],
  anmerkung: ['note'],
  anmerkungen: ['note'],
  notiz: ['note'],
  notizen: ['note'],
  kommentar: ['note'],
  hinweis: ['note'],
  info: ['note'],
  remarque: ['note'],
  remarques: ['note'],
  commentaire: ['note'],
  commentaires: ['note'],
  observation: ['note'],
  observations: ['note'],
  observaciones: ['note'],
  observacion: ['note'],
  comentario: ['note'],
  comentarios: ['note'],
  nota: ['note'],
  notas: ['note'],
  remark: ['note'],
  remarks: ['note'],
  // ---- where: a location word, with a grade (header-meaning.ts) when it is less surely one ----
  location: ['location'],
  standort: ['location'],
  lieu: ['location'],
  ubicacion: ['location'],
  localizacion: ['location'],
  emplacement: ['location'],
  ort: ['location', 'ort'],
  facility: ['location', 'facility'],
  einrichtung: ['location', 'facility'],
  etablissement: ['location', 'facility'],
  site: ['location', 'site'],
  sede: ['location', 'site'],
  clinic: ['location', 'clinic'],
  klinik: ['location', 'clinic'],
  clinique: ['location', 'clinic'],
  clinica: ['location', 'clinic'],
  office: ['location', 'office'],
  department: ['location', 'department'],
  dept: ['location', 'department'],
  abteilung: ['location', 'department'],
  departement: ['location', 'department'],
  departamento: ['location', 'department'],
  branch: ['location', 'branch'],
  filiale: ['location', 'branch'],
  zweigstelle: ['location', 'branch'],
  succursale: ['location', 'branch'],
  sucursal: ['location', 'branch'],
  centre: ['location', 'centre'],
  center: ['location', 'centre'],
  centro: ['location', 'centre'],
  business: ['location', 'business'], // Cliniko: the business = the clinic location
  cabinet: ['location', 'cabinet'],
  consultorio: ['location', 'cabinet'], // a doctor's office, or a consulting room (es-ES)
  practice: ['location', 'practice'],
  praxis: ['location', 'practice'],
  billing: ['billing'],
  claim: ['billing'],
  invoice: ['billing'],
  bill: ['billing'],
  // the superbill (encounter form) a visit is charged on, and its ticket: a billing record, one
  // per visit at checkout or none, never the appointment's id
  superbill: ['billing'],
  rechnung: ['billing'],
  facture: ['billing'],
  factura: ['billing'],
  entity: ['entity'],
  gebuhr: ['fee'], // Gebühr: not "geb" + "uhr"
  fee: ['fee'],
  // a room, chair or schedule column: not the location
  room: ['room'],
  rooms: ['room'],
  // A resource that is a thing, not a person (RXNT's `Material Resource` = `Exam 1` beside its
  // `Person Resource`, help.rxnt.com Appointment Navigation): a room or equipment, never whom the
  // appointment is with.
  material: ['room'],
  equipment: ['room'],
  operatory: ['room'],
  op: ['room'],
  ops: ['room'],
  chair: ['room'],
  column: ['room'],
  raum: ['room'],
  zimmer: ['room'],
  behandlungsraum: ['room'],
  behandlungszimmer: ['room'],
  stuhl: ['room'],
  spalte: ['room'],
  salle: ['room'],
  fauteuil: ['room'],
  colonne: ['room'],
  sala: ['room'],
  box: ['room'],
  sillon: ['room'],
  columna: ['room'],
  // ---- address ----
  address: ['address'],
  addr: ['address'],
  street: ['address'],
  address1: ['address'],
  address2: ['address', '2'],
  adresse: ['address'],
  strasse: ['address'],
  str: ['address'],
  rue: ['address'],
  direccion: ['address'],
  calle: ['address'],
  city: ['city'],
  town: ['city'],
  stadt: ['city'],
  wohnort: ['city'],
  ville: ['city'],
  ciudad: ['city'],
  localidad: ['city'],
  poblacion: ['city'],
  state: ['state'],
  province: ['state'],
  st: ['state'],
  bundesland: ['state'],
  provincia: ['state'],
  zip: ['zip'],
  zipcode: ['zip'],
  postal: ['zip'],
  postcode: ['zip'],
  plz: ['zip'],
  postleitzahl: ['zip'],
  cp: ['zip'],
  // ---- status ----
  status: ['status'],
  apptstatus: ['appt', 'status'],
  statut: ['status'],
  estado: ['status'],
  estatus: ['status'], // Mexican Spanish
  etat: ['status'],
  cancelled: ['cancel'],
  canceled: ['cancel'],
  cancel: ['cancel'],
  cancellation: ['cancel'],
  abgesagt: ['cancel'],
  absage: ['cancel'],
  storniert: ['cancel'],
  storno: ['cancel'],
  annule: ['cancel'],
  annulation: ['cancel'],
  cancelado: ['cancel'],
  cancelada: ['cancel'],
  cancelacion: ['cancel'],
  anulado: ['cancel'],
  anulacion: ['cancel'],
  // The same flag in the other languages of Europe's practice lists: a `Geannuleerd` or
  // `Annullato` column of WAAR/ONWAAR, VERO/FALSO (a spreadsheet's own booleans) went unread and
  // its cancelled visits went booked. Swedish `inställd` stays out (also `set`, a setting).
  geannuleerd: ['cancel'],
  afgezegd: ['cancel'],
  annullato: ['cancel'],
  annullata: ['cancel'],
  cancellato: ['cancel'],
  cancellata: ['cancel'],
  disdetto: ['cancel'],
  disdetta: ['cancel'],
  avbokad: ['cancel'],
  avbokat: ['cancel'],
  aflyst: ['cancel'],
  avlyst: ['cancel'],
  odwołana: ['cancel'],
  odwołany: ['cancel'],
  odwolana: ['cancel'],
  odwolany: ['cancel'],
  peruttu: ['cancel'],
  peruutettu: ['cancel'],
  // Abbreviations and the other words exports use for a cancelled or removed appointment.
  cxl: ['cancel'],
  canx: ['cancel'],
  // Epic Clarity's `APPT_CANC_DTTM` and `APPT_CANC_DATE`, schedulers' `Canc Date`, `Cnx Date`,
  // `Cncl Dt`: unread, a cancellation date beside no status sent the cancelled rows as booked.
  // Whole words only: `Cancer Screening Date` is not one. `Cx` stays out (cervix, culture).
  canc: ['cancel'],
  cancd: ['cancel'],
  cnx: ['cancel'],
  cncl: ['cancel'],
  deleted: ['cancel'],
  broken: ['cancel'],
  void: ['cancel'],
  voided: ['cancel'],
  // A yes/no column: NextGen's `cancel_ind`, `Cancel Flag`, `CancelledYN`.
  ind: ['flag'],
  indicator: ['flag'],
  flag: ['flag'],
  yn: ['flag'],
  // ---- Dutch (the Netherlands, Flanders) ----
  // A Dutch agenda export (`Datum;Tijd;Patiënt;Geboortedatum;Behandelaar;Afspraaktype;Status`)
  // had its birth date and time asked about and its provider left unmapped. Compounds are cut
  // apart by segmentWord (`afspraakdatum` → afspraak datum, `begintijd` → begin tijd,
  // `patientnummer` → patient nummer: the patient's number). The `van` of `van Dijk` in a column of
  // its own (`Tussenvoegsel`) is a particle of the family name, never a middle name: it is read
  // before the last name (row-cursor.ts), and asked about beside a one-column name
  // (column-doubts.ts, nameParticleColumn).
  tussenvoegsel: ['particle'],
  tussenvoegsels: ['particle'],
  voorvoegsel: ['particle'],
  voorvoegsels: ['particle'],
  afspraak: ['appt'],
  afspraken: ['appt'],
  tijd: ['time'],
  tijdstip: ['time'],
  // Belgian lists head their columns in French and Dutch (`Heure/Uur`, `Nom/Naam`): `Uur` unread
  // had made the start time another event's, and the file was held.
  uur: ['time'],
  aanvang: ['start'],
  eind: ['end'],
  einde: ['end'],
  eindtijd: ['end', 'time'],
  duur: ['duration'],
  geboortedatum: ['dob'],
  voornaam: ['first', 'name'],
  roepnaam: ['first', 'name'],
  achternaam: ['last', 'name'],
  naam: ['name'],
  behandelaar: ['provider'],
  behandelaars: ['provider'],
  arts: ['provider'],
  tandarts: ['provider'],
  fysiotherapeut: ['provider'],
  soort: ['type'],
  reden: ['reason'],
  locatie: ['location'],
  vestiging: ['location'],
  // ---- Italian (Italy, San Marino, Ticino) ----
  // An Italian agenda export (`Data;Ora;Cognome;Nome;Data di nascita;Medico;Prestazione;Stato`)
  // had been refused: no date, time or name column was found. Only words of one sure meaning:
  // `Nome` is the given name beside `Cognome` (the family name), and alone, or with the patient
  // (`Nome paziente`), the full name, as Spanish `Nombre` (header-meaning.ts). `Ambulatorio` (a
  // consulting room or the clinic), `Operatore` (the clinician, or whoever entered the booking)
  // and `Fine` (the end, or an English fine) are left unread.
  data: ['date'],
  ora: ['time'],
  orario: ['time'],
  appuntamento: ['appt'],
  appuntamenti: ['appt'],
  prenotazione: ['appt', 'booking'],
  visita: ['appt'],
  inizio: ['start'],
  durata: ['duration'],
  paziente: ['patient'],
  pazienti: ['patient'],
  assistito: ['patient'],
  nascita: ['dob'],
  cognome: ['last', 'name'],
  nome: ['first', 'name'],
  dottore: ['provider'],
  dottoressa: ['provider'],
  dott: ['provider'],
  odontoiatra: ['provider'],
  stato: ['status'],
  prestazione: ['type'],
  tipologia: ['type'],
  // The Italian tax code (codice fiscale): a national number, like the SSN, never the practice's
  // patient id (a phrase below).
  codicefiscale: ['insurance'],
  // ---- Portuguese (Brazil, Portugal) ----
  // A Brazilian agenda export (iClinic, Feegow: `Data;Hora;Paciente;CPF;Data de nascimento;
  // Profissional;Procedimento;Situação`). The CPF (Cadastro de Pessoas Físicas) is the national
  // taxpayer number, like the SSN: never the patient id, nor asked about as one.
  nascimento: ['dob'],
  profissional: ['provider'],
  situacao: ['status'],
  procedimento: ['type'],
  cpf: ['insurance'],
  // Chile's RUT (Rol Único Tributario, `12.345.678-5`: the number and a check digit) is the
  // state's number for a person, the same as the RUN on the identity card, like the CPF above: the
  // practice's system may find patients by it, yet it is never the chart's own id, nor asked as one.
  rut: ['insurance'],
  // Portugal's health service calls the patient the user (utente): `Utente`, `Nome do utente`,
  // `N.º Utente` (the SNS user number, one per person for life, like the NHS number).
  utente: ['patient'],
  // Portugal's clinics keep each patient's record as a processo (clínico): `N.º Processo` is the
  // practice's own patient number; `Data Nasc.` the birth date, cut short as on Portuguese forms.
  processo: ['patient', 'id'],
  nasc: ['dob'],
  // Portugal writes the surnames as apelidos (the Citizen Card's `Apelido(s)`), beside `Nome` for
  // the given names: unknown, `Maria João` had been split as given name Maria, surname João. The
  // singular is left out: in Brazil an `apelido` is a nickname.
  apelidos: ['last', 'name'],
  // A lone `Apelido` is Portugal's surname and Brazil's nickname: unread, `Nome` `Maria João` beside
  // `Apelido` `Ferreira` went as given name Maria, surname João. Read as the last name, but only
  // weakly (header-meaning.ts grades it), so the file is held and asked once.
  apelido: ['last', 'apelido'],
  // Brazil's surname (`Nome` / `Sobrenome`).
  sobrenome: ['last', 'name'],
  // ---- Scandinavian (Sweden, Norway, Denmark) ----
  // A Swedish `Bokade tider` list (`Datum;Tid;Personnummer;Efternamn;Förnamn;Födelsedatum;
  // Behandlare;Status`) and a Danish `Aftaler` list (`Dato;Kl.;CPR-nr.;Navn;Fødselsdato;Behandler`)
  // had been refused: no name column was found. `ø` and `æ` are folded to `o` and `ae` before
  // these are looked up (`Fødselsdato` → fodselsdato, `Læge` → laege). The personal identity
  // numbers (Swedish personnummer, Norwegian fødselsnummer, Danish CPR) are national numbers,
  // like the SSN: never the practice's patient id. Norwegian `Time` (an appointment) is not
  // listed: in English it is the clock.
  dato: ['date'],
  tid: ['time'],
  klockslag: ['time'],
  klokkeslett: ['time'],
  kl: ['time'], // `Kl.`: klockan, klokken
  sluttid: ['end', 'time'],
  varaktighet: ['duration'],
  varighet: ['duration'],
  varighed: ['duration'],
  namn: ['name'],
  navn: ['name'],
  fornamn: ['first', 'name'], // Swedish förnamn
  fornavn: ['first', 'name'],
  efternamn: ['last', 'name'],
  efternavn: ['last', 'name'],
  etternavn: ['last', 'name'],
  fodelsedatum: ['dob'],
  fodselsdato: ['dob'],
  fodselsdag: ['dob'],
  pasient: ['patient'],
  behandlare: ['provider'],
  lakare: ['provider'],
  lege: ['provider'],
  laege: ['provider'],
  tandlakare: ['provider'],
  tannlege: ['provider'],
  tandlaege: ['provider'],
  bokning: ['appt', 'booking'],
  besok: ['appt'],
  avtale: ['appt'],
  timeavtale: ['appt'],
  aftale: ['appt'],
  aftaler: ['appt'],
  personnummer: ['insurance'],
  samordningsnummer: ['insurance'],
  fodselsnummer: ['insurance'],
  cpr: ['insurance'],
  // ---- Icelandic ----
  // An Icelandic health centre's booking list (Saga: `Dags.;Kl.;Lengd;Kennitala;Nafn;Fæðingardagur;
  // Læknir;Tegund tíma;Staða;Sími`) had been refused: no name column was found. `ð` and `þ` are
  // folded to d and th before these are looked up (`Fæðingardagur` → faedingardagur, `Staða` →
  // stada). `Nafn` is the whole name, given names first (Icelanders have no family name before
  // them). The kennitala (DDMMYY and four digits) is every Icelander's national number, like the
  // Danish CPR: never the practice's patient id. `Tími` (an appointment, and the hour) is the
  // appointment only in its genitive `tíma`, which English does not write.
  dags: ['date'], // `Dags.`: dagsetning
  dagsetning: ['date'],
  lengd: ['duration'],
  nafn: ['name'],
  faedingardagur: ['dob'],
  faedingardags: ['dob'],
  laeknir: ['provider'],
  tegund: ['type'],
  tima: ['appt'],
  stada: ['status'],
  simi: ['phone'],
  kennitala: ['insurance'],
  // ---- Romanian ----
  // A Romanian clinic's list (`Data;Ora;Nume;Prenume;CNP;Data nașterii;Medic;Status`) had been
  // refused: no name column was found. `Nume` beside `Prenume` is the family name, and alone (or
  // `Nume pacient`) the whole name, as French `Nom` (header-meaning.ts); `Data` and `Ora` are read
  // as the Italian above. The CNP (cod numeric personal, 13 digits carrying the birth date) is
  // the national number, like PESEL: never the practice's patient id (Romanian clinic software
  // lists it as the national id: support.medtoknow.com/en/articles/13141474). `ș` and `ț` fold to
  // s and t (`Data nașterii` → data nasterii).
  nume: ['last', 'name'],
  prenume: ['first', 'name'],
  nasterii: ['dob'],
  nastere: ['dob'],
  programare: ['appt'],
  programarii: ['appt'],
  medic: ['provider'],
  medicul: ['provider'],
  stare: ['status'],
  observatii: ['note'],
  cnp: ['insurance'],
  // ---- Polish, Czech, Hungarian ----
  // A Polish visit list (`Data wizyty;Godzina;Nazwisko;Imię;PESEL;Data urodzenia;Lekarz;Status
  // wizyty`, KAMSOFT KS-SOMED, ZnanyLekarz), a Czech one (`Datum;Čas;Příjmení;Jméno;Rodné číslo;
  // Datum narození;Lékař;Stav`) and a Hungarian one (`Dátum;Időpont;Vezetéknév;Keresztnév;TAJ
  // szám;Születési dátum;Orvos;Állapot`) had been refused: no name column was found. PESEL, the
  // Czech rodné číslo and the Hungarian TAJ number are national numbers, one per person for life
  // (PESEL and rodné číslo carry the birth date): never the practice's patient id. `Ł` has no
  // accent to fold: `Usługa` is looked up as written.
  wizyta: ['appt'],
  wizyty: ['appt'],
  godzina: ['time'],
  godz: ['time'],
  nazwisko: ['last', 'name'],
  imie: ['first', 'name'],
  imiona: ['first', 'name'],
  urodzenia: ['dob'],
  pacjent: ['patient'],
  pacjenta: ['patient'],
  lekarz: ['provider'],
  usługa: ['type'],
  uwagi: ['note'],
  pesel: ['insurance'],
  cas: ['time'],
  prijmeni: ['last', 'name'],
  jmeno: ['first', 'name'],
  narozeni: ['dob'],
  pacient: ['patient'],
  lekar: ['provider'],
  stav: ['status'],
  rodne: ['insurance'],
  idopont: ['time'],
  vezeteknev: ['last', 'name'],
  csaladnev: ['last', 'name'],
  keresztnev: ['first', 'name'],
  utonev: ['first', 'name'],
  nev: ['name'],
  szuletesi: ['dob'],
  beteg: ['patient'],
  paciens: ['patient'],
  orvos: ['provider'],
  allapot: ['status'],
  megjegyzes: ['note'],
  taj: ['insurance'],
  // ---- Finnish, Turkish ----
  // A Finnish list (`Päivämäärä;Aika;Sukunimi;Etunimi;Henkilötunnus;Syntymäaika;Lääkäri;Tila`)
  // and a Turkish one (`Tarih;Saat;Hasta Adı;Hasta Soyadı;TC Kimlik No;Doğum Tarihi;Doktor;
  // Durum`) had been refused. Turkish `Hasta`, the patient, is a phrase below (in Spanish it is
  // the end). The henkilötunnus (`150385-123A`: it carries the birth date) and the TC kimlik
  // number are national numbers: never the practice's patient id. Turkish `ı` has no accent to
  // fold: `Adı` is looked up as written.
  paivamaara: ['date'],
  pvm: ['date'],
  aika: ['time'],
  klo: ['time'],
  kellonaika: ['time'],
  sukunimi: ['last', 'name'],
  etunimi: ['first', 'name'],
  etunimet: ['first', 'name'],
  kutsumanimi: ['first', 'name'],
  nimi: ['name'],
  syntymaaika: ['dob'],
  syntymapaiva: ['dob'],
  potilas: ['patient'],
  // Finnish private clinics and therapists call the patient the client, as English therapy
  // practices do: Ajas Touch keeps an `asiakaskortti` (client card) per patient and lists
  // `Käyneet asiakkaat` (clients seen) (ohje.ajas.fi). `Asiakasnumero`, the client number, had been
  // asked about as the patient id beside the henkilötunnus.
  asiakas: ['patient'],
  asiakkaan: ['patient'],
  potilaan: ['patient'],
  laakari: ['provider'],
  hammaslaakari: ['provider'],
  tila: ['status'],
  ajanvaraus: ['appt'],
  varaus: ['appt'], // the booking: `Varausnumero`, `Varaustunnus`
  kesto: ['duration'],
  henkilotunnus: ['insurance'],
  hetu: ['insurance'],
  // the Kela card (`Kela-kortin numero`), the national health insurance's: read by numero alone it
  // had been asked about as the appointment id
  kela: ['insurance'],
  tarih: ['date'],
  tarihi: ['date'],
  saat: ['time'],
  saati: ['time'],
  // `Adı`, or `Adi` typed without Turkish letters; bare `Ad` is left out (an English `Ad Source`)
  adı: ['first', 'name'],
  adi: ['first', 'name'],
  isim: ['first', 'name'],
  soyad: ['last', 'name'],
  soyadı: ['last', 'name'],
  soyadi: ['last', 'name'],
  soyisim: ['last', 'name'],
  dogum: ['dob'],
  doktor: ['provider'],
  hekim: ['provider'],
  durum: ['status'],
  durumu: ['status'],
  randevu: ['appt'],
  kimlik: ['insurance'],
  // ---- Greek, Arabic ----
  // A Greek practice's list (`Ημερομηνία;Ώρα;Επώνυμο;Όνομα;Ημ. Γέννησης;ΑΜΚΑ;Κινητό;Ιατρός;
  // Κατάσταση`) and a Gulf clinic's (`رقم الموعد,التاريخ الميلادي,الوقت,رقم الملف,الاسم الأول,اسم
  // العائلة,تاريخ الميلاد,الطبيب,الحالة`) had been refused: no date or name column was found. Words
  // are looked up folded (Greek tonos and the Arabic hamza taken off: `Ώρα` → ωρα, `الأول` → الاول);
  // Arabic writes the article al- (ال) joined to the word, so both forms are listed. The Greek
  // AMKA (ΑΜΚΑ, the social security number, its first six digits the birth date) and AFM (ΑΦΜ,
  // the tax number) are national numbers, never the practice's patient id. `الميلادي` (Gregorian,
  // of the Gregorian calendar) is no birth (`الميلاد`): FILLER below; `الهجري` (Hijri) names a
  // date in the Islamic calendar beside it, never the appointment's (header-meaning.ts).
  ημερομηνια: ['date'],
  ημ: ['date'], // `Ημ/νία`, `Ημ. Γέννησης`: ημερομηνία written short
  νια: ['date'], // `Ημ/νία` split at its slash
  ωρα: ['time'],
  επωνυμο: ['last', 'name'],
  ονομα: ['first', 'name'],
  ονοματεπωνυμο: ['full', 'name'],
  γεννησης: ['dob'],
  γεννηση: ['dob'],
  ασθενης: ['patient'],
  ασθενη: ['patient'],
  ασθενους: ['patient'],
  ιατρος: ['provider'],
  ιατρου: ['provider'],
  γιατρος: ['provider'],
  κατασταση: ['status'],
  ραντεβου: ['appt'],
  υπηρεσια: ['type'],
  πραξη: ['type'],
  κινητο: ['phone'],
  τηλεφωνο: ['phone'],
  αμκα: ['insurance'],
  αφμ: ['insurance'],
  σχολια: ['note'],
  παρατηρησεις: ['note'],
  موعد: ['appt'],
  الموعد: ['appt'],
  حجز: ['appt', 'booking'],
  الحجز: ['appt', 'booking'],
  تاريخ: ['date'],
  التاريخ: ['date'],
  وقت: ['time'],
  الوقت: ['time'],
  ساعة: ['time'],
  الساعة: ['time'],
  ملف: ['patient', 'id'], // the patient's file: `رقم الملف`, the file number
  الملف: ['patient', 'id'],
  مريض: ['patient'],
  المريض: ['patient'],
  اسم: ['name'],
  الاسم: ['name'],
  الاول: ['first'],
  اول: ['first'],
  العايلة: ['last'], // العائلة (the family), folded
  عايلة: ['last'],
  الميلاد: ['dob'],
  ميلاد: ['dob'],
  طبيب: ['provider'],
  الطبيب: ['provider'],
  الدكتور: ['provider'],
  حالة: ['status'],
  الحالة: ['status'],
  جوال: ['phone'],
  الجوال: ['phone'],
  هاتف: ['phone'],
  الهاتف: ['phone'],
  الخدمة: ['type'],
  ملاحظات: ['note'],
  الهجري: ['hijri'],
  // Nepal's Bikram Sambat date (bikram-sambat-dates.ts): `Miti` is Nepali for the date, which a
  // Nepali list writes in BS beside the AD `Date`.
  bikramsambat: ['bikramsambat'],
  miti: ['date', 'bikramsambat'],
  هجري: ['hijri'],
  // ---- Indonesian ----
  // SIMRS Khanza's booking list (github.com/mas-elkhanza/SIMRS-Khanza, table booking_registrasi:
  // `Tgl.Booking;Jam Booking;No.RM;Nama Pasien;Tgl.Lahir;Tgl.Periksa;Waktu Kunjungan;Dokter`) had
  // been refused: no birth date was found. `Tgl` is tanggal (date) written short; the No.RM (nomor
  // rekam medis, the medical record number) is the practice's own patient number; `periksa` (the
  // examination) and `kunjungan` (the visit) name the appointment; `Jam`, the clock, is also `Jam
  // Booking`, when the booking was made ('booking' grades it down as the start).
  tanggal: ['date'],
  tgl: ['date'],
  jam: ['time'],
  waktu: ['time'],
  lahir: ['dob'],
  nama: ['name'],
  pasien: ['patient'],
  // `RM` is the medical record only as Indonesian writes it, after `No`/`Nomor` (`No.RM`, PHRASES);
  // alone it is English's room (`Rm`): a chiropractic list's treatment room (1 to 3, every patient's)
  // had been taken for the patient id and, answered only about its clock, sent the room number.
  rm: ['room'],
  periksa: ['appt'],
  kunjungan: ['appt'],
  dokter: ['provider'],
  poliklinik: ['location', 'clinic'],
  poli: ['location', 'clinic'],
  // ---- Malay ----
  // A Malaysian clinic's list (`Bil,Tarikh,Masa,Nama Pesakit,No. K/P,No. MRN,Tarikh Lahir,No.
  // Telefon,Doktor,Catatan,Status`) had been held: its date, time and name columns were not sure.
  // Malay writes tarikh (date), masa (time), pesakit (patient), temujanji (appointment); `Tarikh
  // Lahir` is the birth date (`lahir` above); Bil (bilangan, the count) is a row counter; the K/P
  // (kad pengenalan, the MyKad number) is the national number, never the practice's patient id
  // (PHRASES); `Doktor` is read as the Turkish above.
  tarikh: ['date'],
  masa: ['time'],
  pesakit: ['patient'],
  temujanji: ['appt'],
  catatan: ['note'],
  bil: ['seq'],
  kp: ['insurance'],
  // ---- Persian ----
  // An Iranian booking list (`کد رهگیری,تاریخ نوبت,ساعت,نام,نام خانوادگی,کد ملی,شماره پرونده,تاریخ
  // تولد,پزشک,وضعیت`) had been refused. Persian writes `ی` and `ک` where Arabic writes `ي` and `ك`,
  // so its words are listed as Persian writes them. `نام خانوادگی` (the family's name) is one
  // phrase (PHRASES): its `نام` alone is the given name. The کد ملی (national code, ten digits) is
  // the national number, never the practice's patient id; the پرونده (file) number is the
  // patient's; the کد رهگیری (tracking code) a booking platform gives each appointment is its id.
  تاریخ: ['date'],
  نوبت: ['appt'],
  ساعت: ['time'],
  نام: ['first', 'name'],
  نامخانوادگی: ['last', 'name'],
  پرونده: ['patient', 'id'],
  تولد: ['dob'],
  پزشک: ['provider'],
  وضعیت: ['status'],
  ملی: ['insurance'],
  کدرهگیری: ['appt', 'id'],
  // ---- Thai ----
  // A Thai hospital or clinic list (`เลขที่นัด,HN,คำนำหน้า,ชื่อ,นามสกุล,วันเกิด,วันที่นัด,เวลานัด,แพทย์,
  // สถานะ`) had been refused. Thai writes no spaces between words, so each header is listed whole,
  // its vowels and tone marks kept (accent-marks.ts). HN, the hospital number, is the patient's
  // number in Thai hospitals and clinics; เลขที่นัด (the appointment's number) the appointment id.
  วันที่นัด: ['appt', 'date'],
  วันนัด: ['appt', 'date'],
  เวลานัด: ['appt', 'time'],
  วันที่: ['date'],
  เวลา: ['time'],
  เลขที่นัด: ['appt', 'id'],
  hn: ['patient', 'id'],
  ชื่อ: ['first', 'name'],
  นามสกุล: ['last', 'name'],
  วันเกิด: ['dob'],
  แพทย์: ['provider'],
  สถานะ: ['status'],
  คลินิก: ['location', 'clinic'],
  // ---- Japanese, Chinese, Korean ----
  // Clinic reservation lists (`予約日,開始時刻,患者番号,姓,名,生年月日,担当医,状態`; Chinese
  // `预约日期,预约时间,姓名,出生日期,状态`; Korean `예약일,예약시간,환자명,생년월일,상태`) had been refused.
  // These scripts write no spaces, so each header word is listed whole. `姓` and `名` alone are the
  // family and the given name; `氏名`, `姓名`, `患者名`, `환자명` the whole name.
  予約: ['appt'],
  予約日: ['appt', 'date'],
  予約日時: ['appt', 'date', 'time'],
  予約時間: ['appt', 'time'],
  予約時刻: ['appt', 'time'],
  予約番号: ['appt', 'id'],
  予約id: ['appt', 'id'],
  日付: ['date'],
  時刻: ['time'],
  時間: ['time'],
  所要時間: ['duration'],
  開始時刻: ['start', 'time'],
  開始時間: ['start', 'time'],
  終了時刻: ['end', 'time'],
  終了時間: ['end', 'time'],
  患者番号: ['patient', 'id'],
  患者id: ['patient', 'id'],
  病历号: ['patient', 'id'],
  차트번호: ['patient', 'id'],
  カルテ番号: ['patient', 'id'],
  診察券番号: ['patient', 'id'],
  姓: ['last', 'name'],
  名: ['first', 'name'],
  氏名: ['full', 'name'],
  患者名: ['patient', 'name'],
  患者氏名: ['patient', 'name'],
  生年月日: ['dob'],
  担当医: ['provider'],
  医師: ['provider'],
  状態: ['status'],
  ステータス: ['status'],
  予約状態: ['appt', 'status'],
  备注: ['note'],
  備考: ['note'],
  预约日期: ['appt', 'date'],
  预约时间: ['appt', 'time'],
  姓名: ['full', 'name'],
  出生日期: ['dob'],
  医生: ['provider'],
  状态: ['status'],
  예약일: ['appt', 'date'],
  예약일자: ['appt', 'date'],
  예약시간: ['appt', 'time'],
  환자명: ['patient', 'name'],
  생년월일: ['dob'],
  담당의: ['provider'],
  상태: ['status'],
  // ---- Chinese (Traditional as Taiwan and Hong Kong write it, Simplified as mainland China) ----
  // A Taiwanese clinic's list (`預約日期,時段,預約時間,看診號,病歷號碼,姓名,出生日期,醫師,科別,狀態`:
  // the HIS exports read at https://saki-studio.com.tw/go-tw-his-parser) and a mainland one (a
  // dental HIS's `病历号 姓名 接诊医生 预约人 状态`, http://his.wellekq.com/article/255) had been refused.
  // The 病歷號 (chart number) is the practice's own patient number; 身分證字號 / 居民身份证号 (the
  // national identity card's number) and 健保卡號 / 医保卡号 (the health insurance card's) are
  // national numbers, never the patient id. 看診號 / 就诊序号 is the patient's place in one session's
  // queue (1, 2, 3 again the next session): a counter, never an id. 科別 / 科室 is the clinic's
  // department (家醫科, 小兒科), as `Department` is; 診間 / 诊室 the consulting room.
  預約日期: ['appt', 'date'],
  預約日: ['appt', 'date'],
  預約時間: ['appt', 'time'],
  預約時段: ['appt', 'time'],
  就診日期: ['appt', 'date'],
  就诊日期: ['appt', 'date'],
  看診日期: ['appt', 'date'],
  门诊日期: ['appt', 'date'],
  門診日期: ['appt', 'date'],
  就診時間: ['appt', 'time'],
  就诊时间: ['appt', 'time'],
  看診時間: ['appt', 'time'],
  日期: ['date'],
  时间: ['time'],
  开始时间: ['start', 'time'],
  結束時間: ['end', 'time'],
  结束时间: ['end', 'time'],
  預約編號: ['appt', 'id'],
  預約號: ['appt', 'id'],
  预约编号: ['appt', 'id'],
  预约号: ['appt', 'id'],
  预约单号: ['appt', 'id'],
  看診號: ['seq'],
  看诊号: ['seq'],
  就診序號: ['seq'],
  就诊序号: ['seq'],
  序號: ['seq'],
  序号: ['seq'],
  病歷號: ['patient', 'id'],
  病歷號碼: ['patient', 'id'],
  病歷編號: ['patient', 'id'],
  病历号码: ['patient', 'id'],
  病历编号: ['patient', 'id'],
  病患編號: ['patient', 'id'],
  患者编号: ['patient', 'id'],
  病人编号: ['patient', 'id'],
  就诊卡号: ['patient', 'id'],
  病患姓名: ['patient', 'name'],
  病人姓名: ['patient', 'name'],
  患者姓名: ['patient', 'name'],
  生日: ['dob'],
  醫師: ['provider'],
  醫生: ['provider'],
  医师: ['provider'],
  看診醫師: ['provider'],
  主治醫師: ['provider'],
  接诊医生: ['provider'],
  主治医生: ['provider'],
  科別: ['location', 'department'],
  科别: ['location', 'department'],
  科室: ['location', 'department'],
  診間: ['room'],
  诊室: ['room'],
  狀態: ['status'],
  預約狀態: ['appt', 'status'],
  预约状态: ['appt', 'status'],
  備註: ['note'],
  電話: ['phone'],
  电话: ['phone'],
  手機: ['phone'],
  手机: ['phone'],
  身分證字號: ['insurance'],
  身分證號: ['insurance'],
  身份證號: ['insurance'],
  身份证号: ['insurance'],
  身份证号码: ['insurance'],
  居民身份证号: ['insurance'],
  健保卡號: ['insurance'],
  医保卡号: ['insurance'],
  // ---- Ukrainian, Russian ----
  // A Ukrainian clinic's list (`№ запису;Дата;Час;Прізвище;Ім'я;По батькові;Дата народження;№
  // картки;Лікар;Кабінет;Статус`: the patient card's fields as MedAir's help names them,
  // https://info.e-life.com.ua/x/OwMT) had been refused. Words are looked up folded (й → и, ї → і,
  // ё → е: the marks taken off), so they are listed so. The patronymic (По батькові, Отчество) is
  // the middle name the portal does not get; ПІБ / ФИО (surname, name, patronymic) the whole name;
  // the card (картка, карта: the medical card's number) the practice's patient number; a кабінет /
  // кабинет is a consulting room, never the site. The taxpayer's number (РНОКПП, ІПН, ИНН), the
  // demographic register's (УНЗР), Russia's СНИЛС and the ОМС insurance policy (полис) are national
  // numbers, never the patient id. Russian `час` is the hour, Ukrainian `час` the time: both a clock.
  дата: ['date'],
  час: ['time'],
  время: ['time'],
  початок: ['start'],
  начало: ['start'],
  кінець: ['end'],
  закінчення: ['end'],
  окончание: ['end'],
  тривалість: ['duration'],
  длительность: ['duration'],
  запис: ['appt'],
  запису: ['appt'],
  записи: ['appt'],
  запись: ['appt'],
  прииом: ['appt'], // прийом, folded
  прииому: ['appt'],
  прием: ['appt'], // приём, folded
  приема: ['appt'],
  візит: ['appt'],
  визит: ['appt'],
  візиту: ['appt'],
  визита: ['appt'],
  пацієнт: ['patient'],
  пацієнта: ['patient'],
  пациент: ['patient'],
  пациента: ['patient'],
  прізвище: ['last', 'name'],
  фамилия: ['last', 'name'],
  імя: ['first', 'name'], // Ім'я, its apostrophe joined (PHRASES)
  имя: ['first', 'name'],
  побатькові: ['middle', 'name'], // По батькові (PHRASES)
  отчество: ['middle', 'name'],
  піб: ['full', 'name'],
  фио: ['full', 'name'],
  фіо: ['full', 'name'],
  народження: ['dob'],
  рождения: ['dob'],
  картки: ['patient', 'id'],
  картка: ['patient', 'id'],
  карти: ['patient', 'id'],
  карты: ['patient', 'id'],
  карта: ['patient', 'id'],
  лікар: ['provider'],
  лікаря: ['provider'],
  врач: ['provider'],
  врача: ['provider'],
  доктор: ['provider'],
  спеціаліст: ['provider'],
  специалист: ['provider'],
  кабінет: ['room'],
  кабинет: ['room'],
  відділення: ['location', 'department'],
  отделение: ['location', 'department'],
  клініка: ['location', 'clinic'],
  клиника: ['location', 'clinic'],
  філія: ['location', 'branch'],
  филиал: ['location', 'branch'],
  статус: ['status'],
  послуга: ['type'],
  услуга: ['type'],
  телефон: ['phone'],
  // the phone in the genitive and the mobile (`Номер телефона`, `Номер телефону`, `Номер
  // мобильного`): read by номер alone they had been taken for the appointment id
  телефона: ['phone'],
  телефону: ['phone'],
  мобильныи: ['phone'], // мобильный, folded
  мобильного: ['phone'],
  мобільнии: ['phone'], // мобільний, folded
  мобільного: ['phone'],
  коментар: ['note'],
  примітка: ['note'],
  комментарии: ['note'], // комментарий, folded
  примечание: ['note'],
  рнокпп: ['insurance'],
  іпн: ['insurance'],
  инн: ['insurance'],
  унзр: ['insurance'],
  снилс: ['insurance'],
  полис: ['insurance'],
  // Another scheme's card, never the medical card (карта): a discount or bonus card (`Дисконтная
  // карта`, `Бонусна картка`, which Russian and Ukrainian clinic CRMs keep on the client's card)
  // and an insurer's (`Страховой полис`): its number is the scheme's, as `membership` is.
  дисконтная: ['insurance'],
  дисконтна: ['insurance'],
  бонусная: ['insurance'],
  бонусна: ['insurance'],
  страховои: ['insurance'], // страховой, folded
  страховая: ['insurance'],
  страхова: ['insurance'],
  // and the other cards a clinic CRM keeps beside the medical one: a loyalty card (`Карта
  // лояльности`, `Картка лояльності`), a club or gift card (`Клубная карта`, `Подарочная карта`),
  // a voluntary insurer's (`Карта ДМС`), Ukraine's social card (`Соціальна картка`). Read by карта
  // alone they had been sent as the patient id.
  лояльности: ['insurance'],
  лояльності: ['insurance'],
  клубная: ['insurance'],
  клубна: ['insurance'],
  подарочная: ['insurance'],
  подарункова: ['insurance'],
  дмс: ['insurance'],
  социальная: ['insurance'],
  соціальна: ['insurance'],
  // the policy in the genitive (`Номер полиса`, `Номер поліса`): read by номер alone it had been
  // asked about as the appointment id
  полиса: ['insurance'],
  поліса: ['insurance'],
  поліс: ['insurance'],
  омс: ['insurance'],
  паспорт: ['insurance'],
};

/** Concepts of the timing words above, and of the birth date: a header carrying one names a
 *  moment or a length of time (`Start Time`, `End Time`, `Appt Date`, `Length`, `Time In`, `DOB`).
 *  Such a column is never an identifier, however id-like its values (`0830` in an `End Time`). */
export const TIME_CONCEPTS = new Set([
  'start',
  'end',
  'date',
  'time',
  'duration',
  'arrival',
  'wish',
  'scheduled',
  'dob',
]);

/** "#", "No.", "Nr.", "N°", "Número": a number. With a noun it is that thing's id ("Appt #",
 *  "Termin-Nr."); alone it is a row counter. */
// Polish `numer`, Czech `číslo`, Hungarian `szám`
export const NUMBER_WORDS = new Set([
  'no',
  'nr',
  'nro',
  'num',
  'number',
  'nbr',
  'nummer',
  'numero',
  'n',
  'numer',
  'cislo',
  'szam',
  'номер', // Ukrainian and Russian: `Номер картки`, `Номер записи`
  'رقم', // Arabic raqm: `رقم الموعد`, the appointment's number
]);

/** Row counters: "Row", "Line", "Seq", "Count", "Index", "Lfd. Nr." (laufende Nummer), "Pos." */
export const SEQUENCE_WORDS = new Set([
  'row',
  'line',
  'seq',
  'sequence',
  'count',
  'counter',
  'index',
  'idx',
  'lfd',
  'laufende',
  'zeile',
  'ligne',
  'fila',
  'linea',
  'pos',
  'position',
]);

/** Words that add nothing ("date OF birth", "Date DE naissance", "Name DES Patienten"). */
export const FILLER = new Set([
  'of',
  'the',
  'at',
  'on',
  'a',
  'pc',
  'tbl',
  'fld',
  // Cerner's display-value suffix (`RESOURCE_DISP`, `APPT_TYPE_DISP`, `SCH_STATE_DISP`): the
  // column shows the code's text, and is what it names. Read as a word, it made `RESOURCE_DISP`
  // a provider of another role, and the file was held.
  'disp',
  // Epic Clarity's "with id" suffix (`PROV_NAME_WID` = `PATEL, RAJ [10442]`, `DEPARTMENT_NAME_WID`):
  // the name with its id in brackets, of the column's own role (`REFERRING_PROV_NAME_WID` stays
  // the referrer's). Read as a word, it made the visit provider another role's.
  'wid',
  // A person's `bio` object in JSON APIs: NexHealth's patient keeps `date_of_birth` and
  // `phone_number` under `bio` (as public clients of its API type it), flattened to dotted headers
  // (`patient.bio.date_of_birth`). The path's step names no field; read as a word, it had left the
  // birth date unsure.
  'bio',
  's',
  'i',
  'for',
  'in',
  'by',
  'with',
  'and',
  // German, French, Spanish
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'am',
  'um',
  'im',
  'zum',
  'zur',
  'vom',
  'und',
  'de',
  'du',
  'd',
  'la',
  'le',
  'les',
  'et',
  'au',
  'aux',
  'en',
  'par',
  'pour',
  'vous',
  'del',
  'el',
  'los',
  'las',
  'y',
  'al',
  'por',
  'para',
  'con',
  'primer',
  'primero',
  'paterno',
  'paterna',
  // Italian and Portuguese ("Data di nascita", "Data de nascimento" has Spanish `de` above)
  'di',
  'si', // Romanian și ("Nume și prenume"), its accent folded
  'della',
  'dello',
  'da',
  // Ukrainian and Russian `medical`, `outpatient` before the card (`Медична картка`, `Номер
  // амбулаторной карты`): which card, not another thing
  'медична',
  'медичноі', // медичної, folded
  'медицинская',
  'медицинскои', // медицинской, folded
  'амбулаторна',
  'амбулаторнои',
  'амбулаторная',
  'الميلادي', // Arabic: of the Gregorian calendar (`التاريخ الميلادي`), no birth
  'ميلادي',
]);

/** Filler words that may be pieces of a run-together English header ("dateofbirth"). Other
 *  languages' short filler is not used for splitting: it would cut unknown words apart. */
export const SPLIT_FILLER = ['of', 'the', 'at', 'on', 'pc', 'tbl', 'fld', 'for', 'in', 'by', 'with', 'and'];

/** Plain words that carry meaning as themselves (not listed in CONCEPTS). */
export const BASE_WORDS = [
  'date',
  'time',
  'name',
  'first',
  'last',
  'middle',
  'phone',
  'home',
  'cell',
  'mobile',
  'work',
  'full',
];

/** Fixed phrases read as one word before anything else (folded, space-separated). */
export const PHRASES: Array<[RegExp, string]> = [
  [/\bno show\b/g, 'noshow'],
  // Persian (see CONCEPTS): the family name, and a booking's tracking code, each one phrase.
  [/(?<= )نام خانوادگی(?= )/g, 'نامخانوادگی'],
  [/(?<= )کد رهگیری(?= )/g, 'کدرهگیری'],
  // Ukrainian `Ім'я` (the given name), its apostrophe a word break, and `По батькові` (the
  // patronymic), each one word (see CONCEPTS).
  [/(?<= )ім я(?= )/g, 'імя'],
  // Vietnamese: a clinic's list (danh sách lịch hẹn) names its columns in phrases of one-syllable
  // words, each too short and too common in other languages to stand alone (`ten`, `ho`, `ma`), so
  // only whole phrases are read: `Họ và tên` / `Họ tên` the whole name (family name first, which
  // header-name-order.ts asks), `Họ` alone the family name and `Tên` alone the given name, `Ngày
  // sinh` the birth date, `Ngày hẹn` / `Giờ hẹn` the appointment's date and time, `Mã lịch hẹn` its
  // code, `Mã KH` / `Mã BN` / `Mã bệnh nhân` / `Mã khách hàng` the patient's code, `Trạng thái` the
  // status, `Bác sĩ` the doctor, `Điện thoại` a phone, `Giới tính` the sex, `Dịch vụ` the service,
  // `STT` (số thứ tự) the row counter. Unread, a Vietnamese list was refused for want of a name.
  [/(?<= )ho (?:va )?ten(?= )/g, 'fullname'],
  [/^ ho $/g, ' surname '],
  [/^ ten $/g, ' forenames '],
  [/(?<= )ngay sinh(?= )/g, 'dob'],
  [/(?<= )ngay gio hen(?= )/g, 'appt datetime'],
  [/(?<= )ngay hen(?= )/g, 'appt date'],
  [/(?<= )gio hen(?= )/g, 'appt time'],
  [/(?<= )ma (?:lich )?hen(?= )/g, 'appt id'],
  [/(?<= )lich hen(?= )/g, 'appt'],
  [/(?<= )ma (?:kh|bn|benh nhan|khach hang)(?= )/g, 'patient id'],
  [/(?<= )(?:benh nhan|khach hang)(?= )/g, 'patient'],
  [/(?<= )trang thai(?= )/g, 'status'],
  [/(?<= )bac si(?= )/g, 'doctor'],
  [/(?<= )dien thoai(?= )/g, 'phone'],
  [/(?<= )gioi tinh(?= )/g, 'sex'],
  [/(?<= )dich vu(?= )/g, 'service'],
  [/^ stt $/g, ' seq '],
  // `Surname` beside `Other Names` (`Othernames`): the given names, as Kenyan, Nigerian, Ghanaian
  // and British forms ask for them (the given name and any others). Read by `other` as someone
  // else's name, the file had been refused for want of a first name. The plural only: a lone
  // `Other Name` may be an alias.
  [/^ (?:(?:patient|patient s|pt|client) )?other ?names $/g, ' forenames '],
  [/(?<= )по батькові(?= )/g, 'побатькові'],
  [/\bdt tm\b/g, 'datetime'], // Cerner: `BIRTH_DT_TM`, `BEG_DT_TM`
  // Nepal's calendar written out (`Bikram Sambat`, `Vikram Samvat`) or as a Nepali date: the
  // date of another calendar (bikram-sambat-dates.ts).
  [/\b(?:bikram|vikram) (?:sambat|samvat|samwat)\b/g, 'bikramsambat'],
  [/\bnepali (?=date|dob|miti)/g, 'bikramsambat '],
  [/\bservice location\b/g, 'location'],
  // The claim's place-of-service code (CMS-1500 box 24B: `11 - Office`, `02 - Telehealth`, `22 - On
  // Campus-Outpatient Hospital`), a billing category, never which site: sent as the location, the
  // portal showed `11 - Office`. Read as a billing word, so it is no location nor anyone's name.
  [/\bplace of service\b/g, 'billing'],
  [/\bcontact serial (number|no|nr)\b/g, 'csn'],
  // The medical record number written out or short (`Medical Record Number`, `Med Rec #`, `MR#`,
  // `MR No`): one per patient, as `MRN` is. Read by its `#` alone it had been asked about as the
  // appointment id. `Med Rec` only with a number word (alone it is a medication reconciliation),
  // `MR` too (alone the imaging modality, or a title).
  [/\bmedical records? (?:number|no|nr|num|nbr|id)\b/g, 'mrn'],
  [/\bmedical records?\b/g, 'mrn'],
  // Indonesian `No.RM` (nomor rekam medis, the medical record number): `RM` alone is a room.
  [/\b(?:no|nomor|nomer) rm\b/g, 'mrn'],
  [/\b(?:med (?:rec|recs|record|records)|mr) (?:number|no|nr|num|nbr|id)\b/g, 'mrn'],
  // MEDITECH's medical record number is the `Unit Number` (`Unit #`, `Pt Unit No`), one per
  // patient; the `Account Number` beside it is one visit's. Only where the header starts with it:
  // an address's `Unit Number` is an apartment's.
  [/^ ((?:patient|pt) )?unit (?:number|no|nr|num|nbr)\b/g, ' mrn'],
  [/\bhealth card\b/g, 'healthcard'],
  [/\bstudent (?:id|number|no|nr|num|nbr)\b/g, 'studentid'],
  [/\bpersonal health (number|no|nr)\b/g, 'personalhealthnumber'],
  // BC's PHN where a header starts with it (`PHN`, `PHN #`, `Patient PHN`); `Home Phn` is a phone.
  [/^ ((?:patient|pt|bc) )?phn\b/g, ' $1personalhealthnumber'],
  [/\brendez vous\b/g, 'rdv'],
  [/\bcodice fiscale\b/g, 'codicefiscale'],
  // Turkish `Hasta` is the patient (`Hasta Adı`, `Hasta Soyadı`, `Hasta No`); Spanish `Hasta` is
  // until, the end: the patient only before a name or number word.
  [/\bhasta (?=(?:adı|adi|soyadı|soyadi|soyad|isim|soyisim|no|numarası) )/g, 'patient '],
  [/\bhistoria clinica\b/g, 'historia'],
  // The same record written without its accent by a US system (`Num Record`, `Numero de Record`,
  // `Record Medico`): the Spanish number word or `medico` beside it says it is Puerto Rico's
  // `récord` (header-meaning.ts), the chart, not a database row's record number.
  [/\b(?:num|numero|nro) (?:de )?record\b/g, 'expediente'],
  [/\brecord medico\b/g, 'expediente'],
  [/\bmedical card\b/g, 'medicalcard'],
  // `D.O.B.` with its dots (NHS trusts' clinic lists): read letter by letter it had been no birth
  // date at all, and the column asked about.
  [/\bd o b\b/g, 'dob'],
  // `Cancelled At`, `Canceled On` (Rails' `cancelled_at`, a booking tool's stamp): the moment it was
  // cancelled, as surely as `Cancellation Date`. Read as `cancel` alone (`at` is filler) it had
  // been asked about beside its datetimes.
  [/\b(cancell?ed|cancel) (at|on)\b/g, '$1 datetime'],
  // A UK hospital's patient number (`Hospital No.`, `Hosp No`, `Hospital Number`): the patient's
  // number at the trust, as an MRN is; read as a number of the hospital it had been asked about as
  // the appointment id. Not `Hospital ID`: in a multi-site system that may be the hospital's own.
  [/\b(?:hospital|hosp) (?:no|number|num|nbr)\b/g, 'mrn'],
  // The patient's file number (`File No.`, `File Number`, `File #`, `Patient File No`): in Middle
  // Eastern, Indian, African and Philippine clinics the number of the patient's file, kept for
  // life, as `رقم الملف` is (above): clinic systems key their patients by it (Optimiza eHope's
  // PATIENT_FILE_NO serial, a Gulf insurer's eligibility message's `patient_file_no`, clinic apps'
  // `patients.file_no`; not public vendor pages). Read by its number word it had been asked about
  // as the appointment id; it is never one.
  //
  // Only the file's own (`File No.`) or the patient's (`Patient File No`, `Medical File No.`): a
  // file number named for another thing is that thing's (`Claim File No.`, `Case File No.` of a
  // workers' comp or injury case, `Visit File No.`), and had been sent as the patient id.
  [
    /(?<=^ (?:(?:patient|patients|pt|pat|client|clients|medical|med|health)(?: s)? )?)file (?:number|no|nr|num|nbr)\b/g,
    'mrn',
  ],
  // WhatsApp, its camel case taken apart (`WhatsApp No.`): a phone, not an appointment (`app`)
  // Romanian: the number of the patient's file (`Nr. fișă`, `Nr. fișă pacient`, `Fișa pacientului`,
  // folded `fisa`), the chart number a Romanian clinic keeps each patient under, as `File No.`
  // above (it had been asked about as an unknown column).
  [/^ (?:(?:nr|numar|numarul) )?fis(?:a|ei)(?: (?:pacient|pacientului))?(?= (?:nr )?$)/g, ' mrn'],
  [/^ (?:nr|numar|numarul) fis(?:a|ei)\b/g, ' mrn'],
  // Romanian `Nr. crt.` (număr curent: the running number of a printed list), a row counter like
  // `No.`; read by its `Nr.` it was a candidate appointment id.
  [/^ (?:nr|no) crt(?= |$)/g, ' seq'],
  // Malay `No. K/P` (kad pengenalan: the MyKad identity card number), a national number
  [/^ (?:no )?k p(?= |$)/g, ' kp'],
  [/\bwhats app\b/g, 'whatsapp'],
  // An outpatient clinic's list (NHS trusts, hospital clinics) dates the clinic the patient is
  // booked into: `Clinic Date`, `Clinic Time` are the appointment's (read as a location's date the
  // column had been asked about).
  [/\bclinic (date|time|day|start)\b/g, 'appt $1'],
  [/\bdossier (medical|patient)\b/g, 'dossier'],
  [/\b(correo electronico|courrier electronique|e mail)\b/g, 'email'],
  [/\b(code postal|codigo postal)\b/g, 'zip'],
  [/\b(lieu de naissance|lugar de nacimiento|place of birth)\b/g, 'birthplace'],
  [/\b(nom de naissance|nom de jeune fille|birth name|maiden name)\b/g, 'maidenname'],
  [/\bmedecin traitant\b/g, 'pcp'],
  // EMIS Web's appointment book: the clinician whose session (rota) the slot is in.
  // Vision (Cegedim) and other UK books: the owner of the appointment book (`Book Owner`, `Diary
  // Owner`) is the clinician the slot is with; it had gone unread, the visits as Unassigned provider.
  [/\b(session holder|rota owner|(?:appointment |appt )?(?:book|diary) owner)\b/g, 'clinician'],
  [/\bprimary care (provider|physician|doctor|clinician|practitioner|prov|dr)\b/g, 'pcp'],
  // The patient's own provider, not the appointment's (header-meaning.ts, PATIENTS_OWN): the
  // family doctor, the UK's usual or registered GP, Open Dental's PriProv/SecProv written apart
  // (`Pri Prov`, `Sec Provider`), whoever is assigned to the patient. Beside the provider word only,
  // so `Family Name` stays the last name and `Pri Ins` the insurance.
  // The patient named before the provider word qualifies it the same way (`Patient's Provider`,
  // `Pt Provider`, `Pat Prov`, `Patient Dentist`): the patient's provider, who may not be the one
  // the appointment is with. Not `Pt Seen By`: who saw the patient is the appointment's.
  // Therapy practices call the patient the client (SimplePractice, TherapyNotes): `Client's
  // Clinician`, `Client Therapist` are the client's own (SimplePractice's primary clinician),
  // who may not be the one seen that day; their `Clinician` is the session's.
  [
    /\b(?:patient s|patients|patient|pt|pat|client s|clients|client) (provider|prov|doctor|doc|dr|physician|dentist|practitioner|clinician|therapist|gp)\b/g,
    'usual $1',
  ],
  [/\bfamily (doctor|physician|dr|provider|prov|dentist|practitioner|clinician|gp)\b/g, 'usual $1'],
  [/\b(?:pri|prim|sec) prov(ider)?\b/g, 'usual prov$1'],
  [/\b(usual|registered|named|regular|own|default|preferred) gp\b/g, '$1 doctor'],
  [/\bassigned to (?:the )?(?:patient|pt|pat|client)\b/g, 'usual'],
  // The provider of the service is the one who renders it (`Service Provider`, `Svc Prov`, `Srv
  // Provider`): service, svc and srv alone read as the visit's type, which had left it unmapped.
  [
    /\b(?:service|servicing|svc|srv) (provider|prov|doctor|dr|physician|practitioner|clinician)\b/g,
    'rendering $1',
  ],
  // Jane App's `Staff Member`, Fresha's `Team Member`: the staff member, not an insurance member id.
  [/\b(?:staff|team) member\b/g, 'staff'],
  // Whom the appointment is with (`Booked With`, `Appointment With`, `With` alone: booking apps'
  // lists and hand-kept diaries): the clinician the patient sees. `with` is otherwise filler, and
  // these had gone unread, the appointments as Unassigned provider. Not `Booked By` (the clerk).
  [/^ (?:(?:booked|appointment|appt|apt|session|visit|scheduled|seeing) )?with $/g, ' clinician '],
  // `Ref` beside a provider word or its abbreviation is the referring provider (`Ref Prov`,
  // `RefProv`, `Ref. Prov.`, `Ref Doc`, `Ref Phys`, `Ref Prov NPI`): elsewhere `ref` is an id
  // (`Booking Ref`), and `Ref Prov` read as the provider's id had sent the referrer.
  [/\bref (provider|prov|dr|doctor|doc|physician|phys|md|npi|by)\b/g, 'referring $1'],
  // A Social Security number written short (`SS#`, `SS No`, `Soc Sec #`, `Social Security Number`):
  // never any id of the practice's, as `SSN` is not. `SS#` read by its `#` alone had been asked
  // about as the appointment id, the patients' SSNs shown as its samples.
  [/\b(?:social security|soc sec)\b/g, 'ssn'],
  [/\bss (number|no|nr|num|id)\b/g, 'ssn $1'],
  // A family's or household's number (`Family #`, `Family ID`, `Household #`): the account the
  // guarantor holds for a parent and children alike, never one patient's id nor an appointment's.
  // `Family #` read by its `family` as the last name, or by its `#` as the appointment id, had been
  // asked about as the appointment id.
  [/\b(?:family|household) (number|no|nr|num|id|acct|account)\b/g, 'guarantor $1'],
];

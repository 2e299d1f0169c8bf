// How appointment fields are named in the column-mapping preview. The engine's names are
// camelCase identifiers; people read "date of birth", not "dob".

const LABELS: Record<string, string> = {
  appointmentId: 'Appointment id',
  type: 'Appointment type',
  providerId: 'Provider id',
  providerName: 'Provider name',
  patientId: 'Patient id',
  patientName: 'Patient name (one column)',
  dob: 'Date of birth',
  dateTime: 'Start date and time (one column)',
  date: 'Appointment date',
  time: 'Start time',
  end: 'End time',
  address1: 'Patient address',
  zip: 'Patient ZIP code',
  email: 'Patient e-mail',
  note: 'Staff note (never sent)',
  cancelledAt: 'Cancellation date',
  cancelledFlag: 'Cancelled flag',
};

export function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const words = field
    .split('.')
    .pop()!
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function confidenceWords(confidence: number, found: boolean): string {
  if (!found) return 'not found';
  if (confidence >= 0.9) return 'sure';
  if (confidence >= 0.6) return 'likely';
  return 'a guess: please check';
}

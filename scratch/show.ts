import { importExport } from '../main/import/import-export.ts';
const file = process.argv[2]!;
const gen = importExport(file, { practiceId: '1c7ecf9f-9700-4e70-b976-9356db658274', timeZone: 'America/New_York' });
for (;;) {
  const r = await gen.next();
  if (r.done) { console.log('summary', JSON.stringify(r.value).slice(0, 1500)); break; }
  const v: any = r.value;
  if (v.appointment) { const a = v.appointment; console.log(v.line ?? '', '|', a.participant?.identifier, '|', a.participant?.providerName, '|', a.location, '|', a.appointmentId); }
  else console.log(JSON.stringify(v).slice(0, 400));
}

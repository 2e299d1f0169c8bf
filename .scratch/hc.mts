import { headerConcepts } from '../main/import/map/header-meaning.ts';
import { looksLikeTime, looksLikeCompactTime } from '../main/import/map/parse-time.ts';
for (const h of ['D.O.B.', 'DOB', 'D.O.B', 'Hospital No.', 'Hospital Number', 'Hosp No', 'Clinic Date', 'Start', 'MRN']) console.log(h, [...headerConcepts(h)]);
for (const t of ['0900hrs', '0900', '09:00 hrs', '1400 hrs', '09:00hrs']) console.log(t, looksLikeTime(t), looksLikeCompactTime(t));

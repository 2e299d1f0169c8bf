import { detectProfile } from './main/import/import-export.ts';
const f = process.argv[2]!;
const r = await detectProfile(f, { timeZone: 'America/Chicago' } as never);
console.log(JSON.stringify(r, null, 1).slice(0, 3000));

import { CONCEPTS } from '../main/import/map/header-words.ts';
console.log(Object.entries(CONCEPTS).filter(([,v])=>v.includes('location')).map(([k])=>k).join(' '));

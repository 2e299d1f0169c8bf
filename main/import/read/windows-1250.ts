// Central European Windows (code page 1250): what Windows in Polish, Czech, Slovak, Hungarian,
// Slovenian, Croatian and Romanian writes for a program's "ANSI" export (Mediporta, KS-SOMED and
// other Polish practice programs, Czech ambulance systems). Its letters sit where Windows-1252
// has other letters or signs: `ł` 0xB3 is `³` there, `ś` 0x9C `œ`, `ż` 0xBF `¿`, so
// `Małgorzata Wiśniewska` read as Windows-1252 is `Ma³gorzata Wiœniewska`. Bytes 0x80-0xFF are
// written out here, as for the other pages, from the Unicode Consortium's mapping file (Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1250.TXT); the five
// bytes it leaves undefined (0x81, 0x83, 0x88, 0x90, 0x98) are the C1 controls of the same number,
// as the WHATWG Encoding Standard decodes them.

export const CP1250_HIGH =
  '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź' +
  '\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľż' +
  'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß' +
  'ŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙';

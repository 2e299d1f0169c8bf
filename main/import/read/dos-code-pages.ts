// The DOS ("OEM") code pages: what Excel's Save As "CSV (MS-DOS)" writes (Microsoft KB183496) and
// what DOS-era practice programs export: 437 on US Windows, 850 in Western Europe. Their letters
// sit where Windows-1252 has punctuation or other letters (cp437 `á` 0xA0 is a no-break space
// there, cp850 `ß` 0xE1 is `á`), so a name read the wrong way goes garbled (`Ch vez`, `Weiá`).
// Node has no TextDecoder for them: bytes 0x80-0xFF are written out here, from the Unicode
// Consortium's mapping files (Public/MAPPINGS/VENDORS/MICSFT/PC/CP437.TXT and CP850.TXT).
// The two differ only where cp437 has box drawing and Greek and cp850 more Western letters.

export const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒ' +
  'áíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒ' +
  'áíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

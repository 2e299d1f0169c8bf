// Mac Roman: what Excel for Mac's "CSV (Macintosh)" and other old Mac programs write, with a CR
// alone at each line end. Its bytes 0x80-0xFF are other characters than Windows-1252's (0x96 is
// `ñ` there and `–` here, 0x8E `é` and `Ž`), so a name decoded the wrong way is garbled. Node has
// no Mac Roman TextDecoder: the 128 characters are written out here (which of the code pages a
// file is in: code-page-choice.ts).

export const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

// The hold for a file whose letters outside ASCII read as well in another code page as in
// Windows-1252 (read/code-page-choice.ts): it is read as Windows-1252, and a person who sees the
// names right that way confirms; otherwise the export is saved again as UTF-8. The confirmation is
// for the letters the person saw (the bytes the two pages read apart): a later file with another
// letter in doubt (`Ch\xa0vez` after `Ju\xe1rez`) is asked, as it would have been on its own.
import type { Doubt } from '../../model/doubt.ts';
import type { EncodingDoubt } from '../read/index.ts';

const QUESTION_TAIL = 'confirm the mapping only if they are right';

export function encodingDoubt(unsure: EncodingDoubt): Doubt {
  if (unsure.rival === 'macintosh') {
    return {
      kind: 'encoding',
      check: 'mac-roman',
      message:
        "the file's lines end as an old Mac's (CR alone) and its letters outside plain ASCII read as well in Mac Roman as in Windows-1252: names could go garbled",
      samples: unsure.words,
      subjects: unsure.bytes,
      question: `Are the names read right as Windows-1252 (the second of each pair)? If not, save the export as UTF-8 (in Excel for Mac: CSV UTF-8); ${QUESTION_TAIL}`,
    };
  }
  if (unsure.rival === 'windows-1254') {
    return {
      kind: 'encoding',
      check: 'turkish-code-page',
      message:
        "the file's letters outside plain ASCII read as Turkish letters in Turkish Windows' code page (1254) and as Icelandic ones in Windows-1252 (Ş or Þ, ğ or ð), beside letters of neither alphabet: names could go garbled",
      samples: unsure.words,
      subjects: unsure.bytes,
      question: `Are the names read right as Windows-1252 (the second of each pair)? If not, save the export as UTF-8 (in Excel: CSV UTF-8); ${QUESTION_TAIL}`,
    };
  }
  return {
    kind: 'encoding',
    check: 'dos-code-page',
    message:
      'the file\'s letters outside plain ASCII read as well in a DOS code page (Excel\'s "CSV (MS-DOS)", older DOS programs) as in Windows-1252: names could go garbled',
    samples: unsure.words,
    subjects: unsure.bytes,
    question: `Are the names read right as Windows-1252 (the second of each pair)? If not, save the export as UTF-8 (in Excel: CSV UTF-8); ${QUESTION_TAIL}`,
  };
}

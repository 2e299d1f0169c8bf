// Other scripts' digits read as ASCII digits (other-digits.ts): each block is ten code points from
// its zero, and ASCII text comes back as the same string.
import { withAsciiDigits } from '../../../main/import/read/other-digits.ts';

test('Arabic-Indic, Persian, Devanagari and fullwidth digits read as the digits they are', () => {
  expect(withAsciiDigits('٠١/٠٣/٢٠٢٧,٩:٣٠ ص,٥٥٠١٢')).toBe('01/03/2027,9:30 ص,55012');
  expect(withAsciiDigits('۱۴۰۵/۱۲/۱۰ ۰۸:۴۵')).toBe('1405/12/10 08:45');
  expect(withAsciiDigits('१५-०३-२०२७ १४:०५')).toBe('15-03-2027 14:05');
  expect(withAsciiDigits('２０２７年３月１５日 ９：３０')).toBe('2027年3月15日 9：30');
});

test("between digits the Arabic decimal separator is '.' and the thousands separator is dropped (a ',' would split a CSV cell); the Arabic comma stays", () => {
  expect(withAsciiDigits('١٫٥,١٬٢٠٠')).toBe('1.5,1200');
  expect(withAsciiDigits('الهاشمي، محمد,٣')).toBe('الهاشمي، محمد,3');
  // Not between digits: left as written.
  expect(withAsciiDigits('٫ ٣')).toBe('٫ 3');
});

test('text without such digits is returned as it is (the same string, no copy)', () => {
  const text = '10231,01/03/2027,9:00 AM,محمد,٫';
  expect(withAsciiDigits(text)).toBe(text);
});

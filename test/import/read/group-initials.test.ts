// A provider group line over rows that print the provider with the given name's initial
// (`PROVIDER: OKAFOR, CHIDI MD` over `OKAFOR C`: an IBM i register, layout 168): the rows repeat
// it, so it holds nothing, unless the initial could be another person's. Expected by hand.
import { GroupColumns } from '../../../main/import/read/group-columns.ts';

const HEADERS = ['DATE', 'TIME', 'PATIENT NAME', 'PROVIDER', 'STATUS'];
const line = (text: string) => [text, '', '', '', ''];
const row = (provider: string) => ['03/15/2027', '08:00 AM', 'DOE, JANE', provider, 'SCHEDULED'];

function grouped(lines: Array<[string] | [string, string[]]>): number[] {
  const groups = new GroupColumns(HEADERS, []);
  const differs: number[] = [];
  lines.forEach(([text, rows], i) => {
    expect(groups.take(line(text), i * 10 + 1)).toBe(true);
    for (const p of rows ?? []) {
      const d = groups.fill(row(p)).differs;
      if (d) differs.push(d.line);
    }
  });
  return differs;
}

describe('a provider group line over rows with the initial', () => {
  it('is repeated by the family name and initial, in either order and with credentials', () => {
    expect(
      grouped([
        ['PROVIDER:  OKAFOR, CHIDI MD', ['OKAFOR C', 'OKAFOR C', 'C OKAFOR', 'Okafor, C.']],
        ['PROVIDER:  PETRAKIS, ELENI DO', ['PETRAKIS E']],
      ]),
    ).toEqual([]);
  });

  it('is not repeated where the family name agrees and the initial does not', () => {
    expect(grouped([['PROVIDER:  OKAFOR, CHIDI MD', ['OKAFOR C', 'OKAFOR A']]])).toEqual([1]);
  });

  it('is not repeated where two people of the file share the family name and initial', () => {
    // SMITH J under John's line and under Jane's: two providers' appointments would go as one.
    expect(
      grouped([
        ['Provider: Smith, John MD', ['SMITH J']],
        ['Provider: Smith, Jane DO', ['SMITH J']],
      ]),
    ).toEqual([11]);
    // The same person's line printed again (a new page) is one person.
    expect(
      grouped([
        ['Provider: Smith, John MD', ['SMITH J']],
        ['Provider: SMITH, JOHN MD', ['SMITH J']],
      ]),
    ).toEqual([]);
  });

  it('leaves a location or date line to be repeated as written', () => {
    const groups = new GroupColumns(['DATE', 'TIME', 'PATIENT NAME', 'LOCATION', 'STATUS'], []);
    expect(groups.take(line('Location: North Clinic'), 1)).toBe(true);
    expect(groups.fill(['03/15/2027', '08:00 AM', 'DOE, JANE', 'N Clinic', 'SCHEDULED']).differs).toEqual({
      line: 1,
      text: 'Location: North Clinic',
    });
  });
});

// The native pickers the service asks the desktop for: the sample-export picker offers every kind
// of file the importer reads (an HL7 feed is written as .hl7; a web system's "Excel" export is often
// an HTML page named .xls, a page saved from Excel .htm; an Excel workbook .xlsx or .xlsm), with "All files" beside it; a
// cancelled dialog is no file.
import { beforeEach, expect, it } from 'vitest';
import { fake, resetFakeElectron } from '../support/fake-electron.ts';

const { createHostActions } = await import('../../main/desktop/host-actions.ts');

beforeEach(() => resetFakeElectron());

const host = () => createHostActions({ openReview: () => undefined, openSettings: () => undefined });

it('the sample-export picker offers .csv, .txt, .tsv, .xml, .hl7, Excel workbooks (.xlsx, .xlsm) and web pages (.xls, .htm, .html), then all files; the chosen file is returned', async () => {
  fake.dialogAnswer = { canceled: false, filePaths: ['/inbox/siu_20270301.hl7'] };
  expect(await host().pickFile()).toBe('/inbox/siu_20270301.hl7');
  expect(fake.dialogOptions.at(-1)?.filters).toEqual([
    {
      name: 'Schedule exports',
      extensions: ['csv', 'txt', 'tsv', 'xml', 'hl7', 'xlsx', 'xlsm', 'xls', 'htm', 'html'],
    },
    { name: 'All files', extensions: ['*'] },
  ]);
});

it('a cancelled picker is no file', async () => {
  expect(await host().pickFile()).toBeNull();
});

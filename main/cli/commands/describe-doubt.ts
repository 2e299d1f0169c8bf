// How the command line shows one thing the connector is not sure of: what and where, with values
// from the file, then the question a person answers (two lines, indented under its job).
import type { Doubt } from '../../model/doubt.ts';

export function describeDoubt(d: Doubt, indent: string): string[] {
  const samples = d.samples.length ? ` (e.g. ${d.samples.map((s) => `'${s}'`).join(', ')})` : '';
  return [
    `${indent}- ${d.column ? `column '${d.column}': ` : ''}${d.message}${samples}`,
    `${indent}  ? ${d.question}`,
  ];
}

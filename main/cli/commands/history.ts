// Placeholder until the owning issue lands this command.
export async function run(_argv: string[]): Promise<number> {
  console.error("'history' is not implemented yet");
  return 2;
}

// Placeholder until the owning issue lands this command.
export async function run(_argv: string[]): Promise<number> {
  console.error("'demo' is not implemented yet");
  return 2;
}

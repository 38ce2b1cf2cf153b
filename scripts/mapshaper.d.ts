// mapshaper ships no types; the build script uses only its in-memory command runner.
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory files; resolves to the output files by name. */
  export function applyCommands(
    commands: string,
    input: Record<string, unknown>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}

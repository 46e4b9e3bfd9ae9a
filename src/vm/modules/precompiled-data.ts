// Code objects of the Python sources etpy ships, compiled ahead of time. This
// file is a stub: `npm run build` replaces its compiled form in dist/ with the
// real data (scripts/precompile-python.mjs). Entries whose source changed since
// are ignored (the key holds the source's hash), so a stale build is only slower.
// Each entry is the JSON text of a SerialCode (bytecode/code-serial.ts).

const PRECOMPILED: Readonly<Record<string, string>> = {};

/** The entries as one value (the CLI bundle reads them from a JSON file instead, on first use). */
export function precompiledData(): Readonly<Record<string, string>> {
  return PRECOMPILED;
}

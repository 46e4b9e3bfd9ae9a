// Results as JSON lines: Python's json.dumps(ensure_ascii=True), as the
// oracle writes its results, so the two result files can be compared byte
// for byte. JSON.stringify already escapes control characters and lone
// surrogates the same way; what is left is every non-ASCII code unit.
const NOT_PRINTABLE_ASCII = /[\u007f-\uffff]/g;
const ANY_NOT_PRINTABLE_ASCII = /[\u007f-\uffff]/;

/** Whether `text` has no code unit outside printable ASCII (then it is its own asciiOnly, and its length counts code points). */
export function isPrintableAscii(text: string): boolean {
  return !ANY_NOT_PRINTABLE_ASCII.test(text);
}

/** JSON text with each code unit outside printable ASCII as a \uXXXX escape. */
export function asciiOnly(json: string): string {
  return json.replace(NOT_PRINTABLE_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON value in json.dumps's ensure_ascii form. */
export function toAsciiJson(value: unknown): string {
  return asciiOnly(JSON.stringify(value));
}

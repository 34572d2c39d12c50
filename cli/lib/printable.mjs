// Text from a materials site or a folder (file names, links, reasons) goes to
// a terminal and into manifest.json: never as raw control codes, and never
// with a password in it.

/** Control characters and bidirectional overrides shown as \u{…}, so a name cannot move the cursor or reorder the line. */
export function printable(text) {
  return String(text).replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u{${char.codePointAt(0).toString(16)}}`,
  );
}

/** A URL without its user name and password (`https://user:pass@host/` → `https://host/`). */
export function withoutCredentials(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return parsed.href;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return String(url).replace(/\/\/[^/@\s]*@/, '//');
  }
}

/** Any text that may hold URLs (an error message), with credentials taken out of each, then made printable. */
export function safeMessage(text) {
  return printable(
    String(text).replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s/@]*@/gi, (match) => match.replace(/\/\/[^\s/@]*@/, '//')),
  );
}

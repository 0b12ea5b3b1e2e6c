/**
 * Which stored URLs may be shown as links. Anything a party can write (evidence links, join URLs in a meeting item,
 * a job-description URL) can also be written around our UI with plain REST calls, so every link is checked on read
 * and again where it is rendered, never only on entry.
 *
 * A link is safe when it is an absolute `https:` URL with a host and no user name or password, or a server-relative
 * path of the tenant's own (one leading `/`, never `//host`). Everything else is refused: `javascript:`, `data:`,
 * `vbscript:`, `http:`, `file:`, protocol-relative `//host`, backslashes (browsers read `\` as `/` in URLs, so
 * `/\evil.example` is protocol-relative), and any whitespace or control character before, after or inside the
 * scheme (browsers strip leading C0 controls and spaces, and remove tabs and newlines anywhere, so `" java\tscript:"`
 * still runs; WHATWG URL Standard, "basic URL parser").
 */

/** A URL that passed `safeLink`: the only kind of string rendered as an `href`. */
export type SafeLink = string & { readonly __safeLink: true };

/** Longest link we show; SharePoint's own URL fields hold 255 characters, Teams join URLs run to about 600. */
export const MAX_LINK_LENGTH = 2048;

/** C0 controls, DEL, C1 controls, backslash, and the Unicode spaces and separators browsers may strip or fold. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\\]/;

/** The one place that separates a path of the tenant's own from an absolute URL. */
const BASE = 'https://tenant.invalid';

function serverRelative(raw: string): SafeLink | undefined {
  if (raw.startsWith('//')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw, BASE);
  } catch {
    return undefined;
  }
  if (parsed.origin !== BASE) return undefined;
  return `${parsed.pathname}${parsed.search}${parsed.hash}` as SafeLink;
}

function absoluteHttps(raw: string): SafeLink | undefined {
  // The scheme must be exactly "https:" as typed, before any parser normalises case or strips characters.
  if (!raw.startsWith('https://')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href as SafeLink;
}

/**
 * The URL to put in an `href`, or undefined when it must be shown as plain text. A plain space may appear inside a
 * path (SharePoint returns file paths such as `/sites/a/Evidence/My file.docx` decoded); nothing is trimmed, since a
 * value with space around it was not written by our UI.
 */
export function safeLink(raw: unknown): SafeLink | undefined {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_LINK_LENGTH) return undefined;
  if (UNSAFE_CHARACTERS.test(raw) || raw.trim() !== raw) return undefined;
  return raw.startsWith('/') ? serverRelative(raw) : absoluteHttps(raw);
}

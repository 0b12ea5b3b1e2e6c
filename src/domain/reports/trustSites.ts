/** The school sites of a trust, as its settings keep them: absolute site collection URLs, each once. */

/** A site collection's absolute URL (https, or http on the local emulator), without a trailing slash; else undefined. */
export function normaliseSiteUrl(raw: string): string | undefined {
  const m = /^(https:\/\/[a-z0-9.-]+|http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?)(\/(?:sites|teams)\/[A-Za-z0-9._-]+)\/?$/i.exec(
    raw.trim()
  );
  return m ? `${m[1].toLowerCase()}${m[2]}` : undefined;
}

/** The stored value read back: a list of valid URLs, or undefined when it is anything else. */
export function parseTrustSites(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const urls = value.map((v) => (typeof v === 'string' ? normaliseSiteUrl(v) : undefined));
  return urls.every((u): u is string => u !== undefined) ? urls : undefined;
}

/**
 * The page's language, for formatting dates, numbers and plurals. SPFx picks the string modules for the page's UI
 * culture (pageContext.cultureInfo.currentUICultureName, which follows the user's language in SharePoint and in Teams);
 * each web part sets the same culture here in onInit, so that text and formatting always agree. The workbench sets it
 * from its language switch. en-GB until told otherwise.
 */
let current = 'en-GB';

/** Sets the UI locale ('en-GB', 'cy-GB'…); an empty or unknown name keeps en-GB. */
export function setUiLocale(name: string | undefined): void {
  const candidate = (name ?? '').trim();
  if (!candidate) return;
  try {
    current = Intl.DateTimeFormat.supportedLocalesOf([candidate])[0] ?? 'en-GB';
  } catch {
    current = 'en-GB';
  }
}

/** The UI locale as a BCP 47 name. */
export function uiLocale(): string {
  return current;
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** A date/time formatter for the UI locale, cached per locale and options. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${current}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(current, options);
    cache.set(key, format);
  }
  return format;
}

/** Compares two names in the UI locale's order. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, current);
}

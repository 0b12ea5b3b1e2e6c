/**
 * The workbench's language switch: `?lang=cy-GB` (kept in localStorage, like a SharePoint user's language setting) or
 * the last one chosen; en-GB by default. Read once when the strings load, so changing it reloads the page, as
 * changing one's language does in SharePoint.
 */
const KEY = 'workbench-locale';
export const WORKBENCH_LOCALES = [
  { key: 'en-GB', text: 'English (UK)' },
  { key: 'cy-GB', text: 'Cymraeg' }
] as const;

export function workbenchLocale(): string {
  const known = (value: string | null): value is string => WORKBENCH_LOCALES.some((l) => l.key === value);
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (known(asked)) {
    window.localStorage.setItem(KEY, asked);
    return asked;
  }
  const kept = window.localStorage.getItem(KEY);
  return known(kept) ? kept : 'en-GB';
}

/** Chooses a language and reloads the page in it. */
export function switchWorkbenchLocale(locale: string): void {
  window.localStorage.setItem(KEY, locale);
  const q = new URLSearchParams(window.location.search);
  q.set('lang', locale);
  window.location.search = q.toString();
}

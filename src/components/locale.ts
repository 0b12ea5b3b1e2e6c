/**
 * The page's language, for formatting dates, numbers and plurals. SPFx picks the string modules for the page's UI
 * culture (pageContext.cultureInfo.currentUICultureName, which follows the user's language in SharePoint and in Teams);
 * each web part sets the same culture here in onInit, so that text and formatting always agree. The workbench sets it
 * from its language switch. en-GB until told otherwise.
 */
import * as common from 'CommonStrings';

let current = 'en-GB';

/** Sets the UI locale ('en-GB', 'cy-GB'…); an empty or malformed name keeps en-GB. */
export function setUiLocale(name: string | undefined): void {
  const candidate = (name ?? '').trim();
  current = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(candidate) ? candidate : 'en-GB';
}

/** The UI locale as a BCP 47 name. */
export function uiLocale(): string {
  return current;
}

/** Formats a date; what dateTimeFormat returns. */
export interface DateFormatter {
  format(date: Date): string;
}

const cache = new Map<string, DateFormatter>();

/**
 * A date/time formatter for the UI locale, cached per locale and options. Not every browser carries every language's
 * date names (Debian's Chromium has none for Welsh, and falls back to English): then the en-GB layout is used with the
 * month and weekday names from the strings (CommonStrings MonthNames, MonthShortNames, WeekdayShortNames), so a
 * Welsh page never shows "January".
 */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): DateFormatter {
  const key = `${current}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter =
      Intl.DateTimeFormat.supportedLocalesOf([current]).length > 0 ? new Intl.DateTimeFormat(current, options) : withOwnNames(options);
    cache.set(key, formatter);
  }
  return formatter;
}

function names(list: string): string[] {
  return list.split(',').map((n) => n.trim());
}

/** The en-GB layout with the page language's month and weekday names. */
function withOwnNames(options: Intl.DateTimeFormatOptions): DateFormatter {
  const english = new Intl.DateTimeFormat('en-GB', options);
  const zone = options.timeZone;
  const monthOf = new Intl.DateTimeFormat('en-GB', { month: 'numeric', timeZone: zone });
  const weekdayOf = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: zone });
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    format(date: Date): string {
      return english
        .formatToParts(date)
        .map((part) => {
          if (part.type === 'month' && (options.month === 'long' || options.month === 'short')) {
            const index = Number(monthOf.format(date)) - 1;
            return names(options.month === 'long' ? common.MonthNames : common.MonthShortNames)[index] ?? part.value;
          }
          if (part.type === 'literal' && part.value.trim() === 'at') return part.value.replace('at', common.DateAtTime);
          if (part.type === 'weekday') return names(common.WeekdayShortNames)[weekdays.indexOf(weekdayOf.format(date))] ?? part.value;
          return part.value;
        })
        .join('');
    }
  };
}

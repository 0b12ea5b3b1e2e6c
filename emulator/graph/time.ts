/** Time zones as Outlook names them, converted with the platform's tz database (Intl), never by hand. */

const IANA: Record<string, string> = {
  'gmt standard time': 'Europe/London',
  'europe/london': 'Europe/London',
  utc: 'UTC',
  'w. europe standard time': 'Europe/Berlin'
};

/** The IANA zone for an Outlook or IANA name (unknown names are refused by callers). */
export function ianaZone(name: string | undefined): string | undefined {
  return IANA[(name ?? 'UTC').toLowerCase()];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function parts(instant: number, zone: string): Record<string, number> {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      weekday: 'short'
    });
    formatters.set(zone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(instant))) {
    if (p.type === 'weekday') out.weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.value);
    else if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out;
}

function offsetMinutes(instant: number, zone: string): number {
  const p = parts(instant, zone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000) / 60000;
}

/** A wall-clock dateTime in a zone → epoch milliseconds. */
export function toInstant(dateTime: string, zone: string): number {
  const wall = Date.parse(`${dateTime.replace(/\.\d+$/, '').replace(/Z$/, '')}Z`);
  if (Number.isNaN(wall)) throw new Error(`Invalid dateTime ${dateTime}`);
  let guess = wall - offsetMinutes(wall, zone) * 60000;
  guess = wall - offsetMinutes(guess, zone) * 60000;
  return guess;
}

/** Epoch milliseconds → Graph's dateTime string in a zone ("2026-05-04T08:30:00.0000000"). */
export function toWallClock(instant: number, zone: string): string {
  const p = parts(instant, zone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.0000000`;
}

/** Weekday (0 Sunday) and minutes since midnight of an instant in a zone. */
export function localDayAndMinute(instant: number, zone: string): { weekday: number; minute: number; date: string } {
  const p = parts(instant, zone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { weekday: p.weekday, minute: p.hour * 60 + p.minute, date: `${p.year}-${pad(p.month)}-${pad(p.day)}` };
}

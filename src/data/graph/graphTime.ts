/** Graph's dateTimeTimeZone pairs ↔ UTC instants. We always ask Graph for UTC, so no zone arithmetic happens here. */
import type { IsoInstant } from '../../domain';

/** Graph's { dateTime, timeZone } pair. */
export interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

/** The header that makes Graph return every dateTime in UTC. */
export const PREFER_UTC = 'outlook.timezone="UTC"';

/** A UTC instant as Graph's pair. */
export function toGraph(instant: IsoInstant): GraphDateTime {
  return { dateTime: instant.replace(/Z$/, '').replace(/\.\d+$/, ''), timeZone: 'UTC' };
}

const londonWallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
});

/**
 * A UTC instant as London wall-clock time in Outlook's name for the zone. Events (and above all series) are written
 * this way so that a weekly one-to-one stays at 08:30 across the changes to and from British Summer Time.
 */
export function toGraphLondon(instant: IsoInstant): GraphDateTime {
  const parts = Object.fromEntries(londonWallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return {
    dateTime: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`,
    timeZone: 'GMT Standard Time'
  };
}

/** Graph's pair (asked for in UTC) as a UTC instant, without fractional seconds. */
export function fromGraph(value: GraphDateTime): IsoInstant {
  if (!/^utc$/i.test(value.timeZone)) throw new Error(`Expected a UTC dateTime from Graph, got ${value.timeZone}`);
  return `${value.dateTime.replace(/\.\d+$/, '').replace(/Z$/, '')}Z` as IsoInstant;
}

/** The UTC milliseconds of a London wall-clock date and time (BST applied). */
export function londonMillis(date: string, time: string): number {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const parts = Object.fromEntries(londonWallClock.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
  const shown = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`);
  return guess - (shown - guess);
}

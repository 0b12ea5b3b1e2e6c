import * as strings from 'RecordStrings';
import { format, formatNumber } from '../../format';

/** What a limited text field shows under itself: how many characters are used, and an error once over the limit. */
export interface CharacterCount {
  /** "120 of 1,500 characters", or "1,520 of 1,500 characters: 20 too many". */
  text: string;
  /** The words of the domain's `tooLong` error, once the text is over the limit. */
  error: string | undefined;
}

/**
 * The counter for a field limited to `max` characters (the domain's TEXT_LIMITS): counted as the domain and
 * SharePoint count, in UTF-16 code units. Typing past the limit is allowed, so that pasted text is never cut off
 * unseen; the field says how much to remove, and the record cannot be shared until it is removed.
 */
export function characterCount(value: string, max: number): CharacterCount {
  const used = value.length;
  if (used <= max) return { text: format(strings.CharacterCount, formatNumber(used), formatNumber(max)), error: undefined };
  return {
    text: format(strings.CharacterCountOver, formatNumber(used), formatNumber(max), formatNumber(used - max)),
    error: format(strings.ErrorTooLong, formatNumber(max))
  };
}

import * as strings from 'CommonStrings';
import type { DataError } from '../../data/ports';
import { format } from '../format';

/** Plain en-GB words for each DataError: one exhaustive map, never in the domain. */
export function dataErrorText(error: DataError): string {
  switch (error.code) {
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    case 'notFound':
      return strings.ErrorNotFound;
    case 'conflict':
      return strings.ErrorConflict;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'unavailable':
      return strings.ErrorUnavailable;
    case 'listViewThreshold':
      return strings.ErrorListTooLarge;
    case 'tooLarge':
      return strings.ErrorTooLarge;
    case 'malformed':
      return format(strings.ErrorMalformed, error.list, error.itemId, error.field);
    case 'unexpected':
      return strings.ErrorUnexpected + error.detail;
    default: {
      const unreachable: never = error;
      return String(unreachable);
    }
  }
}

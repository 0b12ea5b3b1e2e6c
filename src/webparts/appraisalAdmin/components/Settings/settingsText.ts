import * as strings from 'AppraisalAdminWebPartStrings';
import type { SettingsError } from '../../../../domain';

/** A settings error in plain words. */
export function settingsErrorText(error: SettingsError): string {
  switch (error.code) {
    case 'notAMonth':
      return strings.ErrNotAMonth;
    case 'belowThree':
      return strings.ErrBelowThree;
    case 'belowSix':
      return strings.ErrBelowSix;
    case 'outOfRange':
      return strings.ErrOutOfRange;
    case 'endBeforeStart':
      return strings.ErrTermEndBeforeStart;
    case 'overlap':
      return strings.ErrTermOverlap;
    case 'notADate':
      return strings.ErrTermNotADate;
    case 'notHttps':
      return strings.ErrCpdNotHttps;
    default: {
      const unreachable: never = error;
      return String(unreachable);
    }
  }
}

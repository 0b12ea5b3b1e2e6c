import * as strings from 'RecordStrings';
import type { StageActionError } from '../../../app/cycle/stageActions';
import { dataErrorText } from '../../ErrorMessage/dataErrorText';
import { formatCount } from '../../format';
import { fieldErrorText } from '../draft/fieldErrors';

/** Plain words for why an agreement step did not happen. */
export function actionErrorText(error: StageActionError): string {
  switch (error.code) {
    case 'invalid': {
      // The whole record over its budget has no field to mark, so it is said here.
      const whole = error.errors.find((e) => e.path === 'record');
      const count = formatCount(error.errors.length, strings.InvalidOne, strings.InvalidMany);
      return whole ? `${count} ${fieldErrorText(whole)}` : count;
    }
    case 'wrongStatus':
      return strings.WrongStatus;
    case 'changedWhileAwaiting':
      return strings.ChangedWhileAwaiting;
    case 'emptyText':
      return strings.EmptyText;
    case 'nothingToAnswer':
      return strings.NothingToAnswer;
    case 'notShared':
      return strings.NotShared;
    case 'staleVersion':
      return strings.StaleAction;
    default:
      return dataErrorText(error);
  }
}

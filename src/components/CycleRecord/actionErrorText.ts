import * as strings from 'RecordStrings';
import type { StageActionError } from '../../app/cycle/stageActions';
import { dataErrorText } from '../ErrorMessage/dataErrorText';
import { formatCount } from '../format';

/** Plain words for why an agreement step did not happen. */
export function actionErrorText(error: StageActionError): string {
  switch (error.code) {
    case 'invalid':
      return formatCount(error.errors.length, strings.InvalidOne, strings.InvalidMany);
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

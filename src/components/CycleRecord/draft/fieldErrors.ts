import * as strings from 'RecordStrings';
import type { FieldError } from '../../../domain';
import { format, formatNumber } from '../../format';

/** Plain words for a field error. */
export function fieldErrorText(error: FieldError): string {
  switch (error.code) {
    case 'required':
      return strings.ErrorRequired;
    case 'outsideCycle':
      return strings.ErrorOutsideCycle;
    case 'reasonRequired':
      return strings.ErrorReasonRequired;
    case 'atLeastOneObjective':
      return strings.ErrorAtLeastOneObjective;
    case 'notADate':
      return strings.ErrorNotADate;
    case 'tooLong':
      return error.path === 'record'
        ? format(strings.ErrorRecordTooLarge, formatNumber(error.max ?? 0))
        : format(strings.ErrorTooLong, formatNumber(error.max ?? 0));
    default: {
      const unreachable: never = error.code;
      return String(unreachable);
    }
  }
}

/** Looks up the error for a field path ("objectives.0.title"). */
export type ErrorFor = (path: string) => string | undefined;

/** An ErrorFor over a list of field errors. */
export function errorLookup(errors: readonly FieldError[]): ErrorFor {
  const byPath = new Map(errors.map((e) => [e.path, fieldErrorText(e)]));
  return (path) => byPath.get(path);
}

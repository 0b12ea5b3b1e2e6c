import * as strings from 'AppraisalAdminWebPartStrings';
import type { RosterPreviewRow } from '../../../../app/roster/previewRosterImport';
import { format } from '../../../../components/format';

type RowError = Extract<RosterPreviewRow, { status: 'error' }>['errors'][number];

const TEXT: Record<RowError['code'], string> = {
  required: strings.FieldErrorRequired,
  badEmail: strings.FieldErrorBadEmail,
  unknownCategory: strings.FieldErrorUnknownCategory,
  unknownContract: strings.FieldErrorUnknownContract,
  unknownPattern: strings.FieldErrorUnknownPattern,
  badDays: strings.FieldErrorBadDays,
  badTime: strings.FieldErrorBadTime,
  endBeforeStart: strings.FieldErrorEndBeforeStart,
  badYesNo: strings.FieldErrorBadYesNo,
  badDate: strings.FieldErrorBadDate,
  badUrl: strings.FieldErrorBadUrl,
  selfReview: strings.FieldErrorSelfReview,
  duplicate: strings.FieldErrorDuplicate,
  notInDirectory: strings.FieldErrorNotInDirectory,
  reviewerNotInDirectory: strings.FieldErrorReviewerNotInDirectory
};

/** One problem in words, naming the CSV column as the file has it (or the form field's label when given). */
export function rowErrorText(error: RowError, label: string = error.column): string {
  return format(TEXT[error.code], label);
}

/** The row's outcome in words. */
export function rowStatusText(status: RosterPreviewRow['status']): string {
  return { add: strings.StatusAdd, update: strings.StatusUpdate, unchanged: strings.StatusUnchanged, error: strings.StatusError }[status];
}

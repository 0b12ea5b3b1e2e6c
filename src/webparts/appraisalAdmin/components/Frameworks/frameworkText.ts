import * as strings from 'AppraisalAdminWebPartStrings';
import type { FrameworkError } from '../../../../domain';

/** The plain-English reason a framework cannot be saved. */
export function frameworkErrorText(error: FrameworkError): string {
  switch (error) {
    case 'titleMissing':
      return strings.FrameworkErrTitleMissing;
    case 'titleTooLong':
      return strings.FrameworkErrTitleTooLong;
    case 'sourceTooLong':
      return strings.FrameworkErrSourceTooLong;
    case 'noCategory':
      return strings.FrameworkErrNoCategory;
    case 'noStandard':
      return strings.FrameworkErrNoStandard;
    case 'standardTitleMissing':
      return strings.FrameworkErrStandardTitleMissing;
    case 'tooManyStandards':
      return strings.FrameworkErrTooManyStandards;
    case 'duplicateCode':
      return strings.FrameworkErrDuplicateCode;
    default: {
      const unreachable: never = error;
      return String(unreachable);
    }
  }
}

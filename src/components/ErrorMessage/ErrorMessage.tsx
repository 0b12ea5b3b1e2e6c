import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { DataError } from '../../data/ports';
import { dataErrorText } from './dataErrorText';

/** Props of ErrorMessage. */
export interface ErrorMessageProps {
  error: DataError;
  /** Offered as a "Try again" button when given. */
  onRetry?: () => void;
}

/** An error in plain words with what to do next, and a retry when it makes sense. */
export const ErrorMessage: React.FC<ErrorMessageProps> = ({ error, onRetry }) => (
  <MessageBar
    messageBarType={MessageBarType.error}
    isMultiline
    actions={onRetry ? <MessageBarButton onClick={onRetry}>{strings.Retry}</MessageBarButton> : undefined}
  >
    <strong>{strings.ErrorTitle}</strong> {dataErrorText(error)}
  </MessageBar>
);

export { ErrorMessage, type ErrorMessageProps } from './ErrorMessage';
export { dataErrorText } from './dataErrorText';

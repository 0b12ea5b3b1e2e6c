import * as React from 'react';
import { TextField } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { TEXT_LIMITS } from '../../../domain';
import { formatDate } from '../../format';
import { characterCount } from './characterCount';
import { FieldDescription } from './FieldDescription';

/** Props of TextArea. */
export interface TextAreaProps {
  label: string;
  value: string;
  onChange(value: string): void;
  readOnly: boolean;
  /** Plain words saying what is wrong, or undefined. */
  error?: string;
  description?: string;
  multiline?: boolean;
  type?: 'date' | 'url' | 'text';
  required?: boolean;
  /**
   * The most characters the field may hold (the domain's TEXT_LIMITS); a counter shows under the field while it is
   * edited. Defaults to TEXT_LIMITS.long for multi-line text and TEXT_LIMITS.short for a line; dates have none.
   */
  maxLength?: number;
}

/**
 * A labelled text field that is read-only for the party who does not write it; errors say why in plain words.
 * Read-only, it shows the text (dates as "3 April 2026") and says when nothing has been written yet.
 */
export const TextArea: React.FC<TextAreaProps> = ({
  label,
  value,
  onChange,
  readOnly,
  error,
  description,
  multiline = true,
  type,
  required,
  maxLength
}) => {
  if (readOnly) {
    const shown = type === 'date' && value ? formatDate(value) : value;
    return (
      <TextField
        label={label}
        value={shown}
        readOnly
        borderless
        multiline={multiline && !!shown}
        rows={1}
        autoAdjustHeight={multiline && !!shown}
        resizable={false}
        placeholder={strings.NothingWritten}
        errorMessage={error}
      />
    );
  }
  const max = type === 'date' ? undefined : (maxLength ?? (multiline ? TEXT_LIMITS.long : TEXT_LIMITS.short));
  const count = max === undefined ? undefined : characterCount(value, max);
  return (
    <TextField
      label={label}
      value={value}
      onChange={(_e, v) => onChange(v ?? '')}
      multiline={multiline}
      autoAdjustHeight={multiline}
      rows={multiline ? 3 : undefined}
      type={type}
      required={required}
      errorMessage={error ?? count?.error}
      description={description}
      onRenderDescription={count || description ? () => <FieldDescription help={description} count={count} /> : undefined}
    />
  );
};

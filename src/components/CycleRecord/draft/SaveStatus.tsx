import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Text } from '@fluentui/react';
import * as strings from 'RecordStrings';
import type { ConflictChoice, CycleDocument, MergeConflict } from '../../../domain';
import { dataErrorText } from '../../ErrorMessage/dataErrorText';
import { format } from '../../format';
import type { SaveState } from './useCycleDraft';
import { ConflictView } from './ConflictView';

/** Props of SaveStatus. */
export interface SaveStatusProps {
  save: SaveState;
  mine: CycleDocument;
  /** The other party's name, for "Merged with changes by …"; empty when not known. */
  otherName: string;
  onRetry(): void;
  onResolve(conflict: MergeConflict, choice: ConflictChoice): void;
}

/** Saving in words; after someone else saved first, the merge's outcome or the fields left to choose for. */
export const SaveStatus: React.FC<SaveStatusProps> = ({ save, mine, otherName, onRetry, onResolve }) => {
  const other = otherName || strings.SomeoneElse;
  if (save.kind === 'conflict') return <ConflictView conflicts={save.conflicts} mine={mine} otherName={other} onResolve={onResolve} />;
  if (save.kind === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={strings.RetrySave} onClick={onRetry} />}>
        {`${strings.SaveFailed} ${dataErrorText(save.error)}`}
      </MessageBar>
    );
  }
  const text =
    save.kind === 'saving'
      ? strings.Saving
      : save.kind === 'unsaved'
        ? strings.Unsaved
        : save.merged
          ? format(strings.MergedWith, other)
          : strings.Saved;
  return (
    <Text role="status" variant="small" aria-live="polite">
      {text}
    </Text>
  );
};

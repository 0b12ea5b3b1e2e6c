import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { STAGES, stageRecordOf, type CycleDocument } from '../../domain';
import { dataErrorText } from '../ErrorMessage/dataErrorText';
import { stageLabel } from '../labels/cycleLabels';
import type { SaveState } from './useCycleDraft';

/** Props of SaveStatus. */
export interface SaveStatusProps {
  save: SaveState;
  mine: CycleDocument;
  onRetry(): void;
  onResolve(choice: 'mine' | 'theirs'): void;
}

/** What differs between two versions, section by section, in words both people wrote. */
function differences(mine: CycleDocument, theirs: CycleDocument): Array<{ label: string; mine: string; theirs: string }> {
  const rows: Array<{ label: string; mine: string; theirs: string }> = [];
  const titles = (d: CycleDocument): string => d.objectives.map((o) => o.title).join('; ');
  if (titles(mine) !== titles(theirs)) rows.push({ label: strings.ObjectivesHeading, mine: titles(mine), theirs: titles(theirs) });
  for (const stage of STAGES) {
    const a = stageRecordOf(mine, stage);
    const b = stageRecordOf(theirs, stage);
    if (a.reviewer.summary !== b.reviewer.summary) rows.push({ label: `${stageLabel(stage)}: ${strings.Summary}`, mine: a.reviewer.summary, theirs: b.reviewer.summary });
    if (a.preparation.selfReview !== b.preparation.selfReview) rows.push({ label: `${stageLabel(stage)}: ${strings.SelfReview}`, mine: a.preparation.selfReview, theirs: b.preparation.selfReview });
    if (a.appraiseeComments !== b.appraiseeComments) rows.push({ label: `${stageLabel(stage)}: ${strings.AppraiseeComments}`, mine: a.appraiseeComments, theirs: b.appraiseeComments });
    if (a.status !== b.status) rows.push({ label: `${stageLabel(stage)}: ${strings.AgreementHeading}`, mine: a.status, theirs: b.status });
  }
  return rows;
}

/** Saving in words, and the choice after someone else saved first (ETag 412): both versions shown, the draft kept. */
export const SaveStatus: React.FC<SaveStatusProps> = ({ save, mine, onRetry, onResolve }) => {
  if (save.kind === 'conflict') {
    const rows = differences(mine, save.theirs.document);
    return (
      <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
        <Stack tokens={{ childrenGap: 6 }}>
          <Text block styles={{ root: { fontWeight: 600 } }}>{strings.ConflictTitle}</Text>
          <Text block>{strings.ConflictBody}</Text>
          {rows.length ? (
            <table style={{ borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'left', paddingRight: 12 }}>{strings.ConflictPart}</th>
                  <th scope="col" style={{ textAlign: 'left', paddingRight: 12 }}>{strings.ConflictYours}</th>
                  <th scope="col" style={{ textAlign: 'left' }}>{strings.ConflictTheirs}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row" style={{ textAlign: 'left', paddingRight: 12, verticalAlign: 'top' }}>{r.label}</th>
                    <td style={{ paddingRight: 12, verticalAlign: 'top' }}>{r.mine}</td>
                    <td style={{ verticalAlign: 'top' }}>{r.theirs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.KeepMine} onClick={() => onResolve('mine')} />
            <DefaultButton text={strings.UseTheirs} onClick={() => onResolve('theirs')} />
          </Stack>
        </Stack>
      </MessageBar>
    );
  }
  if (save.kind === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={strings.RetrySave} onClick={onRetry} />}>
        {`${strings.SaveFailed} ${dataErrorText(save.error)}`}
      </MessageBar>
    );
  }
  const text = save.kind === 'saving' ? strings.Saving : save.kind === 'unsaved' ? strings.Unsaved : strings.Saved;
  return (
    <Text role="status" variant="small" aria-live="polite">
      {text}
    </Text>
  );
};

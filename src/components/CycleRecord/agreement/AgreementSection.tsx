import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { availableActions, effectiveStatus, stageRecordOf, TEXT_LIMITS, type Stage } from '../../../domain';
import type { StageAction, StageActionError } from '../../../app/cycle/stageActions';
import type { Result } from '../../../domain';
import { format } from '../../format';
import { useRecord } from '../recordContext';
import { actionErrorText } from './actionErrorText';
import { formatInstant, statusText } from './statusText';
import { SectionHeading } from '../text/SectionHeading';
import { characterCount } from '../text/characterCount';
import { FieldDescription } from '../text/FieldDescription';

/** Props of AgreementSection. */
export interface AgreementSectionProps {
  stage: Stage;
  act(stage: Stage, action: StageAction): Promise<Result<unknown, StageActionError>>;
  /** Field errors found when sharing, shown on the form. */
  onInvalid(errors: StageActionError): void;
  onDownload?: () => void;
}

/**
 * Agreement (AB11, DOMAIN §4): the reviewer shares a version (their sign-off); the appraisee agrees it, asks for
 * changes or records a disagreement in writing, which the reviewer may answer. Both texts are kept for good.
 */
export const AgreementSection: React.FC<AgreementSectionProps> = ({ stage, act, onInvalid, onDownload }) => {
  const ctx = useRecord();
  const theme = useTheme();
  const record = stageRecordOf(ctx.doc, stage);
  const status = effectiveStatus(ctx.doc, stage);
  const [text, setText] = React.useState('');
  const textCount = characterCount(text, TEXT_LIMITS.long);
  const [mode, setMode] = React.useState<'none' | 'changes' | 'disagree' | 'respond'>('none');
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const run = async (action: StageAction): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const result = await act(stage, action);
    setBusy(false);
    if (result.ok) {
      setMode('none');
      setText('');
      onInvalid({ code: 'invalid', errors: [] });
      return;
    }
    if (result.error.code === 'invalid') onInvalid(result.error);
    setError(actionErrorText(result.error));
  };
  // The domain decides which steps this person has (availableActions); this renders exactly those.
  const actions = availableActions(ctx.doc, stage, ctx.party);
  return (
    <Stack
      as="section"
      aria-label={strings.AgreementHeading}
      tokens={{ childrenGap: 8, padding: 12 }}
      styles={{ root: { background: theme.palette.neutralLighterAlt } }}
    >
      <SectionHeading>{strings.AgreementHeading}</SectionHeading>
      {status === 'changedSinceAgreed' ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {statusText(ctx.doc, stage, ctx.lastChanged)}
        </MessageBar>
      ) : (
        <Text role="status">{statusText(ctx.doc, stage, ctx.lastChanged)}</Text>
      )}
      {record.signOffs.length ? (
        <ul style={{ margin: 0 }} aria-label={strings.SignOffsLabel}>
          {record.signOffs.map((s, i) => (
            <li key={i}>
              <Text>{format(strings.SignOffShown, s.name, s.version, formatInstant(s.at))}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      {record.disagreements.map((d, i) => (
        <MessageBar key={i} messageBarType={MessageBarType.warning} isMultiline>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            {format(strings.DisagreementShown, d.version, formatInstant(d.at))}
          </Text>
          <Text block>{d.text}</Text>
          {d.response ? <Text block>{format(strings.ResponseShown, formatInstant(d.response.at), d.response.text)}</Text> : null}
        </MessageBar>
      ))}
      {error ? (
        <MessageBar
          messageBarType={MessageBarType.error}
          onDismiss={() => setError(undefined)}
          dismissButtonAriaLabel={strings.DismissMessage}
        >
          {error}
        </MessageBar>
      ) : null}
      {ctx.party === 'viewer' ? null : (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {actions.includes('share') ? (
            <PrimaryButton
              text={record.version ? strings.ShareAgain : strings.ShareForAgreement}
              disabled={busy}
              onClick={() => run({ kind: 'share' })}
            />
          ) : null}
          {actions.includes('agree') ? (
            <PrimaryButton text={strings.AgreeButton} disabled={busy} onClick={() => run({ kind: 'agree' })} />
          ) : null}
          {actions.includes('askForChanges') ? (
            <DefaultButton text={strings.AskForChanges} disabled={busy} onClick={() => setMode('changes')} />
          ) : null}
          {actions.includes('disagree') ? (
            <DefaultButton text={strings.RecordDisagreement} disabled={busy} onClick={() => setMode('disagree')} />
          ) : null}
          {actions.includes('respond') ? (
            <DefaultButton text={strings.RespondToDisagreement} disabled={busy} onClick={() => setMode('respond')} />
          ) : null}
          {onDownload && record.version > 0 ? (
            <DefaultButton iconProps={{ iconName: 'WordDocument' }} text={strings.DownloadCopy} onClick={onDownload} />
          ) : null}
        </Stack>
      )}
      {actions.includes('agree') ? <Text variant="small">{strings.AgreeWording}</Text> : null}
      {mode !== 'none' ? (
        <Stack tokens={{ childrenGap: 6 }}>
          <TextField
            label={mode === 'changes' ? strings.ChangesLabel : mode === 'disagree' ? strings.DisagreementLabel : strings.ResponseLabel}
            onRenderDescription={() => (
              <FieldDescription help={mode === 'disagree' ? strings.DisagreementHelp : undefined} count={textCount} />
            )}
            errorMessage={textCount.error}
            multiline
            autoAdjustHeight
            value={text}
            onChange={(_e, v) => setText(v ?? '')}
          />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton
              text={mode === 'changes' ? strings.SendChanges : mode === 'disagree' ? strings.SaveDisagreement : strings.SaveResponse}
              disabled={busy || !!textCount.error}
              onClick={() =>
                run(
                  mode === 'changes'
                    ? { kind: 'askForChanges', comment: text }
                    : mode === 'disagree'
                      ? { kind: 'disagree', text }
                      : { kind: 'respond', text }
                )
              }
            />
            <DefaultButton text={strings.CancelAction} onClick={() => setMode('none')} />
          </Stack>
        </Stack>
      ) : null}
    </Stack>
  );
};

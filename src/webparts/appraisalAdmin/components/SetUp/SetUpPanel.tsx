import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import { provisionSite } from '../../../../app/provisionSite';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Notice } from '../../../../components/Notice';
import { format } from '../../../../components/format';
import { initialSetUpState, setUpReducer } from './setUpState';
import { StepList } from './StepList';
import { rightText, stepText } from './stepText';

/** Props of SetUpPanel. */
export interface SetUpPanelProps {
  /** True when the site exists at an older schema version. */
  upgrade: boolean;
  /** Called once set-up has finished, so the page can show the set-up site. */
  onFinished(): void;
}

const wait = (seconds: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, seconds * 1000));

/** Runs set-up with a step-by-step progress list; after a failure, resumes where it stopped. */
export const SetUpPanel: React.FC<SetUpPanelProps> = ({ upgrade, onFinished }) => {
  const { provisioner } = useAppServices();
  const [state, dispatch] = React.useReducer(setUpReducer, initialSetUpState);

  const run = async (): Promise<void> => {
    dispatch({ type: 'start' });
    const result = await provisionSite(provisioner, { onEvent: (event) => dispatch({ type: 'event', event }), wait });
    if (result.ok) dispatch({ type: 'finished' });
    else dispatch({ type: 'stopped', failure: result.error });
  };

  const start = (): void => {
    run().catch((error: unknown) =>
      dispatch({ type: 'stopped', failure: { code: 'couldNotStart', error: { code: 'unexpected', detail: String(error) } } })
    );
  };

  const done = state.steps.filter((s) => s.status === 'done').length;
  const failure = state.failure;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
        {strings.SetUpTitle}
      </Text>
      <Text>{upgrade ? strings.UpgradeIntro : strings.SetUpIntro}</Text>
      {failure?.code === 'notAllowed' ? (
        <Notice
          type={MessageBarType.warning}
          title={strings.SetUpNotAllowedTitle}
          body={format(strings.SetUpNotAllowedBody, failure.missing.map(rightText).join(', '))}
        />
      ) : null}
      {failure?.code === 'couldNotStart' ? <ErrorMessage error={failure.error} /> : null}
      {failure?.code === 'stepFailed' ? (
        <Stack tokens={{ childrenGap: 4 }}>
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {format(strings.SetUpFailed, stepText(failure.step))}
          </MessageBar>
          <ErrorMessage error={failure.error} />
        </Stack>
      ) : null}
      {state.phase === 'running' && state.steps.length ? (
        <ProgressIndicator
          label={strings.SetUpProgressLabel}
          description={
            state.waitingSeconds
              ? format(strings.SetUpWaiting, state.waitingSeconds)
              : format(strings.SetUpProgressDescription, Math.min(done + 1, state.steps.length), state.steps.length)
          }
          percentComplete={done / state.steps.length}
        />
      ) : null}
      {state.phase === 'done' ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {strings.SetUpDone}
        </MessageBar>
      ) : null}
      {state.phase === 'done' ? null : (
        <Stack horizontal>
          <PrimaryButton
            text={
              state.phase === 'failed' && failure?.code === 'stepFailed'
                ? strings.ResumeButton
                : upgrade
                  ? strings.UpgradeButton
                  : strings.SetUpButton
            }
            disabled={state.phase === 'running'}
            onClick={start}
          />
        </Stack>
      )}
      {state.steps.length ? <StepList steps={state.steps} /> : null}
      {state.phase === 'done' ? (
        <Stack horizontal>
          <PrimaryButton text={strings.ContinueButton} onClick={onFinished} />
        </Stack>
      ) : null}
    </Stack>
  );
};

export default SetUpPanel;

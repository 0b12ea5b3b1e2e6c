import * as React from 'react';
import {
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  Dropdown,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Separator,
  Spinner,
  SpinnerSize,
  Stack,
  Text
} from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { addMonths, cycleContaining, ok } from '../../../../domain';
import { prepareGovernorReport, publishGovernorReport } from '../../../../app/reports/prepareGovernorReport';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { GovernorReportView } from '../../../../components/GovernorReportView';
import { format, formatDate } from '../../../../components/format';
import { govReducer } from './governorReportsState';
import { HeadFlags } from './HeadFlags';
import { GovernorMembersSection } from './GovernorMembersSection';
import { PublishedReportsSection } from './PublishedReportsSection';

/** Head and HR: prepare the governor report for a cycle, preview exactly what governors will see, then publish it. */
export const GovernorReportsTab: React.FC = () => {
  const { settings, clock, reportSource, governorReports, reviewRequests } = useAppServices();
  const [state, dispatch] = React.useReducer(govReducer, { phase: 'idle' });
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const [cycles] = useAsync(async () => {
    const s = await settings.getSettings();
    if (!s.ok) return s;
    const current = cycleContaining(clock.today(), s.value.cycleStartMonth);
    return ok([0, 1, 2].map((years) => cycleContaining(addMonths(current.start, -12 * years), s.value.cycleStartMonth).label));
  }, [settings]);

  if (cycles.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (cycles.status === 'error') return <ErrorMessage error={cycles.error} />;
  const label = chosen ?? cycles.value[0];
  const prepare = (): void => {
    dispatch({ type: 'prepare' });
    prepareGovernorReport({ source: reportSource, settings, clock, reviewRequests }, label).then(
      (r) => dispatch(r.ok ? { type: 'prepared', ...r.value } : { type: 'failed', error: r.error }),
      (e: unknown) => dispatch({ type: 'failed', error: { code: 'unexpected', detail: String(e) } })
    );
  };
  const publish = (): void => {
    if (state.phase !== 'prepared') return;
    const { snapshot, trustReturn } = state;
    dispatch({ type: 'publish' });
    publishGovernorReport(governorReports, clock, snapshot, trustReturn).then(
      (r) => dispatch(r.ok ? { type: 'published', summary: r.value } : { type: 'failed', error: r.error }),
      (e: unknown) => dispatch({ type: 'failed', error: { code: 'unexpected', detail: String(e) } })
    );
  };
  const busy = state.phase === 'preparing' || state.phase === 'publishing';
  const snapshot = 'snapshot' in state ? state.snapshot : undefined;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.GovIntro}</Text>
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.GovCycleLabel}
          selectedKey={label}
          options={cycles.value.map((c) => ({ key: c, text: c }))}
          disabled={busy}
          onChange={(_e, option) => {
            setChosen(String(option?.key));
            dispatch({ type: 'reset' });
          }}
          styles={{ root: { minWidth: 160 } }}
        />
        <PrimaryButton text={strings.GovPrepare} onClick={prepare} disabled={busy} />
      </Stack>
      {state.phase === 'preparing' ? <ProgressIndicator label={strings.GovPreparing} /> : null}
      {state.phase === 'failed' ? <ErrorMessage error={state.error} onRetry={state.snapshot ? undefined : prepare} /> : null}
      {state.phase === 'published' ? (
        <MessageBar messageBarType={MessageBarType.success}>
          {format(strings.GovPublished, formatDate(state.summary.publishedOn))}
        </MessageBar>
      ) : null}
      {state.phase === 'prepared' ? (
        <Stack horizontal tokens={{ childrenGap: 12 }} verticalAlign="center">
          <MessageBar messageBarType={MessageBarType.info}>{strings.GovPreviewIntro}</MessageBar>
          <PrimaryButton text={strings.GovPublish} onClick={() => dispatch({ type: 'confirm', open: true })} />
        </Stack>
      ) : null}
      {state.phase === 'prepared' ? <HeadFlags flags={state.flagsForHead} /> : null}
      {state.phase === 'publishing' ? <ProgressIndicator label={strings.GovPublishing} /> : null}
      {snapshot ? <GovernorReportView snapshot={snapshot} /> : null}
      <Dialog
        hidden={!(state.phase === 'prepared' && state.confirming)}
        onDismiss={() => dispatch({ type: 'confirm', open: false })}
        dialogContentProps={{ type: DialogType.normal, title: strings.GovConfirmTitle, subText: format(strings.GovConfirmText, label) }}
      >
        <DialogFooter>
          <PrimaryButton text={strings.GovConfirmYes} onClick={publish} />
          <DefaultButton text={common.Cancel} onClick={() => dispatch({ type: 'confirm', open: false })} />
        </DialogFooter>
      </Dialog>
      <Separator />
      <PublishedReportsSection refreshKey={state.phase === 'published' ? state.summary.id : ''} />
      <Separator />
      <GovernorMembersSection />
    </Stack>
  );
};

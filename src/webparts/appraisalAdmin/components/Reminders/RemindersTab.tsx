import * as React from 'react';
import { DefaultButton, MessageBar, PrimaryButton, ProgressIndicator, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'RemindersStrings';
import { validateReminderSettings, type Reminder, type ReminderPlan } from '../../../../domain/reminders';
import { previewReminders } from '../../../../app/reminders/previewReminders';
import { sendReminders, type SendOutcome } from '../../../../app/reminders/sendReminders';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { ItemProblems } from '../../../../components/ItemProblems';
import { EmptyState } from '../../../../components/EmptyState';
import { format } from '../../../../components/format';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import { ReminderPreviewList } from './ReminderPreviewList';
import { ReminderResults } from './ReminderResults';
import { mailWords } from './reminderText';

/** Sending's own state: progress while it runs, then each person's outcome (a retry replaces that person's). */
interface SendState {
  progress: { done: number; total: number } | undefined;
  outcomes: SendOutcome[];
  sent: Reminder[];
}

/** HR's and the head's Reminders tab (issue 15): settings, a preview of who would be reminded of what, Send, results. */
const RemindersTab: React.FC = () => {
  const services = useAppServices();
  const [state, reload] = useAsync(() => previewReminders(services), [services]);
  const [send, setSend] = React.useState<SendState>({ progress: undefined, outcomes: [], sent: [] });

  const run = async (plan: Pick<ReminderPlan, 'day'>, reminders: Reminder[], pageUrl: string): Promise<void> => {
    setSend((s) => ({ ...s, progress: { done: 0, total: reminders.length } }));
    const result = await sendReminders(services, plan, reminders, pageUrl, mailWords(), (done, total) =>
      setSend((s) => ({ ...s, progress: { done, total } }))
    );
    const fresh = result.ok ? result.value : [];
    setSend((s) => ({
      progress: undefined,
      outcomes: [...s.outcomes.filter((o) => !fresh.some((f) => f.recipientKey === o.recipientKey)), ...fresh],
      sent: [...s.sent.filter((r) => !reminders.includes(r)), ...reminders]
    }));
    reload();
  };

  const busy = send.progress !== undefined;
  const body = ((): React.ReactNode => {
    if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.Loading} />;
    if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
    const { plan, settings, names, problems } = state.value;
    const pageOk = !validateReminderSettings(settings).some((e) => e.field === 'recordPageUrl');
    const nobody = !plan.toSend.length && !plan.alreadySent.length && !plan.noAddress.length;
    return (
      <Stack tokens={{ childrenGap: 16 }}>
        <ItemProblems problems={problems} forAdministrators />
        <ReminderSettingsForm settings={settings} onSaved={reload} />
        <Text variant="large" as="h3">
          {strings.PreviewHeading}
        </Text>
        {nobody ? (
          <EmptyState icon="MailCheck" text={strings.Empty} />
        ) : (
          <>
            {plan.toSend.length > 0 && <Text>{strings.PreviewIntro}</Text>}
            <ReminderPreviewList heading={strings.PreviewHeading} showHeading={false} people={plan.toSend} names={names} />
            {plan.toSend.length > 0 && !pageOk && <MessageBar>{strings.NeedPage}</MessageBar>}
            {plan.toSend.length > 0 && (
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <PrimaryButton
                  text={plan.toSend.length === 1 ? strings.Send1 : format(strings.SendN, plan.toSend.length)}
                  disabled={busy || !pageOk}
                  onClick={() => {
                    run(plan, plan.toSend, settings.recordPageUrl).catch(() => undefined);
                  }}
                />
                <DefaultButton text={strings.Refresh} disabled={busy} onClick={reload} />
              </Stack>
            )}
            <ReminderPreviewList heading={strings.AlreadySentHeading} people={plan.alreadySent} names={names} />
            <ReminderPreviewList heading={strings.NoAddressHeading} help={strings.NoAddressHelp} people={plan.noAddress} names={names} />
          </>
        )}
      </Stack>
    );
  })();
  const names = state.status === 'ready' ? state.value.names : new Map<string, string>();
  const retry = (recipientKey: string): void => {
    const reminder = send.sent.find((r) => r.recipientKey === recipientKey);
    if (reminder && state.status === 'ready') run(state.value.plan, [reminder], state.value.settings.recordPageUrl).catch(() => undefined);
  };

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { paddingTop: 12 } }}>
      <Text>{strings.Intro}</Text>
      {send.progress && (
        <ProgressIndicator
          label={strings.Sending}
          description={format(strings.SendingProgress, send.progress.done, send.progress.total)}
          percentComplete={send.progress.total ? send.progress.done / send.progress.total : 0}
        />
      )}
      {send.outcomes.length > 0 && <ReminderResults outcomes={send.outcomes} names={names} onRetry={retry} busy={busy} />}
      {body}
    </Stack>
  );
};

export default RemindersTab;

import * as React from 'react';
import { PrimaryButton, Spinner, SpinnerSize, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'MyAppraisalWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { useRecordAddress } from '../../../components/hooks/useRecordAddress';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EmptyState } from '../../../components/EmptyState';
import { StageTracker } from '../../../components/StageTracker';
import { format, formatDate } from '../../../components/format';
import { trackLabel } from '../../../components/labels/cycleLabels';
import { dueText } from '../../../components/labels/dueText';
import { LazyCycleRecordView } from '../../../components/CycleRecord';
import { ItemProblems } from '../../../components/ItemProblems';
import { NextStepBanner } from '../../../components/NextStep';
import { meetingWhen } from '../../../components/labels/nextStepText';
import { kindLabel } from '../../../components/labels/cycleLabels';
import { nextSteps } from '../../../domain';

/** The signed-in person's current cycle: stage, due date and reviewer. Only their own record can be read. */
export const MyRecord: React.FC = () => {
  const { reader, currentUser, clock } = useAppServices();
  const theme = useTheme();
  const [state, reload] = useAsync(() => reader.mine(currentUser.directoryId), [reader, currentUser.directoryId]);
  const [address, forgetAddress] = useRecordAddress();
  const [opened, setOpened] = React.useState<string | undefined>();
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { record, problems } = state.value;
  const current = record?.cycles[0];
  if (!record || !current)
    return problems.length ? <ItemProblems problems={problems} /> : <EmptyState icon="Contact" text={strings.ReadyEmpty} />;
  const due = dueText(current, clock.today());
  const steps = nextSteps({ ...current, meetings: record.meetings }, clock.today(), clock.now());
  const objectives = (current.document?.objectives ?? []).filter((o) => o.title.trim() !== '');
  // A deep link to one of the person's own records opens it (any cycle); others' addresses are simply ignored.
  const linkedKey = address && address.staffKey === record.person.id ? address.cycleKey : undefined;
  const openKey = opened ?? linkedKey;
  const index = record.cycles.findIndex((c) => c.cycleKey === openKey);
  if (openKey && index >= 0) {
    const close = (): void => {
      setOpened(undefined);
      forgetAddress();
      reload();
    };
    const summary = record.cycles[index];
    return (
      <LazyCycleRecordView
        key={summary.cycleKey}
        person={record.person}
        summary={summary}
        meetings={record.meetings}
        party="appraisee"
        previous={record.cycles[index + 1]}
        personCycles={record.cycles}
        onOpenCycle={setOpened}
        initialView={opened ? undefined : address?.view}
        onClose={close}
      />
    );
  }
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ItemProblems problems={problems} />
      <Stack tokens={{ childrenGap: 2 }}>
        <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
          {format(common.CycleHeading, current.cycle.label)}
        </Text>
        <Text styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
          {format(
            common.CycleDatesAndTrack,
            format(common.CycleDates, formatDate(current.cycle.start), formatDate(current.cycle.end)),
            trackLabel(current.track)
          )}
        </Text>
      </Stack>
      {current.track === 'fullCycle' ? <StageTracker stage={current.stage} /> : null}
      {due && current.track === 'fullCycle' ? (
        <Text styles={{ root: { color: due.overdue ? theme.semanticColors.errorText : undefined } }}>{due.text}</Text>
      ) : null}
      {record.person.reviewerName ? <Text>{format(common.YourReviewer, record.person.reviewerName)}</Text> : null}
      <NextStepBanner
        steps={steps}
        party="appraisee"
        appraiseeName={record.person.displayName}
        reviewerName={record.person.reviewerName ?? ''}
      />
      <Text>
        {steps.nextMeeting
          ? format(strings.NextMeeting, kindLabel(steps.nextMeeting.kind), meetingWhen(steps.nextMeeting.start))
          : strings.NoMeetingBooked}
      </Text>
      {objectives.length ? (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text as="h4" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
            {strings.CurrentObjectives}
          </Text>
          <ul style={{ margin: 0 }}>
            {objectives.map((o) => (
              <li key={o.id}>
                <Text>{o.targetDate ? format(strings.ObjectiveBy, o.title, formatDate(o.targetDate)) : o.title}</Text>
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
      <PrimaryButton
        text={strings.OpenMyRecord}
        onClick={() => setOpened(current.cycleKey)}
        styles={{ root: { alignSelf: 'flex-start' } }}
      />
    </Stack>
  );
};

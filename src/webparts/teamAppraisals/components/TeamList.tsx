import * as React from 'react';
import {
  DetailsList,
  Link,
  DetailsListLayoutMode,
  IconButton,
  SelectionMode,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  Toggle,
  useTheme,
  type IColumn
} from '@fluentui/react';
import * as strings from 'TeamAppraisalsWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { useRecordAddress } from '../../../components/hooks/useRecordAddress';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EmptyState } from '../../../components/EmptyState';
import { formatCount } from '../../../components/format';
import { stageLabel, trackLabel } from '../../../components/labels/cycleLabels';
import { awaitingText, dueText } from '../../../components/labels/dueText';
import type { PersonRecords } from '../../../data/ports';
import { actionNeeded, nextSteps, type NextStep } from '../../../domain';
import { yourStepText } from '../../../components/labels/nextStepText';
import { format } from '../../../components/format';
import { MeetingsPanel } from './Meetings/MeetingsPanel';
import { slotText } from './Meetings/meetingText';
import { LazyCycleRecordView } from '../../../components/CycleRecord';
import { ItemProblems } from '../../../components/ItemProblems';

/** The people the signed-in reviewer appraises, by the roster only administrators write; items left out are named. */
const TeamList: React.FC = () => {
  const { reader, currentUser, clock } = useAppServices();
  const theme = useTheme();
  const [state, reload] = useAsync(() => reader.team(currentUser.directoryId), [reader, currentUser.directoryId]);
  const [open, setOpen] = React.useState<PersonRecords>();
  const [chosen, setRecord] = React.useState<PersonRecords>();
  const [cycleKey, setCycleKey] = React.useState<string>();
  const [address, forgetAddress] = useRecordAddress();
  const [onlyAction, setOnlyAction] = React.useState(false);
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { people, problems } = state.value;
  if (people.length === 0)
    return problems.length ? <ItemProblems problems={problems} /> : <EmptyState icon="People" text={strings.ReadyEmpty} />;
  // A deep link opens the record it names (any cycle), once; the list is the way back.
  const linked = address && !chosen ? people.find((p) => p.person.id === address.staffKey) : undefined;
  const record = chosen ?? linked;
  const key = cycleKey ?? (linked ? address?.cycleKey : undefined);
  const index = record ? Math.max(0, record.cycles.findIndex((c) => c.cycleKey === key)) : 0;
  if (record?.cycles[index]) {
    const close = (): void => {
      setRecord(undefined);
      setCycleKey(undefined);
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
        party="reviewer"
        previous={record.cycles[index + 1]}
        personCycles={record.cycles}
        onOpenCycle={(k) => {
          setRecord(record);
          setCycleKey(k);
        }}
        initialView={linked && !cycleKey ? address?.view : undefined}
        onClose={close}
      />
    );
  }
  const today = clock.today();
  const now = clock.now();
  // The reviewer's own next step per person, from the domain (nextSteps): the "Action needed" column and filter.
  const stepOf = new Map<string, NextStep | undefined>(
    people.map((p) => [p.person.id, p.cycles[0] ? nextSteps({ ...p.cycles[0], meetings: p.meetings }, today, now).reviewer : undefined])
  );
  const needing = people.filter((p) => actionNeeded(stepOf.get(p.person.id)));
  const shown = onlyAction ? needing : people;
  const columns: IColumn[] = [
    {
      key: 'name',
      name: strings.ColumnName,
      minWidth: 140,
      maxWidth: 200,
      isRowHeader: true,
      // The name opens the person's record; people without an open cycle have no record to open yet.
      onRender: (p: PersonRecords) =>
        p.cycles[0] ? (
          <Link
            aria-label={format(strings.OpenRecordOf, p.person.displayName)}
            onClick={() => {
              setCycleKey(undefined);
              setRecord(p);
            }}
          >
            {p.person.displayName}
          </Link>
        ) : (
          p.person.displayName
        )
    },
    { key: 'job', name: strings.ColumnJobTitle, minWidth: 100, maxWidth: 150, onRender: (p: PersonRecords) => p.person.jobTitle },
    {
      key: 'track',
      name: strings.ColumnTrack,
      minWidth: 110,
      maxWidth: 150,
      onRender: (p: PersonRecords) => (p.cycles[0] ? trackLabel(p.cycles[0].track) : strings.NoCycleYet)
    },
    {
      key: 'stage',
      name: strings.ColumnStage,
      minWidth: 140,
      maxWidth: 180,
      onRender: (p: PersonRecords) => (p.cycles[0]?.track === 'fullCycle' ? stageLabel(p.cycles[0].stage) : '')
    },
    {
      key: 'due',
      name: strings.ColumnDue,
      minWidth: 180,
      isMultiline: true, // "Overdue since …" and "Waiting for agreement since …" wrap, never clip
      onRender: (p: PersonRecords) => {
        const due = p.cycles[0]?.track === 'fullCycle' ? dueText(p.cycles[0], today) : undefined;
        const waiting = p.cycles[0] ? awaitingText(p.cycles[0], today) : undefined;
        return (
          <Stack>
            {due ? <Text styles={{ root: { color: due.overdue ? theme.semanticColors.errorText : undefined } }}>{due.text}</Text> : null}
            {waiting ? (
              <Text
                variant="small"
                styles={{ root: { color: waiting.flagged ? theme.semanticColors.warningText : theme.semanticColors.bodySubtext } }}
              >
                {waiting.text}
              </Text>
            ) : null}
          </Stack>
        );
      }
    },
    {
      key: 'action',
      name: common.ActionNeededLabel,
      minWidth: 170,
      isMultiline: true,
      onRender: (p: PersonRecords) => {
        const step = stepOf.get(p.person.id);
        return step && actionNeeded(step) ? <Text styles={{ root: { fontWeight: 600 } }}>{yourStepText(step)}</Text> : null;
      }
    },
    {
      key: 'next',
      name: strings.ColumnNextMeeting,
      minWidth: 150,
      isMultiline: true,
      onRender: (p: PersonRecords) => {
        const next = p.meetings.find((m) => m.status === 'booked' && m.start >= now);
        return next ? slotText(next) : '';
      }
    },
    {
      key: 'meetings',
      name: strings.ColumnMeetings,
      minWidth: 60,
      maxWidth: 80,
      isIconOnly: true,
      onRender: (p: PersonRecords) => (
        <IconButton
          iconProps={{ iconName: 'Calendar' }}
          ariaLabel={format(strings.BookWith, p.person.displayName)}
          title={format(strings.BookWith, p.person.displayName)}
          onClick={() => setOpen(p)}
        />
      )
    }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ItemProblems problems={problems} />
      <Stack horizontal wrap horizontalAlign="space-between" verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <Text>
          {formatCount(people.length, strings.TeamCountOne, strings.TeamCount)}
          {needing.length ? ` ${format(strings.NeedingActionCount, needing.length)}` : ''}
        </Text>
        <Toggle
          inlineLabel
          label={strings.OnlyActionNeeded}
          checked={onlyAction}
          onChange={(_, v) => setOnlyAction(!!v)}
          styles={{ root: { margin: 0 } }}
        />
      </Stack>
      <DetailsList
        items={shown}
        columns={columns}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        getKey={(p: PersonRecords) => p.person.id}
        onShouldVirtualize={() => shown.length > 100}
        ariaLabelForGrid={strings.DefaultTitle}
      />
      {open ? (
        <MeetingsPanel
          record={open}
          onDismiss={(changed) => {
            setOpen(undefined);
            if (changed) reload();
          }}
        />
      ) : null}
    </Stack>
  );
};

export default TeamList;

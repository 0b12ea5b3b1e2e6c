import * as React from 'react';
import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Spinner,
  Stack,
  Text
} from '@fluentui/react';
import * as strings from 'TeamAppraisalsWebPartStrings';
import * as common from 'CommonStrings';
import { cycleContaining, cycleKeyOf, mailboxOf, recordLink, type WorkingPattern } from '../../../../domain';
import { findTimes } from '../../../../app/booking/findTimes';
import {
  bookedMessage,
  bookMeeting,
  cancelMeeting,
  linkEvent,
  moveMeeting,
  newBookingAttempt,
  syncMeetings
} from '../../../../app/booking/bookMeeting';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { SafeLink } from '../../../../components/SafeLink';
import { format } from '../../../../components/format';
import type { MeetingKind, MeetingRecord, PersonRecords, TimeSlot } from '../../../../data/ports';
import { calendarErrorText, inviteWording, kindText, noTimesText, slotText } from './meetingText';
import { LinkEventSection } from './LinkEventSection';
import { FreeBusyView } from './FreeBusyView';

/** Props of MeetingsPanel. */
export interface MeetingsPanelProps {
  record: PersonRecords;
  onDismiss(changed: boolean): void;
}

/** Until reviewers' own patterns are on the roster, a reviewer is taken to work a full school day. */
const REVIEWER_PATTERN: WorkingPattern = {
  kind: 'fullTime',
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  start: '08:00',
  end: '17:00',
  termTimeOnly: true
};
const KINDS: MeetingKind[] = ['oneToOne', 'planning', 'interimReview', 'finalReview'];

type Message = { type: MessageBarType; text: string } | undefined;

/** The person's meetings, and booking, moving or cancelling one in Outlook. */
export const MeetingsPanel: React.FC<MeetingsPanelProps> = ({ record, onDismiss }) => {
  const { calendar, meetings: store, settings, clock, currentUser } = useAppServices();
  const [meetings, setMeetings] = React.useState<MeetingRecord[]>(record.meetings);
  const [kind, setKind] = React.useState<MeetingKind>('oneToOne');
  const [teams, setTeams] = React.useState(true);
  const [slots, setSlots] = React.useState<TimeSlot[]>();
  const [chosen, setChosen] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<Message>();
  const [changed, setChanged] = React.useState(false);
  const [startMonth, setStartMonth] = React.useState(4);
  const [repeatWeeks, setRepeatWeeks] = React.useState(0);
  const [showFreeBusy, setShowFreeBusy] = React.useState(false);
  const [syncing, setSyncing] = React.useState(true);
  React.useEffect(() => {
    // Outlook is the source of truth for time: show moves and cancellations made there.
    let current = true;
    syncMeetings(calendar, store, record.meetings).then((fresh) => {
      if (!current) return;
      setMeetings(fresh);
      setSyncing(false);
      if (fresh.some((m, i) => m !== record.meetings[i])) setChanged(true);
    }, () => current && setSyncing(false));
    return () => {
      current = false;
    };
  }, [calendar, store, record.meetings]);
  const slot = slots?.find((s) => s.start === chosen);
  // One id per booking attempt: kept while the reviewer retries a failed booking of the same slot, new after a success.
  const attempt = React.useRef<{ slot: string; id: string }>();
  const onCalendarError = React.useCallback(
    (error: Parameters<typeof calendarErrorText>[0]) => setMessage({ type: MessageBarType.error, text: calendarErrorText(error) }),
    []
  );

  const search = async (): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    const scheme = await settings.getSettings();
    if (!scheme.ok) {
      setBusy(false);
      return setMessage({ type: MessageBarType.error, text: calendarErrorText(scheme.error) });
    }
    setStartMonth(scheme.value.cycleStartMonth);
    const found = await findTimes(calendar, record.person, REVIEWER_PATTERN, kind, scheme.value, clock.today());
    setBusy(false);
    if (found.ok) {
      setSlots(found.value);
      setChosen(found.value[0]?.start);
    } else {
      setMessage({ type: MessageBarType.warning, text: noTimesText(found.error, record.person.displayName) });
      setShowFreeBusy(found.error.code === 'outlookBusy');
    }
  };
  const run = (
    work: Promise<{ ok: true; value: MeetingRecord } | { ok: false; error: Parameters<typeof calendarErrorText>[0] }>,
    done: string | ((m: MeetingRecord) => NonNullable<Message>)
  ): void => {
    setBusy(true);
    work.then(
      (result) => {
        setBusy(false);
        if (!result.ok) return setMessage({ type: MessageBarType.error, text: calendarErrorText(result.error) });
        setMeetings((old) =>
          [...old.filter((m) => m.meetingKey !== result.value.meetingKey), result.value].sort((a, b) => a.start.localeCompare(b.start))
        );
        setChanged(true);
        setSlots(undefined);
        setMessage(typeof done === 'string' ? { type: MessageBarType.success, text: done } : done(result.value));
      },
      (error: unknown) => {
        setBusy(false);
        setMessage({ type: MessageBarType.error, text: String(error) });
      }
    );
  };
  const book = (): void => {
    if (!slot) return;
    const cycle = cycleContaining(clock.today(), startMonth);
    const recurrence = repeatWeeks ? { weeks: repeatWeeks, until: cycle.end } : undefined;
    if (attempt.current?.slot !== slot.start) attempt.current = { slot: slot.start, id: newBookingAttempt() };
    const tried = attempt.current;
    const booking = bookMeeting(
      calendar,
      store,
      {
        attempt: tried.id,
        appraisee: record.person,
        reviewerName: currentUser.displayName,
        kind,
        slot,
        teamsMeeting: teams,
        recordUrl: recordLink(window.location.href, {
          staffKey: record.person.id,
          cycleKey: record.cycles[0]?.cycleKey ?? `${record.person.id}:${cycleKeyOf(cycle)}`,
          view: kind === 'oneToOne' ? 'oneToOnes' : kind
        }),
        cycleKey: cycleKeyOf(cycle),
        recurrence
      },
      inviteWording
    );
    booking.then((r) => {
      if (r.ok && attempt.current === tried) attempt.current = undefined;
    }, () => undefined);
    const asked = teams;
    run(booking, (m) =>
      bookedMessage(asked, m).warning
        ? { type: MessageBarType.warning, text: strings.BookedWithoutTeamsLink }
        : { type: MessageBarType.success, text: strings.Booked }
    );
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={format(strings.MeetingsPanelTitle, record.person.displayName)}
      onDismiss={() => onDismiss(changed)}
      closeButtonAriaLabel={common.Cancel}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {message ? (
          <MessageBar messageBarType={message.type} isMultiline>
            {message.text}
          </MessageBar>
        ) : null}
        {syncing ? <Spinner label={strings.CheckingOutlook} /> : null}
        {meetings.length === 0 ? <Text>{strings.NoMeetings}</Text> : null}
        {meetings.map((m) => (
          <Stack
            key={m.meetingKey}
            tokens={{ childrenGap: 4 }}
            styles={{ root: { borderBottom: '1px solid', borderColor: 'inherit', paddingBottom: 8 } }}
          >
            <Text styles={{ root: { fontWeight: 600 } }}>{kindText(m.kind)}</Text>
            <Text>{slotText(m)}</Text>
            <Text>{m.status === 'cancelled' ? strings.Cancelled : strings.StatusBooked}</Text>
            {m.joinUrl && m.status === 'booked' ? (
              <SafeLink href={m.joinUrl} newTab>
                {strings.JoinTeams}
              </SafeLink>
            ) : null}
            {m.status === 'booked' ? (
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <DefaultButton
                  text={strings.MoveButton}
                  disabled={busy || !slot}
                  onClick={() => slot && run(moveMeeting(calendar, store, m, slot), strings.Moved)}
                />
                <DefaultButton
                  text={strings.CancelMeeting}
                  disabled={busy}
                  onClick={() => run(cancelMeeting(calendar, store, m, strings.CancelMessage), strings.Cancelled)}
                />
              </Stack>
            ) : null}
          </Stack>
        ))}
        <Dropdown
          label={strings.MeetingKindLabel}
          selectedKey={kind}
          options={KINDS.map((k) => ({ key: k, text: kindText(k) }))}
          onChange={(_, o) => o && setKind(o.key as MeetingKind)}
        />
        <Checkbox label={strings.TeamsLabel} checked={teams} onChange={(_, on) => setTeams(!!on)} />
        <Dropdown
          label={strings.RepeatLabel}
          selectedKey={repeatWeeks}
          onChange={(_, o) => setRepeatWeeks(Number(o?.key ?? 0))}
          options={[
            { key: 0, text: strings.RepeatNone },
            { key: 2, text: strings.RepeatFortnightly },
            { key: 6, text: strings.RepeatHalfTermly }
          ]}
        />
        <Stack horizontal>
          <DefaultButton
            text={strings.FindTimes}
            disabled={busy}
            onClick={() => {
              search().catch((e: unknown) => setMessage({ type: MessageBarType.error, text: String(e) }));
            }}
          />
        </Stack>
        {busy ? <Spinner label={strings.FindingTimes} /> : null}
        {showFreeBusy ? (
          <FreeBusyView appraiseeUpn={mailboxOf(record.person)} appraiseeName={record.person.displayName} onError={onCalendarError} />
        ) : null}
        {slots && slots.length ? (
          <ChoiceGroup
            label={strings.TimesLabel}
            selectedKey={chosen}
            onChange={(_, o) => setChosen(o?.key)}
            options={slots.map((s) => ({ key: s.start, text: slotText(s) }))}
          />
        ) : null}
        {slots && slots.length ? (
          <Stack horizontal>
            <PrimaryButton text={strings.BookButton} disabled={busy || !slot} onClick={book} />
          </Stack>
        ) : null}
        <LinkEventSection
          appraisee={record.person}
          kind={kind}
          linkedEventIds={meetings.map((m) => m.eventId)}
          onError={(error) => setMessage({ type: MessageBarType.error, text: calendarErrorText(error) })}
          onLink={(event) =>
            run(linkEvent(store, record.person, kind, event, cycleKeyOf(cycleContaining(clock.today(), startMonth))), strings.Linked)
          }
        />
      </Stack>
    </Panel>
  );
};

import * as React from 'react';
import { DefaultButton, Spinner, Stack, Text } from '@fluentui/react';
import * as strings from 'TeamAppraisalsWebPartStrings';
import { mailboxOf, type IsoInstant } from '../../../../domain';
import type { CalendarError, CalendarEvent, MeetingKind, RosterEntry } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { format } from '../../../../components/format';
import { kindText, slotText } from './meetingText';

/** Props of LinkEventSection. */
export interface LinkEventSectionProps {
  appraisee: RosterEntry;
  kind: MeetingKind;
  /** Events already on the record, which are not offered again. */
  linkedEventIds: readonly string[];
  onLink(event: CalendarEvent): void;
  onError(error: CalendarError): void;
}

const DAY = 86400000;

/** Finds meetings with this person that the reviewer booked in Outlook by hand, to link one to the record. */
export const LinkEventSection: React.FC<LinkEventSectionProps> = ({ appraisee, kind, linkedEventIds, onLink, onError }) => {
  const { calendar, clock } = useAppServices();
  const [events, setEvents] = React.useState<CalendarEvent[]>();
  const [busy, setBusy] = React.useState(false);
  const search = (): void => {
    const now = Date.parse(clock.now());
    setBusy(true);
    calendar
      .findEventsWith(mailboxOf(appraisee), {
        start: new Date(now - 30 * DAY).toISOString() as IsoInstant,
        end: new Date(now + 90 * DAY).toISOString() as IsoInstant
      })
      .then(
        (result) => {
          setBusy(false);
          if (result.ok) setEvents(result.value.filter((e) => !linkedEventIds.includes(e.eventId)));
          else onError(result.error);
        },
        () => setBusy(false)
      );
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>{strings.LinkHeading}</Text>
      <Text variant="small">{strings.LinkHelp}</Text>
      <Stack horizontal>
        <DefaultButton text={strings.FindInOutlook} disabled={busy} onClick={search} />
      </Stack>
      {busy ? <Spinner /> : null}
      {events && events.length === 0 ? <Text>{strings.NoOutlookMeetings}</Text> : null}
      {events?.map((e) => (
        <Stack key={e.eventId} horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text>{slotText(e)}</Text>
          <DefaultButton text={format(strings.LinkButton, kindText(kind))} onClick={() => onLink(e)} />
        </Stack>
      ))}
    </Stack>
  );
};


import * as React from 'react';
import { Dropdown, Stack, Text } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { openActions, startOneToOne, type Party } from '../../../domain';
import type { MeetingRecord } from '../../../data/ports';
import { format } from '../../format';
import { OneToOneForm } from './OneToOneForm';
import { formatInstant } from '../agreement/statusText';

/** Props of OneToOnesSection. */
export interface OneToOnesSectionProps {
  meetings: readonly MeetingRecord[];
  party: Party | 'viewer';
  today: string;
  /** The other party's name, for the words of a merged save. */
  otherName?: string;
  newId(prefix: string): string;
}

/** The regular one-to-ones (AB2, AB9): pick one to prepare or record it; unfinished actions carry into the next. */
export const OneToOnesSection: React.FC<OneToOnesSectionProps> = ({ meetings, party, today, otherName = '', newId }) => {
  const [saved, setSaved] = React.useState<Record<string, MeetingRecord>>({});
  const list = meetings
    .filter((m) => m.kind === 'oneToOne' && m.status === 'booked')
    .map((m) => saved[m.meetingKey] ?? m)
    .sort((a, b) => a.start.localeCompare(b.start));
  const upcoming = list.find((m) => m.start.slice(0, 10) >= today && !m.notes?.heldOn) ?? list[list.length - 1];
  const [selected, setSelected] = React.useState(upcoming?.meetingKey);
  const open = list.find((m) => m.meetingKey === selected);
  const carried = openActions(list.flatMap((m) => (m.notes ? [m.notes] : [])));
  if (list.length === 0) return <Text>{strings.NoOneToOnes}</Text>;
  const index = open ? list.indexOf(open) : -1;
  const previous = list.slice(0, Math.max(index, 0)).reverse().find((m) => m.notes);
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { paddingTop: 12 } }}>
      <Text>{strings.OneToOnesPurpose}</Text>
      {carried.length ? <Text>{format(strings.OpenActionsCount, carried.length)}</Text> : null}
      <Dropdown
        label={strings.ChooseOneToOne}
        selectedKey={selected}
        options={list.map((m) => ({ key: m.meetingKey, text: `${formatInstant(m.start)}${m.notes?.heldOn ? ` · ${strings.Held}` : ''}` }))}
        onChange={(_e, o) => o && setSelected(String(o.key))}
      />
      {open ? (
        <OneToOneForm
          key={open.meetingKey}
          meeting={open}
          initial={open.notes ?? startOneToOne(previous?.notes, previous?.meetingKey)}
          party={party}
          otherName={otherName}
          newId={newId}
          onSaved={(m) => setSaved((s) => ({ ...s, [m.meetingKey]: m }))}
        />
      ) : null}
    </Stack>
  );
};

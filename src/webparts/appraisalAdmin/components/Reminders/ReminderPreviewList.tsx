import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RemindersStrings';
import type { Reminder, ReminderItem } from '../../../../domain/reminders';
import { itemText, recordCount } from './reminderText';

/** Props of ReminderPreviewList. */
export interface ReminderPreviewListProps {
  heading: string;
  /** Off when a heading above already names the list (it is still the list's accessible name). */
  showHeading?: boolean;
  people: ReadonlyArray<Pick<Reminder, 'recipientKey' | 'items'>>;
  names: ReadonlyMap<string, string>;
  help?: string;
}

/** People and what each would be reminded of, as cards (they stack at 390 px). HR's eyes only: the mail says none of it. */
export const ReminderPreviewList: React.FC<ReminderPreviewListProps> = ({ heading, showHeading = true, people, names, help }) => {
  const theme = useTheme();
  if (!people.length) return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {showHeading && (
        <Text variant="mediumPlus" as="h4" styles={{ root: { fontWeight: 600 } }}>
          {heading}
        </Text>
      )}
      {help && <Text>{help}</Text>}
      <ul aria-label={heading} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
        {people.map((p) => (
          <li
            key={p.recipientKey}
            style={{ border: `1px solid ${theme.palette.neutralLight}`, borderRadius: 4, padding: 12, background: theme.palette.white }}
          >
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {names.get(p.recipientKey) ?? strings.UnknownPerson}
            </Text>
            <Text block variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
              {recordCount(new Set(p.items.map((i: ReminderItem) => i.cycleKey)).size)}
            </Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {p.items.map((i) => (
                <li key={`${i.cycleKey}|${i.step}`}>
                  <Text>{itemText(i, names)}</Text>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Stack>
  );
};

import * as React from 'react';
import { DefaultButton, FontIcon, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RemindersStrings';
import type { SendOutcome } from '../../../../app/reminders/sendReminders';
import { format } from '../../../../components/format';
import { mailErrorText } from './reminderText';

/** Props of ReminderResults. */
export interface ReminderResultsProps {
  outcomes: readonly SendOutcome[];
  names: ReadonlyMap<string, string>;
  /** Sends one person's failed reminder again. */
  onRetry: (recipientKey: string) => void;
  busy: boolean;
}

const ICONS: Record<SendOutcome['kind'], string> = { sent: 'CompletedSolid', alreadySent: 'Completed', failed: 'ErrorBadge', unknown: 'Unknown' };

function outcomeText(o: SendOutcome): string {
  switch (o.kind) {
    case 'sent':
      return strings.OutcomeSent;
    case 'alreadySent':
      return strings.OutcomeAlreadySent;
    case 'failed':
      return format(strings.OutcomeFailed, mailErrorText(o.error));
    default:
      return strings.OutcomeUnknown;
  }
}

/** How each person's reminder went, with a retry for those Outlook refused. */
export const ReminderResults: React.FC<ReminderResultsProps> = ({ outcomes, names, onRetry, busy }) => {
  const theme = useTheme();
  return (
    <Stack tokens={{ childrenGap: 8 }} role="region" aria-label={strings.ResultsHeading}>
      <Text variant="large" as="h3">
        {strings.ResultsHeading}
      </Text>
      <ul aria-label={strings.ResultsHeading} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
        {outcomes.map((o) => (
          <li key={o.recipientKey}>
            <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
              <FontIcon
                aria-hidden
                iconName={ICONS[o.kind]}
                style={{ color: o.kind === 'failed' ? theme.semanticColors.errorIcon : theme.palette.themePrimary }}
              />
              <Text styles={{ root: { fontWeight: 600 } }}>{names.get(o.recipientKey) ?? strings.UnknownPerson}</Text>
              <Text>{outcomeText(o)}</Text>
              {o.kind === 'failed' && (
                <DefaultButton
                  text={strings.TryAgain}
                  ariaLabel={`${strings.TryAgain}: ${names.get(o.recipientKey) ?? strings.UnknownPerson}`}
                  disabled={busy}
                  onClick={() => onRetry(o.recipientKey)}
                />
              )}
            </Stack>
          </li>
        ))}
      </ul>
    </Stack>
  );
};

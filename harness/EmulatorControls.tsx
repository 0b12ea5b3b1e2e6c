/** Workbench controls for the emulator itself: throttle the next requests, or reseed the tenant. */
import * as React from 'react';
import { DefaultButton, MessageBar, Stack, Text } from '@fluentui/react';

/** Props of EmulatorControls. */
export interface EmulatorControlsProps {
  /** Called after the tenant changed, so the open web part reloads. */
  onChanged(): void;
}

/** Fault injection and reset, through the emulator's /_emulator endpoints. */
export const EmulatorControls: React.FC<EmulatorControlsProps> = ({ onChanged }) => {
  const [message, setMessage] = React.useState<string>();
  const call = async (path: string, body: unknown, done: string): Promise<void> => {
    const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    setMessage(response.ok ? done : `The emulator answered ${response.status}.`);
    onChanged();
  };
  return (
    <Stack tokens={{ childrenGap: 8 }} aria-label="Emulator controls" role="region">
      <Text variant="mediumPlus" as="h2" styles={{ root: { margin: 0 } }}>
        Emulator
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text="Throttle the next 3 SharePoint requests"
          onClick={() =>
            call(
              '/_emulator/faults',
              { status: 429, retryAfter: 1, count: 3, match: '/_api/' },
              'The next 3 SharePoint requests will get 429 Too Many Requests.'
            )
          }
        />
        <DefaultButton
          text="Make SharePoint unavailable (next 5 requests)"
          onClick={() =>
            call('/_emulator/faults', { status: 503, count: 5, match: '/_api/' }, 'The next 5 SharePoint requests will get 503.')
          }
        />
        <DefaultButton
          text="Reset to a school part-way through the year"
          onClick={() => call('/_emulator/reset?seed=school', {}, 'The tenant is a school part-way through the year again.')}
        />
        <DefaultButton
          text="Reset to a site not yet set up"
          onClick={() => call('/_emulator/reset', {}, 'The tenant is back to a site that has not been set up.')}
        />
      </Stack>
      {message ? <MessageBar onDismiss={() => setMessage(undefined)}>{message}</MessageBar> : null}
    </Stack>
  );
};

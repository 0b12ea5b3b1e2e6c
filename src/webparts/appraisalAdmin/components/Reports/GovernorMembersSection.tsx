import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import type { GovernorMember } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage, dataErrorText } from '../../../../components/ErrorMessage';
import { format } from '../../../../components/format';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who can read published reports: the Appraisal Governors group, which can open nothing else on the site. */
export const GovernorMembersSection: React.FC = () => {
  const { governors } = useAppServices();
  const [state, reload] = useAsync(() => governors.list(), [governors]);
  const [email, setEmail] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string }>();
  const add = async (): Promise<void> => {
    if (!EMAIL.test(email.trim())) return setMessage({ error: true, text: strings.GovernorEmailInvalid });
    setBusy(true);
    const result = await governors.add(email);
    setBusy(false);
    if (!result.ok)
      return setMessage({
        error: true,
        text: result.error.code === 'notFound' ? format(strings.GovernorNotFound, email.trim()) : dataErrorText(result.error)
      });
    setEmail('');
    setMessage({ error: false, text: format(strings.GovernorAdded, result.value.name) });
    reload();
  };
  const remove = async (m: GovernorMember): Promise<void> => {
    setBusy(true);
    const result = await governors.remove(m.id);
    setBusy(false);
    setMessage(
      result.ok ? { error: false, text: format(strings.GovernorRemoved, m.name) } : { error: true, text: dataErrorText(result.error) }
    );
    reload();
  };
  return (
    <Stack as="section" aria-label={strings.GovernorsHeading} tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
        {strings.GovernorsHeading}
      </Text>
      <Text>{strings.GovernorsIntro}</Text>
      {state.status === 'loading' ? <Spinner label={common.Loading} /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && state.value.length === 0 ? <Text>{strings.NoGovernors}</Text> : null}
      {state.status === 'ready' && state.value.length ? (
        <ul style={{ margin: 0 }} aria-label={strings.GovernorsHeading}>
          {state.value.map((m) => (
            <li key={m.id}>
              <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <Text>{format(strings.GovernorShown, m.name, m.email)}</Text>
                <DefaultButton
                  text={strings.RemoveGovernor}
                  ariaLabel={format(strings.RemoveGovernorNamed, m.name)}
                  disabled={busy}
                  onClick={() => remove(m)}
                />
              </Stack>
            </li>
          ))}
        </ul>
      ) : null}
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <TextField
          label={strings.GovernorEmail}
          type="email"
          value={email}
          onChange={(_e, v) => setEmail(v ?? '')}
          styles={{ root: { minWidth: 300 } }}
        />
        <PrimaryButton text={strings.AddGovernor} disabled={busy} onClick={() => add()} />
      </Stack>
      {message ? (
        <MessageBar
          messageBarType={message.error ? MessageBarType.error : MessageBarType.success}
          onDismiss={() => setMessage(undefined)}
          dismissButtonAriaLabel={strings.DismissMessage}
        >
          {message.text}
        </MessageBar>
      ) : null}
    </Stack>
  );
};

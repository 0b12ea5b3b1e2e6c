import * as React from 'react';
import {
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  Stack,
  Text
} from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { PublishedReportSummary } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage, dataErrorText } from '../../../../components/ErrorMessage';
import { format, formatDate } from '../../../../components/format';

/** Props of PublishedReportsSection. */
export interface PublishedReportsSectionProps {
  /** Changes when a report is published on this tab, so the list reads again. */
  refreshKey: string;
}

/**
 * The published reports governors can read. One can be withdrawn (recorded in the audit list, then in the site's
 * recycle bin); a replacement is published by preparing the report again. Administrators only: SharePoint refuses
 * anyone else (SpGovernorReportStore.withdraw).
 */
export const PublishedReportsSection: React.FC<PublishedReportsSectionProps> = ({ refreshKey }) => {
  const { governorReports } = useAppServices();
  const [state, reload] = useAsync(() => governorReports.listPublished(), [governorReports, refreshKey]);
  const [confirming, setConfirming] = React.useState<PublishedReportSummary>();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string }>();
  const named = (r: PublishedReportSummary): string => format(strings.PubItem, r.cycleLabel, formatDate(r.publishedOn));
  const withdraw = async (r: PublishedReportSummary): Promise<void> => {
    setConfirming(undefined);
    setBusy(true);
    const result = await governorReports.withdraw(r.id);
    setBusy(false);
    // notFound: someone withdrew it already, which is what was asked.
    const done = result.ok || result.error.code === 'notFound';
    setMessage(
      done
        ? { error: false, text: format(strings.PubWithdrawn, r.cycleLabel, formatDate(r.publishedOn)) }
        : { error: true, text: result.ok ? '' : dataErrorText(result.error) }
    );
    reload();
  };
  return (
    <Stack as="section" aria-label={strings.PubHeading} tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
        {strings.PubHeading}
      </Text>
      <Text>{strings.PubIntro}</Text>
      {state.status === 'loading' ? <Spinner label={strings.Loading} /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && state.value.length === 0 ? <Text>{strings.PubNone}</Text> : null}
      {state.status === 'ready' && state.value.length ? (
        <ul style={{ margin: 0 }} aria-label={strings.PubHeading}>
          {state.value.map((r) => (
            <li key={r.id}>
              <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <Text>{named(r)}</Text>
                <DefaultButton
                  text={strings.PubWithdraw}
                  ariaLabel={format(strings.PubWithdrawNamed, named(r))}
                  disabled={busy}
                  onClick={() => setConfirming(r)}
                />
              </Stack>
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        <MessageBar
          messageBarType={message.error ? MessageBarType.error : MessageBarType.success}
          onDismiss={() => setMessage(undefined)}
          dismissButtonAriaLabel={strings.PubDismiss}
        >
          {message.text}
        </MessageBar>
      ) : null}
      <Dialog
        hidden={!confirming}
        onDismiss={() => setConfirming(undefined)}
        dialogContentProps={{
          type: DialogType.normal,
          title: strings.PubConfirmTitle,
          subText: confirming ? format(strings.PubConfirmText, named(confirming)) : ''
        }}
      >
        <DialogFooter>
          <PrimaryButton text={strings.PubConfirmYes} onClick={() => confirming && withdraw(confirming)} />
          <DefaultButton text={strings.Cancel} onClick={() => setConfirming(undefined)} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
};

import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { validateReviewRequestReasons, type IsoDate } from '../../domain';
import type { ReviewWriteError } from '../../data/ports/reviewRequests';
import { ErrorMessage } from '../ErrorMessage';
import { format, formatDate } from '../format';
import { reviewWriteText } from './reviewText';

/** The appraisee's request, while the window is open: the last day shown, reasons required (UK-8). */
export const AskForReviewForm: React.FC<{ lastDay: IsoDate; onAsk: (reasons: string) => Promise<ReviewWriteError | undefined> }> = ({
  lastDay,
  onAsk
}) => {
  const [reasons, setReasons] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<ReviewWriteError>();
  const missing = validateReviewRequestReasons(reasons).length > 0;
  const send = async (): Promise<void> => {
    setTried(true);
    if (missing) return;
    setBusy(true);
    const refused = await onAsk(reasons.trim());
    // On success the panel shows the request in place of this form, which is gone: only a refusal stays here.
    if (!refused) return;
    setError(refused);
    setBusy(false);
  };
  const worded = error ? reviewWriteText(error) : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text>{format(strings.ReviewAskIntro, formatDate(lastDay))}</Text>
      <TextField
        label={strings.ReviewReasonsLabel}
        description={strings.ReviewReasonsHelp}
        multiline
        autoAdjustHeight
        required
        value={reasons}
        onChange={(_e, v) => setReasons(v ?? '')}
        errorMessage={tried && missing ? strings.ReviewReasonsRequired : undefined}
      />
      {worded ? <MessageBar messageBarType={MessageBarType.error}>{worded}</MessageBar> : null}
      {error && !worded ? <ErrorMessage error={error as Parameters<typeof ErrorMessage>[0]['error']} /> : null}
      <Stack horizontal>
        <PrimaryButton text={busy ? strings.ReviewAsking : strings.ReviewAskButton} disabled={busy} onClick={send} />
      </Stack>
    </Stack>
  );
};

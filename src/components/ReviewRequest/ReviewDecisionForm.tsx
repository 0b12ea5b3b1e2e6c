import * as React from 'react';
import { ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { REVIEW_DECISIONS, validateReviewDecision, type ReviewDecisionOutcome, type ReviewRequest } from '../../domain';
import type { ReviewWriteError } from '../../data/ports/reviewRequests';
import { ErrorMessage } from '../ErrorMessage';
import { outcomeText, reviewWriteText } from './reviewText';

/** The head's decision: confirmed, not upheld or amended, always with reasons; an amendment only when amended. */
export const ReviewDecisionForm: React.FC<{
  request: ReviewRequest;
  onDecide: (outcome: ReviewDecisionOutcome, reasons: string, amendment: string | undefined) => Promise<ReviewWriteError | undefined>;
}> = ({ request, onDecide }) => {
  const [outcome, setOutcome] = React.useState<ReviewDecisionOutcome>();
  const [reasons, setReasons] = React.useState('');
  const [amendment, setAmendment] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<ReviewWriteError>();
  const amended = outcome === 'amended';
  const problems = outcome ? validateReviewDecision(request, outcome, reasons, amended ? amendment : undefined) : [];
  const save = async (): Promise<void> => {
    setTried(true);
    if (!outcome || problems.length) return;
    setBusy(true);
    const refused = await onDecide(outcome, reasons.trim(), amended ? amendment.trim() : undefined);
    // On success the panel shows the request in place of this form, which is gone: only a refusal stays here.
    if (!refused) return;
    setError(refused);
    setBusy(false);
  };
  const worded = error ? reviewWriteText(error) : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ChoiceGroup
        label={strings.ReviewDecisionLabel}
        required
        selectedKey={outcome ?? null}
        options={REVIEW_DECISIONS.map((o) => ({ key: o, text: outcomeText(o) }))}
        onChange={(_e, o) => o && setOutcome(o.key as ReviewDecisionOutcome)}
      />
      <TextField
        label={strings.ReviewDecisionReasonsLabel}
        multiline
        autoAdjustHeight
        required
        value={reasons}
        onChange={(_e, v) => setReasons(v ?? '')}
        errorMessage={tried && problems.includes('reasonsRequired') ? strings.ReviewReasonsRequired : undefined}
      />
      {amended ? (
        <TextField
          label={strings.ReviewAmendmentLabel}
          description={strings.ReviewAmendmentHelp}
          multiline
          autoAdjustHeight
          required
          value={amendment}
          onChange={(_e, v) => setAmendment(v ?? '')}
          errorMessage={tried && problems.includes('amendmentRequired') ? strings.ReviewAmendmentRequired : undefined}
        />
      ) : null}
      {worded ? <MessageBar messageBarType={MessageBarType.error}>{worded}</MessageBar> : null}
      {error && !worded ? <ErrorMessage error={error as Parameters<typeof ErrorMessage>[0]['error']} /> : null}
      <Stack horizontal>
        <PrimaryButton text={busy ? strings.ReviewDeciding : strings.ReviewDecideButton} disabled={busy || !outcome} onClick={save} />
      </Stack>
    </Stack>
  );
};

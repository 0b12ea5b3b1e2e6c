import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import * as strings from 'RecordStrings';
import type { ReviewRequest } from '../../domain';
import { format, formatInstant } from '../format';
import { outcomeText } from './reviewText';
import { QuotedText } from './QuotedText';

/** What was asked and, once decided, the head's decision with its reasons and any amendment; the record as it was stays. */
export const ReviewOutcome: React.FC<{ request: ReviewRequest; askedLine: string }> = ({ request, askedLine }) => (
  <Stack tokens={{ childrenGap: 8 }}>
    <Text>{askedLine}</Text>
    <QuotedText label={strings.ReviewTheirReasons} text={request.reasons} />
    <QuotedText label={strings.ReviewRecordAsItWas} text={request.recordAsItWas} collapsed />
    {request.decision ? (
      <>
        <MessageBar messageBarType={request.decision.outcome === 'amended' ? MessageBarType.warning : MessageBarType.success} isMultiline>
          {format(strings.ReviewDecided, formatInstant(request.decision.at), outcomeText(request.decision.outcome))}
        </MessageBar>
        <QuotedText label={strings.ReviewDecisionReasonsLabel} text={request.decision.reasons} />
        {request.decision.amendment ? <QuotedText label={strings.ReviewAmendment} text={request.decision.amendment} /> : null}
      </>
    ) : null}
  </Stack>
);

import * as React from 'react';
import { MessageBar, MessageBarType, Stack } from '@fluentui/react';
import * as strings from 'CommonStrings';
import { actionNeeded, type NextSteps, type Party } from '../../domain';
import { format } from '../format';
import { theirStepText, yourStepText } from '../labels/nextStepText';

/** Props of NextStepBanner. */
export interface NextStepBannerProps {
  steps: NextSteps;
  /** Who is reading: their own step is said to them, the other party's as what they are waiting for. */
  party: Party | 'viewer';
  appraiseeName: string;
  reviewerName: string;
}

/** What is waiting on whom, at the top of the record and on My appraisal's home (issue 15). */
export const NextStepBanner: React.FC<NextStepBannerProps> = ({ steps, party, appraiseeName, reviewerName }) => {
  const mine = party === 'viewer' ? undefined : steps[party];
  const others =
    party === 'viewer'
      ? [steps.reviewer && theirStepText(steps.reviewer, reviewerName), steps.appraisee && theirStepText(steps.appraisee, appraiseeName)]
      : [
          party === 'reviewer'
            ? steps.appraisee && theirStepText(steps.appraisee, appraiseeName)
            : steps.reviewer && theirStepText(steps.reviewer, reviewerName)
        ];
  const waiting = others.filter((t): t is string => !!t);
  if (!mine && !waiting.length) return null;
  return (
    <Stack tokens={{ childrenGap: 4 }} role="region" aria-label={strings.YourNextStep}>
      {mine ? (
        <MessageBar messageBarType={actionNeeded(mine) ? MessageBarType.warning : MessageBarType.info} isMultiline>
          {format('{0}: {1}', strings.YourNextStep, yourStepText(mine))}
        </MessageBar>
      ) : null}
      {waiting.map((text) => <MessageBar key={text} isMultiline>{text}</MessageBar>)}
    </Stack>
  );
};

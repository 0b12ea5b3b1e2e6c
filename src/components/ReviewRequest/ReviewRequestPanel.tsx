import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import {
  finalRecordAsItIs,
  finalRecordedAt,
  londonDateOf,
  ok,
  reviewRequestLastDay,
  reviewRequestWindow,
  type CycleDocument,
  type Party,
  type ReviewDecisionOutcome,
  type ReviewRequest
} from '../../domain';
import type { RosterEntry } from '../../data/ports';
import type { ReviewWriteError } from '../../data/ports/reviewRequests';
import { useAppServices } from '../services/AppServicesContext';
import { useAsync } from '../hooks/useAsync';
import { ErrorMessage } from '../ErrorMessage';
import { format, formatDate } from '../format';
import { AskForReviewForm } from './AskForReviewForm';
import { ReviewDecisionForm } from './ReviewDecisionForm';
import { ReviewOutcome } from './ReviewOutcome';

/** Props of ReviewRequestPanel. */
export interface ReviewRequestPanelProps {
  person: RosterEntry;
  staffKey: string;
  cycleKey: string;
  /** The record as every view reads it (`withTrustedSignatures`): only the signature folders say the final review is done. */
  doc: CycleDocument;
  party: Party | 'viewer';
}

/**
 * The review request after the final review (UK-8, DOMAIN §7.3), in the record: the appraisee asks while the window is
 * open (its last day shown), then sees the request's state; the reviewer sees the request and its outcome; the head
 * (an administrator viewing the record) sees the reasons and the record as it was, and decides. SharePoint decides
 * who can write each part; what this shows is advice.
 */
export const ReviewRequestPanel: React.FC<ReviewRequestPanelProps> = ({ person, staffKey, cycleKey, doc, party }) => {
  const { reviewRequests, settings, clock, currentUser } = useAppServices();
  const theme = useTheme();
  const finalAt = finalRecordedAt(doc);
  const [state, reload] = useAsync(async () => {
    if (finalAt === undefined) return ok(undefined);
    const [request, scheme] = await Promise.all([reviewRequests.get(staffKey, cycleKey), settings.getSettings()]);
    if (!request.ok) return request;
    if (!scheme.ok) return scheme;
    return ok({ request: request.value, scheme: scheme.value });
  }, [reviewRequests, settings, staffKey, cycleKey, finalAt]);
  const [request, setRequest] = React.useState<ReviewRequest>();
  if (finalAt === undefined || state.status === 'loading') return null;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.value === undefined) return null;
  const { scheme } = state.value;
  const current = request ?? state.value.request;
  const finalOn = londonDateOf(finalAt);
  const lastDay = reviewRequestLastDay(scheme, finalOn);
  const ask = async (reasons: string): Promise<ReviewWriteError | undefined> => {
    const result = await reviewRequests.ask({
      staffKey,
      cycleKey,
      reasons,
      recordAsItWas: finalRecordAsItIs(doc).content,
      askedAt: clock.now(),
      by: currentUser.directoryId,
      name: currentUser.displayName
    });
    if (!result.ok) return result.error;
    setRequest(result.value);
    return undefined;
  };
  const decide = async (
    outcome: ReviewDecisionOutcome,
    reasons: string,
    amendment: string | undefined
  ): Promise<ReviewWriteError | undefined> => {
    const result = await reviewRequests.decide({
      staffKey,
      cycleKey,
      appraiseeUpn: person.upn,
      reviewerUpn: person.reviewerUpn,
      decision: { at: clock.now(), by: currentUser.directoryId, outcome, reasons, amendment }
    });
    if (!result.ok) return result.error;
    setRequest(result.value);
    return undefined;
  };
  let body: React.ReactNode;
  if (current === undefined) {
    if (party !== 'appraisee') return null;
    const window = reviewRequestWindow(scheme, { isOwnRecord: true, finalOn, today: clock.today(), existing: undefined });
    if (window.allowed) body = <AskForReviewForm lastDay={window.lastDay} onAsk={ask} />;
    else if (window.reason === 'windowClosed' && window.lastDay) body = <Text>{format(strings.ReviewWindowClosed, formatDate(window.lastDay))}</Text>;
    else if (window.reason === 'noTermDates') body = <Text>{strings.ReviewNoTermDates}</Text>;
    else return null;
  } else {
    const askedOn = londonDateOf(current.askedAt);
    const askedLine =
      party === 'appraisee'
        ? format(current.decision ? strings.ReviewYouAskedOn : strings.ReviewYouAsked, formatDate(askedOn))
        : format(strings.ReviewTheyAsked, person.displayName, formatDate(askedOn));
    body = (
      <Stack tokens={{ childrenGap: 12 }}>
        {party !== 'appraisee' && lastDay && askedOn > lastDay ? (
          <MessageBar messageBarType={MessageBarType.warning}>{format(strings.ReviewLate, formatDate(lastDay))}</MessageBar>
        ) : null}
        <ReviewOutcome request={current} askedLine={askedLine} />
        {party === 'viewer' && current.decision === undefined ? <ReviewDecisionForm request={current} onDecide={decide} /> : null}
      </Stack>
    );
  }
  return (
    <Stack
      as="section"
      aria-label={strings.ReviewHeading}
      tokens={{ childrenGap: 8 }}
      styles={{ root: { border: `1px solid ${theme.palette.neutralLight}`, padding: 12, borderRadius: 2 } }}
    >
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
        {strings.ReviewHeading}
      </Text>
      {body}
    </Stack>
  );
};

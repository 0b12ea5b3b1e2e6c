import * as React from 'react';
import { ChoiceGroup, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { stageRecordOf, type Stage, type StageRecord } from '../../../domain';
import { TextArea } from '../text/TextArea';
import { mayWrite, useRecord } from '../recordContext';
import { patchStage } from '../draft/stageEdits';
import { SectionHeading } from '../text/SectionHeading';
import { SafeLink } from '../../SafeLink';

/** Props of SummarySection. */
export interface SummarySectionProps {
  stage: Stage;
}

/**
 * The meeting's record: the date, the reviewer's fair summary (AB11), feedback at the reviews (AB6.4), the job
 * description review at the final review (AB7.2, EA-JD), and the appraisee's comments or response.
 */
export const SummarySection: React.FC<SummarySectionProps> = ({ stage }) => {
  const ctx = useRecord();
  const theme = useTheme();
  const record = stageRecordOf(ctx.doc, stage);
  const reviewerWrites = mayWrite(ctx, 'reviewer');
  const appraiseeWrites = mayWrite(ctx, 'appraisee');
  const setReviewer = (patch: Partial<StageRecord['reviewer']>): void =>
    ctx.edit((d) => patchStage(d, stage, (r) => ({ reviewer: { ...r.reviewer, ...patch } })));
  const base = `stages.${stage}.reviewer`;
  const jd = record.reviewer.jobDescriptionReview;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <SectionHeading>{strings.MeetingRecordHeading}</SectionHeading>
      <TextArea
        label={strings.MeetingDate}
        type="date"
        value={record.meetingDate ?? ''}
        onChange={(v) => ctx.edit((d) => patchStage(d, stage, () => ({ meetingDate: (v || undefined) as StageRecord['meetingDate'] })))}
        readOnly={!reviewerWrites}
        multiline={false}
      />
      {stage !== 'planning' ? (
        <TextArea
          label={strings.Feedback}
          value={record.reviewer.feedback}
          onChange={(feedback) => setReviewer({ feedback })}
          readOnly={!reviewerWrites}
          error={ctx.errorFor(`${base}.feedback`)}
          required
        />
      ) : null}
      {stage === 'finalReview' ? (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text>
            {ctx.jobDescriptionUrl ? (
              <SafeLink href={ctx.jobDescriptionUrl} newTab>
                {strings.JobDescriptionLink}
              </SafeLink>
            ) : (
              strings.JobDescriptionNoLink
            )}
          </Text>
          {reviewerWrites ? (
            <ChoiceGroup
              label={strings.JobDescriptionReview}
              required
              selectedKey={jd?.decision ?? null}
              options={[
                { key: 'noChange', text: strings.JdNoChange },
                { key: 'changesProposed', text: strings.JdChangesProposed }
              ]}
              onChange={(_e, o) =>
                o && setReviewer({ jobDescriptionReview: { decision: o.key as 'noChange' | 'changesProposed', notes: jd?.notes ?? '' } })
              }
            />
          ) : (
            <TextArea
              label={strings.JobDescriptionReview}
              value={jd ? (jd.decision === 'noChange' ? strings.JdNoChange : strings.JdChangesProposed) : ''}
              onChange={() => undefined}
              readOnly
              multiline={false}
            />
          )}
          {ctx.errorFor(`${base}.jobDescriptionReview`) ? (
            <Text styles={{ root: { color: theme.semanticColors.errorText } }} role="alert">
              {ctx.errorFor(`${base}.jobDescriptionReview`)}
            </Text>
          ) : null}
          {jd ? (
            <TextArea
              label={strings.JdNotes}
              value={jd.notes}
              onChange={(notes) => setReviewer({ jobDescriptionReview: { ...jd, notes } })}
              readOnly={!reviewerWrites}
              error={ctx.errorFor(`${base}.jobDescriptionReview.notes`)}
            />
          ) : null}
        </Stack>
      ) : null}
      <TextArea
        label={strings.Summary}
        description={reviewerWrites ? strings.SummaryHelp : undefined}
        value={record.reviewer.summary}
        onChange={(summary) => setReviewer({ summary })}
        readOnly={!reviewerWrites}
        error={ctx.errorFor(`${base}.summary`)}
        required
      />
      <TextArea
        label={stage === 'planning' ? strings.AppraiseeComments : strings.AppraiseeResponse}
        value={record.appraiseeComments}
        onChange={(appraiseeComments) => ctx.edit((d) => patchStage(d, stage, () => ({ appraiseeComments })))}
        readOnly={!appraiseeWrites}
      />
    </Stack>
  );
};

import * as React from 'react';
import { Separator, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import type { Stage, StageProgress } from '../../domain';
import { deadlineText } from '../labels/dueText';
import { useRecord } from './recordContext';
import { PreparationSection } from './sections/PreparationSection';
import { ObjectivesSection } from './sections/ObjectivesSection';
import { DevelopmentNeedsSection } from './sections/DevelopmentNeedsSection';
import { ProgressSection } from './sections/ProgressSection';
import { OutcomesSection } from './sections/OutcomesSection';
import { SummarySection } from './sections/SummarySection';
import { EvidenceSection } from './sections/EvidenceSection';
import { AgreementSection, type AgreementSectionProps } from './agreement/AgreementSection';
import { CarryForward } from './sections/CarryForward';
import type { CycleRecordSummary, MeetingRecord } from '../../data/ports';

/** Props of StageTab. */
export interface StageTabProps extends Omit<AgreementSectionProps, 'stage'> {
  stage: Stage;
  staffKey: string;
  cycleKey: string;
  /** Where this stage stands for the person, from the one deadline rule (`cycleProgress`). */
  progress: StageProgress;
  /** The person is on a long absence today. */
  away: boolean;
  /** Last cycle's record, to plan this one from (AB8). */
  previous: CycleRecordSummary | undefined;
  meetings: readonly MeetingRecord[];
}

const PURPOSE: Record<Stage, string> = {
  planning: strings.PlanningPurpose,
  interimReview: strings.InterimPurpose,
  finalReview: strings.FinalPurpose
};

/** One stage's form: the appraisee's preparation, the stage's own sections, the meeting record and agreement. */
export const StageTab: React.FC<StageTabProps> = ({ stage, staffKey, cycleKey, progress, away, previous, meetings, ...agreement }) => {
  const ctx = useRecord();
  const theme = useTheme();
  const deadline = deadlineText(progress, away);
  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { paddingTop: 12 } }}>
      <Stack tokens={{ childrenGap: 2 }}>
        <Text>{PURPOSE[stage]}</Text>
        <Text
          variant="small"
          styles={{ root: { color: deadline.overdue ? theme.semanticColors.errorText : theme.semanticColors.bodySubtext } }}
        >
          {deadline.text}
        </Text>
        {(progress.closedNotAgreed ?? progress.notRequired)?.note ? (
          <Text variant="small">{(progress.closedNotAgreed ?? progress.notRequired)?.note}</Text>
        ) : null}
      </Stack>
      {!ctx.editable && ctx.party !== 'viewer' ? <Text styles={{ root: { fontStyle: 'italic' } }}>{strings.FrozenNote}</Text> : null}
      <PreparationSection stage={stage} />
      <Separator />
      {stage === 'planning' ? (
        <>
          {previous ? <CarryForward previous={previous} meetings={meetings} /> : null}
          <ObjectivesSection />
          <DevelopmentNeedsSection mode="agree" />
        </>
      ) : null}
      {stage === 'interimReview' ? (
        <>
          <ProgressSection />
          <DevelopmentNeedsSection mode="review" />
        </>
      ) : null}
      {stage === 'finalReview' ? (
        <>
          <OutcomesSection />
          <DevelopmentNeedsSection mode="review" />
        </>
      ) : null}
      <EvidenceSection staffKey={staffKey} cycleKey={cycleKey} />
      <Separator />
      <SummarySection stage={stage} />
      <AgreementSection stage={stage} {...agreement} />
    </Stack>
  );
};

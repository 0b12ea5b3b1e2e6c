import * as React from 'react';
import { Stack, Text } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { stageRecordOf, type Stage } from '../../../domain';
import { TextArea } from '../text/TextArea';
import { mayWrite, useRecord } from '../recordContext';
import { patchStage } from '../draft/stageEdits';
import { SectionHeading } from '../text/SectionHeading';
import { SafeLink } from '../../SafeLink';
import { useAppServices } from '../../services/AppServicesContext';
import { useAsync } from '../../hooks/useAsync';

/** Props of PreparationSection. */
export interface PreparationSectionProps {
  stage: Stage;
}

/** The appraisee's own preparation for the meeting (EA-PM, EA-CPD, AB9.E1): theirs to write, the reviewer reads it. */
export const PreparationSection: React.FC<PreparationSectionProps> = ({ stage }) => {
  const ctx = useRecord();
  const prep = stageRecordOf(ctx.doc, stage).preparation;
  const writable = mayWrite(ctx, 'appraisee');
  const { settings } = useAppServices();
  const [scheme] = useAsync(() => settings.getSettings(), [settings]);
  const catalogue = scheme.status === 'ready' ? (scheme.value.cpdCatalogueUrl ?? '').trim() : '';
  const set = (patch: Partial<typeof prep>): void =>
    ctx.edit((d) => patchStage(d, stage, (r) => ({ preparation: { ...r.preparation, ...patch } })));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <SectionHeading>{ctx.party === 'appraisee' ? strings.YourPreparation : strings.AppraiseePreparation}</SectionHeading>
      <TextArea
        label={strings.SelfReview}
        description={writable ? strings.SelfReviewHelp : undefined}
        value={prep.selfReview}
        onChange={(selfReview) => set({ selfReview })}
        readOnly={!writable}
      />
      <TextArea
        label={strings.AgendaItems}
        description={writable ? strings.AgendaItemsHelp : undefined}
        value={prep.agendaItems.join('\n')}
        onChange={(v) => set({ agendaItems: v.split('\n') })}
        readOnly={!writable}
      />
      <TextArea
        label={strings.TrainingWanted}
        description={writable ? strings.TrainingWantedHelp : undefined}
        value={prep.trainingWanted}
        onChange={(trainingWanted) => set({ trainingWanted })}
        readOnly={!writable}
      />
      {catalogue ? (
        <Text>
          <SafeLink href={catalogue} newTab>
            {strings.CpdCatalogueLink}
          </SafeLink>
        </Text>
      ) : null}
    </Stack>
  );
};

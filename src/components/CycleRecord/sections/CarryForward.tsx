import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { openActions, planNextCycle } from '../../../domain';
import type { CycleRecordSummary, MeetingRecord } from '../../../data/ports';
import { useAppServices } from '../../services/AppServicesContext';
import { dataErrorText } from '../../ErrorMessage/dataErrorText';
import { format } from '../../format';
import { mayWrite, useRecord } from '../recordContext';
import { patchStage } from '../draft/stageEdits';

/** Props of CarryForward. */
export interface CarryForwardProps {
  previous: CycleRecordSummary;
  meetings: readonly MeetingRecord[];
}

/**
 * Plan the next cycle (AB8, scenario 25): objectives partly met or not met, open development needs, proposed job
 * description changes and open actions from last year come in as suggestions. Nothing is agreed until it is signed.
 */
export const CarryForward: React.FC<CarryForwardProps> = ({ previous, meetings }) => {
  const ctx = useRecord();
  const { cycles } = useAppServices();
  const [error, setError] = React.useState<string>();
  const [done, setDone] = React.useState(false);
  if (!mayWrite(ctx, 'reviewer') || ctx.doc.objectives.length > 0 || done) return null;
  const carry = async (): Promise<void> => {
    const last = await cycles.getCycle(previous.staffKey, previous.cycleKey);
    if (!last.ok) return setError(dataErrorText(last.error));
    const actions = openActions(
      meetings
        .filter((m) => m.start.slice(0, 10) >= previous.cycle.start && m.start.slice(0, 10) <= previous.cycle.end)
        .flatMap((m) => (m.notes ? [m.notes] : []))
    );
    const suggested = planNextCycle(last.value.document, previous.cycle.label, actions, (seed) => ctx.newId(`${seed}-next`), {
      jobDescription: strings.CarryJobDescription,
      action: strings.CarryAction
    });
    const agenda = suggested.stages.planning?.preparation.agendaItems ?? [];
    ctx.edit((d) => patchStage(
      { ...d, objectives: suggested.objectives, developmentNeeds: [...d.developmentNeeds, ...suggested.developmentNeeds] },
      'planning',
      (r) => ({ preparation: { ...r.preparation, agendaItems: [...r.preparation.agendaItems.filter((a) => a.trim()), ...agenda] } })
    ));
    setDone(true);
  };
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline>
      <Stack tokens={{ childrenGap: 6 }}>
        <Text block>{format(strings.CarryIntro, previous.cycle.label)}</Text>
        <DefaultButton text={strings.CarryButton} onClick={() => carry()} styles={{ root: { alignSelf: 'flex-start' } }} />
        {error ? <Text role="alert">{error}</Text> : null}
      </Stack>
    </MessageBar>
  );
};

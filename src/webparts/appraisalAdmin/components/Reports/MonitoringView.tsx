import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { cycleContaining, ok } from '../../../../domain';
import { reviewerLines, type ReviewerLine } from '../../../../app/reports/monitoring';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { EmptyState } from '../../../../components/EmptyState';
import { format } from '../../../../components/format';

const number = (key: keyof ReviewerLine, name: string): IColumn => ({ key, name, fieldName: key, minWidth: 70, maxWidth: 120, isMultiline: true });

const COLUMNS: IColumn[] = [
  { key: 'reviewerName', name: strings.MonColReviewer, minWidth: 160, onRender: (line: ReviewerLine) => line.reviewerName ?? strings.MonNoReviewer },
  number('appraisees', strings.MonColAppraisees),
  number('stagesHeld', strings.MonColStagesHeld),
  number('heldLate', strings.MonColLate),
  number('overdue', strings.MonColOverdue),
  number('oneToOnesHeld', strings.MonColOneToOnes),
  number('allMet', strings.MonColAllMet),
  number('someNotMet', strings.MonColSomeNotMet)
];

/** Administrators' monitoring for the current cycle: completion, overdue stages and outcomes by reviewer. */
export const MonitoringView: React.FC = () => {
  const { settings, reportSource, clock } = useAppServices();
  const [state, reload] = useAsync(async () => {
    const s = await settings.getSettings();
    if (!s.ok) return s;
    const cycle = cycleContaining(clock.today(), s.value.cycleStartMonth);
    const records = await reportSource.everyone(cycle.label);
    if (!records.ok) return records;
    return ok({ cycle, lines: reviewerLines(records.value, cycle.label, clock.today(), clock.now()) });
  }, [settings, reportSource]);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { cycle, lines } = state.value;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{format(strings.MonIntro, cycle.label)}</Text>
      {lines.length === 0 ? (
        <EmptyState icon="BarChartVertical" text={strings.MonEmpty} />
      ) : (
        <DetailsList items={lines} columns={COLUMNS} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified} ariaLabelForGrid={strings.MonCaption} compact />
      )}
    </Stack>
  );
};

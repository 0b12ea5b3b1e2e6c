import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { cycleContaining, ok } from '../../../../domain';
import { reviewerLines, type ReviewerLine } from '../../../../app/reports/monitoring';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { ItemProblems } from '../../../../components/ItemProblems';
import { EmptyState } from '../../../../components/EmptyState';
import { format } from '../../../../components/format';

const number = (key: keyof ReviewerLine, name: string, minWidth: number): IColumn => ({
  key,
  name,
  fieldName: key,
  minWidth,
  maxWidth: minWidth + 40
});

const COLUMNS: IColumn[] = [
  {
    key: 'reviewerName',
    name: strings.MonColReviewer,
    minWidth: 140,
    maxWidth: 200,
    onRender: (line: ReviewerLine) => line.reviewerName ?? strings.MonNoReviewer
  },
  number('appraisees', strings.MonColAppraisees, 80),
  number('stagesHeld', strings.MonColStagesHeld, 80),
  number('heldLate', strings.MonColLate, 70),
  number('overdue', strings.MonColOverdue, 70),
  number('oneToOnesHeld', strings.MonColOneToOnes, 110),
  number('waitingOnReviewer', strings.MonColWaitingReviewer, 110),
  number('waitingOnAppraisee', strings.MonColWaitingAppraisee, 110),
  number('allMet', strings.MonColAllMet, 120),
  number('someNotMet', strings.MonColSomeNotMet, 150)
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
    return ok({
      cycle,
      problems: records.value.problems,
      lines: reviewerLines(records.value.people, cycle.label, clock.today(), clock.now())
    });
  }, [settings, reportSource]);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { cycle, lines, problems } = state.value;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{format(strings.MonIntro, cycle.label)}</Text>
      <ItemProblems problems={problems} forAdministrators />
      {lines.length === 0 ? (
        <EmptyState icon="BarChartVertical" text={strings.MonEmpty} />
      ) : (
        <DetailsList
          items={lines}
          columns={COLUMNS}
          selectionMode={SelectionMode.none}
          layoutMode={DetailsListLayoutMode.fixedColumns}
          ariaLabelForGrid={strings.MonCaption}
          compact
        />
      )}
    </Stack>
  );
};

import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, Link, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { ok, type OpenDisagreement } from '../../../../domain';
import type { PersonRecords } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { EmptyState } from '../../../../components/EmptyState';
import { LazyCycleRecordView } from '../../../../components/CycleRecord';
import { stageLabel } from '../../../../components/labels/cycleLabels';
import { format, formatCount, formatInstant } from '../../../../components/format';

interface Row extends OpenDisagreement {
  name: string;
  reviewerName: string;
}

/** Disagreements the appraisee recorded and the reviewer has not answered yet (UK-7), for the head and HR. */
export const DisagreementsView: React.FC = () => {
  const { disagreements, roster, reader } = useAppServices();
  const [open, setOpen] = React.useState<PersonRecords>();
  const [state, reload] = useAsync(async () => {
    const [found, people] = await Promise.all([disagreements.open(), roster.listRoster()]);
    if (!found.ok) return found;
    if (!people.ok) return people;
    const byId = new Map(people.value.entries.map((p) => [p.id as string, p]));
    return ok(
      found.value.map((d): Row => ({
        ...d,
        name: byId.get(d.staffKey)?.displayName ?? d.staffKey,
        reviewerName: byId.get(d.staffKey)?.reviewerName ?? ''
      }))
    );
  }, [disagreements, roster]);
  const openRecord = async (row: Row): Promise<void> => {
    const records = await reader.mine(row.staffKey);
    if (records.ok && records.value.record) setOpen(records.value.record);
  };
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const summary = open?.cycles.find((c) => state.value.some((r) => r.cycleKey === c.cycleKey)) ?? open?.cycles[0];
  if (open && summary)
    return (
      <LazyCycleRecordView
        person={open.person}
        summary={summary}
        meetings={open.meetings}
        party="viewer"
        onClose={() => setOpen(undefined)}
      />
    );
  if (state.value.length === 0) return <EmptyState icon="Handshake" text={strings.NoOpenDisagreements} />;
  const columns: IColumn[] = [
    {
      key: 'name', name: strings.ColumnName, minWidth: 160, maxWidth: 220, isRowHeader: true,
      onRender: (r: Row) => <Link aria-label={format(strings.OpenRecordOf, r.name)} onClick={() => openRecord(r)}>{r.name}</Link>
    },
    { key: 'reviewer', name: strings.ColumnReviewer, minWidth: 140, maxWidth: 200, onRender: (r: Row) => r.reviewerName },
    { key: 'stage', name: strings.ColumnStage, minWidth: 140, maxWidth: 180, onRender: (r: Row) => stageLabel(r.stage as 'planning') },
    { key: 'at', name: strings.ColumnRecordedOn, minWidth: 140, onRender: (r: Row) => formatInstant(r.recordedAt) }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { paddingTop: 12 } }}>
      <Text>{strings.DisagreementsIntro}</Text>
      <Text>{formatCount(state.value.length, strings.OpenDisagreementsOne, strings.OpenDisagreementsMany)}</Text>
      <DetailsList
        items={state.value}
        columns={columns}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        getKey={(r: Row) => `${r.cycleKey}|${r.stage}`}
        ariaLabelForGrid={strings.TabDisagreements}
      />
    </Stack>
  );
};

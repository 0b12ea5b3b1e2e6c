import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, Link, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { ok } from '../../../../domain';
import type { PersonRecords } from '../../../../data/ports';
import type { ReviewRequestSummary } from '../../../../data/ports/reviewRequests';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { EmptyState } from '../../../../components/EmptyState';
import { LazyCycleRecordView } from '../../../../components/CycleRecord';
import { outcomeText } from '../../../../components/ReviewRequest/reviewText';
import { format, formatCount, formatInstant } from '../../../../components/format';

interface Row extends ReviewRequestSummary {
  name: string;
  reviewerName: string;
}

/**
 * Review requests after the final review (UK-8), for the head and HR: those waiting for a decision first, then the
 * decided ones. Opening a row opens the record, where the head reads the reasons and the record as it was and decides.
 */
export const ReviewRequestsView: React.FC = () => {
  const { reviewRequests, roster, reader } = useAppServices();
  const [open, setOpen] = React.useState<{ records: PersonRecords; cycleKey: string }>();
  const [state, reload] = useAsync(async () => {
    const [found, people] = await Promise.all([reviewRequests.list(), roster.listRoster()]);
    if (!found.ok) return found;
    if (!people.ok) return people;
    const byId = new Map(people.value.entries.map((p) => [p.id as string, p]));
    const rows = found.value.map((r): Row => ({
      ...r,
      name: byId.get(r.staffKey)?.displayName ?? r.staffKey,
      reviewerName: byId.get(r.staffKey)?.reviewerName ?? ''
    }));
    return ok([...rows.filter((r) => r.state === 'awaitingDecision'), ...rows.filter((r) => r.state !== 'awaitingDecision')]);
  }, [reviewRequests, roster]);
  const openRecord = async (row: Row): Promise<void> => {
    const records = await reader.mine(row.staffKey);
    if (records.ok && records.value.record) setOpen({ records: records.value.record, cycleKey: row.cycleKey });
  };
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const summary = open?.records.cycles.find((c) => c.cycleKey === open.cycleKey);
  if (open && summary)
    return (
      <LazyCycleRecordView
        person={open.records.person}
        summary={summary}
        meetings={open.records.meetings}
        party="viewer"
        initialView="finalReview"
        onClose={() => {
          setOpen(undefined);
          reload();
        }}
      />
    );
  if (state.value.length === 0) return <EmptyState icon="Feedback" text={strings.NoReviewRequests} />;
  const waiting = state.value.filter((r) => r.state === 'awaitingDecision').length;
  const columns: IColumn[] = [
    {
      key: 'name', name: strings.ColumnName, minWidth: 140, maxWidth: 220, isRowHeader: true,
      onRender: (r: Row) => <Link aria-label={format(strings.OpenRecordOf, r.name)} onClick={() => openRecord(r)}>{r.name}</Link>
    },
    { key: 'reviewer', name: strings.ColumnReviewer, minWidth: 120, maxWidth: 200, onRender: (r: Row) => r.reviewerName },
    { key: 'at', name: strings.ColumnAskedOn, minWidth: 140, maxWidth: 200, onRender: (r: Row) => formatInstant(r.askedAt) },
    {
      key: 'state', name: strings.ColumnReviewState, minWidth: 160, isMultiline: true,
      onRender: (r: Row) => (r.state === 'awaitingDecision' ? strings.ReviewStateWaiting : outcomeText(r.state))
    }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { paddingTop: 12 } }}>
      <Text>{strings.ReviewRequestsIntro}</Text>
      <Text>{formatCount(waiting, strings.ReviewRequestsWaitingOne, strings.ReviewRequestsWaitingMany)}</Text>
      <DetailsList
        items={state.value}
        columns={columns}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        getKey={(r: Row) => r.cycleKey}
        ariaLabelForGrid={strings.TabReviewRequests}
      />
    </Stack>
  );
};

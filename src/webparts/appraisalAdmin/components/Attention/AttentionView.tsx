import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { cycleContaining, ok } from '../../../../domain';
import type { ItemProblem } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { EmptyState } from '../../../../components/EmptyState';

const COLUMNS: IColumn[] = [
  { key: 'item', name: strings.AttentionColItem, fieldName: 'itemId', minWidth: 60, maxWidth: 80 },
  { key: 'list', name: strings.AttentionColList, fieldName: 'list', minWidth: 140, maxWidth: 180 },
  { key: 'field', name: strings.AttentionColField, fieldName: 'field', minWidth: 120, maxWidth: 200 },
  { key: 'why', name: strings.AttentionColWhy, minWidth: 200, onRender: (p: ItemProblem) => (p.kind === 'stray' ? strings.AttentionWhyStray : strings.AttentionWhyMalformed) }
];

/** Strays and unreadable items on the roster and in this cycle's records: what every view leaves out, for administrators. */
export const AttentionView: React.FC = () => {
  const { settings, roster, reportSource, clock } = useAppServices();
  const [state, reload] = useAsync(async () => {
    const s = await settings.getSettings();
    if (!s.ok) return s;
    const [people, records] = await Promise.all([roster.listRoster(), reportSource.everyone(cycleContaining(clock.today(), s.value.cycleStartMonth).label)]);
    if (!people.ok) return people;
    if (!records.ok) return records;
    const seen = new Set<string>();
    return ok([...people.value.problems, ...records.value.problems].filter((p) => {
      const key = `${p.list}/${p.itemId}`;
      return seen.has(key) ? false : (seen.add(key), true);
    }));
  }, [settings, roster, reportSource]);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.value.length === 0) return <EmptyState icon="CheckMark" text={strings.AttentionNone} />;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.AttentionIntro}</Text>
      <DetailsList items={state.value} columns={COLUMNS} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.fixedColumns}
        getKey={(p: ItemProblem) => `${p.list}/${p.itemId}`} ariaLabelForGrid={strings.AttentionCaption} compact />
    </Stack>
  );
};

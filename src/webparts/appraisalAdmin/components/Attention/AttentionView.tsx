import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { cycleContaining, ok } from '../../../../domain';
import type { ItemProblem } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { format } from '../../../../components/format';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { EmptyState } from '../../../../components/EmptyState';
import { RecycleItemButton } from './RecycleItemButton';

/** Why an item is left out, in words an administrator can act on. */
function why(p: ItemProblem): string {
  if (p.kind === 'malformed') return p.field ? format(strings.AttentionWhyMalformed, p.field) : strings.AttentionWhyMalformedNoField;
  return p.field === 'StaffKey' ? strings.AttentionWhyNotOnRoster : strings.AttentionWhyStray;
}

// Columns that wrap, so that the reason is never cut off on a phone (390 px leaves about 290 px for the grid).
// The Delete button sits under the item's name, so that it is on screen on a phone too.
const columns = (onRecycled: () => void): IColumn[] => [
  {
    key: 'item', name: strings.AttentionColItem, minWidth: 110, maxWidth: 200, isMultiline: true,
    onRender: (p: ItemProblem) => (
      <Stack tokens={{ childrenGap: 6 }} horizontalAlign="start" styles={{ root: { whiteSpace: 'normal', minWidth: 0 } }}>
        <span>{format(strings.AttentionItemIn, p.itemId, p.list)}</span>
        <RecycleItemButton problem={p} onRecycled={onRecycled} />
      </Stack>
    )
  },
  { key: 'why', name: strings.AttentionColWhy, minWidth: 130, isMultiline: true, onRender: why }
];

/** Strays and unreadable items on the roster and in this cycle's records: what every view leaves out, for administrators. */
export const AttentionView: React.FC = () => {
  const { settings, roster, reportSource, clock } = useAppServices();
  const [state, reload] = useAsync(async () => {
    const s = await settings.getSettings();
    if (!s.ok) return s;
    const [people, records] = await Promise.all([
      roster.listRoster(),
      reportSource.everyone(cycleContaining(clock.today(), s.value.cycleStartMonth).label)
    ]);
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
      <DetailsList
        items={state.value}
        columns={columns(reload)}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        getKey={(p: ItemProblem) => `${p.list}/${p.itemId}`}
        ariaLabelForGrid={strings.AttentionCaption}
      />
    </Stack>
  );
};

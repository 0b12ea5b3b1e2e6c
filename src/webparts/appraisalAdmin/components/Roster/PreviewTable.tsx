import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, Stack, Text, useTheme, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import type { RosterPreviewRow } from '../../../../app/roster/previewRosterImport';
import { rowErrorText, rowStatusText } from './rosterImportText';

/** Props of PreviewTable. */
export interface PreviewTableProps {
  rows: readonly RosterPreviewRow[];
}

/** What each CSV line would do, with every problem on a line in words. */
export const PreviewTable: React.FC<PreviewTableProps> = ({ rows }) => {
  const theme = useTheme();
  const columns: IColumn[] = [
    { key: 'line', name: strings.PreviewLine, minWidth: 40, maxWidth: 50, onRender: (r: RosterPreviewRow) => r.line },
    {
      key: 'person',
      name: strings.PreviewPerson,
      minWidth: 160,
      maxWidth: 260,
      isRowHeader: true,
      onRender: (r: RosterPreviewRow) => (r.status === 'error' ? r.upn : r.entry.displayName)
    },
    {
      key: 'result',
      name: strings.PreviewResult,
      minWidth: 200,
      isMultiline: true,
      onRender: (r: RosterPreviewRow) => (
        <Stack>
          <Text styles={{ root: { fontWeight: 600, color: r.status === 'error' ? theme.semanticColors.errorText : undefined } }}>
            {rowStatusText(r.status)}
          </Text>
          {r.status === 'error' ? r.errors.map((e) => <Text key={`${e.column}-${e.code}`}>{rowErrorText(e)}</Text>) : null}
        </Stack>
      )
    }
  ];
  return (
    <DetailsList
      items={rows as RosterPreviewRow[]}
      columns={columns}
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      getKey={(r: RosterPreviewRow) => String(r.line)}
      onShouldVirtualize={() => rows.length > 100}
      ariaLabelForGrid={strings.ImportPanelTitle}
    />
  );
};

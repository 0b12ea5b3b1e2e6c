import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, IconButton, SelectionMode, type IColumn } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import type { RosterEntry } from '../../../../data/ports';
import { categoryLabel, contractLabel, patternLabel } from '../../../../components/labels/staffLabels';
import { format } from '../../../../components/format';

/** Props of RosterTable. */
export interface RosterTableProps {
  entries: readonly RosterEntry[];
  onManage(entry: RosterEntry): void;
}

/** The roster as a table; reviewers are shown by name when they are on the roster too. */
export const RosterTable: React.FC<RosterTableProps> = ({ entries, onManage }) => {
  const columns: IColumn[] = [
    { key: 'name', name: strings.ColumnName, minWidth: 140, maxWidth: 200, isRowHeader: true, onRender: (e: RosterEntry) => e.displayName },
    { key: 'job', name: strings.ColumnJobTitle, minWidth: 120, maxWidth: 200, onRender: (e: RosterEntry) => e.jobTitle },
    {
      key: 'category',
      name: strings.ColumnCategory,
      minWidth: 120,
      maxWidth: 180,
      onRender: (e: RosterEntry) => categoryLabel(e.category)
    },
    { key: 'contract', name: strings.ColumnContract, minWidth: 80, maxWidth: 100, onRender: (e: RosterEntry) => contractLabel(e.contract) },
    { key: 'pattern', name: strings.ColumnPattern, minWidth: 180, onRender: (e: RosterEntry) => patternLabel(e.workingPattern) },
    {
      key: 'reviewer',
      name: strings.ColumnReviewer,
      minWidth: 120,
      onRender: (e: RosterEntry) => (e.reviewer ? (e.reviewerName ?? strings.NoReviewer) : strings.NoReviewer)
    },
    {
      key: 'actions',
      name: strings.ColumnActions,
      minWidth: 50,
      maxWidth: 60,
      isIconOnly: true,
      onRender: (e: RosterEntry) => (
        <IconButton
          iconProps={{ iconName: 'Edit' }}
          ariaLabel={format(strings.ManagePerson, e.displayName)}
          title={format(strings.ManagePerson, e.displayName)}
          onClick={() => onManage(e)}
        />
      )
    }
  ];
  return (
    <DetailsList
      items={entries as RosterEntry[]}
      columns={columns}
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      getKey={(e: RosterEntry) => e.id}
      onShouldVirtualize={() => entries.length > 100}
      ariaLabelForGrid={strings.TabRoster}
    />
  );
};

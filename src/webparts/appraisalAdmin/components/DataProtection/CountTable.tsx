import * as React from 'react';
import { useTheme } from '@fluentui/react';
import * as strings from 'DataProtectionStrings';

/** Props of CountTable. */
export interface CountTableProps {
  label: string;
  first: string;
  second?: string;
  /** Each row: its cells, the count last. */
  rows: string[][];
}

/** A small accessible table of counts (a real <table>, so screen readers read headers with each cell). */
export const CountTable: React.FC<CountTableProps> = ({ label, first, second, rows }) => {
  const theme = useTheme();
  const cell = { padding: '4px 12px 4px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left' as const };
  return (
    <table aria-label={label} style={{ borderCollapse: 'collapse', color: theme.semanticColors.bodyText }}>
      <thead>
        <tr>
          <th scope="col" style={cell}>{first}</th>
          {second ? <th scope="col" style={cell}>{second}</th> : null}
          <th scope="col" style={cell}>{strings.DisposalColumnCount}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.join('|')}>
            {r.map((c, i) => <td key={i} style={cell}>{c}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

import * as React from 'react';
import * as strings from 'CommonStrings';
import type { PublishedCell } from '../../domain';
import { cellText, hiddenLabel } from './reportText';

/** Props of ReportCell. */
export interface ReportCellProps {
  cell: PublishedCell;
  k: number;
  className: string;
  hiddenClass: string;
}

/** A table cell: the count and percentage, or "[c]" with what it means for screen readers and on hover. */
export const ReportCell: React.FC<ReportCellProps> = ({ cell, k, className, hiddenClass }) =>
  cell.count === '[c]' ? (
    <td className={`${className} ${hiddenClass}`}>
      <abbr title={hiddenLabel(k)} aria-label={hiddenLabel(k)}>{strings.ReportHiddenValue}</abbr>
    </td>
  ) : (
    <td className={className}>{cellText(cell)}</td>
  );

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as common from 'CommonStrings';
import type { ItemProblem } from '../../data/ports';
import { format, formatCount } from '../format';

/** Props of the warning about items a view left out. */
export interface ItemProblemsProps {
  problems: readonly ItemProblem[];
  /**
   * The reader is an administrator (the administration web part): point them to the tab that says how to correct the
   * items, rather than to "your appraisal administrators".
   */
  forAdministrators?: boolean;
}

/** How one left-out item is named to the reader: its ID and list, as the Items needing attention tab names it, and why. */
export function problemText(problem: ItemProblem): string {
  return format(problem.kind === 'stray' ? common.ItemProblemStray : common.ItemProblemMalformed, problem.itemId, problem.list);
}

/** A plain warning naming the items a view could not show, and who can correct them; nothing when there are none. */
export const ItemProblems: React.FC<ItemProblemsProps> = ({ problems, forAdministrators }) =>
  problems.length ? (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {formatCount(problems.length, common.ItemsLeftOutOne, common.ItemsLeftOut, problems.map(problemText).join('; '))}{' '}
      {forAdministrators ? common.ItemsLeftOutSeeAttention : common.ItemsLeftOutAskAdmin}
    </MessageBar>
  ) : null;

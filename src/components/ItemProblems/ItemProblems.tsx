import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as common from 'CommonStrings';
import type { ItemProblem } from '../../data/ports';
import { format, formatCount } from '../format';

/** Props of the warning about items a view left out. */
export interface ItemProblemsProps {
  problems: readonly ItemProblem[];
}

/** How one left-out item is named to the reader: its id, its list and why. */
export function problemText(problem: ItemProblem): string {
  return problem.kind === 'stray'
    ? format(common.ItemProblemStray, problem.itemId, problem.list)
    : format(common.ItemProblemMalformed, problem.itemId, problem.list, problem.field || problem.list);
}

/** A plain warning naming the items a view could not show; nothing when there are none. */
export const ItemProblems: React.FC<ItemProblemsProps> = ({ problems }) =>
  problems.length ? (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {formatCount(problems.length, common.ItemsLeftOutOne, common.ItemsLeftOut, problems.map(problemText).join('; '))}
    </MessageBar>
  ) : null;

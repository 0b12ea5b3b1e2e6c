import * as React from 'react';
import { DefaultButton, getId, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { valueAt, type ConflictChoice, type MergeConflict } from '../../../domain';
import { format } from '../../format';
import { conflictLabel, conflictValue } from './conflictText';

/** Props of ConflictView. */
export interface ConflictViewProps {
  conflicts: readonly MergeConflict[];
  /** The draft (a cycle document or one-to-one notes): the rest merged, and this person's own text in each conflict. */
  mine: unknown;
  /** Who most likely saved the other version (the other party); they may also be this person elsewhere. */
  otherName: string;
  onResolve(conflict: MergeConflict, choice: ConflictChoice): void;
}

/**
 * After someone else saved first: only the fields both people changed differently, each with both versions side by
 * side (stacked on a narrow screen) and the choice of keeping mine, theirs or both. Nothing is saved until chosen.
 */
export const ConflictView: React.FC<ConflictViewProps> = ({ conflicts, mine, otherName, onResolve }) => {
  const theme = useTheme();
  const [id] = React.useState(() => getId('conflict'));
  const box = {
    root: {
      flex: '1 1 260px',
      minWidth: 0,
      padding: 8,
      background: theme.palette.white,
      border: `1px solid ${theme.palette.neutralTertiaryAlt}`
    }
  };
  const prose: React.CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 };
  return (
    <Stack
      as="section"
      aria-labelledby={`${id}-title`}
      tokens={{ childrenGap: 12, padding: 12 }}
      styles={{ root: { background: theme.semanticColors.warningBackground, borderLeft: `4px solid ${theme.palette.yellowDark}` } }}
    >
      <Text id={`${id}-title`} as="h3" variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.ConflictTitle}
      </Text>
      <Text block role="status">{format(strings.ConflictBody, otherName)}</Text>
      {conflicts.map((c, i) => {
        const label = conflictLabel(c);
        const heading = `${id}-${i}`;
        const yours = valueAt(mine, c.path);
        return (
          <Stack key={c.path.join('/')} role="group" aria-labelledby={heading} tokens={{ childrenGap: 6 }}>
            <Text id={heading} as="h4" styles={{ root: { margin: 0, fontWeight: 600 } }}>
              {label}
            </Text>
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <Stack styles={box} tokens={{ childrenGap: 4 }}>
                <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
                  {strings.ConflictYours}
                </Text>
                <p style={prose}>{conflictValue(c, typeof yours === 'object' ? undefined : yours)}</p>
              </Stack>
              <Stack styles={box} tokens={{ childrenGap: 4 }}>
                <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
                  {strings.ConflictTheirs}
                </Text>
                <p style={prose}>{conflictValue(c, c.theirs)}</p>
              </Stack>
            </Stack>
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <DefaultButton text={strings.KeepMine} onClick={() => onResolve(c, 'mine')} />
              <DefaultButton text={strings.KeepTheirs} onClick={() => onResolve(c, 'theirs')} />
              {c.kind === 'text' ? (
                <DefaultButton text={strings.KeepBoth} aria-describedby={`${heading}-both`} onClick={() => onResolve(c, 'both')} />
              ) : null}
            </Stack>
            {c.kind === 'text' ? (
              <Text id={`${heading}-both`} variant="small">
                {strings.KeepBothHelp}
              </Text>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
};

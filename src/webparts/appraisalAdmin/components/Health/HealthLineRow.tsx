import * as React from 'react';
import { FontIcon, Stack, Text, mergeStyles } from '@fluentui/react';
import type { HealthLine, HealthStatus } from '../../../../domain';
import { lineText, statusWord } from './healthText';

// Colour is never the only sign: each line also carries an icon and a word (OK / Check / Fix).
const LOOK: Record<HealthStatus, { icon: string; color: string }> = {
  green: { icon: 'CompletedSolid', color: '#107c10' },
  amber: { icon: 'WarningSolid', color: '#8a5a00' },
  red: { icon: 'StatusErrorFull', color: '#a4262c' }
};

/** One health-check line: its status (icon and word) and what it says, wrapping on a phone. */
export const HealthLineRow: React.FC<{ line: HealthLine }> = ({ line }) => {
  const look = LOOK[line.status];
  return (
    <Stack as="li" horizontal tokens={{ childrenGap: 8 }} verticalAlign="start" data-status={line.status} data-kind={line.kind}>
      <FontIcon iconName={look.icon} aria-hidden className={mergeStyles({ color: look.color, fontSize: 16, paddingTop: 2 })} />
      <Text styles={{ root: { minWidth: 0, overflowWrap: 'anywhere' } }}>
        <strong style={{ color: look.color }}>{statusWord(line.status)}</strong> {lineText(line)}
      </Text>
    </Stack>
  );
};

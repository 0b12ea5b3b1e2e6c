import * as React from 'react';
import { FontIcon, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { smartHints, type SmartHint } from '../../../domain';
import { useRecord } from '../recordContext';

const TEXT: Record<SmartHint, () => string> = {
  specific: () => strings.SmartSpecific,
  measurableCriteria: () => strings.SmartCriteria,
  measurableEvidence: () => strings.SmartEvidence,
  achievable: () => strings.SmartAchievable,
  relevant: () => strings.SmartRelevant,
  timeBound: () => strings.SmartTimeBound
};

/**
 * Gentle SMART hints under an objective as the reviewer writes it: advice, never a block, and no live region, so that
 * a screen reader is not interrupted on every keystroke (the hints are read with the objective).
 */
export const SmartHints: React.FC<{ index: number }> = ({ index }) => {
  const ctx = useRecord();
  const theme = useTheme();
  const hints = smartHints(ctx.doc.objectives, index, ctx.cycle);
  if (!hints.length) return null;
  return (
    <Stack
      as="aside"
      aria-label={strings.SmartHeading}
      tokens={{ childrenGap: 4, padding: 8 }}
      styles={{ root: { background: theme.palette.neutralLighter, borderLeft: `3px solid ${theme.palette.themePrimary}` } }}
    >
      <Text variant="smallPlus" styles={{ root: { fontWeight: 600 } }}>
        <FontIcon iconName="Lightbulb" aria-hidden style={{ marginRight: 6 }} />
        {strings.SmartHeading}
      </Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {hints.map((hint) => (
          <li key={hint}>
            <Text variant="small">{TEXT[hint]()}</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
};

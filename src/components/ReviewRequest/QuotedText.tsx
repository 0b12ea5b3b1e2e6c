import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';

/** A labelled block of someone's words, kept as written (line breaks too); long ones can start folded away. */
export const QuotedText: React.FC<{ label: string; text: string; collapsed?: boolean }> = ({ label, text, collapsed }) => {
  const theme = useTheme();
  const body = (
    <Text block styles={{ root: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', borderLeft: `3px solid ${theme.palette.neutralTertiaryAlt}`, paddingLeft: 8 } }}>
      {text}
    </Text>
  );
  if (collapsed)
    return (
      <details>
        <summary>
          <Text styles={{ root: { fontWeight: 600 } }}>{label}</Text>
        </summary>
        {body}
      </details>
    );
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text styles={{ root: { fontWeight: 600 } }}>{label}</Text>
      {body}
    </Stack>
  );
};

import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import type { CharacterCount } from './characterCount';

/** Props of FieldDescription. */
export interface FieldDescriptionProps {
  /** The field's help text, if any. */
  help?: string;
  /** The character counter of a limited field, if any. */
  count?: CharacterCount;
}

/**
 * What shows under a text field: its help on the left and its character counter on the right, on their own so that
 * the count is not lost at the end of a sentence; they wrap onto two lines on a phone. Over the limit, the counter
 * takes the error colour and weight, beside the field's error message. Rendered inside the TextField's description,
 * so screen readers hear it with the field (aria-describedby).
 */
export const FieldDescription: React.FC<FieldDescriptionProps> = ({ help, count }) => {
  const theme = useTheme();
  const over = !!count?.error;
  return (
    <Stack as="span" horizontal horizontalAlign="space-between" styles={{ root: { flexWrap: 'wrap', columnGap: '12px', paddingTop: 4 } }}>
      {help ? (
        <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext, flex: '1 1 16em' } }}>
          {help}
        </Text>
      ) : null}
      {count ? (
        <Text
          variant="small"
          styles={{
            root: {
              marginLeft: 'auto',
              whiteSpace: 'nowrap',
              color: over ? theme.semanticColors.errorText : theme.semanticColors.bodySubtext,
              fontWeight: over ? 600 : 400
            }
          }}
        >
          {count.text}
        </Text>
      ) : null}
    </Stack>
  );
};

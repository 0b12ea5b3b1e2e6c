import * as React from 'react';
import { FontIcon, Stack, Text, useTheme } from '@fluentui/react';

/** Props of EmptyState. */
export interface EmptyStateProps {
  /** A Fluent UI icon name. */
  icon: string;
  text: string;
  children?: React.ReactNode;
}

/** What a view shows when there is nothing to list yet: an icon, a sentence and maybe an action. */
export const EmptyState: React.FC<EmptyStateProps> = ({ icon, text, children }) => {
  const theme = useTheme();
  return (
    <Stack horizontalAlign="center" tokens={{ childrenGap: 8, padding: 24 }} role="status">
      <FontIcon iconName={icon} aria-hidden style={{ fontSize: 32, color: theme.palette.themePrimary }} />
      <Text styles={{ root: { color: theme.semanticColors.bodySubtext, textAlign: 'center', maxWidth: 480 } }}>{text}</Text>
      {children}
    </Stack>
  );
};

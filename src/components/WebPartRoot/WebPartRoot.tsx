import * as React from 'react';
import { Stack, Text, ThemeProvider, type PartialTheme } from '@fluentui/react';
import type { AppServices } from '../../data/ports';
import { AppServicesProvider } from '../services/AppServicesContext';

/** Props of WebPartRoot. */
export interface WebPartRootProps {
  services: AppServices;
  /** The page's theme (SharePoint section variant or Teams), converted by the shell. */
  theme?: PartialTheme;
  /** The web part's heading; empty hides it (authors often add their own text web part above). */
  title: string;
  children?: React.ReactNode;
}

/** The frame every web part root renders in: theme, services and an optional heading. */
export const WebPartRoot: React.FC<WebPartRootProps> = ({ services, theme, title, children }) => (
  <ThemeProvider theme={theme}>
    <AppServicesProvider services={services}>
      <Stack as="section" tokens={{ childrenGap: 12, padding: 4 }} aria-label={title || undefined}>
        {title ? (
          <Text as="h2" variant="xLarge" styles={{ root: { margin: 0 } }}>
            {title}
          </Text>
        ) : null}
        {children}
      </Stack>
    </AppServicesProvider>
  </ThemeProvider>
);

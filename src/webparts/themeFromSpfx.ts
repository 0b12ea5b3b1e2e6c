/** Converts the theme SPFx hands a web part (section variant, Teams theme) into a Fluent UI theme for ThemeProvider. */
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react';

/** The page's palette, semantic colours and fonts, or undefined to keep Fluent UI's defaults. */
export function themeFromSpfx(theme: IReadonlyTheme | undefined): PartialTheme | undefined {
  if (!theme) return undefined;
  return {
    palette: theme.palette,
    semanticColors: theme.semanticColors,
    fonts: theme.fonts,
    isInverted: theme.isInverted
  } as PartialTheme;
}

import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons, ThemeProvider } from '@fluentui/react';
import { Workbench } from './Workbench';
import { setUiLocale } from '../src/components/locale';
import { workbenchLocale } from './workbenchLocale';

// The page's language, as SharePoint sets it: the strings (vite.config.mts), formatting and the page's lang agree.
const locale = workbenchLocale();
setUiLocale(locale);
document.documentElement.lang = locale;

// SharePoint pages register Fluent UI's icons themselves; the workbench serves the same font locally.
initializeIcons('/fluent-icons/');

ReactDOM.render(
  <ThemeProvider>
    <Workbench />
  </ThemeProvider>,
  document.getElementById('root')
);

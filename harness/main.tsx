import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons, ThemeProvider } from '@fluentui/react';
import { Workbench } from './Workbench';

// SharePoint pages register Fluent UI's icons themselves; the workbench serves the same font locally.
initializeIcons('/fluent-icons/');

ReactDOM.render(
  <ThemeProvider>
    <Workbench />
  </ThemeProvider>,
  document.getElementById('root')
);

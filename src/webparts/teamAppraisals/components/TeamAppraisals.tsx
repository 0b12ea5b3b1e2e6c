import * as React from 'react';
import { Spinner, type PartialTheme } from '@fluentui/react';
import * as common from 'CommonStrings';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';

// The team table (Fluent DetailsList) loads with the reviewer's view, outside the bundle every web part shares.
const TeamList = React.lazy(() => import(/* webpackChunkName: 'appraisal-team' */ './TeamList'));

/** Plain settings from the property pane. */
export interface TeamAppraisalsSettings {
  title: string;
}

/** Props of the My team's appraisals root. */
export interface TeamAppraisalsProps {
  services: AppServices;
  settings: TeamAppraisalsSettings;
  theme?: PartialTheme;
}

/** Root of the "My team's appraisals" web part. */
const TeamAppraisals: React.FC<TeamAppraisalsProps> = ({ services, settings, theme }) => (
  <WebPartRoot services={services} theme={theme} title={settings.title}>
    <React.Suspense fallback={<Spinner label={common.Loading} />}>
      <SiteStatusGate>{() => <TeamList />}</SiteStatusGate>
    </React.Suspense>
  </WebPartRoot>
);

export default TeamAppraisals;

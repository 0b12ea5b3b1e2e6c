import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';
import { TeamList } from './TeamList';

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
    <SiteStatusGate>{() => <TeamList />}</SiteStatusGate>
  </WebPartRoot>
);

export default TeamAppraisals;

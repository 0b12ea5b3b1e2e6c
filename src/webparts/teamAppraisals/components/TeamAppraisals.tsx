import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import * as strings from 'TeamAppraisalsWebPartStrings';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';
import { EmptyState } from '../../../components/EmptyState';

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
    <SiteStatusGate>{() => <EmptyState icon="People" text={strings.ReadyEmpty} />}</SiteStatusGate>
  </WebPartRoot>
);

export default TeamAppraisals;

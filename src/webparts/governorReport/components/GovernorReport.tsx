import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';
import { PublishedReports } from './PublishedReports';

/** Plain settings from the property pane. */
export interface GovernorReportSettings {
  title: string;
}

/** Props of the Governor reports root. */
export interface GovernorReportProps {
  services: AppServices;
  settings: GovernorReportSettings;
  theme?: PartialTheme;
}

/** Root of the "Governor reports" web part. */
const GovernorReport: React.FC<GovernorReportProps> = ({ services, settings, theme }) => (
  <WebPartRoot services={services} theme={theme} title={settings.title}>
    <SiteStatusGate>{() => <PublishedReports />}</SiteStatusGate>
  </WebPartRoot>
);

export default GovernorReport;

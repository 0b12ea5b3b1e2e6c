import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';
import { MyRecord } from './MyRecord';

/** Plain settings from the property pane. */
export interface MyAppraisalSettings {
  title: string;
}

/** Props of the My appraisal root. */
export interface MyAppraisalProps {
  services: AppServices;
  settings: MyAppraisalSettings;
  theme?: PartialTheme;
}

/** Root of the "My appraisal" web part. */
const MyAppraisal: React.FC<MyAppraisalProps> = ({ services, settings, theme }) => (
  <WebPartRoot services={services} theme={theme} title={settings.title}>
    <SiteStatusGate>{() => <MyRecord />}</SiteStatusGate>
  </WebPartRoot>
);

export default MyAppraisal;

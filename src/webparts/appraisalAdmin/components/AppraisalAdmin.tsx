import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';
import { SetUpPanel } from './SetUp/SetUpPanel';
import { AdminHome } from './AdminHome';

/** Plain settings from the property pane. */
export interface AppraisalAdminSettings {
  title: string;
}

/** Props of the Appraisal administration root. */
export interface AppraisalAdminProps {
  services: AppServices;
  settings: AppraisalAdminSettings;
  theme?: PartialTheme;
}

/** Root of the "Appraisal administration" web part. */
const AppraisalAdmin: React.FC<AppraisalAdminProps> = ({ services, settings, theme }) => (
  <WebPartRoot services={services} theme={theme} title={settings.title}>
    <SiteStatusGate renderSetUp={(status, reload) => <SetUpPanel upgrade={status.kind === 'upgradeNeeded'} onFinished={reload} />}>
      {() => <AdminHome />}
    </SiteStatusGate>
  </WebPartRoot>
);

export default AppraisalAdmin;

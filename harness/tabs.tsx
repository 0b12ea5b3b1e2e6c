/** One workbench tab per web part, each rendering the real root component. */
import * as React from 'react';
import type { AppServices } from '../src/data/ports';
import type { LocalUser } from './createLocalServices';
import { TeamsHostedMyAppraisal } from './TeamsHostedMyAppraisal';
import MyAppraisal from '../src/webparts/myAppraisal/components/MyAppraisal';
import TeamAppraisals from '../src/webparts/teamAppraisals/components/TeamAppraisals';
import AppraisalAdmin from '../src/webparts/appraisalAdmin/components/AppraisalAdmin';
import GovernorReport from '../src/webparts/governorReport/components/GovernorReport';
import * as myAppraisalStrings from 'MyAppraisalWebPartStrings';
import * as teamStrings from 'TeamAppraisalsWebPartStrings';
import * as adminStrings from 'AppraisalAdminWebPartStrings';
import * as governorStrings from 'GovernorReportWebPartStrings';

/** A web part as the workbench shows it. */
export interface WorkbenchTab {
  key: string;
  title: string;
  render(services: AppServices, user: LocalUser): React.ReactElement;
}

/** The four web parts, with their default property-pane settings, and My appraisal as Teams hosts it. */
export const TABS: WorkbenchTab[] = [
  {
    key: 'myAppraisal',
    title: myAppraisalStrings.DefaultTitle,
    render: (s) => <MyAppraisal services={s} settings={{ title: myAppraisalStrings.DefaultTitle }} />
  },
  {
    key: 'teamAppraisals',
    title: teamStrings.DefaultTitle,
    render: (s) => <TeamAppraisals services={s} settings={{ title: teamStrings.DefaultTitle }} />
  },
  {
    key: 'appraisalAdmin',
    title: adminStrings.DefaultTitle,
    render: (s) => <AppraisalAdmin services={s} settings={{ title: adminStrings.DefaultTitle }} />
  },
  {
    key: 'governorReport',
    title: governorStrings.DefaultTitle,
    render: (s) => <GovernorReport services={s} settings={{ title: governorStrings.DefaultTitle }} />
  },
  {
    // The same web part on the trust board's page: its "Show the trust report" property set.
    key: 'trustReport',
    title: `${governorStrings.DefaultTitle} (trust board)`,
    render: (s) => <GovernorReport services={s} settings={{ title: governorStrings.DefaultTitle, trustReport: true }} />
  },
  {
    key: 'teamsMyAppraisal',
    title: `${myAppraisalStrings.DefaultTitle} (Teams)`,
    render: (_, user) => <TeamsHostedMyAppraisal user={user} />
  }
];

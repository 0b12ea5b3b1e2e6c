/** "My appraisal" as Teams hosts it: services from the production createSpfxServices over a root-site host context. */
import * as React from 'react';
import { MessageBar, Spinner, Stack, Text } from '@fluentui/react';
import * as strings from 'MyAppraisalWebPartStrings';
import MyAppraisal from '../src/webparts/myAppraisal/components/MyAppraisal';
import { createSpfxServices } from '../src/data/createSpfxServices';
import type { AppServices } from '../src/data/ports';
import type { LocalUser } from './createLocalServices';
import { teamsHostContext } from './teamsHostContext';

/** The web part with no properties (a personal app gives none), hosted on the root site. */
export const TeamsHostedMyAppraisal: React.FC<{ user: LocalUser }> = ({ user }) => {
  const [services, setServices] = React.useState<AppServices | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  React.useEffect(() => {
    let live = true;
    createSpfxServices(teamsHostContext(user), undefined).then(
      (s) => live && setServices(s),
      (e: unknown) => live && setFailure(String(e))
    );
    return () => {
      live = false;
    };
  }, [user]);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text variant="small">Hosted as in Teams: the page is /_layouts/15/teamshostedapp.aspx on the tenant&apos;s root site.</Text>
      {failure && <MessageBar>{failure}</MessageBar>}
      {!services && !failure && <Spinner label="Loading…" />}
      {services && <MyAppraisal services={services} settings={{ title: strings.DefaultTitle }} />}
    </Stack>
  );
};

import * as React from 'react';
import { render, screen } from '@testing-library/react';
import AppraisalAdmin from '../../../src/webparts/appraisalAdmin/components/AppraisalAdmin';
import { memoryServices, ScriptedSiteGateway, siteAnswers } from '../../support/memory/memoryServices';
import { MemorySiteProvisioner } from '../../support/memory/MemorySiteProvisioner';

describe('Appraisal administration for someone who is not an administrator', () => {
  it('says plainly it is for the head and HR, instead of showing tabs that SharePoint would leave empty', async () => {
    const provisioner = new MemorySiteProvisioner({ canProvision: false, missing: ['manageWeb', 'manageLists', 'managePermissions'] });
    render(
      <AppraisalAdmin
        services={memoryServices(new ScriptedSiteGateway([siteAnswers.ready]), provisioner)}
        settings={{ title: 'Appraisal administration' }}
      />
    );

    expect(await screen.findByText('Appraisal administration is for the headteacher and HR')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Monitoring' })).not.toBeInTheDocument();
  });
});

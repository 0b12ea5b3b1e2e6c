import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MyAppraisal from '../../src/webparts/myAppraisal/components/MyAppraisal';
import TeamAppraisals from '../../src/webparts/teamAppraisals/components/TeamAppraisals';
import AppraisalAdmin from '../../src/webparts/appraisalAdmin/components/AppraisalAdmin';
import GovernorReport from '../../src/webparts/governorReport/components/GovernorReport';
import type { AppServices } from '../../src/data/ports';
import { memoryServices, ScriptedSiteGateway, siteAnswers } from '../support/memory/memoryServices';

type Root = React.FC<{ services: AppServices; settings: { title: string } }>;
const notice = (text: string): (() => Promise<void>) => async () => {
  expect(await screen.findByText(text)).toBeInTheDocument();
};
const setUpOffered = (button: string): (() => Promise<void>) => async () => {
  expect(await screen.findByRole('button', { name: button })).toBeInTheDocument();
};
// Each root with its ready text and what it shows when the site is not set up / needs an update.
const roots: Array<[string, Root, RegExp, () => Promise<void>, () => Promise<void>]> = [
  [
    'My appraisal',
    MyAppraisal,
    /Your appraisal records for this cycle will appear here/,
    notice('The appraisal site is not set up yet'),
    notice('The appraisal site needs an update')
  ],
  [
    "My team's appraisals",
    TeamAppraisals,
    /The people you appraise will appear here/,
    notice('The appraisal site is not set up yet'),
    notice('The appraisal site needs an update')
  ],
  [
    'Appraisal administration',
    AppraisalAdmin,
    /Nobody is on the roster yet/,
    setUpOffered('Set up the appraisal site'),
    setUpOffered('Update the appraisal site')
  ],
  [
    'Governor reports',
    GovernorReport,
    /No governor report has been published yet/,
    notice('The appraisal site is not set up yet'),
    notice('The appraisal site needs an update')
  ]
];

describe.each(roots)('the %s root', (title, Root, readyText, expectNotSetUp, expectUpgrade) => {
  const renderWith = (...answers: ConstructorParameters<typeof ScriptedSiteGateway>[0]): ScriptedSiteGateway => {
    const site = new ScriptedSiteGateway(answers);
    render(<Root services={memoryServices(site)} settings={{ title }} />);
    return site;
  };

  it('shows a spinner while the site is being checked', () => {
    renderWith('pending');

    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
  });

  it('says the site is not set up, or offers set-up where that is done', async () => {
    renderWith(siteAnswers.notSetUp);

    await expectNotSetUp();
    expect(screen.queryByText(readyText)).not.toBeInTheDocument();
  });

  it('says when the user has no access, without showing anything else', async () => {
    renderWith(siteAnswers.noAccess);

    expect(await screen.findByText('You do not have access to the appraisal site')).toBeInTheDocument();
    expect(screen.queryByText(readyText)).not.toBeInTheDocument();
  });

  it('asks for set-up to run again when the site is at an older schema version', async () => {
    renderWith(siteAnswers.upgradeNeeded);

    await expectUpgrade();
  });

  it('explains an error in plain words and tries again on request', async () => {
    const site = renderWith(siteAnswers.unavailable, siteAnswers.ready);
    expect(await screen.findByText(/SharePoint could not be reached/)).toBeInTheDocument();

    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });

    expect(await screen.findByText(readyText)).toBeInTheDocument();
    expect(site.calls).toBe(2);
  });

  it('shows its empty state once the site is ready', async () => {
    renderWith(siteAnswers.ready);

    expect(await screen.findByText(readyText)).toBeInTheDocument();
  });

  it('hides the heading when the author clears it', async () => {
    render(<Root services={memoryServices()} settings={{ title: '' }} />);

    expect(await screen.findByText(readyText)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: title })).not.toBeInTheDocument();
  });
});

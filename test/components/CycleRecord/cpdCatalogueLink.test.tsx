// EA-CPD: where the appraisee writes the training they may need, the school's CPD catalogue is one click away.
import { screen } from '@testing-library/react';
import { DEFAULT_SCHEME_SETTINGS } from '../../../src/domain';
import { openRecord } from '../../support/cycleRecord';
import { MemorySettings } from '../../support/memory/MemoryRecordsReader';

it('shows the appraisee the school\'s CPD catalogue beside "Training you may need"', async () => {
  const settings = new MemorySettings({ ...DEFAULT_SCHEME_SETTINGS, cpdCatalogueUrl: 'https://cpd.example.org/catalogue' });
  openRecord({ party: 'appraisee', services: { settings } });
  expect(await screen.findByLabelText('Training you may need', undefined, { timeout: 15000 })).toBeInTheDocument();
  const link = await screen.findByRole('link', { name: /Look at the school's CPD catalogue/ });
  expect(link).toHaveAttribute('href', 'https://cpd.example.org/catalogue');
});

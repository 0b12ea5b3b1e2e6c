/* eslint-disable no-script-url -- these tests plant script URLs on purpose, to show they never become links */
import { screen } from '@testing-library/react';
import { emptyCycleDocument, type CycleDocument, type EvidenceItem } from '../../../src/domain';
import type { StoredCycle } from '../../../src/data/ports';
import { toStoredCycle } from '../../../src/data/sharepoint/mappers/cycleMapper';
import { isoDate } from '../../support/builders';
import { AISHA_CYCLE, openRecord } from '../../support/cycleRecord';
import { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';

const link = (id: string, title: string, url: string): EvidenceItem => ({
  id,
  objectiveId: undefined,
  kind: 'link',
  title,
  url,
  addedBy: 'appraisee',
  addedOn: isoDate('2026-11-01')
});

const summary = AISHA_CYCLE;

function show(stored: StoredCycle): void {
  const store = new MemoryCycleStore();
  store.put(stored);
  openRecord({ store });
}

describe('evidence links in the cycle record', () => {
  it('shows a javascript: link stored directly in SharePoint as plain text with a note, never as a link', async () => {
    // The item exactly as SharePoint returns it after a party wrote the Payload with a plain REST call.
    const document = {
      ...emptyCycleDocument(),
      evidence: [
        link('ev1', 'My reading log', 'javascript:alert(document.cookie)'),
        link('ev2', 'Phonics tracker', 'https://example.org/tracker')
      ]
    };
    const item = {
      Id: 1,
      'odata.etag': '"3"',
      StaffKey: 's-aisha',
      CycleKey: 's-aisha:2026-27',
      RecordKind: 'cycle',
      Stage: 'planning',
      Payload: JSON.stringify({ v: 2, track: 'fullCycle', cycle: summary.cycle, document })
    };
    const stored = toStoredCycle(item, []);
    if (!stored.ok) throw new Error(JSON.stringify(stored.error));

    show(stored.value);

    const text = await screen.findByText('My reading log');
    expect(text.closest('a')).toBeNull();
    expect(screen.queryByRole('link', { name: 'My reading log' })).toBeNull();
    expect(screen.getByText(/not shown as a link, because it is not a secure https address/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Phonics tracker' })).toHaveAttribute('href', 'https://example.org/tracker');
    expect(document.evidence).toHaveLength(2);
  });

  it('says what each piece of evidence is for in a plain sentence', async () => {
    const doc: CycleDocument = { ...emptyCycleDocument(), evidence: [link('ev1', 'Reading log', 'https://example.org/log')] };

    show({ summary, document: doc, etag: '1|"1"' });

    expect(await screen.findByText(/^· for the cycle in general, added by the appraisee on 1 November 2026$/)).toBeInTheDocument();
  });

  it('does not link an unsafe URL even when it reaches the view without passing the mapper', async () => {
    const document: CycleDocument = {
      ...emptyCycleDocument(),
      evidence: [link('ev1', 'Planted', ' JavaScript:alert(1)'), link('ev2', 'Old http link', 'http://example.org/')]
    };

    show({ summary, document, etag: '1|"1"' });

    expect(await screen.findByText('Planted')).toBeInTheDocument();
    expect(screen.queryAllByRole('link').filter((a) => /Planted|Old http link/.test(a.textContent ?? ''))).toEqual([]);
    expect(
      Array.from(window.document.querySelectorAll('a[href]'))
        .map((a) => a.getAttribute('href'))
        .filter((h) => /script:|http:/i.test(h ?? ''))
    ).toEqual([]);
  });
});

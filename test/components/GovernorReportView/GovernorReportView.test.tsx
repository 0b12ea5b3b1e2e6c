import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { GovernorReportView } from '../../../src/components/GovernorReportView';
import { buildGovernorReport } from '../../../src/domain';
import { riversideYearEnd } from '../../../fixtures/tenant/yearEndPeople';
import { isoDate } from '../../support/builders';

const snapshot = buildGovernorReport(riversideYearEnd(), '2025/26', isoDate('2026-04-01'), { k: 5, equalityGapPoints: 20 });

describe('GovernorReportView at school size (issue 17)', () => {
  it('leads with the summary, shows a table with nothing to show as one line, and gives one note per reason', () => {
    render(<GovernorReportView snapshot={snapshot} />);

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Six-monthly review — On time: 24 of 29 eligible staff (83%)')).toBeInTheDocument();
    expect(
      within(summary).getByText('Planning meeting: not shown, because a number would be below 5 or give one away.')
    ).toBeInTheDocument();
    const breakdowns = screen.getByRole('region', { name: 'Breakdowns' });
    expect(summary.compareDocumentPosition(breakdowns) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(breakdowns).getByText(
        'Planning meeting, whole school: every number is hidden, because at least one is below 5 and the others would give it away.'
      )
    ).toBeInTheDocument();
    expect(within(breakdowns).queryByRole('table', { name: 'Planning meeting, whole school' })).toBeNull();
    const notes = within(screen.getByRole('region', { name: 'Notes' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(notes.length).toBe(new Set(snapshot.notes.map((n) => n.code)).size);
    expect(
      notes.some((n) => n.startsWith('Left out, because every number in them would be hidden: Planning meeting by staff category;'))
    ).toBe(true);
  });
});

import { agreeRecord, shareForAgreement, type CycleDocument } from '../../../src/domain';
import { statusText } from '../../../src/components/CycleRecord/agreement/statusText';
import { appraisee, cycle, editSummary, plannedDoc, reviewer, stageWith, t } from '../../domain/cycle/cycleFixtures';
import { value } from '../../support/results';


const agreedPlanning = (): CycleDocument => {
  const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
  return value(agreeRecord(shared, 'planning', appraisee, t('2026-04-21T09:00:00Z')));
};

describe('where a stage stands, in words', () => {
  it('says when a record changed after it was agreed, who changed it last, then what happens next', () => {
    const edited = editSummary(agreedPlanning(), 'Edited directly in the SharePoint list.');

    const text = statusText(edited, 'planning', { at: '2026-05-02T13:05:00Z', byName: "Siobhán O'Neill" });

    expect(text).toBe(
      "Changed since it was agreed on 21 April 2026 at 10:00. Last changed by Siobhán O'Neill on 2 May 2026 at 14:05. Both of you need to sign it again; the agreed version is kept."
    );
  });

  it('leaves out who changed it when that is not known', () => {
    const edited = editSummary(agreedPlanning(), 'Edited directly in the SharePoint list.');

    expect(statusText(edited, 'planning', { at: '2026-05-02T13:05:00Z' })).toBe(
      'Changed since it was agreed on 21 April 2026 at 10:00. Both of you need to sign it again; the agreed version is kept.'
    );
  });

  it('gives no empty date for an "agreed" status written without any agreed version', () => {
    const forged: CycleDocument = { ...plannedDoc(), stages: { planning: stageWith('planning', { status: 'agreed', version: 1 }) } };

    expect(statusText(forged, 'planning')).toBe(
      'Changed since it was last agreed. Both of you need to sign it again; the agreed version is kept.'
    );
  });
});

import fc from 'fast-check';
import {
  agreeRecord, effectiveStatus, fingerprint, recordDisagreement, shareForAgreement, withoutAgreementState, withTrustedSignatures,
  type CycleDocument, type SignatureEntry
} from '../../../src/domain';
import { entriesOfV1Record } from '../../../src/data/sharepoint/provisioning/migrateSignatures';
import { appraisee, cycle, editSummary, plannedDoc, reviewer, t } from './cycleFixtures';
import { value } from '../../support/results';


/** What a v1 document held, turned into entries as the upgrade does (the parties' folders). */
const entriesOf = (doc: CycleDocument): SignatureEntry[] =>
  Object.values(doc.stages).flatMap((r) => (r ? entriesOfV1Record(r, appraisee.by).map(({ party, draft }) => ({ ...draft, party })) : []));

const agreedPlanning = (): CycleDocument => {
  const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
  return value(agreeRecord(shared, 'planning', appraisee, t('2026-04-21T09:00:00Z')));
};

describe('agreement state rebuilt from trusted signatures', () => {
  it('reads a stored document with its agreement state stripped as agreed only when both signatures are there', () => {
    const agreed = agreedPlanning();
    const stored = withoutAgreementState(agreed);
    const entries = entriesOf(agreed);

    expect(effectiveStatus(withTrustedSignatures(stored, [], appraisee.by), 'planning')).toBe('draft');
    expect(
      effectiveStatus(
        withTrustedSignatures(
          stored,
          entries.filter((e) => e.party === 'reviewer'),
          appraisee.by
        ),
        'planning'
      )
    ).toBe('awaitingAgreement');
    expect(effectiveStatus(withTrustedSignatures(stored, entries, appraisee.by), 'planning')).toBe('agreed');
    expect(withTrustedSignatures(stored, entries, appraisee.by).stages.planning?.agreed.map((a) => a.version)).toEqual([1]);
  });

  it('ignores whatever the stored document claims about agreement', () => {
    const agreed = agreedPlanning();
    expect(effectiveStatus(withTrustedSignatures(agreed, [], appraisee.by), 'planning')).toBe('draft');
  });

  it("never counts an appraisee's signature written by someone else, or a response written by the appraisee", () => {
    const agreed = agreedPlanning();
    const entries = entriesOf(agreed).map((e) => (e.party === 'appraisee' ? { ...e, by: reviewer.by } : e));
    expect(effectiveStatus(withTrustedSignatures(withoutAgreementState(agreed), entries, appraisee.by), 'planning')).toBe(
      'awaitingAgreement'
    );
    const response: SignatureEntry = {
      party: 'appraisee',
      kind: 'response',
      stage: 'planning',
      version: 1,
      fingerprint: fingerprint('x'),
      at: t('2026-04-22T09:00:00Z'),
      by: appraisee.by,
      name: '',
      text: 'no'
    };
    expect(
      withTrustedSignatures(withoutAgreementState(agreed), [...entriesOf(agreed), response], appraisee.by).stages.planning?.disagreements
    ).toEqual([]);
  });

  it('keeps a disagreement beside the signed text, and a later content change reads as changed since agreed', () => {
    const disagreed = value(recordDisagreement(agreedPlanning(), 'planning', 'Not what we said.', t('2026-04-22T09:00:00Z')));
    const entries = entriesOf(disagreed);
    const rebuilt = withTrustedSignatures(withoutAgreementState(disagreed), entries, appraisee.by);
    expect(effectiveStatus(rebuilt, 'planning')).toBe('disagreementRecorded');
    expect(
      effectiveStatus(
        withTrustedSignatures(editSummary(withoutAgreementState(disagreed), 'Edited later', 'planning'), entries, appraisee.by),
        'planning'
      )
    ).toBe('changedSinceAgreed');
  });

  it('counts the same step written twice (a retry after a lost response) once, in any order', () => {
    const agreed = agreedPlanning();
    const entries = entriesOf(agreed);
    fc.assert(fc.property(fc.shuffledSubarray([...entries, ...entries], { minLength: entries.length * 2 }), (shuffled) => {
      const rebuilt = withTrustedSignatures(withoutAgreementState(agreed), shuffled, appraisee.by);
      expect(rebuilt.stages.planning?.signOffs).toHaveLength(2);
      expect(effectiveStatus(rebuilt, 'planning')).toBe('agreed');
    }));
  });
});

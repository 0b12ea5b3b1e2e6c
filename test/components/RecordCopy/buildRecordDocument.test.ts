/** @jest-environment node */
import JSZip from 'jszip';
import { buildRecordDocument, type RecordCopyLabels } from '../../../src/components/RecordCopy';
import {
  agreeRecord, agreementContent, fingerprint, recordDisagreement, respondToDisagreement, shareForAgreement, type CycleDocument
} from '../../../src/domain';
import { appraisee, cycle, editSummary, plannedDoc, reviewer, t } from '../../domain/cycle/cycleFixtures';
import { value } from '../../support/results';

const labels: RecordCopyLabels = {
  title: 'Appraisal record',
  stageTitle: 'Planning one-to-one',
  appraisee: 'Appraisee',
  reviewer: 'Reviewer',
  cycle: 'Cycle',
  version: 'Version',
  status: 'Status',
  meetingDate: 'Meeting date',
  notRecorded: 'Not recorded',
  statusDraft: 'Draft',
  statusAwaitingAgreement: 'Awaiting agreement',
  statusAgreed: 'Agreed',
  statusDisagreementRecorded: 'Disagreement recorded',
  statusChangedSinceAgreed: 'Changed since agreed',
  objectives: 'Objectives',
  objectiveTitle: 'Objective',
  successCriteria: 'Success criteria',
  agreedEvidence: 'Agreed evidence',
  targetDate: 'Target date',
  progress: 'Progress',
  outcome: 'Outcome',
  outcomeNote: 'Reason or note',
  outcomeMet: 'Met',
  outcomePartlyMet: 'Partly met',
  outcomeNotMet: 'Not met',
  outcomeWithdrawn: 'Withdrawn',
  developmentNeeds: 'Development needs',
  need: 'Need',
  agreedSupport: 'Agreed support',
  supportGiven: 'Support given',
  needOpen: 'Open',
  needMet: 'Met',
  summary: 'Summary',
  feedback: 'Feedback',
  appraiseeComments: 'Appraisee’s comments',
  jobDescriptionReview: 'Job description review',
  jobDescriptionNoChange: 'No change',
  jobDescriptionChangesProposed: 'Changes proposed',
  signOffs: 'Sign-offs',
  noSignOffs: 'Not signed yet',
  signedAt: 'signed',
  disagreements: 'Disagreement',
  disagreementRecordedAt: 'Recorded',
  reviewerResponse: 'Reviewer’s response',
  noResponseYet: 'No response yet',
  fingerprint: 'Fingerprint (SHA-256)'
};


async function documentXml(doc: CycleDocument): Promise<string> {
  const blob = await buildRecordDocument({
    appraiseeName: "Siobhán O'Neill",
    reviewerName: 'Priya Shah',
    cycleLabel: '2026/27',
    stage: 'planning',
    doc,
    labels
  });
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  return zip.file('word/document.xml')!.async('string');
}

/** Word escapes XML: compare against the escaped form. */
const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
const contains = (body: string, text: string): boolean => body.includes(text) || body.includes(xml(text));

describe('buildRecordDocument', () => {
  const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
  const agreed = value(agreeRecord(shared, 'planning', appraisee, t('2026-04-21T09:00:00Z')));

  it('scenario 14, AB10: the copy shows both names intact, both sign-offs with time and version, and the fingerprint', async () => {
    const body = await documentXml(agreed);
    expect(contains(body, "Siobhán O'Neill")).toBe(true);
    expect(contains(body, 'Priya Shah')).toBe(true);
    expect(body).toContain('Run a daily phonics intervention');
    expect(body).toContain('21 April 2026 at 10:00 BST');
    expect(body).toContain('Version 1');
    expect(body).toContain(fingerprint(agreementContent(agreed, 'planning')));
    expect(body).not.toContain('Changed since agreed');
  });

  it('UK-7: the disagreement and the reviewer’s response appear in the copy', async () => {
    const disagreed = value(recordDisagreement(shared, 'planning', 'I don’t accept objective 1 & its date.', t('2026-04-21T09:00:00Z')));
    const answered = value(respondToDisagreement(disagreed, 'planning', 'We will review it at half-term.', t('2026-04-22T09:00:00Z')));
    const body = await documentXml(answered);
    expect(contains(body, 'I don’t accept objective 1 & its date.')).toBe(true);
    expect(body).toContain('We will review it at half-term.');
  });

  it('scenario 11: a record edited after agreement says so', async () => {
    const body = await documentXml(editSummary(agreed, 'Edited in the list.'));
    expect(body).toContain('Changed since agreed');
  });
});

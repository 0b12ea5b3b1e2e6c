/** What kind of item a disposal review counts, in words. */
import * as strings from 'DataProtectionStrings';

/** The plain-English group of an item kind (record kinds, signature kinds, audit actions). */
export function kindGroup(kind: string): string {
  if (kind.startsWith('audit:')) return strings.KindAudit;
  switch (kind) {
    case 'cycle':
      return strings.KindCycle;
    case 'objective':
      return strings.KindObjective;
    case 'meeting':
      return strings.KindMeeting;
    case 'evidence':
      return strings.KindEvidence;
    case 'privateNote':
      return strings.KindPrivateNote;
    case 'supportPlan':
      return strings.KindSupportPlan;
    case 'governorReport':
      return strings.KindGovernorReport;
    default:
      return strings.KindSignature;
  }
}

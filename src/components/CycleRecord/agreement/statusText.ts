import * as strings from 'RecordStrings';
import { effectiveStatus, stageRecordOf, type CycleDocument, type Stage } from '../../../domain';
import { format } from '../../format';
import { dateTimeFormat } from '../../locale';

const WHEN: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London'
};

/** A UTC instant in London time: "3 April 2026 at 14:05" (DOMAIN §4: stored UTC, shown Europe/London). */
export function formatInstant(instant: string): string {
  return dateTimeFormat(WHEN).format(new Date(instant));
}

/** Where the stage's record stands, in words. */
export function statusText(doc: CycleDocument, stage: Stage, lastChanged?: { at: string; byName?: string }): string {
  const record = stageRecordOf(doc, stage);
  const lastAgreed = record.agreed[record.agreed.length - 1];
  switch (effectiveStatus(doc, stage)) {
    case 'draft':
      return record.version === 0 ? strings.StatusDraftNew : strings.StatusDraftChanges;
    case 'awaitingAgreement':
      return format(strings.StatusAwaiting, record.version);
    case 'agreed':
      return format(strings.StatusAgreed, record.version, lastAgreed ? formatInstant(lastAgreed.agreedAt) : '');
    case 'disagreementRecorded':
      return strings.StatusDisagreement;
    case 'changedSinceAgreed':
      return [
        lastAgreed ? format(strings.StatusChanged, formatInstant(lastAgreed.agreedAt)) : strings.StatusChangedUndated,
        lastChanged?.byName ? format(strings.StatusLastChangedBy, lastChanged.byName, formatInstant(lastChanged.at)) : '',
        strings.StatusChangedSignAgain
      ].filter(Boolean).join(' ');
    default:
      return '';
  }
}

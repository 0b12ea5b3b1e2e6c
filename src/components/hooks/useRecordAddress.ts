import * as React from 'react';
import { parseRecordLink, type RecordAddress } from '../../domain';

/**
 * The record address the page was opened with (a deep link from an invite or a reminder), read once; `clear` forgets
 * it once the person has moved on, so going back to the list does not reopen the record.
 */
export function useRecordAddress(): [RecordAddress | undefined, () => void] {
  const [address, setAddress] = React.useState(() => (typeof window === 'undefined' ? undefined : parseRecordLink(window.location.search)));
  return [address, React.useCallback(() => setAddress(undefined), [])];
}

import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { GovernorReportSnapshot } from '../../domain';
import { format } from '../format';

/** Props of DownloadPackButton. */
export interface DownloadPackButtonProps {
  snapshot: GovernorReportSnapshot;
}

type State = 'idle' | 'working' | 'failed';

/** Saves a Blob under a file name through a temporary link (what browsers allow without a server). */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Download the governor pack (Word)": docx loads only when someone asks for the document. */
export const DownloadPackButton: React.FC<DownloadPackButtonProps> = ({ snapshot }) => {
  const [state, setState] = React.useState<State>('idle');
  const download = (): void => {
    setState('working');
    import(/* webpackChunkName: 'appraisal-word' */ './wordPack')
      .then((m) => m.governorPack(snapshot))
      .then((blob) => {
        save(blob, format(strings.ReportFileName, snapshot.cycleLabel.replace('/', '-')));
        setState('idle');
      })
      .catch(() => setState('failed'));
  };
  return (
    <Stack tokens={{ childrenGap: 8 }} horizontalAlign="start">
      <DefaultButton
        iconProps={{ iconName: 'WordDocument' }}
        text={strings.ReportDownloadWord}
        onClick={download}
        disabled={state === 'working'}
      />
      {state === 'working' ? <Spinner size={SpinnerSize.small} label={strings.ReportDownloading} labelPosition="right" /> : null}
      {state === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{strings.ReportDownloadFailed}</MessageBar> : null}
    </Stack>
  );
};

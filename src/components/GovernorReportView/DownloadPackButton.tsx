import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { GovernorReportSnapshot, TrustReportSnapshot } from '../../domain';
import { format } from '../format';
import type { NotAvailableSite } from './trustText';

/** Props of DownloadPackButton: a school's report, or the trust's with the school sites it could not include. */
export type DownloadPackButtonProps =
  | { snapshot: GovernorReportSnapshot }
  | { trust: TrustReportSnapshot; notAvailable: readonly NotAvailableSite[] };

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

/** "Download the governor pack (Word)" (or the trust pack): docx loads only when someone asks for the document. */
export const DownloadPackButton: React.FC<DownloadPackButtonProps> = (props) => {
  const [state, setState] = React.useState<State>('idle');
  const trust = 'trust' in props;
  const cycleLabel = 'trust' in props ? props.trust.cycleLabel : props.snapshot.cycleLabel;
  const download = (): void => {
    setState('working');
    import(/* webpackChunkName: 'appraisal-word' */ './wordPack')
      .then((m) => ('trust' in props ? m.trustPack(props.trust, props.notAvailable) : m.governorPack(props.snapshot)))
      .then((blob) => {
        save(blob, format(trust ? strings.TrustFileName : strings.ReportFileName, cycleLabel.replace('/', '-')));
        setState('idle');
      })
      .catch(() => setState('failed'));
  };
  return (
    <Stack tokens={{ childrenGap: 8 }} horizontalAlign="start">
      <DefaultButton
        iconProps={{ iconName: 'WordDocument' }}
        text={trust ? strings.TrustDownloadWord : strings.ReportDownloadWord}
        onClick={download}
        disabled={state === 'working'}
      />
      {state === 'working' ? <Spinner size={SpinnerSize.small} label={strings.ReportDownloading} labelPosition="right" /> : null}
      {state === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{strings.ReportDownloadFailed}</MessageBar> : null}
    </Stack>
  );
};

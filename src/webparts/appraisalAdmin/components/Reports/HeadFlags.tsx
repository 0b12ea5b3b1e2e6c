import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import type { EqualityFlag } from '../../../../domain';
import { flagText } from '../../../../components/GovernorReportView/reportText';

/** Props of HeadFlags. */
export interface HeadFlagsProps {
  flags: readonly EqualityFlag[];
}

/** Every equality flag, for the head only (UK-13); governors get only those that follow from published numbers. */
export const HeadFlags: React.FC<HeadFlagsProps> = ({ flags }) =>
  flags.length ? (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      <strong>{strings.GovHeadFlagsHeading}</strong>
      <ul aria-label={strings.GovHeadFlagsHeading}>{flags.map((f, i) => <li key={i}>{flagText(f)}</li>)}</ul>
    </MessageBar>
  ) : null;

import type * as React from 'react';
import * as strings from 'GovernorReportWebPartStrings';
import { AppraisalWebPart, type IAppraisalWebPartProps, type RootProps } from '../AppraisalWebPart';
import GovernorReport from './components/GovernorReport';

/** The property-pane values of this web part. */
export type IGovernorReportWebPartProps = IAppraisalWebPartProps;

/** SPFx shell of the "GovernorReport" web part: everything but its root and strings lives in AppraisalWebPart. */
export default class GovernorReportWebPart extends AppraisalWebPart {
  protected get root(): React.FC<RootProps> {
    return GovernorReport;
  }

  protected get strings(): typeof strings {
    return strings;
  }
}

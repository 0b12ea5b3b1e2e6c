import type * as React from 'react';
import { PropertyPaneToggle, type IPropertyPaneConfiguration, type IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import * as strings from 'GovernorReportWebPartStrings';
import { AppraisalWebPart, type IAppraisalWebPartProps, type RootProps } from '../AppraisalWebPart';
import { titlePropertyPane } from '../titlePropertyPane';
import GovernorReport from './components/GovernorReport';

/** The property-pane values of this web part. */
export interface IGovernorReportWebPartProps extends IAppraisalWebPartProps {
  /** On the trust board's page of a trust's own site: show the trust report instead of this site's governor reports. */
  trustReport?: boolean;
}

/** SPFx shell of the "GovernorReport" web part: everything but its root, strings and trust toggle lives in AppraisalWebPart. */
export default class GovernorReportWebPart extends AppraisalWebPart {
  protected get root(): React.FC<RootProps> {
    return GovernorReport;
  }

  protected get strings(): typeof strings {
    return strings;
  }

  protected get extraSettings(): Record<string, unknown> {
    return { trustReport: (this.properties as IGovernorReportWebPartProps | undefined)?.trustReport === true };
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const pane = titlePropertyPane(strings);
    (pane.pages[0].groups[0] as IPropertyPaneGroup).groupFields.push(PropertyPaneToggle('trustReport', { label: strings.TrustReportFieldLabel }));
    return pane;
  }
}

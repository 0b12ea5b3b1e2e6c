import type * as React from 'react';
import * as strings from 'AppraisalAdminWebPartStrings';
import { AppraisalWebPart, type IAppraisalWebPartProps, type RootProps } from '../AppraisalWebPart';
import AppraisalAdmin from './components/AppraisalAdmin';

/** The property-pane values of this web part. */
export type IAppraisalAdminWebPartProps = IAppraisalWebPartProps;

/** SPFx shell of the "AppraisalAdmin" web part: everything but its root and strings lives in AppraisalWebPart. */
export default class AppraisalAdminWebPart extends AppraisalWebPart {
  protected get root(): React.FC<RootProps> {
    return AppraisalAdmin;
  }

  protected get strings(): typeof strings {
    return strings;
  }
}

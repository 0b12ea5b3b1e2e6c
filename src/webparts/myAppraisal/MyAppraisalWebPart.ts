import type * as React from 'react';
import * as strings from 'MyAppraisalWebPartStrings';
import { AppraisalWebPart, type IAppraisalWebPartProps, type RootProps } from '../AppraisalWebPart';
import MyAppraisal from './components/MyAppraisal';

/** The property-pane values of this web part. */
export type IMyAppraisalWebPartProps = IAppraisalWebPartProps;

/** SPFx shell of the "MyAppraisal" web part: everything but its root and strings lives in AppraisalWebPart. */
export default class MyAppraisalWebPart extends AppraisalWebPart {
  protected get root(): React.FC<RootProps> {
    return MyAppraisal;
  }

  protected get strings(): typeof strings {
    return strings;
  }
}

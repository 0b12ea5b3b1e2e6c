import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import * as common from 'CommonStrings';
import type { CycleRecordViewProps } from './CycleRecordView';

// The record forms load when a record is opened, outside the bundle every web part shares.
const View = React.lazy(() =>
  import(/* webpackChunkName: 'appraisal-record' */ './CycleRecordView').then((m) => ({ default: m.CycleRecordView }))
);

/** CycleRecordView, loaded on demand. */
export const LazyCycleRecordView: React.FC<CycleRecordViewProps> = (props) => (
  <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={common.Loading} />}>
    <View {...props} />
  </React.Suspense>
);

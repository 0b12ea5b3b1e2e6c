import * as React from 'react';
import type { ReviewRequestPanelProps } from './ReviewRequestPanel';

const ReviewRequestPanel = React.lazy(() =>
  import(/* webpackChunkName: 'appraisal-review-request' */ './ReviewRequestPanel').then((m) => ({ default: m.ReviewRequestPanel }))
);

/** The review request panel, loaded only when a record is open (bundle budget). */
export const LazyReviewRequestPanel: React.FC<ReviewRequestPanelProps> = (props) => (
  <React.Suspense fallback={null}>
    <ReviewRequestPanel {...props} />
  </React.Suspense>
);

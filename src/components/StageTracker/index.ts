export { StageTracker, type StageTrackerProps } from './StageTracker';

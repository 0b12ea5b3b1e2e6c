export { SiteStatusGate, type SiteStatusGateProps } from './SiteStatusGate';

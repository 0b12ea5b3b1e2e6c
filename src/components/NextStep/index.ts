export { NextStepBanner, type NextStepBannerProps } from './NextStepBanner';

export { WebPartRoot, type WebPartRootProps } from './WebPartRoot';

export * from './types';
export * from './document';
export * from './agreement';
export * from './validation';
export * from './transitions';
export * from './oneToOne';
export * from './nextCycle';
export * from './frameworks';

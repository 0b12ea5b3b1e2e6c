export * from './types';
export * from './document';
export * from './agreement';
export * from './validation';
export * from './limits';
export * from './transitions';
export * from './oneToOne';
export * from './nextCycle';
export * from './frameworks';
// frameworkPacks (the built-in packs, kilobytes of text) is imported by path where needed, so it stays out of the
// shared web part bundle: set-up seeds the list from it and the record falls back to it on demand.
export * from './disagreements';
export * from './signatures';
export * from './merge';
export * from './progress';
export * from './nextStep';
export * from './smart';

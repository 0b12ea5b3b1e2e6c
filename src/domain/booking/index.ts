export * from './slotWindows';

export * from './harness';
export * from './exportFiles';

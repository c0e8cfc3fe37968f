export * from './harness';
export * from './exportFiles';
export * from './tools';

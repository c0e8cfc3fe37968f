export * from './hub';
export * from './demoData';
export * from './layout';
export * from './processes';
export * from './metrics';

export * from './jsonLines';
export * from './paths';

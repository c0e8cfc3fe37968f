export * from './payload';
export * from './trustList';
export * from './keys';
export * from './seal';
export * from './qr';
export * from './issuerKeys';
export * from './certificate';

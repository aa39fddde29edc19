export * from './client';
export * from './flow';
export * from './qr';
export * from './session';

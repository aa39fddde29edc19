export * from './client';
export * from './flow';

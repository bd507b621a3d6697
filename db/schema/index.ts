export * from './audit';
export * from './auth';
export * from './organization';

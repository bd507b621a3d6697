export * from './accounts';
export * from './audit';
export * from './auth';
export * from './catalog';
export * from './organization';
export * from './usage';

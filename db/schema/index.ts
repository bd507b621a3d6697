export * from './accounts';
export * from './audit';
export * from './auth';
export * from './catalog';
export * from './invoicing';
export * from './organization';
export * from './subscriptions';
export * from './usage';

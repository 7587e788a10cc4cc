export * from './scopes.js';
export * from './validation.js';
export * from './wire.js';

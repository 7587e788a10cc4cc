export * from './scopes.js';
export * from './validation.js';
export * from './wire.js';
export * from './pages.js';
export * from './app-identity.js';
export * from './device-codes.js';

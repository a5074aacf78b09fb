/** Riposte metrics: pure, DOM-free computations over stored records. */
export * from './time';
export * from './business-hours';
export * from './stats';
export * from './response';
export * from './queue';
export * from './rollups';
export * from './period';
export * from './top';
export * from './summary';
export * from './crisis';
export * from './export';

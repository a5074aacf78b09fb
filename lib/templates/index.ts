/** Template domain: pure, DOM-free. */
export * from './model';
export * from './render';
export * from './length';
export * from './search';
export * from './io';
export * from './plan';
export * from './starter';
export { parseCsv, toCsv, type CsvRow, type CsvParseResult } from './csv';

/** Imports every UI language's catalog (extension pages and content scripts import this once). */
export {};

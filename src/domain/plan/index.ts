/** The action plan domain: Yjs document model, read model, edits, template, exchange. */
export * from './schema';
export * from './mandates';
export * from './model';
export * from './edit';
export * from './text';
export * from './template';
export * from './exchange';
export * from './markdown';
export { newId } from './ids';
export * from './states';
export * from './roots';
export * from './shape';
export * from './figures';

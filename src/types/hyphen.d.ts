// Node's ES modules need the file path of the `hyphen` package's language modules (a folder import fails), and
// see each CommonJS module as one default export; their types, from @types/hyphen, are declared for the folder.
declare module 'hyphen/es/index.js' {
  const spanish: typeof import('hyphen/es');
  export default spanish;
}
declare module 'hyphen/pt/index.js' {
  const portuguese: typeof import('hyphen/pt');
  export default portuguese;
}

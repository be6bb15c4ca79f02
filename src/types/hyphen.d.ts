// Node's ES modules need the file path of the `hyphen` package's Spanish module (a folder import fails), and
// see that CommonJS module as one default export; its types, from @types/hyphen, are declared for the folder.
declare module 'hyphen/es/index.js' {
  const spanish: typeof import('hyphen/es');
  export default spanish;
}

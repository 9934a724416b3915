// opencc-js publishes its single dictionaries (dist/esm-lib/dict/*.js, each a default-exported
// string) through a "./*" export without types; the search page loads only the few it needs.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

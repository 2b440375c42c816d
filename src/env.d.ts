// Module types for imports that Vite serves specially.
declare module '*.json?part=shell' {
  const messages: import('./i18n/index').Messages;
  export default messages;
}
declare module '*.json?part=workshop' {
  const messages: import('./i18n/index').Messages;
  export default messages;
}
declare module '*.json?part=later' {
  const messages: import('./i18n/index').Messages;
  export default messages;
}

/** The app's version, written in at build time (vite.config.ts, from build/app-info.ts). */
declare const __APP_VERSION__: string;

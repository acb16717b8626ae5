/** The project's folder, set by astro.config.mjs: the build loads the in-process API from there. */
declare const __SUNBOARD_ROOT__: string;

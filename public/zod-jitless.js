// Loaded by index.html before the app's modules. The page's Content-Security-Policy has no
// 'unsafe-eval'; zod would otherwise probe `new Function` while building its first object schema (to
// compile fast parsers) and trip a CSP violation. Zod reads this global config when it loads, so it has
// to be set by a classic script that runs first: a module cannot guarantee to run before the bundled
// chunks that build schemas.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

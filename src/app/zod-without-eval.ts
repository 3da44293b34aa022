// The page's Content-Security-Policy has no 'unsafe-eval'. Zod would probe `new Function` on its first
// object parse (to compile fast parsers) and trip a CSP violation report; in jitless mode it never tries.
// Imported first by main.tsx so it runs before anything parses.
import { z } from 'zod';

z.config({ jitless: true });

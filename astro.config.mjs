// The site's configuration lives in src/integrations/config.ts so fixture sites in tests
// are built with exactly the same pages and settings.
import { defineConfig } from 'astro/config';
import { annalsConfig } from './src/integrations/config.ts';

export default defineConfig(annalsConfig());

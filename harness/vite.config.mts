// The local workbench: Vite serves the harness and mounts the tenant emulator on the same origin.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { emulatorPlugin } from '../emulator/connect/viteMiddleware';
import { workbenchTenant } from '../fixtures/tenant/workbenchTenant';

const require = createRequire(import.meta.url);
interface StringModule { name: string; dir: string }
const { STRING_MODULES, LOCALES, stringsFor } = require('../config/strings.cjs') as {
  STRING_MODULES: StringModule[];
  LOCALES: string[];
  stringsFor(root: string, dir: string, locale: string): Record<string, string>;
};
const srcRoot = fileURLToPath(new URL('../src/', import.meta.url));
const VIRTUAL = '\0spfx-strings:';

/**
 * SPFx loads strings by module name ('CommonStrings', '<Name>WebPartStrings') for the page's language. The workbench
 * does the same from the module list (config/strings.cjs): each module is served with every locale's strings, and
 * the one chosen in the workbench's language switch (kept in localStorage, like a SharePoint user's language setting,
 * applied on the next page load) is exported.
 */
function spfxStrings(): Plugin {
  const byName = new Map(STRING_MODULES.map((m) => [m.name, m]));
  return {
    name: 'spfx-strings',
    enforce: 'pre',
    resolveId(id) {
      return byName.has(id) ? VIRTUAL + id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const module = byName.get(id.slice(VIRTUAL.length)) as StringModule;
      for (const file of readdirSync(srcRoot + module.dir)) if (file.endsWith('.js')) this.addWatchFile(srcRoot + module.dir + '/' + file);
      const all = Object.fromEntries(LOCALES.map((locale) => [locale, stringsFor(srcRoot, module.dir, locale)]));
      const keys = Object.keys(all['en-GB']);
      return [
        `import { workbenchLocale } from '${fileURLToPath(new URL('./workbenchLocale.ts', import.meta.url))}';`,
        `const all = ${JSON.stringify(all)};`,
        `const strings = all[workbenchLocale()] ?? all['en-GB'];`,
        'export default strings;',
        ...keys.map((key) => `export const ${key} = strings[${JSON.stringify(key)}];`)
      ].join('\n');
    }
  };
}

/** Serves Fluent UI's icon font from node_modules at /fluent-icons/ (SharePoint pages provide it; the CDN is offline). */
function fluentIconFonts(): Plugin {
  const dir = fileURLToPath(new URL('../node_modules/@fluentui/font-icons-mdl2/fonts/', import.meta.url));
  return {
    name: 'fluent-icon-fonts',
    configureServer(server) {
      server.middlewares.use('/fluent-icons/', (req, res, next) => {
        const file = (req.url ?? '').replace(/^\//, '').split('?')[0];
        if (!/^[\w.-]+\.woff2?$/.test(file)) return next();
        res.setHeader('content-type', 'font/woff');
        res.end(readFileSync(dir + file));
      });
    }
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [spfxStrings(), react(), fluentIconFonts(), emulatorPlugin(workbenchTenant)],
  resolve: {
    alias: [
      { find: /^~(.+)$/, replacement: '$1' }
    ]
  },
  css: {
    modules: { localsConvention: 'camelCase' },
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] } }
  },
  // Pre-bundle every dependency, including those only lazily imported chunks use, so that Vite never discovers one
  // mid-session and reloads the page under the user (or a test).
  optimizeDeps: {
    include: [
      'react', 'react-dom', '@fluentui/react', '@pnp/sp', '@pnp/queryable', '@pnp/sp/webs', '@pnp/sp/lists', '@pnp/sp/items',
      '@pnp/sp/fields', '@pnp/sp/folders', '@pnp/sp/files', '@pnp/sp/security', '@pnp/sp/site-groups', '@pnp/sp/site-users',
      '@pnp/sp/batching', '@microsoft/microsoft-graph-client', 'zod', '@fluentui/react-charting', 'docx', '@noble/hashes/sha256',
      '@noble/hashes/utils'
    ]
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: '../temp/harness-dist', emptyOutDir: true }
});

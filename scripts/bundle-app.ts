/**
 * What an app's bundler makes of `code`: esbuild, bundled, minified ESM for a neutral platform,
 * resolving the package to the built `dist` (via `alias`). Shared by the size tests
 * (test/*bundle.test.ts) and `npm run bench`, so they measure bytes the same way.
 */
import { build } from 'esbuild';

export async function bundleApp(code: string, resolveDir: string, alias?: Record<string, string>): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    ...(alias === undefined ? {} : { alias }),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The care-mode (关怀版) script, inlined in every page's <head>.
 *
 * Why inline: the chosen mode must apply before first paint (no flash), so the script must
 * run before the body renders; as an external file it was a render-blocking request on every
 * page (Lighthouse: 140–390 ms on simulated mobile). Inline, it costs no request, and the
 * Content-Security-Policy allows exactly this text by its SHA-256 hash (CSP Level 2,
 * "hash-source"), so no other inline script can run.
 *
 * What it does: it sets html.care from localStorage before first paint, and binds the toggle.
 * The toggle is in the page from the first paint (so showing it shifts nothing) and hidden by
 * CSS only when scripting is off. The file holds code only, no comments, because every byte
 * is carried by every page and is what the hash covers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CARE_SCRIPT_FILE = fileURLToPath(new URL('../scripts/care-mode.inline.js', import.meta.url));

/**
 * The script's exact text, as the page carries it. For the configuration (run unbundled);
 * the layout imports the same file with Vite's `?raw` and trims it the same way
 * (`careScriptText`), since after bundling this module's URL no longer points at src/.
 */
export function careScript(): string {
  return careScriptText(readFileSync(CARE_SCRIPT_FILE, 'utf8'));
}

/** The page's form of the file's text: without surrounding whitespace. */
export function careScriptText(fileText: string): string {
  return fileText.trim();
}

/** The CSP hash-source for the script: "sha256-<base64>". */
export function careScriptHash(text: string = careScript()): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

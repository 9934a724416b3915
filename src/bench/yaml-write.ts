/**
 * A small YAML writer for generated data, in the hand-written style of the sample site
 * (block mappings at the top, one flow mapping per entry). Every string is written
 * double-quoted (JSON's escapes are valid YAML), so no value can be misread as syntax:
 * `1:0.81`, `*` or `2023-03-17` all arrive as the exact text the loader expects.
 */
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };

function flow(value: YamlValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  const entries = Object.entries(value).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
  return `{ ${entries.map(([key, item]) => `${key}: ${flow(item)}`).join(', ')} }`;
}

/**
 * Writes a mapping; nested mappings stay block style for `blockDepth` more levels, then
 * turn into flow mappings on one line.
 */
export function toYaml(record: Record<string, YamlValue | undefined>, blockDepth: number, indent = ''): string {
  let text = '';
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const isMapping = typeof value === 'object' && !Array.isArray(value);
    if (isMapping && blockDepth > 0) {
      text += `${indent}${key}:\n${toYaml(value, blockDepth - 1, `${indent}  `)}`;
    } else {
      text += `${indent}${key}: ${flow(value)}\n`;
    }
  }
  return text;
}

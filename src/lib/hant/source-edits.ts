/**
 * Edits to an HTML page made where they are, in its source text, so that everything not
 * edited stays byte for byte as Astro wrote it (quotes, entities, `download` without a value,
 * `<` inside a quoted attribute value). Positions come from parse5's source locations
 * (`sourceCodeLocationInfo`), which are offsets into the same JavaScript string.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

/** The source's characters [start, end) become `text`. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/** `source` with `edits` made; edits must not overlap (a bug: it throws). */
export function applyEdits(source: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`Overlapping edits of a page at ${edit.start}`);
    result += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + source.slice(at);
}

interface Attribute {
  /** The raw value (entities as written), '' for an attribute written without one. */
  value: string;
  /** Where the whole `name="value"` is, and where its value is (undefined: no value written). */
  start: number;
  end: number;
  valueAt: { start: number; end: number } | undefined;
}

/**
 * An element's start tag, read from the source: attribute values as written, changed by
 * `set`, `update` and `remove`, and turned into edits by `edits()`. Undefined values mean
 * "no such attribute". Values set must be ready to stand between double quotes.
 */
export class StartTag {
  private readonly attributes = new Map<string, Attribute>();
  private readonly changed = new Map<string, string | null>();
  private readonly end: number;

  constructor(source: string, element: DefaultTreeAdapterTypes.Element) {
    const location = element.sourceCodeLocation;
    const tag = location?.startTag;
    if (!location || !tag) throw new Error(`<${element.tagName}> has no start tag in the page`);
    // Before "/>" or ">": where an attribute added goes.
    this.end = source.slice(tag.startOffset, tag.endOffset).endsWith('/>') ? tag.endOffset - 2 : tag.endOffset - 1;
    for (const [name, at] of Object.entries(location.attrs ?? {})) {
      this.attributes.set(name, readAttribute(source, at.startOffset, at.endOffset));
    }
  }

  names(): string[] {
    return [...this.attributes.keys()];
  }

  value(name: string): string | undefined {
    const changed = this.changed.get(name);
    if (changed !== undefined) return changed ?? undefined;
    return this.attributes.get(name)?.value;
  }

  set(name: string, value: string): void {
    this.changed.set(name, value);
  }

  /** Replaces an existing attribute's value by `change(value)`; nothing when it is absent. */
  update(name: string, change: (value: string) => string): void {
    const value = this.value(name);
    if (value !== undefined) this.set(name, change(value));
  }

  remove(name: string): void {
    if (this.value(name) !== undefined) this.changed.set(name, null);
  }

  edits(source: string): SourceEdit[] {
    const edits: SourceEdit[] = [];
    for (const [name, value] of this.changed) {
      const attribute = this.attributes.get(name);
      if (!attribute) {
        if (value !== null) edits.push({ start: this.end, end: this.end, text: ` ${name}="${value}"` });
      } else if (value === null) {
        // The attribute and the white space before it.
        let start = attribute.start;
        while (start > 0 && /\s/.test(source[start - 1]!)) start -= 1;
        edits.push({ start, end: attribute.end, text: '' });
      } else if (value !== attribute.value) {
        edits.push(attribute.valueAt ? { ...attribute.valueAt, text: value } : { start: attribute.start, end: attribute.end, text: `${name}="${value}"` });
      }
    }
    return edits;
  }
}

/** `name`, `name=value`, `name="value"` or `name='value'` at [start, end) of the source. */
function readAttribute(source: string, start: number, end: number): Attribute {
  const text = source.slice(start, end);
  const equals = text.indexOf('=');
  if (equals < 0) return { value: '', start, end, valueAt: undefined };
  let from = equals + 1;
  while (/\s/.test(text[from] ?? '')) from += 1;
  const quoted = text[from] === '"' || text[from] === "'";
  const valueAt = quoted ? { start: start + from + 1, end: end - 1 } : { start: start + from, end };
  return { value: source.slice(valueAt.start, valueAt.end), start, end, valueAt };
}

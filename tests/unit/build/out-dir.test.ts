/**
 * Which --out folders a build refuses (src/lib/build/out-dir.ts), on real temp folders.
 * Expected codes and texts are written by hand from the rule: a build replaces the whole
 * output folder, so it must be new, empty, or one an earlier build marked.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../../src/lib/build/errors.ts';
import { checkOutDir, hasMarker, MARKER_FILE, writeMarker } from '../../../src/lib/build/out-dir.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'annals-outdir-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function refusal(out: string, projectRoot = root): BuildError {
  try {
    checkOutDir(projectRoot, out, '--out given');
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return error as BuildError;
  }
  throw new Error(`expected ${out} to be refused`);
}

describe('the marker file', () => {
  it('is .annals-build.json holding exactly the format version', () => {
    expect(MARKER_FILE).toBe('.annals-build.json');
    writeMarker(root);
    expect(readFileSync(join(root, '.annals-build.json'), 'utf8')).toBe('{"annals-build":1}\n');
    expect(hasMarker(root)).toBe(true);
  });

  it('is not recognised when missing, unreadable JSON, another version, null or not an object', () => {
    expect(hasMarker(root)).toBe(false);
    for (const text of ['not json', '{"annals-build":2}', '{"annals-build":"1"}', 'null', '1', '{}']) {
      writeFileSync(join(root, MARKER_FILE), text);
      expect(hasMarker(root), text).toBe(false);
    }
  });
});

describe('checkOutDir refuses', () => {
  it('the project root itself', () => {
    const error = refusal(root);
    expect(error.code).toBe('out-forbidden');
    expect(error.where).toBe('--out given');
    expect(error.params).toEqual({ path: root, whatZh: '项目根目录', whatEn: 'the project root' });
    expect(error.message).toBe(`Cannot build into "${root}": it is the project root. The build replaces the whole output folder, which would destroy what it holds. Use a new folder instead, e.g. --out dist.`);
  });

  it('a folder that contains the project', () => {
    const project = join(root, 'site');
    mkdirSync(project);
    const error = refusal(root, project);
    expect(error.code).toBe('out-forbidden');
    expect(error.params).toEqual({ path: root, whatZh: '包含项目的上级目录', whatEn: 'a folder that contains the project' });
  });

  it.each(['data', 'content', 'src', 'public', 'node_modules', '.git'])('the project\'s %s/ folder and folders inside it', (name) => {
    for (const out of [join(root, name), join(root, name, 'deeper', 'out')]) {
      const error = refusal(out);
      expect(error.code).toBe('out-forbidden');
      expect(error.params).toEqual({
        path: out,
        whatZh: `项目的 ${name}/ 目录（或其中的目录）`,
        whatEn: `the project's ${name}/ folder (or a folder inside it)`,
      });
    }
  });

  it('the Annals installation\'s own src/ folder, whatever the project', () => {
    const toolSrc = resolve(import.meta.dirname, '..', '..', '..', 'src');
    const error = refusal(toolSrc);
    expect(error.code).toBe('out-forbidden');
    expect(error.params.whatEn).toBe("the project's src/ folder (or a folder inside it)");
  });

  it('a path that reaches a protected folder through a symbolic link', () => {
    mkdirSync(join(root, 'data'));
    symlinkSync(join(root, 'data'), join(root, 'link'));
    const error = refusal(join(root, 'link', 'out'));
    expect(error.code).toBe('out-forbidden');
    expect(error.params.whatEn).toBe("the project's data/ folder (or a folder inside it)");
  });

  it('an existing file', () => {
    const out = join(root, 'dist');
    writeFileSync(out, 'x');
    const error = refusal(out);
    expect(error.code).toBe('out-not-a-folder');
    expect(error.params).toEqual({ path: out, kind: 'file' });
    expect(error.message).toBe(`"${out}" exists but is not a folder. Use a new folder instead, e.g. --out dist.`);
  });

  it('a symbolic link, even to a folder, and a dangling one', () => {
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'dist'));
    expect(refusal(join(root, 'dist')).params).toEqual({ path: join(root, 'dist'), kind: 'symlink' });
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
    const error = refusal(join(root, 'dangling'));
    expect(error.code).toBe('out-not-a-folder');
    expect(error.params).toEqual({ path: join(root, 'dangling'), kind: 'symlink' });
  });

  it('a folder with files and no marker, or a wrong marker', () => {
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<p>mine</p>');
    const error = refusal(out);
    expect(error.code).toBe('out-not-owned');
    expect(error.params).toEqual({ path: out, marker: '.annals-build.json' });
    writeFileSync(join(out, MARKER_FILE), '{"annals-build":2}');
    expect(refusal(out).code).toBe('out-not-owned');
  });
});

describe('checkOutDir accepts', () => {
  it('a new folder, also under folders that do not exist yet', () => {
    expect(() => checkOutDir(root, join(root, 'dist'), '--out dist')).not.toThrow();
    expect(() => checkOutDir(root, join(root, 'a', 'b', 'dist'), '--out a/b/dist')).not.toThrow();
  });

  it('a sibling whose name only starts like a protected folder', () => {
    expect(() => checkOutDir(root, join(root, 'database'), '--out database')).not.toThrow();
    expect(() => checkOutDir(root, join(root, 'src-out'), '--out src-out')).not.toThrow();
  });

  it('an empty folder', () => {
    mkdirSync(join(root, 'dist'));
    expect(() => checkOutDir(root, join(root, 'dist'), '--out dist')).not.toThrow();
  });

  it('a folder an earlier build marked, whatever else it holds', () => {
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<p>old</p>');
    writeMarker(out);
    expect(() => checkOutDir(root, out, '--out dist')).not.toThrow();
  });

  it('a folder outside the project', () => {
    const project = join(root, 'site');
    mkdirSync(project);
    expect(() => checkOutDir(project, join(dirname(project), 'public-html'), '--out ../public-html')).not.toThrow();
  });
});

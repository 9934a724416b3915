/** What a command prints when something ends it: both languages, one line each, no stack. */
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../src/cli/describe-failure.ts';
import { InvalidSiteError } from '../../../src/lib/issues.ts';

describe('describeFailure', () => {
  it('tells a bug in one line per language, with its message and no stack', () => {
    const text = describeFailure(new TypeError('Cannot read properties of undefined (reading \'x\')\n    at loadSite (src/lib/load-site.ts:1:1)'));
    expect(text).toBe(
      "Annals 内部错误：TypeError: Cannot read properties of undefined (reading 'x')。这不是您数据的问题，请把这条信息报告给维护者。\n" +
        "Annals internal error: TypeError: Cannot read properties of undefined (reading 'x'). This is not a problem in your data; please report this message to the maintainers.",
    );
  });

  it('names a path it cannot access, with the system\'s code', () => {
    const error = Object.assign(new Error('EACCES: permission denied, open \'dist/x\''), { code: 'EACCES', syscall: 'open', path: 'dist/x' });
    expect(describeFailure(error)).toBe(
      '无法访问 “dist/x”（EACCES）。请检查该路径是否存在以及文件权限。\nCannot access "dist/x" (EACCES). Check that the path exists and its permissions.',
    );
  });

  it('lists the issues of an invalid site', () => {
    const text = describeFailure(new InvalidSiteError([{ file: 'data/bureaus.yaml', line: 1, column: 1, field: '', code: 'not-a-file', params: { found: 'data/bureaus.yaml' } }]));
    expect(text).toContain('data/bureaus.yaml:1:1\n  “data/bureaus.yaml” 不是普通文件（可能是文件夹、管道或设备）。请删除它，或换成普通的文本文件。\n  "data/bureaus.yaml" is not a regular file (it may be a folder, a pipe or a device). Delete it or replace it with a plain text file.');
  });
});

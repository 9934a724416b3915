/**
 * The words of the dev-only problem page and warnings panel, in both languages. They live
 * here, not in src/i18n/, because the built site never shows them.
 */
import type { Locale } from '../../schemas/common.ts';

export interface PreviewStrings {
  title: (count: number) => string;
  heading: (count: number) => string;
  intro: (path: string) => string;
  reloads: string;
  noScript: string;
  openInVsCode: string;
  otherEditors: string;
  editorNote: string;
  warningsSummary: (count: number) => string;
  warningsIntro: string;
}

export const PREVIEW_STRINGS: Record<Locale, PreviewStrings> = {
  zh: {
    title: (count) => `发现 ${count} 处问题 · Annals 预览`,
    heading: (count) => `数据和叙述中有 ${count} 处问题，暂时无法显示本页`,
    intro: (path) => `请求的页面是 ${path}。请按下面的说明逐条改正并保存文件。`,
    reloads: '保存后本页会自动刷新：列出剩下的问题，全部改正后即显示原页面。',
    noScript: '浏览器未启用 JavaScript，保存后请手动刷新本页。',
    openInVsCode: '在 VS Code 中打开',
    otherEditors: '其他编辑器请打开：',
    editorNote: '“在 VS Code 中打开”需要本机已安装 VS Code；使用其他编辑器时，请打开所示文件并跳到所示的行和列。',
    warningsSummary: (count) => `本页有 ${count} 条提示（仅在预览中显示，不会发布）`,
    warningsIntro: '这些提示不影响生成网站，但值得核对：',
  },
  en: {
    title: (count) => `${count} problem${count === 1 ? '' : 's'} found · Annals preview`,
    heading: (count) => `The data and narratives have ${count} problem${count === 1 ? '' : 's'}; this page cannot be shown yet`,
    intro: (path) => `The page asked for is ${path}. Fix each problem as described below and save the file.`,
    reloads: 'After each save this page reloads by itself: it lists what is left, and shows the page once everything is fixed.',
    noScript: 'JavaScript is off in this browser: reload the page by hand after saving.',
    openInVsCode: 'Open in VS Code',
    otherEditors: 'Other editors: open',
    editorNote: '"Open in VS Code" needs VS Code installed on this computer; with another editor, open the file shown and go to the line and column shown.',
    warningsSummary: (count) => `${count} warning${count === 1 ? '' : 's'} on this page (shown in the preview only, never published)`,
    warningsIntro: 'These do not stop the site from being built, but are worth checking:',
  },
};

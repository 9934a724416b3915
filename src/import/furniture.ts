/**
 * Page furniture: the lines a web page or a document-sharing site wraps around a report
 * (navigation, share buttons, datelines, footers, ICP numbers, adverts, spam). Each rule
 * has a name, which the review list shows next to every line it dropped, so an editor can
 * see at a glance that nothing of the report itself was thrown away.
 *
 * Rules look at one line of simplified text at a time. They are written to be obviously
 * right on the line they target rather than clever: a report sentence is long and ends
 * with 。, furniture is short, has no sentence punctuation, or names the website.
 */

const SENTENCE_PUNCTUATION = /[。，,；;！!？?]/;
const CJK = /[\u4e00-\u9fff]/g;
/** 一、 （一） (一) 1. 1、: a heading number; such a line is never furniture by shape alone. */
const HEADING_START = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])/;

function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

export interface FurnitureRule {
  name: string;
  test: (text: string) => boolean;
}

/** Navigation words a government or news page shows as separate short lines. */
const NAVIGATION_WORDS =
  /^(微信|微博|无障碍|关怀版|长者模式|繁体字?|简体字?|繁體|English|登录|注册|打印|关闭|打印本页|关闭窗口|返回顶部|分享到[:：]?|手机扫码浏览|查看详情|字号[:：]?.*|【?大】?\s*【?中】?\s*【?小】?)$/i;

/** Words that only spam and adverts use: a line containing one is not part of any report. */
const SPAM_WORDS =
  /(无码|人妻|久久|成人(?:欧美|视频|电影)|福利(?:一区|视频)|在线(?:观看|播放)|高潮|春药|永久免费|一区二区|\bav\b|由会员分享|可在线阅读|下载上搜索|如果您想找寻|请联系我们)/i;

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  { name: 'footer', test: (text) => /(版权所有|版权声明|ICP备|公网安备|网站标识码|主办[:：]|承办[:：]|关于我们|网站地图|本站仅提供|相关热词搜索|^上一篇|^下一篇|技术支持[:：])/.test(text) },
  { name: 'spam', test: (text) => SPAM_WORDS.test(text) },
  // "安龙县| 调兵山市| 青浦区| …": a run of unrelated place names, typical SEO spam.
  { name: 'place-list', test: (text) => (text.match(/[|｜]/g)?.length ?? 0) >= 5 },
  { name: 'navigation', test: (text) => NAVIGATION_WORDS.test(text) },
  // "您的位置:主页 > 新闻 > …", "首页 > 营口专访 > 正文": breadcrumbs.
  { name: 'breadcrumb', test: (text) => /^(您的?当前的?位置|您的位置|当前位置|首页)/.test(text) && />|›|»/.test(text) },
  // "欢迎光临…网站", "欢迎投稿…报料": a site's greeting or a call for news tips.
  { name: 'advert', test: (text) => /^欢迎(光临|访问|投稿|来稿)|报料|爆料/.test(text) && text.length <= 60 },
  // "栏目: 工作总结 / 发布于: / 人气:5.74K": a page's information line.
  { name: 'page-info', test: (text) => /(栏目|人气|发布于|阅读量?|浏览量)\s*[:：]/.test(text) && text.length <= 80 && !/[。；;]/.test(text) },
  { name: 'navigation', test: (text) => /^(设为首页|收藏本站|加入收藏)/.test(text) },
  // A short line of a few words separated by spaces and nothing else: a menu ("中华彩票 人人公益")
  // or a tag cloud ("社区   养老   服务   设施"). Bullet lines (●) are section headings, not menus.
  {
    name: 'menu-or-tags',
    test: (text) => {
      if (/^[●•·■◆]/.test(text) || HEADING_START.test(text) || SENTENCE_PUNCTUATION.test(text)) return false;
      const words = text.split(/\s+/).filter(Boolean);
      return words.length >= 2 && words.every((word) => word.length <= 6) && (text.length <= 60 || (words.length >= 6 && text.length <= 120));
    },
  },
  // "• 01/25", "• 400-127-6788", "• 重庆发布": the bullet (U+2022) list of a page header.
  { name: 'header-bullet', test: (text) => /^•/.test(text) && !/[。，,；;]/.test(text) && text.length <= 20 },
  // "办公时间：9:00-17:30", "服务热线：12345", "地区编码：510000000000": a page's or a form's
  // service and code lines, not report text.
  { name: 'service-info', test: (text) => /^(办公时间|服务时间|工作时间|办理时间|咨询电话|服务热线|监督电话|投诉电话|联系电话|热线电话|电话|传真|邮编|邮政编码|地址|地区编码|区划代码|表号|编制单位|制表机关)\s*[:：]/.test(text) && text.length <= 80 },
  { name: 'contact', test: (text) => /(\d{3,4}-\d{7,8}|400-\d{3}-\d{4}|[\w.-]+@[\w-]+\.[a-z]{2,}|https?:\/\/)/i.test(text) && text.length <= 60 },
  // "2017-05-31 来源 :公益时报 作者 :", "2019-03-18 08:10:00 来源:营口之窗 点击:"
  { name: 'dateline', test: (text) => /(来源|作者|点击|浏览次数|发布时间)\s*[:：]/.test(text) && text.length <= 80 },
  // "沙坪坝区丰文街道社区养老服务中心(资料图) 陈骅 摄"
  { name: 'photo-caption', test: (text) => /(资料图|图片来源|摄影[:：]|\s摄$)/.test(text) && text.length <= 60 },
  { name: 'ellipsis', test: (text) => /^[….。·\s]+$/.test(text) },
  // A line of at most four characters that is not a heading: a byline ("赢君") or a stray word.
  { name: 'byline', test: (text) => cjkCount(text) <= 4 && text.length <= 5 && !/^[●•■◆]/.test(text) && !HEADING_START.test(text) && !SENTENCE_PUNCTUATION.test(text) },
  // "2017-05-31", "01/25", "第 3 页": a line that is only a date or a page number.
  { name: 'date-or-page-number', test: (text) => /^(\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}\/\d{1,2}|[-—\s]*\d{1,3}[-—\s]*)$/.test(text) },
  // Checked last, after navigation (设为首页 收藏本站). "本站的会员…为你整理了这篇…": the site speaking of itself, not the report.
  // 本站 with what a website does (会员, 整理, 转载 …): a rescue station's own 本站全年救助… stays.
  { name: 'site-blurb', test: (text) => /(本站|本网(?!格))[^。]{0,20}(会员|网友|整理|转载|免责|声明|投稿|下载|收藏|提供|版权)|(会员|网友)[^。]{0,20}(本站|本网)/.test(text) && text.length <= 200 },
];

/** The rule a line breaks, or undefined when the line may be report text. */
export function furnitureRuleFor(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return FURNITURE_RULES.find((rule) => rule.test(trimmed))?.name;
}

/** Lines that start a page footer; everything after the first of them is footer too. */
const FOOTER_START = /^(版权声明|版权所有|相关热词搜索|上一篇|下一篇|手机扫码浏览|关于我们|网站地图|责任编辑|【打印本页】|【关闭窗口】)/;

/**
 * Index of the first footer line, or -1. Only looked for in the second half of the page,
 * so a copyright notice printed above the article cannot swallow it.
 */
export function findFooterStart(texts: readonly string[]): number {
  const half = Math.floor(texts.length / 2);
  for (let index = half; index < texts.length; index += 1) {
    if (FOOTER_START.test((texts[index] ?? '').trim())) return index;
  }
  return -1;
}

/** Traditional → simplified, and the narrow repair of round-trip damage. */
import { describe, expect, it } from 'vitest';
import { hasRoundTripFingerprint, repairRoundTrip, toSimplified } from '../../../src/import/convert.ts';

const repair = (text: string): string => repairRoundTrip(text, hasRoundTripFingerprint(text)).text;

describe('toSimplified', () => {
  it('converts traditional text and folds variants (著力 → 着力)', () => {
    expect(toSimplified('養老機構1426所,養老床位20.7萬張,著力打造')).toBe('养老机构1426所,养老床位20.7万张,着力打造');
  });
  it('leaves simplified text unchanged', () => {
    const text = '民政局养老服务体系建设情况汇报材料，积极开展“空巢老人”关爱活动。';
    expect(toSimplified(text)).toBe(text);
  });
});

describe('repairRoundTrip', () => {
  it('always repairs 效劳 and 假设干, which are not words of official prose', () => {
    expect(repairRoundTrip('提供养老效劳', false).text).toBe('提供养老服务');
    expect(repairRoundTrip('关于加快发展养老服务业的假设干意见', false).text).toBe('关于加快发展养老服务业的若干意见');
  });

  it('repairs the fixed collocations in a fingerprinted document', () => {
    expect(repair('民政局养老效劳体系建立情况汇报材料')).toBe('民政局养老服务体系建设情况汇报材料');
    expect(repair('制定社会养老效劳业开展规划')).toBe('制定社会养老服务业发展规划');
    expect(repair('养老效劳。为体系建立奠定了根底')).toBe('养老服务。为体系建设奠定了基础');
    expect(repair('效劳。关于加快开展养老效劳业的意见')).toBe('服务。关于加快发展养老服务业的意见');
    expect(repair('效劳。一手抓公办机构建立,增强托底功能')).toBe('服务。一手抓公办机构建设,增强托底功能');
    expect(repair('效劳。加强队伍建立。一是开展专业队伍。')).toBe('服务。加强队伍建设。一是发展专业队伍。');
    expect(repair('效劳。二找切入点,开展民营机构。')).toBe('服务。二找切入点,发展民营机构。');
    expect(repair('效劳。进步养老效劳队伍的专业化程度')).toBe('服务。提高养老服务队伍的专业化程度');
    expect(repair('效劳。参与当地经济建立')).toBe('服务。参与当地经济建设');
  });

  it('leaves genuine 建立, 开展 and 进步 alone even in a fingerprinted document', () => {
    expect(repair('效劳。一是建立基层老年协会。')).toBe('服务。一是建立基层老年协会。');
    expect(repair('效劳。逐步建立起投资多元的体系。')).toBe('服务。逐步建立起投资多元的体系。');
    expect(repair('效劳。建立健全志愿者效劳的长效机制')).toBe('服务。建立健全志愿者服务的长效机制');
    expect(repair('效劳。开展“空巢老人”关爱活动。')).toBe('服务。开展“空巢老人”关爱活动。');
    expect(repair('效劳。制度已建立。')).toBe('服务。制度已建立。');
    expect(repair('效劳。社会不断进步。')).toBe('服务。社会不断进步。');
  });

  it('does not touch 开展/建立 in a document without the fingerprint', () => {
    const clean = '开展养老机构消防提升工程,推进养老服务体系建立,机构建立,开展民营机构。';
    expect(hasRoundTripFingerprint(clean)).toBe(false);
    expect(repair(clean)).toBe(clean);
  });

  it('reports what it changed and why', () => {
    const { repairs } = repairRoundTrip('养老效劳体系建立情况', true);
    expect(repairs.map((r) => `${r.from}→${r.to}`)).toEqual(['效劳→服务', '建立→建设']);
    expect(repairs.every((r) => r.why.length > 10)).toBe(true);
  });
});

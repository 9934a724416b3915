/**
 * The benchmark's publishers: clearly fictional city bureaus, marked `fictional: true` and
 * named so that no page could be mistaken for real government information. Region codes
 * start with 99, which GB/T 2260 does not assign.
 */
import type { Localized } from '../schemas/common.ts';

export interface BenchBureau {
  id: string;
  number: number;
  name: Localized;
  short: Localized;
  regionCode: string;
}

export function benchBureaus(count: number): BenchBureau[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      id: `bench-city-${String(number).padStart(3, '0')}`,
      number,
      name: { zh: `虚构市第${number}民政局（基准测试数据）`, en: `Fictional City ${number} Civil Affairs Bureau (benchmark data)` },
      short: { zh: `虚构第${number}市`, en: `Fictional City ${number}` },
      regionCode: `99${String(number).padStart(4, '0')}`,
    };
  });
}

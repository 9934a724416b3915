/**
 * Pixels of a PNG (a screenshot, or a PDF page rasterised by pdftoppm), counted inside
 * rectangles by a real browser's image decoder, so tests need no image library.
 */
import type { Browser } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * For each rectangle (in the image's pixels), the share of its pixels that are not near-white
 * (any channel below 235): what has been drawn there. Also returns the image's size.
 */
export async function drawnShares(browser: Browser, png: Buffer, rects: readonly Rect[]): Promise<{ width: number; height: number; shares: number[] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ source, boxes }) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const shares = boxes.map((box) => {
        const x = Math.max(0, Math.round(box.x));
        const y = Math.max(0, Math.round(box.y));
        const width = Math.min(canvas.width - x, Math.round(box.width));
        const height = Math.min(canvas.height - y, Math.round(box.height));
        if (width <= 0 || height <= 0) return 0;
        const { data } = context.getImageData(x, y, width, height);
        let drawn = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) drawn += 1;
        return drawn / (width * height);
      });
      return { width: canvas.width, height: canvas.height, shares };
    }, { source: `data:image/png;base64,${png.toString('base64')}`, boxes: rects.map((rect) => ({ ...rect })) });
  } finally {
    await page.close();
  }
}

/** Whether two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

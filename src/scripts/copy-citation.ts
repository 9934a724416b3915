/**
 * The copy buttons of citations (src/components/cite/CitationText.astro). Progressive
 * enhancement: the buttons are `hidden` in the HTML and revealed here, so without
 * JavaScript a citation is plain visible text to select and copy.
 *
 * The page shows the citation-date placeholder (static pages never depend on the clock); the
 * copied text carries the reader's own date instead, written as the citation's standard
 * writes it (`data-date-format`), and the status region says so.
 */

/**
 * Today as the citation's style writes it: "iso" 2026-11-30 (GB/T 7714), "apa" November 30,
 * 2026 (APA 7). The reader's own local date.
 */
function today(format: string): string {
  const now = new Date();
  if (format === 'apa') return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(now);
  const pad = (part: number): string => String(part).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (an insecure origin, an old browser): a selected textarea and execCommand.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}

function announce(status: HTMLElement | null, message: string): void {
  if (!status) return;
  // Cleared first so the same message is announced again on a second copy.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

async function copyCitation(button: HTMLButtonElement): Promise<void> {
  const block = button.closest<HTMLElement>('[data-citation]');
  const text = block?.querySelector<HTMLElement>('[data-citation-text]')?.textContent?.trim();
  const status = block?.querySelector<HTMLElement>('[data-citation-status]') ?? null;
  if (!text) return;
  const placeholder = button.dataset.placeholder ?? '';
  const at = placeholder ? text.lastIndexOf(placeholder) : -1;
  const dated = at === -1 ? text : `${text.slice(0, at)}${today(button.dataset.dateFormat ?? 'iso')}${text.slice(at + placeholder.length)}`;
  const copied = await writeClipboard(dated);
  announce(status, (copied ? button.dataset.copied : button.dataset.failed) ?? '');
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-citation-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () => void copyCitation(button));
}

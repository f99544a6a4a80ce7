/**
 * A customer's money status injected next to a Partner Center row or mention, built with plain DOM: a table can
 * carry hundreds of chips, and a Preact render per shadow root cost more than the whole row read. The hover card
 * (money, data age) is the native tooltip. Every text goes through textContent/title, so page data stays inert.
 */
import type { CustomerStatus } from '@/utils/domain';
import type { BannerAction } from './ConsequenceBanner';

export interface PageChip {
  status: CustomerStatus;
  label: string;
  /** Lines of the hover card, e.g. money and data age. */
  details: string[];
  /** One-click fix next to the chip (list rows of customers who cannot buy). */
  fix?: BannerAction | null;
}

interface Painted {
  /** What the root shows now; a repaint with the same signature touches nothing. */
  signature: string;
  /** The current fix handler: the button calls through here, so an unchanged button never runs a stale one. */
  onFix: BannerAction['onClick'] | null;
}

const painted = new WeakMap<ShadowRoot, Painted>();

/** Shows `chip` in `root` (replacing what this function painted there before); false when nothing changed. */
export function paintChip(root: ShadowRoot, chip: PageChip): boolean {
  const title = chip.details.join('\n');
  const fix = chip.fix ?? null;
  const signature = `${chip.status}\u0000${chip.label}\u0000${title}\u0000${fix?.id ?? ''}\u0000${fix?.label ?? ''}`;
  const before = painted.get(root);
  const state: Painted = { signature, onFix: fix?.onClick ?? null };
  painted.set(root, state);
  if (before?.signature === signature) return false;
  const doc = root.ownerDocument;
  const span = doc.createElement('span');
  span.className = 'pa-chip';
  span.setAttribute('data-status', chip.status);
  span.title = title;
  span.textContent = chip.label;
  const nodes: Node[] = [span];
  if (fix) nodes.push(fixButton(doc, root, fix));
  // Keep what mountShadow put there (a fallback <style>), replace only our own nodes.
  if (root.firstElementChild) for (const old of [...root.children]) if (old.localName !== 'style') old.remove();
  root.append(...nodes);
  return true;
}

/** True once `host` shows a chip (painted by this or an earlier content-script instance). */
export function isPainted(host: Element): boolean {
  return host.shadowRoot?.querySelector('.pa-chip') != null;
}

function fixButton(doc: Document, root: ShadowRoot, fix: BannerAction): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'pa-btn pa-chip-fix';
  button.setAttribute('data-fix', fix.id);
  button.textContent = fix.label;
  button.addEventListener('click', (event) => painted.get(root)?.onFix?.(event));
  return button;
}

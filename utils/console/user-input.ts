/**
 * Injected UI sits in open shadow roots, which page script can reach (security.md §2.6): it can call
 * `button.click()`, dispatch mouse or keyboard events, or submit a form in there. None of those events are
 * trusted, so one capture listener per root drops every untrusted input event before any handler inside sees
 * it — every button, present or future, answers only the user's own clicks and keys.
 */
export const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/** Stops a scripted event here (capture phase of the root) and cancels its default action (link, submit). */
export function dropUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/** Installs the guard on a root; call before anything inside the root registers its own listeners. */
export function acceptUserInputOnly(root: ShadowRoot): void {
  for (const type of GUARDED_EVENTS) root.addEventListener(type, dropUntrusted, { capture: true });
}

/** A labelled form control; the label wraps the control so clicks and screen readers find it. */
import type { ComponentChildren } from 'preact';

export function Field(props: { label: string; hint?: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control comes in as `children`, inside the label.
    <label class="field">
      <span class="field-label">{props.label}</span>
      {props.children}
      {props.hint && <span class="field-hint">{props.hint}</span>}
    </label>
  );
}

export function Notice(props: { kind: 'ok' | 'error' | 'info'; text: string | null }) {
  if (!props.text) return null;
  return (
    <p class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.text}
    </p>
  );
}

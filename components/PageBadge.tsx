/** A small marker that the extension runs on this page (the first vertical slice). */
export function PageBadge(props: { text: string; connected: boolean }) {
  return (
    <div class="pa-badge" data-connected={String(props.connected)}>
      {props.text}
    </div>
  );
}

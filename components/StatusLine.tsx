/** One line of status text; `state` drives the colour through a data attribute. */
export function StatusLine(props: { state: 'loading' | 'ready' | 'error'; text: string }) {
  return (
    <p class="status" data-state={props.state} role={props.state === 'error' ? 'alert' : 'status'}>
      {props.text}
    </p>
  );
}

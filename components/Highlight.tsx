/** Text with the part matching the search query marked (<mark>), found the way the index normalises. */
import { highlightRanges } from '@/utils/search/normalize';

export function Highlight(props: { text: string; query: string }) {
  const [range] = highlightRanges(props.text, props.query);
  if (!range) return <>{props.text}</>;
  const [start, end] = range;
  return (
    <>
      {props.text.slice(0, start)}
      <mark>{props.text.slice(start, end)}</mark>
      {props.text.slice(end)}
    </>
  );
}

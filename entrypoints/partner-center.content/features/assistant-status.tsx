/** A small corner marker that says the assistant runs here and whether the background answered. */
import { render } from 'preact';
import { PageBadge } from '@/components/PageBadge';
import { mountShadow } from '@/utils/console/mount';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { defineFeature } from '../feature';
import css from './assistant-status.css?inline';

export default defineFeature({
  id: 'assistant-status',
  pages: ['*'],
  async run({ document, signal }) {
    const status = await sendMessage('app.status', {});
    if (signal.aborted) return;
    const { root } = mountShadow(document.body, 'assistant-status', 'page', css);
    render(<PageBadge text={t('pageBadge')} connected={status.ok} />, root);
  },
});

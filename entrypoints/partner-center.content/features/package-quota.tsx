/**
 * Resource packages (资源包, partner-center.md §4): next to each package, "X of Y left this month, resets on …"
 * when its quota resets every cycle, "X of Y left until …" when one quota covers the whole term.
 */
import { render } from 'preact';
import { PackageQuotaNote } from '@/components/PackageQuotaNote';
import { observeChanges, waitFor } from '@/utils/console/dom';
import { findPackageTable, readPackageRows } from '@/utils/console/extract';
import { HOST_TAG, mountShadow } from '@/utils/console/mount';
import { packageQuota } from '@/utils/rules/package-quota';
import { defineFeature } from '../feature';
import { packageText } from '../parts/package-text';
import css from '../parts/ui.css?inline';

const ID = 'package-quota';

export default defineFeature({
  id: ID,
  pages: ['resource-packages'],
  async run({ document, signal }) {
    await waitFor(document.body, () => findPackageTable(document)?.table ?? null, signal);
    const annotate = () => {
      const view = findPackageTable(document);
      if (!view || signal.aborted) return;
      const now = Date.now();
      for (const { nameCell, unit, input } of readPackageRows(view)) {
        const quota = packageQuota(input, now);
        const { host, root } = mountShadow(nameCell, ID, 'quota', css);
        host.dataset.state = quota.state;
        render(<PackageQuotaNote state={quota.state} text={packageText(quota, unit)} />, root);
      }
    };
    annotate();
    // The table re-renders on paging and filters: annotate the new rows (our own hosts are ignored).
    observeChanges(document.body, annotate, signal, HOST_TAG);
  },
});

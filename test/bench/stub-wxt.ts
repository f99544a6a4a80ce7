/** Stands in for wxt/browser and wxt/utils/storage when the annotate path is bundled into a plain page. */
export const browser = {};
export const storage = { defineItem: () => ({}) };

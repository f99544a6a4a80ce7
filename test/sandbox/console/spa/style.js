// Minimal console-like look; generated-looking class names are deliberately not what the extension uses.
export const STYLE = `
body { margin: 0; font: 14px/1.5 system-ui, "PingFang SC", sans-serif; color: #252b3a; }
.header { display: flex; height: 48px; align-items: center; padding: 0 16px; background: #fff; border-bottom: 1px solid #dfe1e6; }
.layout { display: flex; }
.nav { display: flex; flex-direction: column; width: 180px; padding: 8px; }
.nav-link { padding: 6px 8px; color: #252b3a; text-decoration: none; }
.main { flex: 1; display: block; padding: 16px; min-width: 0; }
tp-table { display: table; width: 100%; border-collapse: collapse; }
tp-thead { display: table-header-group; background: #f5f5f6; }
tp-tbody { display: table-row-group; }
tp-tr { display: table-row; }
tp-th, tp-td { display: table-cell; padding: 6px 8px; border-bottom: 1px solid #eee; max-width: 260px; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
tp-pagination { display: flex; gap: 6px; margin-top: 8px; align-items: center; }
.tp-modal { position: fixed; inset: 0; background: rgba(0,0,0,.3); display: flex; align-items: center; justify-content: center; z-index: 1000; }
.tp-modal-box { background: #fff; padding: 16px 24px; min-width: 360px; }
.tp-dropdown-menu { position: absolute; background: #fff; border: 1px solid #dfe1e6; box-shadow: 0 2px 8px rgba(0,0,0,.15); z-index: 900; display: flex; flex-direction: column; }
.tp-dropdown-item { padding: 4px 12px; cursor: pointer; }
.tp-dropdown-item[aria-disabled="true"] { color: #adb0b8; cursor: not-allowed; }
.card { display: inline-block; vertical-align: top; border: 1px solid #dfe1e6; padding: 12px; margin: 0 12px 12px 0; min-width: 220px; }
`;

export const X_CSS = `
html, body { margin: 0; font: 15px/1.35 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #0f1419; background: #fff; }
a { color: #1d9bf0; text-decoration: none; }
.rx-shell { display: flex; justify-content: center; min-height: 100vh; }
.rx-header { width: 260px; padding: 8px 12px; display: flex; flex-direction: column; justify-content: space-between; position: sticky; top: 0; height: 100vh; box-sizing: border-box; }
.rx-nav { display: flex; flex-direction: column; gap: 6px; }
.rx-nav a { color: #0f1419; font-size: 19px; padding: 10px 12px; border-radius: 999px; }
.rx-nav a.rx-post-btn { color: #fff; text-align: center; margin-top: 10px; }
.rx-switcher { display: flex; align-items: center; gap: 10px; padding: 10px; border: 0; border-radius: 999px; background: transparent; cursor: pointer; text-align: left; font: inherit; }
.rx-switcher:hover { background: #e7e7e8; }
.rx-main { display: flex; width: 990px; }
.rx-primary { width: 600px; border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; min-height: 100vh; }
.rx-sidebar { width: 350px; }
.rx-h1 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.rx-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.rx-article { display: block; padding: 12px 16px; border-bottom: 1px solid #eff3f4; outline: none; background: #fff; }
.rx-article:focus { background: #f7f9f9; box-shadow: inset 0 0 0 2px #8ecdf8; }
.rx-row { display: flex; gap: 10px; }
.rx-avatar-col { flex: 0 0 40px; }
.rx-avatar-box { width: 40px; height: 40px; }
.rx-avatar { width: 40px; height: 40px; border-radius: 50%; display: block; }
.rx-body { flex: 1; min-width: 0; }
/* As on X (captures: User-Name is a row that does not wrap; names and handles shrink with an ellipsis). */
.rx-user-name { display: flex; align-items: center; gap: 4px; min-width: 0; max-width: 100%; white-space: nowrap; }
.rx-user-name > div:first-child { display: flex; min-width: 0; flex-shrink: 1; overflow: hidden; }
.rx-handle-line { display: flex; gap: 4px; color: #536471; min-width: 0; flex-shrink: 1; }
.rx-name, .rx-handle { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.rx-name { color: #0f1419; font-weight: 700; }
.rx-handle, .rx-time, .rx-dot { color: #536471; }
.rx-text { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
.rx-emoji { height: 1.2em; width: 1.2em; margin: 0 .05em; vertical-align: -0.2em; }
.rx-focused .rx-text { font-size: 17px; margin: 12px 0; }
.rx-focused-time { color: #536471; margin: 8px 0; }
.rx-focused-time a { color: #536471; }
.rx-replying { color: #536471; font-size: 14px; }
.rx-quote-box { margin-top: 10px; }
.rx-quote { border: 1px solid #cfd9de; border-radius: 16px; padding: 10px 12px; cursor: pointer; }
.rx-actions { display: flex; justify-content: space-between; max-width: 425px; margin-top: 10px; }
.rx-action { background: none; border: 0; color: #536471; cursor: pointer; font: inherit; padding: 4px 8px; border-radius: 999px; }
.rx-action:hover { background: #e8f5fd; }
.rx-composer { display: flex; gap: 10px; padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
.rx-composer-main { flex: 1; min-width: 0; }
.rx-editor { font-size: 20px; min-height: 28px; padding: 10px 0; overflow-wrap: anywhere; }
.rx-editor .public-DraftEditorPlaceholder-root { color: #536471; }
.rx-toolbar { display: flex; justify-content: flex-end; align-items: center; gap: 12px; }
.rx-counter { color: #f4212e; font-size: 13px; }
.rx-post-btn { background: #0f1419; color: #fff; border: 0; border-radius: 999px; padding: 8px 16px; font-weight: 700; font-size: 15px; cursor: pointer; }
.rx-post-btn:disabled { opacity: .5; cursor: default; }
.rx-show-more { padding: 16px; }
.rx-show-more a { color: #1d9bf0; }
.rx-tabs { display: flex; border-bottom: 1px solid #eff3f4; }
.rx-tabs a { flex: 1; text-align: center; padding: 16px; color: #0f1419; font-weight: 700; }
.rx-mask { position: fixed; inset: 0; background: rgba(91,112,131,.4); display: flex; align-items: flex-start; justify-content: center; z-index: 10; padding-top: 5vh; }
.rx-mask-clear { background: transparent; align-items: flex-end; justify-content: flex-start; padding: 0 0 80px 20px; }
.rx-modal { background: #fff; border-radius: 16px; width: 600px; max-height: 90vh; overflow: auto; }
.rx-modal-head { padding: 8px 12px; }
.rx-modal-head button { border: 0; background: none; font-size: 18px; cursor: pointer; }
.rx-modal-target { padding: 4px 16px; }
.rx-menu { background: #fff; border-radius: 16px; box-shadow: 0 0 15px rgba(101,119,134,.3); min-width: 300px; padding: 12px 0; }
.rx-usercell { display: flex; align-items: center; gap: 10px; width: 100%; padding: 10px 16px; border: 0; background: none; font: inherit; text-align: left; cursor: pointer; }
.rx-usercell:hover { background: #f7f9f9; }
.rx-current { cursor: default; border-bottom: 1px solid #eff3f4; }
.rx-menuitem { display: block; padding: 12px 16px; color: #0f1419; font-weight: 700; }
.rx-toast { position: fixed; bottom: 20px; left: 50%; transform: translateX(-50%); background: #1d9bf0; color: #fff; padding: 12px 16px; border-radius: 4px; z-index: 20; }
.rx-toast a { color: #fff; font-weight: 700; text-decoration: underline; }
.rx-loggedout { display: flex; flex-direction: column; gap: 8px; }
`;

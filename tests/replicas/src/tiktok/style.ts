export const TT_CSS = `
html, body { margin: 0; font: 15px/1.4 "TikTokFont", -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #161823; background: #fff; }
a { color: inherit; text-decoration: none; }
.tt-header { height: 60px; display: flex; align-items: center; gap: 16px; padding: 0 24px; border-bottom: 1px solid #eee; position: sticky; top: 0; background: #fff; z-index: 5; }
.tt-logo { font-weight: 800; font-size: 22px; }
.tt-search { flex: 0 1 360px; margin: 0 auto; border-radius: 92px; background: #f1f1f2; border: 0; padding: 10px 16px; font: inherit; }
.tt-header-avatar img { width: 32px; height: 32px; border-radius: 50%; display: block; }
.tt-login { background: #fe2c55; color: #fff; border: 0; border-radius: 4px; padding: 6px 16px; font-weight: 600; cursor: pointer; }
.tt-body { display: flex; }
.tt-sidenav { width: 220px; padding: 12px; box-sizing: border-box; }
.tt-sidenav a { display: block; padding: 10px 8px; font-weight: 700; font-size: 18px; border-radius: 4px; }
.tt-sidenav a:hover { background: #f1f1f2; }
.tt-detail { flex: 1; display: flex; gap: 24px; padding: 16px; min-width: 0; }
.tt-video { flex: 0 0 420px; height: 680px; background: #000; border-radius: 16px; }
.tt-side { flex: 1; min-width: 0; max-width: 560px; display: flex; flex-direction: column; height: calc(100vh - 92px); }
.tt-author { display: flex; gap: 12px; align-items: center; background: #f8f8f8; border-radius: 12px; padding: 16px; }
.tt-author img { width: 40px; height: 40px; border-radius: 50%; }
.tt-tabs { display: flex; gap: 24px; border-bottom: 1px solid #eee; margin-top: 12px; }
.tt-tab { background: none; border: 0; padding: 12px 0; font: inherit; font-weight: 600; cursor: pointer; color: #888; }
.tt-tab[aria-selected="true"] { color: #161823; border-bottom: 2px solid #161823; }
.tt-tab-content { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.tt-comment-main { flex: 1; overflow-y: auto; padding: 16px 0; }
.tt-count { font-weight: 600; margin-bottom: 12px; }
.tt-thread { margin-bottom: 16px; }
.tt-item { display: flex; gap: 12px; }
.tt-item img.tt-av { width: 40px; height: 40px; border-radius: 50%; display: block; }
.tt-reply-container .tt-item img.tt-av { width: 24px; height: 24px; }
.tt-item-content { flex: 1; min-width: 0; }
.tt-item-header { display: flex; justify-content: space-between; }
.tt-name { font-weight: 600; font-size: 14px; margin: 0; }
.tt-text { font-size: 15px; white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
.tt-text a { font-weight: 600; }
.tt-sub-split { display: flex; justify-content: space-between; align-items: center; }
.tt-sub { display: flex; gap: 16px; color: rgba(22,24,35,.5); font-size: 14px; margin-top: 4px; }
.tt-reply-btn { margin: 0; cursor: pointer; font-weight: 600; font-size: 13px; }
.tt-like { cursor: pointer; color: rgba(22,24,35,.5); font-size: 13px; text-align: center; }
.tt-reply-container { margin-left: 52px; margin-top: 8px; display: flex; flex-direction: column; gap: 8px; }
.tt-view-more { color: rgba(22,24,35,.5); font-weight: 600; font-size: 14px; cursor: pointer; }
.tt-footer { border-top: 1px solid #eee; padding: 16px 0 0; }
.tt-replying { font-size: 13px; color: rgba(22,24,35,.6); display: flex; gap: 8px; margin-bottom: 6px; }
.tt-replying button { border: 0; background: none; cursor: pointer; }
.tt-bar { display: flex; align-items: center; gap: 12px; }
.tt-input-area { flex: 1; display: flex; align-items: center; background: #f1f1f2; border-radius: 8px; padding: 10px 12px; min-width: 0; }
.tt-editor { flex: 1; min-width: 0; max-height: 120px; overflow-y: auto; font-size: 15px; }
.tt-editor .public-DraftEditorPlaceholder-root { color: rgba(22,24,35,.4); }
.tt-icon { cursor: pointer; padding: 0 4px; }
.tt-post { color: #fe2c55; font-weight: 600; cursor: pointer; }
.tt-post[aria-disabled="true"] { color: rgba(22,24,35,.34); cursor: default; }
`;

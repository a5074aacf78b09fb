export const IG_CSS = `
html, body { margin: 0; font: 14px/18px -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #000; background: #fff; }
a { color: inherit; text-decoration: none; }
.ri-layout { display: flex; min-height: 100vh; }
.ri-nav-col { width: 245px; border-right: 1px solid #dbdbdb; padding: 8px 12px; box-sizing: border-box; position: sticky; top: 0; height: 100vh; }
.ri-nav { display: flex; flex-direction: column; gap: 4px; }
.ri-logo { font: italic 600 24px/40px Georgia, serif; padding: 12px; }
.ri-nav-link { display: flex; align-items: center; gap: 14px; padding: 12px; border-radius: 8px; }
.ri-nav-link:hover { background: #f2f2f2; }
.ri-avatar-nav { width: 24px; height: 24px; border-radius: 50%; }
.ri-section { flex: 1; display: flex; justify-content: center; }
.ri-main { width: 100%; max-width: 935px; padding: 24px 16px; box-sizing: border-box; }
.ri-article { display: flex; border: 1px solid #dbdbdb; border-radius: 4px; height: 80vh; min-height: 450px; }
.ri-media { flex: 1 1 55%; background: #000; display: flex; align-items: center; }
.ri-media-el { width: 100%; display: block; }
.ri-side { flex: 0 0 405px; display: flex; flex-direction: column; min-width: 0; }
.ri-post-header { display: flex; align-items: center; gap: 8px; padding: 14px 16px; }
.ri-hr { border: 0; border-top: 1px solid #efefef; margin: 0; }
.ri-comments { flex: 1; overflow-y: auto; padding: 16px; }
.ri-list, .ri-replies { list-style: none; margin: 0; padding: 0; }
.ri-replies { margin-left: 44px; }
.ri-row { display: flex; gap: 12px; align-items: flex-start; padding: 6px 0; }
.ri-avatar { width: 32px; height: 32px; border-radius: 50%; display: block; }
.ri-row-main { flex: 1; min-width: 0; }
.ri-row-text { overflow-wrap: anywhere; word-break: break-word; }
.ri-username { font-weight: 600; }
.ri-text { white-space: pre-wrap; }
.ri-text a { color: #00376b; }
.ri-caption-text { display: inline; font-size: 14px; font-weight: 400; margin: 0; }
.ri-row-meta { display: flex; gap: 12px; color: #737373; font-size: 12px; margin-top: 6px; }
.ri-meta-btn { font-weight: 600; cursor: pointer; }
.ri-like-small { cursor: pointer; padding-top: 6px; }
.ri-view-replies { display: flex; align-items: center; gap: 16px; color: #737373; font-size: 12px; font-weight: 600; cursor: pointer; margin: 8px 0; }
.ri-line { display: inline-block; width: 24px; border-bottom: 1px solid #737373; }
.ri-load-more { display: flex; justify-content: center; padding: 8px; }
.ri-icon-btn { cursor: pointer; padding: 8px; display: inline-flex; }
.ri-actions { display: flex; padding: 6px 8px; border-top: 1px solid #efefef; }
.ri-likes { padding: 0 16px 8px; font-weight: 600; }
.ri-likes time { color: #737373; font-size: 10px; font-weight: 400; text-transform: uppercase; }
.ri-form-section { border-top: 1px solid #efefef; padding: 6px 16px; }
.ri-form { display: flex; align-items: center; gap: 8px; }
.ri-textarea { flex: 1; border: 0; outline: 0; resize: none; font: inherit; height: 18px; max-height: 80px; padding: 8px 0; }
.ri-post { color: #0095f6; font-weight: 600; cursor: pointer; }
.ri-post-disabled { opacity: .3; cursor: default; }
.ri-follow { color: #0095f6; font-weight: 600; cursor: pointer; }
.ri-more { margin-left: auto; cursor: pointer; }
.ri-home { max-width: 470px; margin: 0 auto; }
`;

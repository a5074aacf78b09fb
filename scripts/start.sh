#!/usr/bin/env bash
# `npm start`: sets up a fresh machine, builds the extension, and opens Chromium with Riposte loaded
# on the replica pages of X, Instagram and TikTok, so it can be tried without logging in anywhere.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
npx wxt build
npx jiti tests/replicas/build.ts
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<MSG

Built: $ROOT/.output/chrome-mv3 (Chrome/Chromium) — there is no display here, so no browser was opened.
To try it: open chrome://extensions, enable Developer mode, "Load unpacked", pick that folder,
then visit x.com, instagram.com or tiktok.com. Firefox: npm run build:firefox, then
about:debugging → "Load Temporary Add-on" → .output/firefox-mv2/manifest.json.
To open the replica pages on a machine with a display: npm start
MSG
  exit 0
fi
exec npx jiti scripts/try.ts

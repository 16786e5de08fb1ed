#!/usr/bin/env bash
# Draws the Teams app icons (committed as PNG; rerun only to change them). Needs ImageMagick and a CJK font:
#   apt-get install -y imagemagick fonts-droid-fallback
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
# color.png: 192x192, full colour — the 行 of 行革 in white on the page header's blue.
/usr/bin/convert -size 192x192 xc:'#1f4e79' -font "$font" -fill white -pointsize 132 -gravity center -annotate +0+4 '行' \
  -strip -depth 8 -define png:color-type=2 color.png
# outline.png: 32x32, white on transparent only (Teams' rule for outline icons).
/usr/bin/convert -size 32x32 xc:none -font "$font" -fill white -pointsize 28 -gravity center -annotate +0+1 '行' \
  -strip -define png:color-type=6 outline.png

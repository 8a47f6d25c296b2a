#!/usr/bin/env bash
# Rebuilds NotoSansSC-Broadsheet.otf: Noto Sans CJK SC (face 2 of the Debian .ttc) cut down to
# the basic CJK Unified Ideographs block, CJK and full-width punctuation and the symbols news
# text uses. Needs: apt-get install fonts-noto-cjk; pip install fonttools.
set -euo pipefail
cd "$(dirname "$0")"
pyftsubset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
  --unicodes="U+4E00-9FFF,U+3000-303F,U+FF00-FFEF,U+2000-206F,U+2100-214F,U+2150-218F,U+2460-24FF,U+2500-257F,U+25A0-25FF,U+3200-32FF,U+2190-21FF,U+2400-243F,U+2900-297F,U+00A7,U+00B6,U+00B7,U+00D7,U+00F7" \
  --layout-features='' --no-hinting --output-file=NotoSansSC-Broadsheet.otf

#!/usr/bin/env python3
"""Check that generated test pages match their expected results.

usage: check.py OUTDIR [--fill]

For every OUTDIR/NAME.expected.json with its OUTDIR/NAME.pdf, using poppler's
pdftotext (poppler-utils):

 1. characters: every character of the expected articles (headlines, decks,
    bylines printed on their own, paragraphs) is in `pdftotext PDF -` output,
    as many times as expected; so is every character of each noise string.
 2. sequence: every headline, deck, byline, paragraph and noise string is
    found in that output as a few pieces of at least 4 characters each (a
    piece ends where the page breaks a line or a column), in order.
 3. layout: from `pdftotext -bbox`, no word lies outside the page and no two
    words overlap, except a word printed twice at almost the same place (the
    intended fake bold).

Text is compared after NFKC, with whitespace, soft hyphens (U+00AD) and
hyphens removed: the PDFs break words at line ends with hyphens that the
expected paragraphs do not have, and pdftotext output of a hyphen at a line end
cannot tell a soft hyphen from a real one.

--fill also prints, for every page, how far down the text of each column goes.
Exit status 1 when a check fails.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from html import unescape

MIN_PIECE = 4
HYPHENS = "\\-\u00ad\u2010\u2011"


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = s.replace("\u00ad", "")
    return re.sub(r"[\s" + HYPHENS + "]+", "", s)


def pdftotext(pdf, *args):
    return subprocess.run(["pdftotext", *args, pdf, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def pieces(want, have):
    """Split want into the fewest pieces each found in have, longest first
    from the left; None when some piece is shorter than MIN_PIECE."""
    out, i = [], 0
    while i < len(want):
        lo, hi = 0, len(want) - i  # longest prefix of want[i:] found in have
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if want[i:i + mid] in have:
                lo = mid
            else:
                hi = mid - 1
        if lo < min(MIN_PIECE, len(want) - i):
            return None, i
        out.append(want[i:i + lo])
        i += lo
    return out, i


def fields(exp):
    """(label, text) of every expected field that is printed once."""
    for n, a in enumerate(exp["articles"], 1):
        yield f"article {n} headline", a["headline"]
        if a.get("deck"):
            yield f"article {n} deck", a["deck"]
        paras = a.get("paragraphs") or []
        if a.get("byline") and not (paras and norm(paras[0]).startswith(norm(a["byline"]))):
            yield f"article {n} byline", a["byline"]
        for k, p in enumerate(paras, 1):
            yield f"article {n} paragraph {k}", p


def words(pdf):
    """[(text, xmin, ymin, xmax, ymax)] and the page size, from pdftotext -bbox."""
    html = pdftotext(pdf, "-bbox")
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    out = []
    for m in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>', html):
        x0, y0, x1, y1 = map(float, m.groups()[:4])
        out.append((unescape(m.group(5)), x0, y0, x1, y1))
    return out, (float(page.group(1)), float(page.group(2)))


def layout_problems(pdf):
    ws, (pw, ph) = words(pdf)
    bad = []
    for w in ws:
        if w[1] < 0 or w[2] < 0 or w[3] > pw or w[4] > ph:
            bad.append(f"word off the page: {w}")
    # overlaps: sweep by x
    ws.sort(key=lambda w: w[1])
    for i, a in enumerate(ws):
        for b in ws[i + 1:]:
            if b[1] >= a[3]:
                break
            ix = min(a[3], b[3]) - max(a[1], b[1])
            iy = min(a[4], b[4]) - max(a[2], b[2])
            # boxes of neighbouring lines touch, and a box that ends in CJK
            # punctuation set half-width reaches half an em into the next
            # word; call it overlap when the shared area is a real part of
            # the smaller box
            h = min(a[4] - a[2], b[4] - b[2])
            if ix <= 0.6 * h or iy <= 0.4 * h:
                continue
            fakebold = abs(a[1] - b[1]) < 1.0 and abs(a[2] - b[2]) < 1.0
            if not fakebold:
                bad.append(f"words overlap: {a} / {b}")
    return bad


def fill_report(pdf, n=24):
    """Lowest word bottom (pt from the top) in each of n vertical bands,
    leaving out the bottom 6% of the page (the footer)."""
    ws, (pw, ph) = words(pdf)
    low = [0.0] * n
    for w in ws:
        if w[4] < ph * 0.94:
            b = min(int((w[1] + w[3]) / 2 / pw * n), n - 1)
            low[b] = max(low[b], w[4])
    return f"page height {ph:.0f}: " + " ".join(f"{y:.0f}" for y in low)


def check_page(exp_path, fill=False):
    name = os.path.basename(exp_path)[: -len(".expected.json")]
    pdf = os.path.join(os.path.dirname(exp_path), name + ".pdf")
    exp = json.load(open(exp_path, encoding="utf-8"))
    problems = []
    if exp.get("page") != name:
        problems.append(f"page field is {exp.get('page')!r}")
    have = norm(pdftotext(pdf))
    have_count = Counter(have)

    art_text = "".join(norm(t) for _, t in fields(exp))
    short = Counter(art_text) - have_count
    if short:
        problems.append("article characters missing from the PDF text: " +
                        "".join(f"{c}×{n}" for c, n in short.most_common(20)))
    for s in exp.get("noise") or []:
        short = Counter(norm(s)) - have_count
        if short:
            problems.append(f"noise {s!r}: characters missing: {''.join(short)}")

    n_pieces = 0
    for label, t in list(fields(exp)) + [("noise", s) for s in exp.get("noise") or []]:
        want = norm(t)
        got, at = pieces(want, have)
        if got is None:
            problems.append(f"{label}: not in the PDF text from {want[max(at - 10, 0):at]}|{want[at:at + 20]}")
        else:
            n_pieces += len(got)

    problems += layout_problems(pdf)
    status = "ok" if not problems else "FAIL"
    print(f"{status:4} {name}: {len(exp['articles'])} articles, {len(art_text)} characters, "
          f"{n_pieces} pieces, {len(problems)} problems")
    for p in problems[:30]:
        print("     " + p)
    if fill:
        print("     fill: " + fill_report(pdf))
    return not problems


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    paths = sorted(glob.glob(os.path.join(args[0], "*.expected.json")))
    if not paths:
        sys.exit(f"no *.expected.json in {args[0]}")
    ok = all([check_page(p, "--fill" in argv) for p in paths])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

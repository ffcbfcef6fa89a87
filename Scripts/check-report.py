#!/usr/bin/env python3
"""Renders a Sotong HTML report in headless Chromium and checks that it shows its charts.

Usage: python3 Scripts/check-report.py REPORT.html [SCREENSHOT.png]

Checks, in the page Chromium rendered (not just the file):
  * the DOM holds at least 6 SVG charts with drawn bars (rect.bar with a positive width);
  * the screenshot has pixels in the charts' bar colours (so the SVG was painted).
Prints one line per check and `N passed, N failed`; exits 1 on any failure, 2 without Chromium.
Standard library only (PNG decoded with zlib).
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

BAR_COLOURS = {(0x2F, 0x6D, 0xB5), (0x7A, 0x4F, 0xB0), (0x2C, 0x8C, 0x5A), (0xB5, 0x65, 0x2F)}


def chromium():
    for name in ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name) or (f"/usr/lib/chromium/{name}" if os.path.exists(f"/usr/lib/chromium/{name}") else None)
        if path:
            return path
    return None


def run(browser, *arguments):
    base = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    return subprocess.run(base + list(arguments), capture_output=True, timeout=120)


def png_pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    offset, chunks, width = 8, [], 0
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"unsupported PNG colour type {colour}"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    position = 0
    for _ in range(height):
        kind = raw[position]
        line = bytearray(raw[position + 1:position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        for x in range(0, stride, channels):
            yield tuple(line[x:x + 3])
        previous = line


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: check-report.py REPORT.html [SCREENSHOT.png]", file=sys.stderr)
        return 2
    report = os.path.abspath(sys.argv[1])
    browser = chromium()
    if browser is None:
        print("no headless Chromium found (apt-get install chromium-headless-shell)", file=sys.stderr)
        return 2
    screenshot = sys.argv[2] if len(sys.argv) == 3 else os.path.join(tempfile.mkdtemp(), "report.png")
    results = []
    dom = run(browser, "--dump-dom", f"file://{report}").stdout.decode("utf-8", "replace")
    charts = len(re.findall(r"<svg[^>]*class=\"chart\"", dom))
    bars = len([w for w in re.findall(r"<rect class=\"bar\"[^>]*width=\"([0-9.]+)\"", dom) if float(w) > 0])
    results.append((charts >= 6, f"rendered DOM has {charts} SVG charts (need 6)"))
    results.append((bars >= 10, f"rendered DOM has {bars} drawn bars (need 10)"))
    run(browser, f"--screenshot={screenshot}", "--window-size=1280,6000", f"file://{report}")
    painted = 0
    if os.path.exists(screenshot):
        painted = sum(1 for pixel in png_pixels(screenshot) if pixel in BAR_COLOURS)
    results.append((painted >= 2000, f"screenshot has {painted} pixels in bar colours (need 2000)"))
    for ok, text in results:
        print(("ok   " if ok else "FAIL ") + text)
    passed = sum(1 for ok, _ in results if ok)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())

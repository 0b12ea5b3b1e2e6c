#!/usr/bin/env python3
"""Draws the app's Teams icons (no image tools needed): a 192x192 colour icon and a 32x32 white outline icon.

The glyph is a clipboard with a tick: an appraisal record agreed by both. Run once; the PNGs are committed.
"""
import struct, zlib, sys, os

ACCENT = (15, 108, 189)  # Fluent "themePrimary" blue, SharePoint's default

def png(path, w, h, pixel):
    raw = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def glyph(u, v):
    """1 where the glyph is drawn, for u, v in [0, 1): board outline, clip and a tick."""
    board = 0.22 <= u <= 0.78 and 0.18 <= v <= 0.86
    inner = 0.28 <= u <= 0.72 and 0.26 <= v <= 0.80
    clip = 0.38 <= u <= 0.62 and 0.12 <= v <= 0.24
    # tick: two strokes
    def near(ax, ay, bx, by, width):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
        return ((u - ax - t * dx) ** 2 + (v - ay - t * dy) ** 2) ** 0.5 <= width
    tick = near(0.36, 0.54, 0.46, 0.66, 0.045) or near(0.46, 0.66, 0.65, 0.42, 0.045)
    return (board and not inner) or clip or tick

def colour(size):
    def pixel(x, y):
        u, v = (x + 0.5) / size, (y + 0.5) / size
        return (255, 255, 255, 255) if glyph(u, v) else (*ACCENT, 255)
    return pixel

def outline(size):
    def pixel(x, y):
        u, v = (x + 0.5) / size, (y + 0.5) / size
        return (255, 255, 255, 255) if glyph(u, v) else (0, 0, 0, 0)
    return pixel

out = sys.argv[1] if len(sys.argv) > 1 else 'teams'
ids = sys.argv[2:]
png(os.path.join(out, 'color.png'), 192, 192, colour(192))
png(os.path.join(out, 'outline.png'), 32, 32, outline(32))
for i in ids:
    png(os.path.join(out, f'{i}_color.png'), 192, 192, colour(192))
    png(os.path.join(out, f'{i}_outline.png'), 32, 32, outline(32))

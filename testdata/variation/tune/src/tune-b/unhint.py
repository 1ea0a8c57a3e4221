"""Strip TrueType hinting (instructions, fpgm/prep/cvt) and rename the family, to keep embedded subsets small."""
import struct


def _checksum(b):
    b = b + b'\0' * ((4 - len(b) % 4) % 4)
    return sum(struct.unpack('>%dI' % (len(b) // 4), b)) & 0xFFFFFFFF


def _strip_glyph(g):
    if not g:
        return g
    nc = struct.unpack('>h', g[:2])[0]
    if nc >= 0:
        p = 10 + 2 * nc
        il = struct.unpack('>H', g[p:p + 2])[0]
        return g[:p] + b'\0\0' + g[p + 2 + il:]
    p = 10
    out = bytearray(g[:10])
    while True:
        flags, gi = struct.unpack('>HH', g[p:p + 4])
        n = 4 + (4 if flags & 1 else 2)
        if flags & 0x8:
            n += 2
        elif flags & 0x40:
            n += 4
        elif flags & 0x80:
            n += 8
        comp = bytearray(g[p:p + n])
        struct.pack_into('>H', comp, 0, flags & ~0x100)
        out += comp
        p += n
        if not flags & 0x20:
            break
    return bytes(out)


def _name_table(family, style, ps):
    recs = {1: family, 2: style, 3: family + ' ' + style, 4: (family + ' ' + style) if style != 'Regular' else family,
            6: ps}
    entries, strings = [], b''
    for nid, s in sorted(recs.items()):
        u = s.encode('utf-16-be')
        entries.append((3, 1, 0x409, nid, len(u), len(strings)))
        strings += u
    for nid, s in sorted(recs.items()):
        a = s.encode('latin-1')
        entries.append((1, 0, 0, nid, len(a), len(strings)))
        strings += a
    entries.sort()
    hdr = struct.pack('>HHH', 0, len(entries), 6 + 12 * len(entries))
    return hdr + b''.join(struct.pack('>6H', *e) for e in entries) + strings


def unhint(src, dst, family, style, ps):
    f = open(src, 'rb').read()
    numTables = struct.unpack('>H', f[4:6])[0]
    tables = {}
    for i in range(numTables):
        tag, cs, off, ln = struct.unpack('>4sIII', f[12 + 16 * i:28 + 16 * i])
        tables[tag.decode('latin-1')] = f[off:off + ln]
    head = bytearray(tables['head'])
    locfmt = struct.unpack('>h', head[50:52])[0]
    nglyphs = struct.unpack('>H', tables['maxp'][4:6])[0]
    loca = tables['loca']
    if locfmt == 0:
        offs = [2 * x for x in struct.unpack('>%dH' % (nglyphs + 1), loca[:2 * (nglyphs + 1)])]
    else:
        offs = list(struct.unpack('>%dI' % (nglyphs + 1), loca[:4 * (nglyphs + 1)]))
    glyf = tables['glyf']
    newg, newoffs = bytearray(), []
    for i in range(nglyphs):
        newoffs.append(len(newg))
        g = _strip_glyph(glyf[offs[i]:offs[i + 1]])
        newg += g + b'\0' * ((4 - len(g) % 4) % 4)
    newoffs.append(len(newg))
    tables['glyf'] = bytes(newg)
    tables['loca'] = struct.pack('>%dI' % len(newoffs), *newoffs)
    struct.pack_into('>h', head, 50, 1)
    struct.pack_into('>I', head, 8, 0)
    for t in ('fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'VDMX', 'DSIG', 'kern', 'GPOS', 'GSUB', 'GDEF'):
        tables.pop(t, None)
    maxp = bytearray(tables['maxp'])
    if len(maxp) >= 32:
        struct.pack_into('>HHHHHH', maxp, 18, 0, 0, 0, 0, 0, 0)  # zones.. maxSizeOfInstructions
        struct.pack_into('>H', maxp, 14, 1)
    tables['maxp'] = bytes(maxp)
    tables['name'] = _name_table(family, style, ps)
    tables['head'] = bytes(head)
    tags = sorted(tables)
    n = len(tags)
    es = 1
    while es * 2 <= n:
        es *= 2
    import math
    hdr = struct.pack('>IHHHH', 0x00010000, n, es * 16, int(math.log2(es)), n * 16 - es * 16)
    off = 12 + 16 * n
    dirs, body = b'', b''
    for t in tags:
        data = tables[t]
        dirs += struct.pack('>4sIII', t.encode('latin-1'), _checksum(data), off + len(body), len(data))
        body += data + b'\0' * ((4 - len(data) % 4) % 4)
    font = bytearray(hdr + dirs + body)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    hoff = 12 + 16 * n + sum(len(tables[t]) + ((4 - len(tables[t]) % 4) % 4) for t in tags[:tags.index('head')])
    struct.pack_into('>I', font, hoff + 8, adj)
    open(dst, 'wb').write(bytes(font))


if __name__ == '__main__':
    import sys
    unhint(*sys.argv[1:6])

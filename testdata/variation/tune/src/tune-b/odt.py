"""Minimal ODT (OpenDocument Text) writer: block list -> .odt (zip)."""
import os
import re
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'office:version="1.2"')


def inline(s):
    """**bold**, __italic__, newline -> line-break, tab -> tab."""
    out = []
    pos = 0
    for m in re.finditer(r'\*\*(.+?)\*\*|~~(.+?)~~', s, re.S):
        out.append(_plain(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<text:span text:style-name="B">%s</text:span>' % _plain(m.group(1)))
        else:
            out.append('<text:span text:style-name="I">%s</text:span>' % _plain(m.group(2)))
        pos = m.end()
    out.append(_plain(s[pos:]))
    return ''.join(out)


def _plain(s):
    s = escape(s)
    s = s.replace('\n', '<text:line-break/>').replace('\t', '<text:tab/>')
    # preserve multiple spaces
    s = re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)
    return s


def _hf(txt):
    """header/footer text with {p} and {n} fields; '|' separates left/right (tab)."""
    t = _plain(txt)
    t = t.replace('{p}', '<text:page-number text:select-page="current">1</text:page-number>')
    t = t.replace('{n}', '<text:page-count>1</text:page-count>')
    t = t.replace('|', '<text:tab/>')
    return t


class Doc:
    def __init__(self, font='Liberation Sans', size=10.5, header=None, footer=None,
                 landscape=False, margins=(2.0, 2.2, 2.0, 2.2), accent='#1f3b63',
                 title='', heading_font=None):
        self.font = font
        self.hfont = heading_font or font
        self.size = size
        self.header = header
        self.footer = footer
        self.landscape = landscape
        self.margins = margins  # top right bottom left cm
        self.accent = accent
        self.title = title
        self.body = []
        self.auto = []
        self.n = 0

    def _id(self, p):
        self.n += 1
        return '%s%d' % (p, self.n)

    # ---- blocks
    def add(self, blocks):
        for b in blocks:
            self.body.append(self.block(b))

    def block(self, b):
        k = b[0]
        if k == 'title':
            return '<text:p text:style-name="Title">%s</text:p>' % inline(b[1])
        if k == 'h':
            return '<text:p text:style-name="H2">%s</text:p>' % inline(b[1])
        if k == 'h3':
            return '<text:p text:style-name="H3">%s</text:p>' % inline(b[1])
        if k == 'p':
            return '<text:p text:style-name="Body">%s</text:p>' % inline(b[1])
        if k == 'small':
            return '<text:p text:style-name="Small">%s</text:p>' % inline(b[1])
        if k == 'right':
            return '<text:p text:style-name="Right">%s</text:p>' % inline(b[1])
        if k == 'space':
            return '<text:p text:style-name="Body"/>'
        if k == 'pb':
            return '<text:p text:style-name="PB"/>'
        if k == 'rule':
            return '<text:p text:style-name="Rule"/>'
        if k == 'letterhead':
            s = '<text:p text:style-name="LH">%s</text:p>' % inline(b[1])
            if len(b) > 2 and b[2]:
                s += '<text:p text:style-name="LHsub">%s</text:p>' % inline(b[2])
            s += '<text:p text:style-name="Rule"/>'
            return s
        if k == 'bullets':
            items = ''.join('<text:list-item><text:p text:style-name="ListP">%s</text:p></text:list-item>'
                            % inline(i) for i in b[1])
            return '<text:list text:style-name="LBullet">%s</text:list>' % items
        if k == 'numbered':
            items = ''.join('<text:list-item><text:p text:style-name="ListP">%s</text:p></text:list-item>'
                            % inline(i) for i in b[1])
            return '<text:list text:style-name="LNum">%s</text:list>' % items
        if k == 'box' and len(b) > 2 and b[2] == 'ascii':
            return ''.join('<text:p text:style-name="Body">%s %s</text:p>' % (
                '[X]' if c else '[  ]', inline(t)) for c, t in b[1])
        if k == 'box':
            return ''.join('<text:p text:style-name="Body"><text:span text:style-name="Sym">%s</text:span> %s</text:p>' % (
                '\u2612' if c else '\u2610', inline(t)) for c, t in b[1])
        if k == 'kv':
            return self.table(None, b[1], b[2] if len(b) > 2 else (3, 9), border=False)
        if k == 'table':
            return self.table(b[1], b[2], b[3] if len(b) > 3 else None, border=True)
        if k == 'cols':
            sid = self._id('Sect')
            self.auto.append(
                '<style:style style:name="%s" style:family="section"><style:section-properties>'
                '<style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties>'
                '</style:style>' % sid)
            inner = ''.join(self.block(x) for x in b[1])
            return '<text:section text:style-name="%s" text:name="%s">%s</text:section>' % (sid, sid, inner)
        raise ValueError(k)

    def table(self, header, rows, widths, border=True):
        ncol = len(header) if header else len(rows[0])
        widths = widths or [1] * ncol
        tot = sum(widths)
        pw = (29.7 if self.landscape else 21.0) - self.margins[1] - self.margins[3]
        tid = self._id('Tab')
        self.auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                         'style:width="%.2fcm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>'
                         % (tid, pw))
        cols = ''
        for w in widths:
            cid = self._id('Col')
            self.auto.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                             'style:column-width="%.2fcm"/></style:style>' % (cid, pw * w / tot))
            cols += '<table:table-column table:style-name="%s"/>' % cid
        cell = 'CellB' if border else 'CellN'
        out = ['<table:table table:name="%s" table:style-name="%s">%s' % (tid, tid, cols)]

        def cellxml(txt, st, pst):
            paras = str(txt).split('\n\n')
            return ('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                    % (st, ''.join('<text:p text:style-name="%s">%s</text:p>' % (pst, inline(p)) for p in paras)))
        if header:
            out.append('<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>'
                       % ''.join(cellxml(h, 'CellH', 'CellHP') for h in header))
        for r in rows:
            out.append('<table:table-row>%s</table:table-row>' % ''.join(
                cellxml(c, cell, 'CellP' if border else ('CellK' if i == 0 else 'CellP')) for i, c in enumerate(r)))
        out.append('</table:table>')
        return ''.join(out)

    # ---- output
    def styles_xml(self):
        if self.landscape:
            pw, ph, orient = '29.7cm', '21cm', 'landscape'
        else:
            pw, ph, orient = '21cm', '29.7cm', 'portrait'
        t, r, bo, l = self.margins
        hdr = ftr = ''
        if self.header:
            hdr = '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % _hf(self.header)
        if self.footer:
            ftr = '<style:footer><text:p text:style-name="Footer">%s</text:p></style:footer>' % _hf(self.footer)
        tabpos = (29.7 if self.landscape else 21.0) - r - l
        f, hf, sz, acc = self.font, self.hfont, self.size, self.accent
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls>
<style:font-face style:name="{f}" svg:font-family="'{f}'"/>
<style:font-face style:name="{hf}" svg:font-family="'{hf}'"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
<style:text-properties style:font-name="{f}" fo:font-size="{sz}pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="115%"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/><style:text-properties fo:font-size="2pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="{hf}" fo:font-size="{sz+5}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{hf}" fo:font-size="{sz+1.5}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.06cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{hf}" fo:font-size="{sz}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="{sz-2}pt"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="LH" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="{hf}" fo:font-size="{sz+8}pt" fo:font-weight="bold" fo:color="{acc}"/></style:style>
<style:style style:name="LHsub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="{sz-1.5}pt" fo:color="{acc}"/></style:style>
<style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:border-bottom="0.06pt solid {acc}" fo:padding="0cm"/><style:text-properties fo:font-size="3pt"/></style:style>
<style:style style:name="ListP" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
<style:style style:name="CellP" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="{sz-1}pt"/></style:style>
<style:style style:name="CellK" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="{sz-1}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CellHP" style:family="paragraph"><style:text-properties fo:font-size="{sz-1}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.06pt solid #888888" fo:padding-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="{tabpos:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" fo:color="#444444"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:border-top="0.06pt solid #888888" fo:padding-top="0.05cm"><style:tab-stops><style:tab-stop style:position="{tabpos:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" fo:color="#444444"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Sym" style:family="text"><style:text-properties style:font-name="DejaVu Sans"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/></style:style>
<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{orient}" fo:margin-top="{t}cm" fo:margin-bottom="{bo}cm" fo:margin-left="{l}cm" fo:margin-right="{r}cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}{ftr}</style:master-page></office:master-styles>
</office:document-styles>'''

    def content_xml(self):
        f, hf = self.font, self.hfont
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}>
<office:font-face-decls>
<style:font-face style:name="{f}" svg:font-family="'{f}'"/>
<style:font-face style:name="{hf}" svg:font-family="'{hf}'"/>
</office:font-face-decls>
<office:automatic-styles>
<style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/></style:style>
<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
{''.join(self.auto)}
</office:automatic-styles>
<office:body><office:text>
{''.join(self.body)}
</office:text></office:body></office:document-content>'''

    def meta_xml(self, date):
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><dc:title>{escape(self.title)}</dc:title>
<meta:creation-date>{date}T09:00:00</meta:creation-date><dc:date>{date}T09:00:00</dc:date>
<meta:generator>LibreOffice</meta:generator></office:meta></office:document-meta>'''

    def save(self, path, date='2015-01-01'):
        manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
        import fonts
        fonts.ensure()
        styles_xml = fonts.map_names(self.styles_xml())
        content_xml = fonts.map_names(self.content_xml())
        embed = []
        for fam, (sysfam, pat, sty) in fonts.SPEC.items():
            if ("'%s'" % fam) in styles_xml or ("'%s'" % fam) in content_xml:
                uris = ''.join('<svg:font-face-uri xlink:href="Fonts/%s" xlink:type="simple">'
                               '<svg:font-face-format svg:string="truetype"/></svg:font-face-uri>'
                               % os.path.basename(fonts.path(fam, st)) for st in sty)
                decl = '<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (fam, fam)
                styles_xml = styles_xml.replace(decl, decl[:-2] + '><svg:font-face-src>%s</svg:font-face-src></style:font-face>' % uris)
                embed += [fonts.path(fam, st) for st in sty]
        manifest = manifest.replace('</manifest:manifest>', ''.join(
            '<manifest:file-entry manifest:full-path="Fonts/%s" manifest:media-type="application/x-font-ttf"/>'
            % os.path.basename(e) for e in embed) + '</manifest:manifest>')
        with zipfile.ZipFile(path, 'w') as z:
            z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text',
                       compress_type=zipfile.ZIP_STORED)
            z.writestr('META-INF/manifest.xml', manifest, compress_type=zipfile.ZIP_DEFLATED)
            z.writestr('content.xml', content_xml, compress_type=zipfile.ZIP_DEFLATED)
            z.writestr('styles.xml', styles_xml, compress_type=zipfile.ZIP_DEFLATED)
            for e in embed:
                z.write(e, 'Fonts/' + os.path.basename(e), compress_type=zipfile.ZIP_DEFLATED)
            z.writestr('meta.xml', self.meta_xml(date), compress_type=zipfile.ZIP_DEFLATED)

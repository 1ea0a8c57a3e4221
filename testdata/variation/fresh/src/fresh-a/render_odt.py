"""Write an OpenDocument text (.odt) from the block model; LibreOffice turns it into PDF."""
import zipfile
from xml.sax.saxutils import escape
from markup import runs

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2"')


def esc(s):
    return escape(s).replace("\t", "<text:tab/>")


def inline(text, state):
    out = []
    for kind, val, bold in runs(text):
        if kind == "fn":
            state["fn"] += 1
            n = state["fn"]
            out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                       '<text:note-citation>%d</text:note-citation><text:note-body>'
                       '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (n, n, esc(val)))
        else:
            parts = val.split("\n")
            s = "<text:line-break/>".join(esc(p) for p in parts)
            out.append('<text:span text:style-name="Tb">%s</text:span>' % s if bold else s)
    return "".join(out)


def styles_xml(o):
    font = o.get("font", "Liberation Serif")
    hfont = o.get("hfont", font)
    size = o.get("size", 11)
    ml, mr, mt, mb = o.get("margins", ("2.5cm", "2cm", "1.5cm", "1.5cm"))
    header_l, header_r = o.get("header", ("", ""))
    footer = o.get("footer", "Sida {n} av {N}")

    def hf(text):
        text = esc(text)
        text = text.replace("{n}", '<text:page-number text:select-page="current">1</text:page-number>')
        text = text.replace("{N}", '<text:page-count>1</text:page-count>')
        return text

    def master(name, layout):
        h = ""
        if header_l or header_r:
            h = ('<style:header><text:p text:style-name="Header">%s<text:tab/><text:tab/>%s</text:p></style:header>'
                 % (hf(header_l), hf(header_r)))
        f = ""
        if footer:
            fl = o.get("footer_left", "")
            f = ('<style:footer><text:p text:style-name="Footer">%s<text:tab/><text:tab/>%s</text:p></style:footer>'
                 % (hf(fl), hf(footer)))
        return '<style:master-page style:name="%s" style:page-layout-name="%s">%s%s</style:master-page>' % (name, layout, h, f)

    def layout(name, w, h, orient):
        return ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
                'style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"/>'
                '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>'
                '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>'
                '</style:page-layout>' % (name, w, h, orient, mt, mb, ml, mr))

    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
 <style:font-face style:name="{hfont}" svg:font-family="'{hfont}'"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Tight" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="110%"/></style:style>
 <style:style style:name="KV" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.05cm" fo:margin-left="4.5cm" fo:text-indent="-4.5cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.35cm"/>
  <style:text-properties style:font-name="{hfont}" fo:font-size="{size+5}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="{hfont}" fo:font-size="{size+1}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="{hfont}" fo:font-size="{size}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="{size-2}pt"/></style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Tight">
  <style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="8cm" style:type="center"/><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
  <style:text-properties style:font-name="{hfont}" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:border-top="0.5pt solid #808080" fo:padding-top="0.05cm"><style:tab-stops><style:tab-stop style:position="8cm" style:type="center"/><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
  <style:text-properties style:font-name="{hfont}" fo:font-size="8pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="TableContents" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.04cm"/><style:text-properties fo:font-size="{size-1}pt"/></style:style>
 <style:style style:name="TableHeading" style:family="paragraph" style:parent-style-name="TableContents">
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
 <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.5cm" fo:margin-left="1cm"/>
   </style:list-level-properties></text:list-level-style-bullet></text:list-style>
 <text:list-style style:name="LDash">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties></text:list-level-style-bullet></text:list-style>
 <text:list-style style:name="LNum">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.6cm" fo:margin-left="1cm"/>
   </style:list-level-properties></text:list-level-style-number></text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 {layout("pmP", "21cm", "29.7cm", "portrait")}
 {layout("pmL", "29.7cm", "21cm", "landscape")}
</office:automatic-styles>
<office:master-styles>
 {master("Standard", "pmP")}
 {master("Landscape", "pmL")}
</office:master-styles>
</office:document-styles>'''


def content_xml(blocks, o):
    state = {"fn": 0, "t": 0}
    auto = ['<style:style style:name="PLand" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Landscape"/>',
            '<style:style style:name="PPort" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard"/>',
            '<style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>',
            '<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">'
            '<style:columns fo:column-count="2" fo:column-gap="0.7cm"><style:column-sep style:width="0.02cm" style:color="#999999" style:height="100%"/></style:columns></style:section-properties></style:style>',
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>',
            '<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="#e6e6e6" fo:border="0.5pt solid #000000"/></style:style>',
            '<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none"/></style:style>']
    body = []
    pending_master = []
    in_sect = False

    def para(style, text):
        if pending_master:
            body.append('<text:p text:style-name="%s"/>' % pending_master.pop())
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(text, state)))

    for b in blocks:
        kind = b[0]
        if kind == "title":
            para("Title", b[1])
        elif kind == "h":
            para("H1", b[1])
        elif kind == "h2":
            para("H2", b[1])
        elif kind == "p":
            para("Standard", b[1])
        elif kind == "small":
            para("Small", b[1])
        elif kind == "right":
            for line in b[1]:
                para("Right", line)
        elif kind == "lines":
            for line in b[1]:
                para("Tight", line)
            para("Tight", "")
        elif kind == "kv":
            for k, v in b[1]:
                para("KV", "%s\t%s" % (k, v))
            para("Tight", "")
        elif kind == "sig":
            para("Tight", "")
            para("Tight", "")
            for line in b[1]:
                para("Tight", line)
            para("Tight", "")
        elif kind == "checks":
            for on, text in b[1]:
                para("Tight", ("☒ " if on else "☐ ") + text)
            para("Tight", "")
        elif kind in ("bullets", "numbered", "dashes"):
            st = {"bullets": "LBullet", "numbered": "LNum", "dashes": "LDash"}[kind]
            if pending_master:
                para("Tight", "")
            body.append('<text:list text:style-name="%s">' % st)
            for item in b[1]:
                body.append('<text:list-item><text:p text:style-name="ListPara">%s</text:p></text:list-item>' % inline(item, state))
            body.append('</text:list>')
        elif kind == "space":
            para("Tight", "")
        elif kind == "pagebreak":
            pending_master.append("PBreak")
        elif kind == "landscape_on":
            pending_master[:] = ["PLand"]
        elif kind == "landscape_off":
            pending_master[:] = ["PPort"]
        elif kind == "cols2":
            if pending_master:
                para("Tight", "")
            body.append('<text:section text:style-name="Sect2" text:name="Sektion%d">' % (len(body)))
            in_sect = True
        elif kind == "cols1":
            body.append('</text:section>')
            in_sect = False
        elif kind == "table":
            t = b[1]
            if pending_master:
                para("Tight", "")
            state["t"] += 1
            tn = "Tab%d" % state["t"]
            widths = t.get("widths") or [1] * len(t["rows"][0])
            total_cm = t.get("width_cm", 16.5)
            s = sum(widths)
            auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>' % (tn, total_cm))
            for i, w in enumerate(widths):
                auto.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (tn, i, total_cm * w / s))
            cell = "CellN" if t.get("noborder") else "Cell"
            x = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
            for i in range(len(widths)):
                x.append('<table:table-column table:style-name="%s.C%d"/>' % (tn, i))

            def row(cells, head):
                r = ['<table:table-row>']
                for c in cells:
                    ps = "".join('<text:p text:style-name="%s">%s</text:p>' % ("TableHeading" if head else "TableContents", inline(line, state))
                                 for line in str(c).split("\n"))
                    r.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % ("CellH" if head and not t.get("noborder") else cell, ps))
                r.append('</table:table-row>')
                return "".join(r)
            if t.get("head"):
                x.append('<table:table-header-rows>%s</table:table-header-rows>' % row(t["head"], True))
            for r in t["rows"]:
                x.append(row(r, False))
            x.append('</table:table>')
            body.append("".join(x))
        else:
            raise ValueError("unknown block %r" % (kind,))
    if in_sect:
        body.append('</text:section>')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}>
<office:automatic-styles>{"".join(auto)}</office:automatic-styles>
<office:body><office:text>{"".join(body)}</office:text></office:body>
</office:document-content>'''


MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''


def write_odt(path, blocks, opts):
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/7.4</meta:generator><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<dc:creator>%s</dc:creator></office:meta></office:document-meta>'
            % (NS, esc(opts.get("title", "")), esc(opts.get("author", "")), esc(opts.get("author", ""))))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles_xml(opts), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content_xml(blocks, opts), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)

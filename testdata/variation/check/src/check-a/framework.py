# -*- coding: utf-8 -*-
"""Case bookkeeping: documents, producers, evidence snippets -> pages, labels."""
import os
import re
import shutil
import textwrap
import unicodedata

import render as R

ROOT = '/work/varsets/check-a'
CRITS = ['needs_assessment', 'planning', 'follow_up', 'assignment_description']
CODE = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}


def ascii_lower(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def norm(t):
    t = t.replace('\u00ad', '')
    return re.sub(r'\s+', ' ', t).strip().lower()


class Case:
    def __init__(self, committee, dnr, scenario=''):
        self.committee = committee
        self.dnr = dnr
        self.scenario = scenario
        self.case_id = '%s_%s' % (ascii_lower(committee), dnr.replace('/', '-').replace(' ', '-'))
        self.folder = 'casefiles/' + self.case_id
        self.abs = os.path.join(ROOT, self.folder)
        if os.path.isdir(self.abs):
            shutil.rmtree(self.abs)
        os.makedirs(self.abs)
        self.docs = []          # kept documents (in order)
        self.parts = {}         # fn -> abs path for every rendered document (kept or not)
        self.assembled = {}     # assembled fn -> [(part fn, first page offset)]
        self.rotations = []
        self.evidence = {c: [] for c in CRITS}   # (fn, snippets|None, pages|None)
        self.labels = {}
        self.notes = []
        self._prod = {}
        self.scanned = set()

    # ------------------------------------------------------------ paths
    def _out(self, fn, keep):
        if keep:
            return os.path.join(self.abs, fn)
        p = os.path.join(R.BUILD, self.case_id, fn)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def _reg(self, fn, typ, producer, layout, keep, text_layer='full', extra=None):
        path = self._out(fn, keep)
        self.parts[fn] = path
        self._prod[fn] = producer
        if keep:
            d = {'file': self.folder + '/' + fn, 'type': typ, 'producer': producer, 'layout': layout,
                 'text_layer': text_layer}
            if extra:
                d.update(extra)
            self.docs.append(d)
        return path

    def _name(self, fn):
        return self.case_id + '/' + os.path.splitext(fn)[0]

    # ------------------------------------------------------------ producers
    def docx(self, fn, typ, blocks, layout='portrait', keep=True, **kw):
        out = self._reg(fn, typ, 'libreoffice-docx', layout, keep)
        R.docx_pdf(blocks, out, self._name(fn), landscape=('landscape' in layout), **kw)

    def html(self, fn, typ, blocks, layout='portrait', keep=True, **kw):
        out = self._reg(fn, typ, 'libreoffice-html', layout, keep)
        R.html_lo(blocks, out, self._name(fn), **kw)

    def html_raw_lo(self, fn, typ, html_text, layout='portrait', keep=True):
        out = self._reg(fn, typ, 'libreoffice-html', layout, keep)
        src = os.path.join(R.BUILD, self._name(fn) + '.html')
        os.makedirs(os.path.dirname(src), exist_ok=True)
        open(src, 'w', encoding='utf-8').write(html_text)
        R.lo_convert(src, out, infilter='HTML (StarWriter)')

    def rl(self, fn, typ, blocks, layout='portrait', keep=True, **kw):
        out = self._reg(fn, typ, 'reportlab', layout, keep)
        R.reportlab_pdf(blocks, out, landscape=('landscape' in layout),
                        columns=2 if 'two-column' in layout else 1, **kw)

    def chrome(self, fn, typ, html_text, layout='portrait', keep=True):
        out = self._reg(fn, typ, 'chromium', layout, keep)
        R.chromium_pdf(html_text, out, self._name(fn))

    def enscript(self, fn, typ, text, header, layout='portrait', keep=True, **kw):
        out = self._reg(fn, typ, 'enscript+ghostscript', layout, keep)
        R.enscript_pdf(text, out, self._name(fn), header, **kw)

    def groff(self, fn, typ, body, head_l, head_c, foot_c, layout='portrait', keep=True):
        out = self._reg(fn, typ, 'groff+ghostscript', layout, keep)
        R.groff_pdf(body, out, self._name(fn), head_l, head_c, foot_c)

    def scan(self, fn, typ, source_fn, keep=True):
        """source_fn: a part rendered with keep=False; the kept file is its scan (no text layer)."""
        out = self._reg(fn, typ, 'scan-img2pdf (from %s)' % self._producer_of(source_fn), 'scanned', keep,
                        text_layer='none')
        R.scan_pdf(self.parts[source_fn], out, self._name(fn))
        self.scanned.add(fn)

    def _producer_of(self, fn):
        return self._prod[fn]

    def unite(self, fn, typ, part_fns, layout='assembled', rotate=None):
        out = self._reg(fn, typ, 'pdfunite', layout, True)
        R.unite([self.parts[p] for p in part_fns], out)
        off = 0
        lst = []
        for p in part_fns:
            lst.append((p, off))
            off += R.pages_of(self.parts[p])
        self.assembled[fn] = lst
        if rotate:
            R.rotate_pages(out, rotate)
        d = self.docs[-1]
        d['contains'] = [{'part': p, 'first_page': o + 1, 'pages': R.pages_of(self.parts[p])} for p, o in lst]

    # ------------------------------------------------------------ truth
    def ev(self, crit, fn, *snippets, pages=None):
        self.evidence[crit].append((fn, snippets, pages))

    def label(self, crit, label, why, present=None):
        d = {'label': label, 'code': CODE[label], 'why': why}
        if crit == 'assignment_description':
            pres = list(present or '')
            d['elements_present'] = pres
            d['elements_missing'] = [e for e in 'abcdefg' if e not in pres]
        self.labels[crit] = d

    # ------------------------------------------------------------ resolve
    def resolve(self):
        texts = {}

        def ptexts(fn):
            if fn not in texts:
                path = self.parts[fn]
                n = R.pages_of(path)
                res = []
                import subprocess
                for i in range(1, n + 1):
                    t = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), path, '-'],
                                       capture_output=True, text=True).stdout
                    res.append(norm(t))
                texts[fn] = res
            return texts[fn]

        crit_out = {}
        for c in CRITS:
            lab = self.labels[c]
            pages_by_file = {}
            for fn, snippets, pages in self.evidence[c]:
                found = set()
                if pages:
                    found |= set(pages)
                for s in snippets:
                    hits = [i + 1 for i, t in enumerate(ptexts(fn)) if norm(s) in t]
                    if not hits:
                        raise AssertionError('%s %s: snippet not found in %s: %r' % (self.case_id, c, fn, s))
                    found |= set(hits)
                targets = []
                if any(d['file'].endswith('/' + fn) for d in self.docs):
                    targets.append((fn, 0))
                for afn, lst in self.assembled.items():
                    for p, off in lst:
                        if p == fn:
                            targets.append((afn, off))
                if not targets:
                    raise AssertionError('%s: evidence file %s is neither kept nor assembled' % (self.case_id, fn))
                for tfn, off in targets:
                    pages_by_file.setdefault(tfn, set()).update(x + off for x in found)
            ev = []
            order = [d['file'].split('/')[-1] for d in self.docs]
            for fn in sorted(pages_by_file, key=lambda f: order.index(f)):
                ev.append({'file': self.folder + '/' + fn, 'pages': sorted(pages_by_file[fn])})
            if lab['label'] in ('nej', 'ej_tillämpligt') and ev:
                raise AssertionError('%s %s: evidence given for %s' % (self.case_id, c, lab['label']))
            if lab['label'] in ('ja', 'delvis') and not ev:
                raise AssertionError('%s %s: no evidence for %s' % (self.case_id, c, lab['label']))
            d = dict(lab)
            d['evidence'] = ev
            # keep key order as in the schema
            o = {'label': d['label'], 'code': d['code'], 'why': d['why'], 'evidence': d['evidence']}
            if c == 'assignment_description':
                o['elements_present'] = d['elements_present']
                o['elements_missing'] = d['elements_missing']
            crit_out[c] = o
        for d in self.docs:
            d['pages'] = R.pages_of(os.path.join(ROOT, d['file']))
        docs = []
        for d in self.docs:
            o = {'file': d['file'], 'type': d['type'], 'producer': d['producer'], 'pages': d['pages'],
                 'layout': d['layout'], 'text_layer': d['text_layer']}
            if 'contains' in d:
                o['contains'] = d['contains']
            docs.append(o)
        return {'case_id': self.case_id, 'committee': self.committee, 'diarienummer': self.dnr,
                'folder': self.folder, 'scenario': self.scenario, 'documents': docs, 'criteria': crit_out}


# ---------------------------------------------------------------- journal helpers
def wrap(text, width=88, indent=''):
    out = []
    for para in text.split('\n'):
        if not para.strip():
            out.append('')
            continue
        out += textwrap.wrap(para, width=width, initial_indent=indent, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False)
    return '\n'.join(out)


def journal_text(title_lines, entries, width=86):
    """Plain text journal export for enscript. entries: (date, time, kind, sign, text)."""
    out = list(title_lines) + ['=' * width, '']
    for d, tm, kind, sign, text in entries:
        head = '%s %s  %s' % (d, ('kl. ' + tm) if tm else '', kind)
        head = re.sub(r'\s+', ' ', head)
        out.append(head + ' ' * max(2, width - len(head) - len(sign)) + sign)
        out.append('-' * width)
        out.append(wrap(text, width))
        out.append('')
    return '\n'.join(out)


def journal_troff(title, meta, entries):
    """troff body (macros from render.groff_pdf). entries: (date, time, kind, sign, text)."""
    o = ['.H1 ' + title, '.nf', *[R.troff_escape(m) for m in meta], '.fi', '.sp 0.5']
    for d, tm, kind, sign, text in entries:
        o.append('.H2 %s%s \\- %s' % (d, (' kl. ' + tm) if tm else '', R.troff_escape(kind)))
        for i, para in enumerate(text.split('\n')):
            if i:
                o.append('.sp 0.3')
            o.append(R.troff_escape(para))
        o.append('.br')
        o.append('\\fISign: %s\\fP' % R.troff_escape(sign))
        o.append('.sp 0.4')
    return '\n'.join(o) + '\n'


def journal_blocks(entries, style='lifecare'):
    """Blocks for LO/reportlab journals. entries: (date, time, kind, sign, text)."""
    b = []
    for d, tm, kind, sign, text in entries:
        if style == 'lifecare':
            b.append(('h3', '%s%s  %s' % (d, (' ' + tm) if tm else '', kind)))
            for para in text.split('\n'):
                b.append(('p', para))
            b.append(('small', 'Signerad av: %s' % sign))
        else:
            b.append(('p', '**%s** %s – %s' % (d, ('kl. ' + tm) if tm else '', kind)))
            for para in text.split('\n'):
                b.append(('p', para))
            b.append(('small', sign))
    return b

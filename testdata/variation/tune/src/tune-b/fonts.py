"""Unhinted, renamed copies of the system Liberation/DejaVu fonts (smaller embedded subsets).
They are built into the build folder and embedded in the documents, never installed."""
import os
from unhint import unhint

FONTDIR = '/tmp/tune-b-build/fonts'
SYS = '/usr/share/fonts/truetype/'
SPEC = {
    'Arkiv Sans': ('Liberation Sans', 'liberation/LiberationSans-%s.ttf', {'Regular': 'Regular', 'Bold': 'Bold', 'Italic': 'Italic'}),
    'Arkiv Serif': ('Liberation Serif', 'liberation/LiberationSerif-%s.ttf', {'Regular': 'Regular', 'Bold': 'Bold', 'Italic': 'Italic'}),
    'Arkiv Mono': ('Liberation Mono', 'liberation/LiberationMono-%s.ttf', {'Regular': 'Regular', 'Bold': 'Bold'}),
    'Arkiv Grotesk': ('DejaVu Sans', 'dejavu/DejaVuSans%s.ttf', {'Regular': '', 'Bold': '-Bold', 'Italic': '-Oblique'}),
}
MAP = {v[0]: k for k, v in SPEC.items()}  # system family -> embedded family


def path(fam, style):
    return os.path.join(FONTDIR, '%s-%s.ttf' % (fam.replace(' ', ''), style))


def ensure():
    os.makedirs(FONTDIR, exist_ok=True)
    for fam, (sysfam, pat, styles) in SPEC.items():
        for style, suf in styles.items():
            p = path(fam, style)
            if not os.path.exists(p):
                unhint(SYS + pat % suf, p, fam, style, fam.replace(' ', '') + '-' + style)


def css():
    ensure()
    out = []
    for fam, (sysfam, pat, styles) in SPEC.items():
        for style in styles:
            w = 'bold' if style == 'Bold' else 'normal'
            s = 'italic' if style == 'Italic' else 'normal'
            out.append("@font-face{font-family:'%s';src:url('file://%s');font-weight:%s;font-style:%s}"
                       % (fam, path(fam, style), w, s))
    return '\n'.join(out)


def map_names(text):
    for sysfam, fam in MAP.items():
        text = text.replace(sysfam, fam)
    return text

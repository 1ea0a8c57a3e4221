import os
from lib import *
import rl
from reportlab.lib.units import mm

RULE = '=' * 78
THIN = '-' * 78

def head(org1, org2, title, fields):
    out = ['%-52s%s' % (org1, title), org2, RULE]
    for k, v in fields:
        out.append('%-15s%s' % (k + ':', v))
    out.append(THIN)
    return '\n'.join(out)

def sections(secs):
    out = []
    for h, t in secs:
        out.append('')
        out.append(h)
        if t:
            out.append(t.strip('\n'))
    return '\n'.join(out)

def doc(text_head, secs, sign=None):
    t = text_head + '\n' + sections(secs)
    if sign:
        t += '\n\n' + sign
    return t

def fax_cover(to, tofax, frm, frmfax, date, pages, subject, note=''):
    return [('big', 'TELEFAX'),
            ('fields', [('Till', to), ('Faxnummer', tofax), ('Från', frm), ('Faxnummer avs.', frmfax),
                        ('Datum', date), ('Antal sidor inkl. denna', str(pages)), ('Ärende', subject)]),
            ('p', note or 'Meddelandet kan innehålla sekretessbelagda uppgifter (OSL 26 kap). Om faxet '
                  'kommit fel, ring avsändaren och förstör handlingen.'), ('pb',)]

class Case:
    def __init__(self, muni, dnr, scenario=''):
        self.muni = muni; self.dnr = dnr; self.scenario = scenario
        asc = muni.lower().replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
        self.cid = asc + '_' + dnr.replace('/', '-').replace(' ', '-')
        self.folder = os.path.join(OUT, 'casefiles', self.cid)
        os.makedirs(self.folder, exist_ok=True)
        for f in os.listdir(self.folder):
            os.remove(os.path.join(self.folder, f))
        self.docs = []; self.crit = {}
    def p(self, name):
        return os.path.join(self.folder, name)
    def add(self, name, typ, producer, layout, text_layer='full'):
        self.docs.append(dict(file=name, type=typ, producer=producer, layout=layout, text_layer=text_layer))
    def c(self, crit, label, why, ev=(), present=None, missing=None):
        d = dict(label=label, why=why, ev=list(ev))
        if crit == 'assignment_description':
            d['present'] = present or []; d['missing'] = missing or []
        self.crit[crit] = d

# -*- coding: utf-8 -*-
"""Invented offices, case officers and helpers shared by the case scripts."""

OFFICES = {
    'Lund': {'org': 'Lunds kommun', 'forv': 'Socialförvaltningen', 'enhet': 'Vuxenenheten, Missbruksgruppen',
             'post': 'Socialförvaltningen, Vuxenenheten, Box 41, 221 00 Lund'},
    'Trelleborg': {'org': 'Trelleborgs kommun', 'forv': 'Socialförvaltningen', 'enhet': 'Vuxen – Beroende',
                   'post': 'Socialförvaltningen, Vuxen – Beroende, 231 83 Trelleborg'},
    'Ystad': {'org': 'Ystads kommun', 'forv': 'Socialförvaltningen', 'enhet': 'IFO Vuxengruppen',
              'post': 'Socialförvaltningen, IFO Vuxengruppen, 271 80 Ystad'},
    'Eslöv': {'org': 'Eslövs kommun', 'forv': 'Socialtjänsten', 'enhet': 'Vuxenenheten',
              'post': 'Socialtjänsten, Vuxenenheten, 241 80 Eslöv'},
    'Höör': {'org': 'Höörs kommun', 'forv': 'Individ- och familjeomsorgen', 'enhet': 'Vuxengruppen',
             'post': 'Individ- och familjeomsorgen, Vuxengruppen, 243 80 Höör'},
}

# invented case officers
OFFICERS = {
    'KM': ('Karin Möller', 'socialsekreterare', '046-35 58 21', 'karin.moller@lund.se'),
    'JE': ('Jonas Ekdahl', 'socialsekreterare', '046-35 41 07', 'jonas.ekdahl@lund.se'),
    'AH': ('Amira Hadzic', 'socialsekreterare', '046-35 52 60', 'amira.hadzic@lund.se'),
    'MJ': ('Maria Jeppsson', 'socialsekreterare', '0410-73 32 15', 'maria.jeppsson@trelleborg.se'),
    'ES': ('Erik Sandell', 'socialsekreterare', '0410-73 32 40', 'erik.sandell@trelleborg.se'),
    'LÖ': ('Lina Öhrn', 'socialsekreterare', '0410-73 34 82', 'lina.ohrn@trelleborg.se'),
    'LB': ('Lena Bengtsson', 'socialsekreterare', '0411-57 74 30', 'lena.bengtsson@ystad.se'),
    'PH': ('Patrik Holm', 'socialsekreterare', '0411-57 75 12', 'patrik.holm@ystad.se'),
    'HF': ('Hanna Friberg', 'socialsekreterare', '0413-621 84', 'hanna.friberg@eslov.se'),
    'ML': ('Mats Lind', 'socialsekreterare', '0413-622 05', 'mats.lind@eslov.se'),
    'SW': ('Sofia Wahlgren', 'socialsekreterare', '0413-281 46', 'sofia.wahlgren@hoor.se'),
    'UA': ('Ulf Ahlström', 'socialsekreterare', '0413-281 90', 'ulf.ahlstrom@hoor.se'),
}


def hl(kommun, extra=''):
    o = OFFICES[kommun]
    s = '%s  |  %s  |  %s' % (o['org'], o['forv'], o['enhet'])
    return s + (('  |  ' + extra) if extra else '')


def head_kv(name, pnr, dnr, officer, date_label, date, extra=None):
    rows = [('Namn', name), ('Personnummer', pnr), ('Diarienummer', dnr),
            ('Handläggare', '%s, %s' % OFFICERS[officer][:2])]
    if date_label:
        rows.append((date_label, date))
    if extra:
        rows += extra
    return ('kv', rows)


def officer_sig(code, place=None, date=None):
    n, t, tel, mail = OFFICERS[code]
    lines = []
    if place and date:
        lines.append('%s %s' % (place, date))
        lines.append('')
    lines += [n, t[0].upper() + t[1:]]
    return ('sig', lines)


def overklagande():
    return ('small', 'Hur man överklagar: Om du inte är nöjd med beslutet kan du överklaga det hos '
                     'förvaltningsrätten. Överklagandet ska vara skriftligt och ha kommit in till '
                     'socialnämnden inom tre veckor från den dag du fick del av beslutet. Handläggaren '
                     'kan hjälpa dig om du vill överklaga.')

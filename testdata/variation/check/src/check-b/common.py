# -*- coding: utf-8 -*-
"""Shared helpers for the case definitions (all people and providers are invented)."""
from kit import Doc


def D(key, dtype, fname, blocks, **kw):
    extra = {}
    for k in ('author', 'scan', 'rotate', 'enscript_header', 'akt_only', 'separate_only'):
        if k in kw:
            extra[k] = kw.pop(k)
    d = Doc(key, dtype, fname, blocks, **kw)
    for k, v in extra.items():
        setattr(d, k, v)
    if not hasattr(d, 'author'):
        d.author = ''
    if not hasattr(d, 'rotate'):
        d.rotate = []
    if not hasattr(d, 'scan'):
        d.scan = []
    return d


def crit(label, why, ev=(), present=None):
    c = {'label': label, 'why': why, 'ev': list(ev)}
    if present is not None:
        c['present'] = present
    return c


OVERKLAGA = ('Om du inte är nöjd med beslutet kan du överklaga det hos förvaltningsrätten. '
             'Skrivelsen ska ha kommit in till socialnämnden inom tre veckor från den dag du fick del av beslutet. '
             'Vill du ha hjälp att överklaga kan du kontakta din handläggare.')

import sys, importlib
from lib import *
mod, fn = sys.argv[1], sys.argv[2:]
m = importlib.import_module(mod)
for f in fn:
    k = getattr(m, f)()
    print('==', k.cid)
    for d in k.docs: print('  ', d['file'], npages(k.p(d['file'])))
    for c, v in k.crit.items():
        for it in v['ev']:
            f2, mk = it[0], it[1]
            print('  ', c, v['label'], f2, mk, find_pages(k.p(f2), mk) if isinstance(mk, str) else mk)

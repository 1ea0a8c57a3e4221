from cases_a import C as A
try:
    from cases_b import C as B
except ImportError:
    B = []
try:
    from cases_c import C as Cc
except ImportError:
    Cc = []
CASES = A + B + Cc

#!/usr/bin/python3
"""Reference values for core's ClassBalanceTest (balanced class weights).

Run with Debian's python: /usr/bin/python3 tools/reference/class_balance.py
Versions used for the committed numbers: scikit-learn 1.2.1, numpy 1.24.2.
"""
import numpy as np
import sklearn
from sklearn.utils.class_weight import compute_class_weight

print("# sklearn", sklearn.__version__, "numpy", np.__version__)
for y, k in (([0, 0, 0, 1, 2, 2], 3), ([0, 1, 1, 1, 1, 1, 1], 2), ([3, 1, 0, 2, 2, 1, 0, 0, 0, 3, 3], 4)):
    w = compute_class_weight("balanced", classes=np.arange(k), y=np.array(y))
    print(y, k, [repr(float(v)) for v in w])
# a listed class absent from y: scikit-learn raises (our rule too)
try:
    compute_class_weight("balanced", classes=np.arange(2), y=np.array([0, 0]))
    print("absent class: no error")
except ValueError as e:
    print("absent class: ValueError:", e)

"""Matrix product by hand, and a batched linear layer: a reference solution."""
import numpy as np


def matmul(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    n, k = A.shape
    k2, p = B.shape
    if k != k2:
        raise ValueError(f"cannot multiply shapes {A.shape} and {B.shape}: A has {k} columns but B has {k2} rows")
    C = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            total = 0.0
            for t in range(k):
                total += A[i, t] * B[t, j]
            C[i, j] = total
    return C


def linear_layer(X, W, b):
    return X @ W.T + b

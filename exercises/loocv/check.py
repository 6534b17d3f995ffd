import numpy as np

from exercise import loocv_mse_linear, loocv_predictions


def _line_data():
    rng = np.random.default_rng(19)
    X = rng.uniform(0, 10, size=(15, 2))
    X[0] = [25.0, 25.0]  # a high-leverage point
    y = X @ np.array([1.5, -0.5]) + 3.0 + rng.normal(0, 1.0, 15)
    return X, y


def _ols_fit(X, y):
    A = np.column_stack([X, np.ones(len(y))])
    return np.linalg.lstsq(A, y, rcond=None)[0]


def _ols_predict(theta, X):
    return np.column_stack([X, np.ones(len(X))]) @ theta


def check_mean_predictor():
    y = np.array([2.0, 4.0, 9.0])
    X = np.zeros((3, 1))
    got = np.asarray(loocv_predictions(X, y, lambda X_, y_: float(np.mean(y_)), lambda m, X_: np.full(len(X_), m)), dtype=float)
    hint = " Those are all the mean of all three: the model must be fitted without the example it predicts." if np.allclose(got, 5.0) else ""
    assert got.shape == (3,) and np.allclose(got, [6.5, 5.5, 3.0]), (
        f"loocv_predictions with a predict-the-mean model on y = [2, 4, 9]: leaving out 2 the mean of the rest is 6.5, leaving out 4 it is 5.5, "
        f"leaving out 9 it is 3; expected [6.5, 5.5, 3], got {got.tolist()}.{hint}"
    )


def check_one_nearest_neighbour():
    X = np.array([[0.0], [1.0], [3.0], [7.0], [8.0]])
    y = np.array([0.0, 0.0, 1.0, 1.0, 1.0])
    fit = lambda X_, y_: (X_.copy(), y_.copy())
    predict = lambda model, X_: model[1][np.argmin(np.abs(model[0][:, 0][None, :] - X_[:, 0][:, None]), axis=1)]
    got = np.asarray(loocv_predictions(X, y, fit, predict), dtype=float)
    assert np.allclose(got, [0, 0, 0, 1, 1]), (
        f"leave-one-out 1-nearest-neighbour on x = 0, 1, 3, 7, 8 (labels 0, 0, 1, 1, 1): without itself, x = 3's nearest neighbour is x = 1 "
        f"(label 0), so the held-out predictions are [0, 0, 0, 1, 1]; got {got.tolist()}"
    )


def check_number_of_fits():
    calls = []

    def fit(X_, y_):
        calls.append(len(y_))
        return 0.0

    loocv_predictions(np.zeros((6, 2)), np.arange(6.0), fit, lambda m, X_: np.zeros(len(X_)))
    assert calls == [5] * 6, f"LOOCV on 6 examples fits 6 models, each on 5 examples; your fit was called with training sets of sizes {calls}"


def check_shortcut_equals_brute_force():
    X, y = _line_data()
    held_out = np.array([_ols_predict(_ols_fit(np.delete(X, i, 0), np.delete(y, i)), X[i:i + 1])[0] for i in range(len(y))])
    expected = float(np.mean((y - held_out) ** 2))
    got = float(loocv_mse_linear(X, y))
    naive = float(np.mean((y - _ols_predict(_ols_fit(X, y), X)) ** 2))
    hint = ""
    if np.isclose(got, naive):
        hint = " That is the training MSE: divide each residual by 1 − hᵢᵢ."
    elif got < naive:
        hint = " It is even below the training error: divide by 1 − hᵢᵢ, don't multiply."
    else:
        hint = " Does A include the column of ones? The model being cross-validated has an intercept."
    assert np.isclose(got, expected, rtol=1e-8), (
        f"loocv_mse_linear on 15 points (one of them with high leverage) should equal the LOOCV MSE from 15 refits, {expected:.6f} "
        f"(the training MSE is only {naive:.6f}); got {got:.6f}.{hint}"
    )


def check_generic_loop_agrees_with_shortcut():
    X, y = _line_data()
    preds = np.asarray(loocv_predictions(X, y, _ols_fit, lambda theta, X_: _ols_predict(theta, X_)), dtype=float)
    brute = float(np.mean((y - preds) ** 2))
    got = float(loocv_mse_linear(X, y))
    assert np.isclose(brute, got, rtol=1e-8), f"the LOOCV MSE from loocv_predictions with least squares ({brute:.6f}) and from loocv_mse_linear ({got:.6f}) should agree"

"""Makes the digits examples in this folder: a real classifier's outputs on a public data set.

The handwritten digits that ship with scikit-learn (load_digits: 1,797 8×8 images, 10 classes)
are split in half, stratified, with a fixed random_state. A logistic regression and a small
multi-layer perceptron are trained on one half; their outputs on the other (held-out) half are
written here as headerless CSV, one sample per line, ready for the "Your data" screen and for
`./run.sh loss`:

    digits-targets.csv                 899 class indices 0-9
    digits-logreg-probabilities.csv    899 x 10 predict_proba
    digits-logreg-logits.csv           899 x 10 decision_function (softmax of it = the probabilities)
    digits-mlp-probabilities.csv       899 x 10 predict_proba of a 32-unit MLP

Run from the repository root:   /usr/bin/python3 assets/data/make_digits.py
Needs numpy and scikit-learn; the same versions give the same files, byte for byte.
"""
import os

import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 0


def write(name, values, fmt):
    path = os.path.join(HERE, name)
    np.savetxt(path, values, fmt=fmt, delimiter=",")
    print(f"wrote {name}: {values.shape}")


def mean_loss(p, y):
    return float(-np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-7, 1 - 1e-7))))


def main():
    x, y = load_digits(return_X_y=True)
    x = x / 16.0  # pixel values 0-16 to [0, 1]
    x_train, x_test, y_train, y_test = train_test_split(
        x, y, test_size=0.5, stratify=y, random_state=SEED)

    # weakly regularised (large C): overconfident on held-out digits, as many modern networks are,
    # so temperature scaling has something to fix (Fit T finds T near 1.9)
    logreg = LogisticRegression(C=1000.0, max_iter=10000, random_state=SEED).fit(x_train, y_train)
    mlp = MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=SEED).fit(x_train, y_train)

    write("digits-targets.csv", y_test.reshape(-1, 1), "%d")
    write("digits-logreg-probabilities.csv", logreg.predict_proba(x_test), "%.17g")
    write("digits-logreg-logits.csv", logreg.decision_function(x_test), "%.17g")
    write("digits-mlp-probabilities.csv", mlp.predict_proba(x_test), "%.17g")
    for name, model in (("logreg", logreg), ("mlp", mlp)):
        p = model.predict_proba(x_test)
        print(f"{name}: accuracy {np.mean(p.argmax(1) == y_test):.4f}, mean loss {mean_loss(p, y_test):.6f}")


if __name__ == "__main__":
    main()

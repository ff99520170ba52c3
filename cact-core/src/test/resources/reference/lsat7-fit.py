"""Person-fit and local-dependence reference values for LSAT7 under mirt's 2PL estimates (lsat7-mirt.json).

Written from the definitions of mirt's personfit() (Zh, infit, outfit), residuals(type = "Q3") and
residuals(type = "LD"), and from Snijders (2001) for lz* in its dichotomous form (w_i = logit p_i,
r_i = p_i' / (p_i (1 - p_i))), independently of the Java code. Writes lsat7-fit.json.
Run: python3 lsat7-fit.py (NumPy and SciPy).
"""
import csv
import json
import math

import numpy as np
from scipy.optimize import brentq

with open("lsat7-mirt.json") as f:
    mirt = json.load(f)["twoPl"]
a = np.array(mirt["a"])
d = np.array(mirt["d"])

patterns, counts = [], []
with open("lsat7-patterns.csv") as f:
    rows = list(csv.reader(f))
for row in rows[1:]:
    patterns.append([int(v) for v in row[:5]])
    counts.append(int(row[5]))
patterns = np.array(patterns)
counts = np.array(counts)

nodes = np.linspace(-6, 6, 61)
prior = np.exp(-nodes ** 2 / 2)
prior /= prior.sum()


def p(theta):
    return 1 / (1 + np.exp(-(a * theta + d)))


def eap(x):
    like = np.array([np.prod(np.where(x == 1, p(t), 1 - p(t))) for t in nodes]) * prior
    return float(np.sum(nodes * like) / np.sum(like))


def score(x, t):
    return float(np.sum(a * (x - p(t))))


def information(t):
    q = p(t)
    return float(np.sum(a * a * q * (1 - q)))


def wle_term(t):
    q = p(t)
    d1 = a * q * (1 - q)
    d2 = a * a * q * (1 - q) * (1 - 2 * q)
    return float(np.sum(d1 * d2 / (q * (1 - q)))) / (2 * information(t))


def zh(x, t):
    q = p(t)
    ll = np.sum(np.where(x == 1, np.log(q), np.log(1 - q)))
    mu = np.sum(q * np.log(q) + (1 - q) * np.log(1 - q))
    var = np.sum(q * (1 - q) * np.log(q / (1 - q)) ** 2)
    return float((ll - mu) / math.sqrt(var))


def lz_star(x, t, r0):
    q = p(t)
    w = np.log(q / (1 - q))
    d1 = a * q * (1 - q)
    r = d1 / (q * (1 - q))
    c = np.sum(d1 * w) / np.sum(d1 * r)
    wt = w - c * r
    tau2 = np.sum(wt ** 2 * q * (1 - q))
    big_w = np.sum((x - q) * w)
    return float((big_w + c * r0) / math.sqrt(tau2))


def in_out(x, t):
    q = p(t)
    var = q * (1 - q)
    var = np.where(var ** 2 < 1e-5, math.sqrt(1e-5), var)
    resid = x - q
    return float(np.sum(resid ** 2) / np.sum(var)), float(np.mean(resid ** 2 / var))


person = []
for x in patterns:
    if x.sum() in (0, 5):
        continue
    t_eap = eap(x)
    t_ml = brentq(lambda t: score(x, t), -20, 20, xtol=1e-14)
    t_wle = brentq(lambda t: score(x, t) + wle_term(t), -20, 20, xtol=1e-14)
    t_map = brentq(lambda t: score(x, t) - t, -20, 20, xtol=1e-14)
    infit, outfit = in_out(x, t_eap)
    person.append({
        "pattern": "".join(str(v) for v in x),
        "eap": t_eap, "zh": zh(x, t_eap), "infit": infit, "outfit": outfit,
        "lzStarEap": lz_star(x, t_eap, -t_eap),
        "ml": t_ml, "zhMl": zh(x, t_ml), "lzStarMl": lz_star(x, t_ml, 0.0),
        "wle": t_wle, "lzStarWle": lz_star(x, t_wle, wle_term(t_wle)),
        "map": t_map, "lzStarMap": lz_star(x, t_map, -t_map),
    })

# local dependence over the 1000 examinees
data = np.repeat(patterns, counts, axis=0)
theta = np.array([eap(x) for x in data])
resid = data - np.array([p(t) for t in theta])
grid_p = np.array([p(t) for t in nodes])  # 61 x 5


def gamma(tab):
    c = tab[0, 0] * tab[1, 1]
    dd = tab[0, 1] * tab[1, 0]
    return (c - dd) / (c + dd)


pairs = []
for i in range(5):
    for j in range(i + 1, 5):
        q3 = float(np.corrcoef(resid[:, i], resid[:, j])[0, 1])
        obs = np.zeros((2, 2))
        for x in data:
            obs[x[i], x[j]] += 1
        n = obs.sum()
        pi = np.stack([1 - grid_p[:, i], grid_p[:, i]], axis=1)
        pj = np.stack([1 - grid_p[:, j], grid_p[:, j]], axis=1)
        exp = n * np.einsum("q,qk,qm->km", prior, pi, pj)
        x2 = float(np.sum((obs - exp) ** 2 / exp))
        s = gamma(obs) - gamma(exp)
        sign = 1.0 if s >= 0 else -1.0
        pairs.append({"item1": f"item{i + 1}", "item2": f"item{j + 1}", "q3": q3, "x2": x2, "sign": sign,
                      "cramersV": sign * math.sqrt(x2 / n)})

out = {
    "data": "lsat7-patterns.csv",
    "source": "computed by lsat7-fit.py (NumPy) from the definitions of mirt's personfit() and residuals() "
              "(types Q3 and LD) and Snijders (2001) lz*, at the mirt 2PL estimates of lsat7-mirt.json; "
              "61 nodes on [-6, 6] with N(0, 1) weights for EAP and the LD expected tables. Not mirt output.",
    "version": "lsat7-fit.py",
    "persons": person,
    "pairs": pairs,
}
with open("lsat7-fit.json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

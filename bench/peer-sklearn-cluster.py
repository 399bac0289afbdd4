#!/usr/bin/python3
"""Peer for `parallax eval stories`: scikit-learn TF-IDF + single-pass online clustering.

Reads the stream written by bench/stories-stream.ts (same texts, same order as Parallax), assigns
each document to the most similar cluster centroid (cosine of L2-normalized TF-IDF vectors, the
centroid being the mean of its members) or opens a new cluster below a threshold, and prints
BCubed precision, recall, F1 and throughput. The IDF is fitted on the whole set beforehand, an
advantage Parallax (which learns it from the stream) does not have.

Usage: /usr/bin/python3 bench/peer-sklearn-cluster.py STREAM.jsonl [--threshold T | --tune]
  --tune sweeps thresholds 0.05..0.60 and reports the best (do this on ECB+ only, then pass the
  tuned threshold for BASIL).
"""
import json
import sys
import time
from collections import Counter

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def read_stream(path):
    with open(path, encoding='utf-8') as handle:
        return [json.loads(line) for line in handle if line.strip()]


def document_text(record):
    return ((record.get('title') or '') + '\n' + record['text']).strip()


def cluster(matrix, threshold):
    """Single pass: each row joins the most similar centroid (cosine) or opens a cluster."""
    matrix = matrix.tocsr()
    sums = np.zeros((matrix.shape[0], matrix.shape[1]), dtype=np.float32)
    squared_norms = np.zeros(matrix.shape[0], dtype=np.float64)
    count, labels = 0, []
    for row in range(matrix.shape[0]):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        columns, values = matrix.indices[start:end], matrix.data[start:end]
        best, best_score = -1, -1.0
        if count:
            dots = sums[:count, columns] @ values
            scores = dots / np.sqrt(np.maximum(squared_norms[:count], 1e-12))
            best = int(np.argmax(scores))
            best_score = float(scores[best])
        target = best if best_score >= threshold else count
        if target == count:
            count += 1
        before = sums[target, columns].astype(np.float64)
        squared_norms[target] += float(np.sum((before + values) ** 2) - np.sum(before ** 2))
        sums[target, columns] += values
        labels.append(target)
    return labels


def bcubed(labels, gold):
    cluster_sizes, class_sizes = Counter(labels), Counter(gold)
    pairs = Counter(zip(labels, gold))
    precision = sum(pairs[(l, g)] / cluster_sizes[l] for l, g in zip(labels, gold)) / len(labels)
    recall = sum(pairs[(l, g)] / class_sizes[g] for l, g in zip(labels, gold)) / len(labels)
    return precision, recall, 2 * precision * recall / (precision + recall), len(cluster_sizes), len(class_sizes)


def run(records, threshold):
    started = time.perf_counter()
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words='english').fit_transform([document_text(r) for r in records])
    labels = cluster(matrix, threshold)
    elapsed = time.perf_counter() - started
    return bcubed(labels, [r['gold'] for r in records]), len(records) / elapsed


def main():
    records = read_stream(sys.argv[1])
    if '--tune' in sys.argv:
        results = [(t, run(records, t)) for t in [x / 100 for x in range(5, 61, 1)]]
        threshold, ((p, r, f1, found, gold), speed) = max(results, key=lambda item: item[1][0][2])
    else:
        threshold = float(sys.argv[sys.argv.index('--threshold') + 1]) if '--threshold' in sys.argv else 0.2
        (p, r, f1, found, gold), speed = run(records, threshold)
    print(f'sklearn-tfidf-single-pass threshold {threshold:.2f}: BCubed F1 {f1:.3f} P {p:.3f} R {r:.3f}, '
          f'stories found {found} (gold {gold}), {speed:.0f} documents/s (vectorizing + clustering)')


if __name__ == '__main__':
    main()

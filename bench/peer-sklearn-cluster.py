#!/usr/bin/python3
"""Peer for story clustering: scikit-learn TF-IDF + single-pass online clustering.

Each document joins the cluster whose centroid (the mean of its members' L2-normalized TF-IDF
vectors) is most similar by cosine, or opens a new cluster when no centroid reaches the threshold.
Documents are read in the order given: a JSON Lines stream written by bench/stories-stream.ts or
bench/ingest-peer.ts ({id, gold, title, text}: the texts Parallax clusters, in its order), or a
folder of plain-text files with header blocks (the `npm run bench:ingest` corpus), read in the
order `parallax ingest` reads a folder (names sorted, depth first).

Vectorizing is done in one pass, as a scikit-learn user would: `TfidfVectorizer.fit_transform`
over every text (sublinear tf, English stop words). So the IDF is fitted on the whole set
beforehand, an advantage Parallax (which learns it from the stream) does not have.

Usage:
  /usr/bin/python3 bench/peer-sklearn-cluster.py STREAM.jsonl [--threshold T | --tune]
      prints BCubed and throughput; --tune sweeps 0.05..0.60 (do it on ECB+ only, then pass the
      tuned threshold for other sets)
  /usr/bin/python3 bench/peer-sklearn-cluster.py (STREAM.jsonl | - | --corpus FOLDER) --json --thresholds 0.21,0.22
      one JSON object: timings, peak RSS and each threshold's labels (bench/ingest-peer.ts reads it)

Debian's python3-sklearn is only visible to /usr/bin/python3 (`npm run setup:bench` installs it).
"""
import argparse
import json
import os
import resource
import sys
import time
from collections import Counter

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer

# Entries of one block of the similarity matrix (block rows x documents up to the block's end):
# 4M entries are 32 MB dense (about 50 MB more as the sparse product), so a block stays small
# beside the texts however large the corpus, and still a few hundred rows at 10,000 documents.
SIMILARITY_BLOCK_ENTRIES = 4_000_000
TUNING_THRESHOLDS = [step / 100 for step in range(5, 61)]


def read_stream(path):
    handle = sys.stdin if path == '-' else open(path, encoding='utf-8')
    with handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [((record.get('title') or '') + '\n' + record['text']).strip() for record in records], records


def read_corpus(folder):
    """Plain-text files, names sorted at each level as `parallax ingest` walks a folder."""
    texts = []
    for name in sorted(os.listdir(folder)):
        if name.startswith('.'):
            continue
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            texts.extend(read_corpus(path))
        else:
            with open(path, encoding='utf-8') as handle:
                texts.append(header_title_and_body(handle.read()))
    return texts


def header_title_and_body(text):
    """`key: value` lines up to the first blank line are the header; keep its title with the body."""
    header, separator, body = text.partition('\n\n')
    if not separator:
        return text.strip()
    title = ''
    for line in header.split('\n'):
        key, colon, value = line.partition(':')
        if not colon:
            return text.strip()
        if key.strip().lower() in ('title', 'headline'):
            title = value.strip()
    return (title + '\n' + body).strip()


def vectorize(texts):
    return TfidfVectorizer(sublinear_tf=True, stop_words='english').fit_transform(texts).tocsr()


def cluster(matrix, threshold):
    """Single pass over the rows in order; returns each row's cluster number.

    A centroid's cosine to a document is (sum of its members . document) / |sum of its members|,
    and the numerator is the sum of the document's dot products with those members. So instead of
    a dense clusters x vocabulary matrix of centroid sums (9,114 x 25,671 float32, about 1 GB, on
    the 10,000-article ingest corpus), the dot products with earlier documents are computed a
    block of rows at a time in one sparse product, and summed per cluster with bincount. The
    labels are the same as updating centroids one document at a time (checked at every tuning
    threshold on ECB+ and BASIL); it is done this way to be fair to the peer's speed and memory.
    """
    count_rows = matrix.shape[0]
    labels = np.zeros(count_rows, dtype=np.int64)
    squared_norms = np.zeros(count_rows, dtype=np.float64)  # |sum of members|^2 per cluster
    clusters = 0
    block_start = 0
    while block_start < count_rows:
        block_end = min(count_rows, block_start + block_rows(block_start))
        similarities = (matrix[block_start:block_end] @ matrix[:block_end].T).toarray()
        for row in range(block_start, block_end):
            dots = similarities[row - block_start]
            best, best_score, best_dot = -1, -1.0, 0.0
            if clusters:
                cluster_dots = np.bincount(labels[:row], weights=dots[:row], minlength=clusters)
                scores = cluster_dots / np.sqrt(np.maximum(squared_norms[:clusters], 1e-12))
                best = int(np.argmax(scores))
                best_score, best_dot = float(scores[best]), float(cluster_dots[best])
            if best_score >= threshold:
                target = best
            else:
                target, best_dot = clusters, 0.0
                clusters += 1
            # |s + d|^2 = |s|^2 + 2 s.d + |d|^2
            squared_norms[target] += 2 * best_dot + dots[row]
            labels[row] = target
        block_start = block_end
    return labels


def block_rows(block_start):
    """Rows r with r * (block_start + r) <= SIMILARITY_BLOCK_ENTRIES, at least one."""
    return max(1, int((np.sqrt(block_start ** 2 + 4 * SIMILARITY_BLOCK_ENTRIES) - block_start) / 2))


def bcubed(labels, gold):
    cluster_sizes, class_sizes = Counter(labels), Counter(gold)
    pairs = Counter(zip(labels, gold))
    precision = sum(pairs[(l, g)] / cluster_sizes[l] for l, g in zip(labels, gold)) / len(labels)
    recall = sum(pairs[(l, g)] / class_sizes[g] for l, g in zip(labels, gold)) / len(labels)
    return precision, recall, 2 * precision * recall / (precision + recall), len(cluster_sizes), len(class_sizes)


def timed(function, *arguments):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*arguments)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main_json(arguments):
    if arguments.corpus:
        texts, read_seconds, read_cpu = timed(read_corpus, arguments.corpus)
    else:
        (texts, _), read_seconds, read_cpu = timed(read_stream, arguments.stream)
    matrix, vectorize_seconds, vectorize_cpu = timed(vectorize, texts)
    runs = []
    for threshold in [float(value) for value in arguments.thresholds.split(',')]:
        labels, cluster_seconds, cluster_cpu = timed(cluster, matrix, threshold)
        runs.append({'threshold': threshold, 'clusterSeconds': cluster_seconds, 'clusterCpuSeconds': cluster_cpu,
                     'clusters': int(labels.max()) + 1 if len(labels) else 0, 'labels': labels.tolist()})
    print(json.dumps({
        'sklearnVersion': sklearn.__version__, 'documents': len(texts), 'features': matrix.shape[1],
        'readSeconds': read_seconds, 'readCpuSeconds': read_cpu,
        'vectorizeSeconds': vectorize_seconds, 'vectorizeCpuSeconds': vectorize_cpu,
        # ru_maxrss is in KiB on Linux: the whole process, interpreter and libraries included.
        'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        'runs': runs,
    }))


def main_text(arguments):
    texts, records = read_stream(arguments.stream)
    gold = [record['gold'] for record in records]
    matrix, vectorize_seconds, _ = timed(vectorize, texts)
    thresholds = TUNING_THRESHOLDS if arguments.tune else [arguments.threshold]
    results = []
    for threshold in thresholds:
        labels, cluster_seconds, _ = timed(cluster, matrix, threshold)
        results.append((threshold, bcubed(labels.tolist(), gold), len(texts) / (vectorize_seconds + cluster_seconds)))
    threshold, (p, r, f1, found, gold_count), speed = max(results, key=lambda item: item[1][2])
    print(f'sklearn-tfidf-single-pass threshold {threshold:.2f}: BCubed F1 {f1:.3f} P {p:.3f} R {r:.3f}, '
          f'stories found {found} (gold {gold_count}), {speed:.0f} documents/s (vectorizing + clustering)')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('stream', nargs='?', help='JSON Lines stream, or - for standard input')
    parser.add_argument('--corpus', help='folder of plain-text files with header blocks')
    parser.add_argument('--threshold', type=float, default=0.22)
    parser.add_argument('--tune', action='store_true')
    parser.add_argument('--json', action='store_true')
    parser.add_argument('--thresholds', default='0.22')
    arguments = parser.parse_args()
    if not arguments.stream and not arguments.corpus:
        parser.error('give a stream file, - or --corpus FOLDER')
    if arguments.corpus and not arguments.json:
        parser.error('--corpus has no gold stories to score: use it with --json')
    if arguments.json:
        main_json(arguments)
    else:
        main_text(arguments)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Time the textacy + spaCy peer (textacy.extract.triples.direct_quotations) on a list of .txt
articles, one core, and print one JSON line: bytes, articles, seconds (processing only, model load
excluded), load_seconds, quotes, failures (articles where textacy raised, e.g. "unclosed
quotation"), model.

usage: peer_textacy.py MODEL FILE...    MODEL: an importable spaCy package name, or "blank"
"""
import json
import sys
import time


def load(model):
    import spacy
    if model == "blank":
        # No trained pipeline: a tokenizer and rule-based sentences only. direct_quotations then
        # runs without the parser and tagger it relies on for speakers, so its output is poorer
        # and its speed flattering.
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    return spacy.load(model)


def main():
    model, paths = sys.argv[1], sys.argv[2:]
    started = time.perf_counter()
    nlp = load(model)
    from textacy.extract.triples import direct_quotations
    load_seconds = time.perf_counter() - started

    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            texts.append(handle.read())
    total = sum(len(text.encode("utf-8")) for text in texts)

    quotes = failures = 0
    errors = {}
    started = time.perf_counter()
    for text in texts:
        doc = nlp(text)
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except Exception as error:  # the peer gives up on whole articles; count and go on
            failures += 1
            key = f"{type(error).__name__}: {str(error)[:60]}"
            errors[key] = errors.get(key, 0) + 1
    seconds = time.perf_counter() - started
    print(json.dumps({"bytes": total, "articles": len(texts), "seconds": seconds,
                      "load_seconds": load_seconds, "quotes": quotes, "failures": failures,
                      "errors": errors, "model": model}))


if __name__ == "__main__":
    main()

"""Glossary benchmark: how often ``term_mismatch`` fires on gold links, and how fast terms match.

    python bench/glossary.py            # TransRead EN-FR both ways, Text+Berg DE-FR test, speed
    python bench/glossary.py --show 20  # also print 20 flagged links of each set, to read them

Each set's gold links (null links left out) are checked against a glossary of common terms
written here in dictionary form: 36 English-French everyday nouns for the TransRead novels (also
read with French as the source), 34 German-French mountaineering nouns for the Text+Berg
yearbook. A flag on a gold link is a link whose source uses a term and whose target has none of
its renderings: a translator's free choice (a pronoun, a synonym, a paraphrase), or a term missed
by the matcher (an inflection it does not know). Printed per set: gold links, links whose source uses a term, term uses, links flagged,
terms missed, seconds. Then the speed of matching 5,200 seeded random terms (some with ``*``) in
the sentence pairs of the OPUS Books novel.
"""

from __future__ import annotations

import argparse
import ast
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from common import read_lines  # noqa: E402

from align.glossary import Terms, read_glossary  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench"
TRANSREAD_TERMS = """house,maison;king,roi;door,porte;eye,œil;eye,yeux;hand,main;night,nuit;head,tête;friend,ami
father,père;mother,mère;woman,femme;child,enfant;horse,cheval;letter,lettre;room,chambre;room,salle
room,pièce;money,argent;water,eau;heart,cœur;voice,voix;death,mort;life,vie;city,ville;war,guerre
book,livre;road,route;road,chemin;sea,mer;window,fenêtre;captain,capitaine;ship,navire;ship,vaisseau
garden,jardin;island,île"""
TEXTBERG_TERMS = """Gipfel,sommet;Gletscher,glacier;Hütte,cabane;Hütte,refuge;Grat,arête;Seil,corde;Wand,paroi
Fels,rocher;Aufstieg,montée;Abstieg,descente;Bergführer,guide;Führer,guide;Schnee,neige;Eis,glace
Tal,vallée;Berg,montagne;Nacht,nuit;Wetter,temps;Lawine,avalanche;Pass,col;Sektion,section
Besteigung,ascension;Kamin,cheminée;Biwak,bivouac;Sturm,tempête;Nebel,brouillard;Stunde,heure
Weg,chemin;Kletterei,escalade;Kletterer,grimpeur;Gefahr,danger;Ausrüstung,équipement;Mitglied,membre
Unfall,accident"""
TRANSREAD_REVERSED = ";".join(
    ",".join(pair.split(",")[::-1]) for line in TRANSREAD_TERMS.split("\n") for pair in line.split(";")
)
SETS = {
    "transread_en_fr": ("transread_en_fr", "en", "fr", TRANSREAD_TERMS),
    "transread, French as source": ("transread_en_fr", "fr", "en", TRANSREAD_REVERSED),
    "textberg_de_fr/test": ("textberg_de_fr/test", "de", "fr", TEXTBERG_TERMS),
}
"""Label: gold set, source and target language (the gold is read the other way round where the
set's name has them reversed), terms."""


def _terms(src: str, tgt: str, rows: str, tmp: Path) -> Terms:
    path = tmp / f"{src}_{tgt}.csv"
    path.write_text(f"{src},{tgt}\n" + re.sub(r"[;\n]", "\n", rows) + "\n", encoding="utf-8")
    return read_glossary(path).for_pair(src, tgt, [], [])


def gold_links(root: Path, src: str, tgt: str) -> list[tuple[str, str]]:
    """The ``src`` and ``tgt`` text of every gold link with sentences on both sides (the gold's
    first side is the language the set's name gives first)."""
    first, second = re.findall(r"_([a-z]{2})_([a-z]{2})", root.as_posix())[-1]
    out = []
    for gold in sorted((root / "gold").iterdir()):
        lines = {lang: read_lines(root / lang / gold.name) for lang in (first, second)}
        for line in gold.read_text(encoding="utf-8").splitlines():
            a, b = (ast.literal_eval(side) for side in line.split(":")[:2])
            if a and b:
                texts = {
                    first: " ".join(lines[first][i] for i in a),
                    second: " ".join(lines[second][j] for j in b),
                }
                out.append((texts[src], texts[tgt]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many flagged links of each set")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(
            "| set | gold links | links using a term | term uses | links flagged | terms missed | seconds |"
        )
        print("|---|---|---|---|---|---|---|")
        shown = []
        for name, (folder, src, tgt, rows) in SETS.items():
            links = gold_links(BENCH / folder, src, tgt)
            start = time.perf_counter()
            terms = _terms(src, tgt, rows, Path(tmp))
            uses = [terms.used([s]) for s, _ in links]
            misses = [terms.misses(s, t) for s, t in links]
            seconds = time.perf_counter() - start
            flagged = [(s, t, m) for (s, t), m in zip(links, misses) if m]
            print(
                f"| {name} | {len(links):,} | {sum(u > 0 for u in uses):,} | {sum(uses):,} | "
                f"{len(flagged):,} | {sum(len(m) for m in misses):,} | {seconds:.1f} |"
            )
            shown += [(name, f) for f in flagged[: args.show]]
        for name, (s, t, m) in shown:
            print(f"\n{name}: {'; '.join(x.describe() for x in m)}\n  {s}\n  {t}")

        root = BENCH / "opusbooks_en_fr_crocoalign"
        doc = sorted((root / "gold").iterdir())[0].name
        en, fr = read_lines(root / "en" / doc), read_lines(root / "fr" / doc)
        rnd = random.Random(0)
        en_words = sorted({w for s in en for w in re.findall(r"[^\W\d_]{4,}", s)})
        fr_words = sorted({w for s in fr for w in re.findall(r"[^\W\d_]{4,}", s)})
        rows = ";".join(
            f"{rnd.choice(en_words)}{' ' + rnd.choice(en_words) if rnd.random() < 0.3 else ''}"
            f"{'*' if rnd.random() < 0.04 else ''},{rnd.choice(fr_words)}"
            for _ in range(5_200)
        )
        pairs = list(zip(en, fr))
        start = time.perf_counter()
        terms = _terms("en", "fr", rows, Path(tmp))
        missed = sum(len(terms.misses(s, t)) for s, t in pairs)
        print(
            f"\nspeed: {len(terms.terms):,} terms over {len(pairs):,} sentence pairs of OPUS Books "
            f"({missed:,} misses): {time.perf_counter() - start:.2f} s"
        )


if __name__ == "__main__":
    main()

"""Words a translation can turn into their opposite: a rise rendered as a fall (``Exports rose`` /
``Les exportations ont baissé``), imports as exports, won as lost, confirmed as denied, accepted or
supported as rejected or opposed, opened as closed, bought as sold, allowed as banned, before as
after, first as last, left as right, hot as cold, easy as difficult, north as south, east as west,
inside as outside. Comparatives (``more slowly`` / ``moins vite``) are not read: translators turn
them round faithfully.

The reviewer's planted changes of this kind scored 0.01 to 0.38 before: the sentences share every
other word, so the embedding barely moves. A link is a candidate when one side holds words of one
pole of a pair of opposites only and the other side words of the other pole only
(``direction_differences``); the contrast test (``direction_variants``, which turns the English
side's words into their opposites) then asks the model whether the sides get closer so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from align.checks.text import TEXT_CACHE

# English: each word with the opposite the contrast test puts in its place. A pair lists the
# first pole's form, then the second's; _EN_ONE_WAY adds words of a pole that map to a form of the
# other without a form mapping back.
_EN_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "rise": (
        ("increase", "decrease"),
        ("increases", "decreases"),
        ("increased", "decreased"),
        ("increasing", "decreasing"),
        ("rise", "fall"),
        ("rises", "falls"),
        ("rose", "fell"),
        ("risen", "fallen"),
        ("rising", "falling"),
        ("grow", "shrink"),
        ("grows", "shrinks"),
        ("grew", "shrank"),
        ("grown", "shrunk"),
        ("growing", "shrinking"),
        ("growth", "decline"),
        ("raise", "lower"),
        ("raises", "lowers"),
        ("raised", "lowered"),
        ("raising", "lowering"),
        ("climb", "descend"),
        ("climbs", "descends"),
        ("climbed", "descended"),
        ("climbing", "descending"),
        ("ascent", "descent"),
        ("go up", "go down"),
        ("goes up", "goes down"),
        ("went up", "went down"),
        ("gone up", "gone down"),
        ("going up", "going down"),
    ),
    "trade": (
        ("import", "export"),
        ("imports", "exports"),
        ("imported", "exported"),
        ("importing", "exporting"),
        ("importer", "exporter"),
        ("importers", "exporters"),
    ),
    "outcome": (
        ("win", "lose"),
        ("wins", "loses"),
        ("won", "lost"),
        ("winning", "losing"),
        ("winner", "loser"),
        ("winners", "losers"),
        ("victory", "defeat"),
        ("victories", "defeats"),
    ),
    "assent": (
        ("accept", "reject"),
        ("accepts", "rejects"),
        ("accepted", "rejected"),
        ("accepting", "rejecting"),
        ("acceptance", "rejection"),
        ("support", "oppose"),
        ("supports", "opposes"),
        ("supported", "opposed"),
        ("supporting", "opposing"),
    ),
    "truth": (
        ("confirm", "deny"),
        ("confirms", "denies"),
        ("confirmed", "denied"),
        ("confirming", "denying"),
        ("confirmation", "denial"),
    ),
    "access": (
        ("open", "close"),
        ("opens", "closes"),
        ("opened", "closed"),
        ("opening", "closing"),
    ),
    "exchange": (
        ("buy", "sell"),
        ("buys", "sells"),
        ("bought", "sold"),
        ("buying", "selling"),
        ("buyer", "seller"),
        ("buyers", "sellers"),
    ),
    "permission": (
        ("allow", "forbid"),
        ("allows", "forbids"),
        ("allowed", "forbidden"),
        ("allowing", "forbidding"),
    ),
    "activation": (
        ("enable", "disable"),
        ("enables", "disables"),
        ("enabled", "disabled"),
        ("enabling", "disabling"),
        ("activate", "deactivate"),
        ("activates", "deactivates"),
        ("activated", "deactivated"),
        ("activating", "deactivating"),
    ),
    "order": (("before", "after"), ("earlier", "later")),
    "rank": (("first", "last"),),
    "side": (("left", "right"),),
    "league": (("promoted", "relegated"), ("promotion", "relegation")),
    "entry": (("entering", "leaving"), ("entry", "exit")),
    "heat": (("hot", "cold"), ("warm", "cool"), ("hotter", "colder"), ("hottest", "coldest")),
    "ease": (("easy", "difficult"), ("easier", "harder")),
    "north": (
        ("north", "south"),
        ("northern", "southern"),
        ("northward", "southward"),
        ("northbound", "southbound"),
    ),
    "east": (("east", "west"), ("eastern", "western"), ("eastward", "westward"), ("eastbound", "westbound")),
    "inside": (("inside", "outside"), ("indoors", "outdoors")),
    "height": (("highest", "lowest"),),
    "quality": (("best", "worst"),),
}
_EN_ONE_WAY: dict[str, tuple[tuple[str, str], ...]] = {
    "rise": (
        ("drop", "rise"),
        ("drops", "rises"),
        ("dropped", "increased"),
        ("dropping", "rising"),
        ("declined", "increased"),
        ("declines", "increases"),
        ("declining", "increasing"),
        ("reduce", "increase"),
        ("reduces", "increases"),
        ("reduced", "increased"),
        ("reducing", "increasing"),
        ("reduction", "increase"),
        ("lower", "higher"),
        ("cut", "raised"),
        ("cuts", "raises"),
        ("cutting", "raising"),
        ("surged", "plunged"),
        ("soared", "plunged"),
        ("jumped", "dropped"),
        ("plunged", "soared"),
        ("slumped", "surged"),
        ("tumbled", "jumped"),
        ("hike", "cut"),
        ("hikes", "cuts"),
        ("hiked", "cut"),
    ),
    "assent": (
        ("approve", "reject"),
        ("approves", "rejects"),
        ("approved", "rejected"),
        ("approval", "rejection"),
        ("refuse", "accept"),
        ("refuses", "accepts"),
        ("refused", "accepted"),
        ("refusal", "acceptance"),
        ("grant", "refuse"),
        ("grants", "refuses"),
        ("granted", "refused"),
        ("endorse", "oppose"),
        ("endorsed", "opposed"),
    ),
    "permission": (
        ("permit", "forbid"),
        ("permits", "forbids"),
        ("permitted", "forbidden"),
        ("ban", "allow"),
        ("bans", "allows"),
        ("banned", "allowed"),
        ("forbade", "allowed"),
        ("prohibit", "allow"),
        ("prohibits", "allows"),
        ("prohibited", "allowed"),
    ),
    "heat": (("warmer", "colder"),),
    "truth": (("admit", "deny"), ("admits", "denies"), ("admitted", "denied")),
}


def _en_poles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    poles: dict[str, tuple[set[str], set[str]]] = {}
    for concept, pairs in _EN_PAIRS.items():
        first, second = poles.setdefault(concept, (set(), set()))
        for a, b in pairs:
            first.add(a)
            second.add(b)
    for concept, pairs in _EN_ONE_WAY.items():
        first, second = poles[concept]
        for word, opposite in pairs:
            if word not in first and word not in second:
                (second if opposite in first else first).add(word)
    return {c: (frozenset(a), frozenset(b)) for c, (a, b) in poles.items()}


_EN_OPPOSITE: dict[str, str] = {
    **{a: b for pairs in _EN_PAIRS.values() for a, b in pairs},
    **{b: a for pairs in _EN_PAIRS.values() for a, b in pairs},
    **{a: b for pairs in _EN_ONE_WAY.values() for a, b in pairs},
}
"""An English word of a pole and the word of the other pole the contrast test puts in its place."""


def _de_unseparated(particles: str, anywhere: str = "") -> str:
    """A German verb's form not completed by one of ``particles`` at its clause's end (before a
    punctuation mark or a conjunction), nor followed in its clause by one of ``anywhere``:
    ``stiegen um 5 %`` rose, ``stieg in Köln um`` changed trains, ``steigen wir … hinab`` we go
    down; ``fielen`` fell, ``fiel … auf`` was noticed, ``fällt die Dämmerung ein`` dusk falls,
    ``fiel … schwer`` was hard."""
    end = r"\s*(?:[.;:!?,]|$|(?:und|oder|aber|sondern|denn|doch|als|wenn|weil|dass|während)\b)"
    out = rf"(?![^.;:!?,]*\s(?:{particles}){end})"
    return out + (rf"(?![^.;:!?,]*\s(?:{anywhere})\b)" if anywhere else "")


# Other languages: each pole of each pair of opposites as a pattern over whole lower-cased words
# (accents kept: Spanish ``bajó`` fell, ``bajo`` under). Words with a second, common meaning are
# written out form by form (French ``importe`` in ``peu importe``, German ``schließlich`` finally,
# Spanish ``abril`` April, Italian ``sale`` salt), and German ``stieg`` / ``fiel`` count only where
# no particle ends their clause (``stieg … um``, ``fiel … auf``: ``_de_unseparated``). A side counts only
# with no word of the other pole, and the other side must hold that pole alone.
_POLES: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "rise": (
            r"augment\w*|hausses?|bondi\w*|grimp\w*|accru\w*|accro[iî]\w*|croissance|monte|montent|monter|monta|montèrent"
            r"|montait|montaient|montée|montées|monté|gravir|gravit|gravirent|gravissai\w*|ascension\w*",
            r"diminu\w*|baiss\w*|recul|reculs|recule|reculent|reculé|reculée|chute|chutes|chuter|chuté|tomb(?:e|es|ent|er|a|èrent|ait|aient|é|ée|és|ées)"
            r"|réduction\w*|rédui\w*|décro[iî]\w*|descend\w*|descente\w*|effondr\w*",
        ),
        "trade": (
            r"import(?:ation|ations|ateur|ateurs|er|é|ée|és|ées|ons|ait|aient)",
            r"export\w*",
        ),
        "outcome": (r"gagn\w*|victoire\w*|vainqueur\w*|remport\w*", r"perd\w*|défaite\w*"),
        "assent": (
            r"accept\w*|approuv\w*|adopt\w*|soutien\w*|souten\w*|soutient|soutiennent|appui\w*|appuy\w*",
            r"rejet\w*|rejett\w*|refus\w*|oppos\w*",
        ),
        "truth": (r"confirm\w*", r"dément\w*|démenti\w*|nié|niée|niés|nier|nient|niait"),
        "access": (
            r"ouv(?:re|rent|rir|rit|rirent|rait|raient|ert|erte|erts|ertes|erture|ertures|rira|riront)",
            r"ferm(?:e|ent|er|a|èrent|ait|aient|é|ée|és|ées|eture|etures|era|eront)",
        ),
        "exchange": (
            r"achet\w*|achèt\w*",
            r"vend(?:re|s|u|ue|us|ues|ait|aient|ent|it|irent|ons|ez)",
        ),
        "permission": (r"autoris\w*|permet\w*", r"interdi\w*|prohib\w*"),
        "activation": (
            r"activ(?:é|ée|és|ées|er|ez|e|es|ent|ation)",
            r"désactiv(?:é|ée|és|ées|er|ez|e|es|ent|ation)",
        ),
        "order": (r"avant|auparavant", r"après"),
        "rank": (r"premier|première|premiers|premières", r"dernier|dernière|derniers|dernières"),
        "side": (r"gauche|gauches", r"droite|droites"),
        "league": (r"promu|promue|promus|promues|montée en \w+ division", r"relégu\w*|relégation"),
        "entry": (r"entr(?:ait|aient|ant|er|ent|a|èrent)", r"sort(?:ait|aient|ant|ir|ent|it|irent|ie)"),
        "heat": (r"chaud|chaude|chauds|chaudes|chaleur", r"froid|froide|froids|froides"),
        "ease": (r"facile|faciles|facilement|aisé\w*", r"difficile|difficiles|difficilement|malaisé\w*"),
        "north": (r"nord|septentrional\w*", r"sud|méridional\w*"),
        "east": (
            r"oriental|orientale|orientaux|orientales",
            r"ouest|occidental|occidentale|occidentaux|occidentales",
        ),
        "quality": (r"meilleur|meilleure|meilleurs|meilleures", r"pire|pires"),
        "inside": (r"dedans|à l'intérieur|à l’intérieur", r"dehors|à l'extérieur|à l’extérieur"),
        "height": (
            r"plus (?:haut|haute|hauts|hautes|élevé|élevée|élevés|élevées)",
            r"plus (?:bas|basse|basses|faible|faibles)",
        ),
    },
    "de": {
        "rise": (
            r"(?:an|auf|hinauf|empor)st(?:ei|ie)g\w*|(?:an|auf)?gestiegen|steigende\w*|erhöh\w*|zunahme"
            r"|zugenommen|wachsen|wächst|wachsende\w*|wuchs|gewachsen|wachstum|klettern|klettert\w*"
            rf"|geklettert|st(?:ieg|iegen|eigt|eigen){_de_unseparated('ab|aus|ein|um|zu|über|zurück|nach|mit|vorbei|durch|weg', 'hinab|hinunter|herab|herunter|abwärts')}",
            r"sinken|sinkt|sinkende\w*|sank|sanken|gesunken|senk\w*|gesenkt|rückgang\w*|zurückgegangen|rückläufig\w*"
            r"|g(?:eht|ehen|ing|ingen)(?=[^.;:!?,]*\szurück\s*(?:[.;:!?,]|$|(?:und|oder|aber|während)\b))"
            r"|abnahme|abgenommen|abstieg\w*|abgestiegen|absteig\w*|verringer\w*|reduzier\w*|kürz(?:t|te|ten|en|ung|ungen)|gekürzt"
            r"|eingebrochen|einbruch|einbrüche|br(?:icht|echen|ach|achen)\s+(?:[^\s.;:!?]+\s+){0,6}?ein(?![^\W\d_])"
            rf"|f(?:iel|ielen|ällt){_de_unseparated('an|auf|aus|ein|um|zu|über|weg|durch|schwer|leicht')}",
        ),
        "trade": (r"import\w*|einfuhr\w*", r"export\w*|ausfuhr\w*"),
        "outcome": (
            r"gewinnen|gewinnt|gewann|gewannen|gewonnen|sieg|siege|sieges|siegte\w*",
            r"verlier\w*|verlor\w*|niederlage\w*",
        ),
        "assent": (
            r"akzeptier\w*|gebilligt|billigte\w*|zugestimmt|zustimm\w*|unterstütz\w*|befürwort\w*",
            r"abgelehnt|ablehn\w*|lehn(?:t|te|ten|en)\s+(?:[^\s.;:!?]+\s+){0,6}?ab|zurückgewiesen|zurückweis\w*|verworfen|verwarf\w*|widersetz\w*",
        ),
        "truth": (r"bestätig\w*", r"dementier\w*|bestritt\w*|bestreit\w*|geleugnet|leugn\w*"),
        "access": (
            r"öffn\w*|geöffnet|eröffn\w*|offen|offene|offenen|offener|offenes",
            r"schließ(?:e|en|t|ung|ungen)|schliess(?:e|en|t|ung|ungen)|schloss|schlossen|geschlossen\w*",
        ),
        "exchange": (r"kaufen|kauft|kaufte|kauften|gekauft", r"verkaufen|verkauft|verkaufte|verkauften"),
        "permission": (r"erlaub\w*|gestatt\w*|zugelassen", r"verbiet\w*|verbot\w*|untersag\w*"),
        "activation": (r"aktivier\w*|eingeschaltet|einschalten", r"deaktivier\w*|ausgeschaltet|ausschalten"),
        "order": (r"bevor|vorher|zuvor|früher", r"nachdem|nachher|danach|später"),
        "rank": (r"erste|ersten|erster|erstes|erstmals", r"letzte|letzten|letzter|letztes|zuletzt"),
        "side": (r"links|linke|linken|linker|linkes", r"rechts"),
        "league": (r"aufgestiegen|aufstieg|aufsteiger", r"abgestiegen|abstieg|absteiger"),
        "entry": (
            r"einfahr\w*|eingefahren|betritt|betreten|betrat",
            r"ausfahr\w*|ausgefahren|verlässt|verließ",
        ),
        "heat": (
            r"heiß|heiss|hitze|warm|warme|warmen|warmer|warmes|wärme",
            r"kalt|kalte|kalten|kalter|kaltes|kälte",
        ),
        "north": (r"nord\w*|nördlich\w*", r"süd\w*|südlich\w*"),
        "east": (r"ost|osten|östlich\w*", r"west|westen|westlich\w*"),
        "quality": (r"beste[nmrs]?", r"schlechteste[nmrs]?"),
        "inside": (
            r"drinnen|innerhalb",
            r"draußen|draussen|außerhalb|ausserhalb",
        ),
        "height": (r"höchste[nmrs]?", r"niedrigste[nmrs]?|tiefste[nmrs]?"),
    },
    "es": {
        "rise": (
            r"aument\w*|sub(?:e|en|ir|ió|ieron|ido|ida|idos|idas|iendo)|crec\w*|creció|alzas?|increment\w*"
            r"|ascen\w*",
            r"dismin\w*|baj(?:ó|aron|ar|ado|ada|ados|adas|ando|an|ará|arán)|cae|caen|descen\w*|cay(?:ó|eron|endo)|caíd[ao]s?"
            r"|redu[cj]\w*|recort\w*|retroce\w*",
        ),
        "trade": (
            r"importaci\w*|importa(?:r|do|dos|da|das|dor|dores|ron|mos)|importó",
            r"exporta\w*|exportó|exportaci\w*",
        ),
        "outcome": (
            r"gan(?:ó|ar|a|an|aron|ado|ada|ador|adores|amos)|victoria\w*|venc(?:ió|er|ieron|edor|edores)",
            r"perd\w*|pierd\w*|derrota|derrotas",
        ),
        "assent": (
            r"acept\w*|aprob\w*|aprueb\w*|adopt\w*|apoy\w*|respald\w*",
            r"rechaz\w*|rechac\w*|opon\w*|opuso|opusieron",
        ),
        "truth": (r"confirm\w*", r"desmient\w*|desmint\w*|negó|negaron|niega|niegan|negar"),
        "access": (
            r"abr(?:e|en|ir|ió|ieron|irá)|abiert[oa]s?|apertura\w*",
            r"cierr(?:a|an|e|en)|cerr(?:ar|ó|aron|ado|ada|ados|adas|ará)|cierres?",
        ),
        "exchange": (
            r"compr(?:a|an|ar|ó|é|amos|aron|ado|ada|ados|adas|ador|adores)",
            r"vend(?:e|en|er|í|imos|ió|ieron|ido|ida|idos|idas|edor|edores)",
        ),
        "permission": (r"permit\w*|autoriz\w*", r"prohib\w*|prohíb\w*"),
        "activation": (
            r"activad[oa]s?|activar|activ[ae]\b|activación",
            r"desactivad[oa]s?|desactivar|desactiv[ae]\b|desactivación",
        ),
        "order": (r"antes", r"después"),
        "rank": (r"primer|primera|primero|primeros|primeras", r"último|última|últimos|últimas"),
        "side": (r"izquierda|izquierdas|izquierdo|izquierdos", r"derecha|derechas"),
        "league": (r"ascendi(?:ó|eron|do|da|dos|das)|ascenso", r"descendi(?:ó|eron|do|da|dos|das)|descenso"),
        "entry": (r"entr(?:a|an|ar|aba|aban|ó|aron|ando)", r"sal(?:e|en|ir|ía|ían|ió|ieron|iendo)"),
        "heat": (r"caliente|calientes|calor|caluroso\w*", r"frío|fría|fríos|frías"),
        "ease": (r"fácil|fáciles|fácilmente", r"difícil|difíciles|difícilmente"),
        "north": (r"norte\w*", r"sur"),
        "east": (r"oriental|orientales", r"oeste|occidental|occidentales"),
        "quality": (r"mejor|mejores", r"peor|peores"),
        "inside": (r"dentro", r"fuera|afuera"),
        "height": (r"más alt[oa]s?", r"más baj[oa]s?"),
    },
    "it": {
        "rise": (
            r"aument\w*|cresc\w*|crebbe\w*|rialz\w*|alz(?:are|ato|ata|ati|ate|a|ano|ò)|increment\w*|salit[oaie]|salire|salgono",
            r"diminu\w*|calo|calato|calata|calati|calate|calare|calano|calava|ridu\w*|ridott\w*"
            r"|scend\w*|scese|sceso|discesa|flessione|crollo|crollat\w*",
        ),
        "trade": (r"importazion[ei]|importa(?:re|to|ti|ta|te|tori|tore)", r"esport\w*"),
        "outcome": (
            r"vin(?:to|ta|ti|se|sero|cere|ce|cono)|vittori\w*",
            r"pers[oaie]|perdere|perde\w*|sconfitt\w*",
        ),
        "assent": (
            r"accett\w*|accolt[oaie]|approv\w*|adott\w*|sosten\w*|sostien\w*|appogg\w*",
            r"respin\w*|rifiut\w*|bocciat\w*|oppon\w*|oppos\w*",
        ),
        "truth": (r"conferm\w*", r"smentit\w*|smentisc\w*|smentì"),
        "access": (
            r"apr(?:e|ono|ire|ì|irono|irà)|apert[oaie]|apertura\w*",
            r"chiud\w*|chius[oaie]|chiusura\w*",
        ),
        "exchange": (
            r"compr(?:a|ano|are|ato|ata|ati|ate|ò|arono|atore|atori)|acquist(?:are|ato|ata|ati|ate|a|ano|ò)",
            r"vend(?:e|ono|ere|uto|uta|uti|ute|ette|itore|itori)",
        ),
        "permission": (
            r"permett\w*|permess\w*|consent\w*|autorizz\w*",
            r"viet(?:a|ano|are|ato|ata|ati|ate|ò)|proib\w*",
        ),
        "order": (r"prima", r"dopo|poi"),
        "rank": (r"primo|primi|prime", r"ultimo|ultima|ultimi|ultime"),
        "side": (r"sinistra|sinistre|sinistro|sinistri", r"destra|destre|destro|destri"),
        "league": (r"promoss[aoei]|promozione", r"retroced\w*|retrocess\w*"),
        "entry": (
            r"entr(?:a|ano|are|ava|avano|ò|ando|ata|ato)",
            r"esc[eo]|escono|uscire|usciva|uscivano|uscì|uscendo|uscit[ao]",
        ),
        "heat": (r"cald\w*", r"fredd\w*"),
        "activation": (
            r"attivat[oaie]|attivare|attiva\b|attivazione",
            r"disattivat[oaie]|disattivare|disattiva\b|disattivazione",
        ),
        "ease": (r"facile|facili|facilmente", r"difficile|difficili|difficilmente"),
        "north": (r"nord", r"sud"),
        "east": (r"est|orientale|orientali", r"ovest|occidentale|occidentali"),
        "quality": (r"miglior[ei]", r"peggior[ei]"),
        "inside": (r"dentro", r"fuori"),
        "height": (r"più alt[oaie]", r"più bass[oaie]"),
    },
}


_POLES["pt"] = {
    "rise": (
        r"aument\w*|sub(?:iu|iram|ir|ido|ida|idos|idas|indo|irá|irão|ia|iam)|sobe|sobem|cresc\w*|increment\w*"
        r"|elev(?:ou|aram|ar|ado|ada|ação)",
        r"diminu\w*|ca(?:iu|íram|ir|ído|ída|indo|em)|cai|queda|quedas|recu(?:ou|aram|ar|o)|redu(?:z|ziu|ziram|zir|zido|zida|ção)"
        r"|baix(?:ou|aram|ar)|desc(?:eu|eram|er|ida)|retroc\w*",
    ),
    "trade": (r"importa\w*|importou", r"exporta\w*|exportou"),
    "outcome": (r"ganh\w*|vitória\w*|venc(?:eu|eram|er|edor|edores)", r"perd\w*|derrota|derrotas"),
    "assent": (r"aceit\w*|aprov\w*|apoi\w*", r"rejeit\w*|recus\w*|opôs|opuseram|opõe\w*"),
    "truth": (r"confirm\w*", r"desment\w*|negou|negaram|nega|negam|negar"),
    "access": (r"abr(?:e|em|ir|iu|iram|irá)|abert[oa]s?|abertura\w*", r"fech\w*|encerr\w*"),
    "exchange": (
        r"compr(?:a|am|ar|ou|aram|ado|ada|ador|adores)",
        r"vend(?:e|em|er|eu|eram|ido|ida|edor|edores)",
    ),
    "permission": (r"permit\w*|autoriz\w*", r"proib\w*|proíb\w*"),
    "activation": (r"ativad[oa]s?|ativar|ative|ativação", r"desativad[oa]s?|desativar|desative|desativação"),
    "order": (r"antes", r"depois"),
    "rank": (r"primeir[oa]s?", r"últim[oa]s?"),
    "side": (r"esquerd[oa]s?", r"direita|direitas"),
    "league": (
        r"promovid[oa]s?|subida de divisão",
        r"despromovid[oa]s?|despromoção|rebaixad[oa]s?|descida de divisão",
    ),
    "entry": (r"entr(?:a|am|ar|ava|avam|ou|aram|ando)", r"sa(?:i|em|ir|ía|íam|iu|íram|indo)"),
    "heat": (r"quente|quentes|calor", r"frio|fria|frios|frias"),
    "ease": (r"fácil|fáceis|facilmente", r"difícil|difíceis|dificilmente"),
    "north": (r"norte", r"sul"),
    "east": (r"leste|oriental|orientais", r"oeste|ocidental|ocidentais"),
    "quality": (r"melhor|melhores", r"pior|piores"),
    "inside": (r"dentro", r"fora"),
    "height": (r"mais alt[oa]s?", r"mais baix[oa]s?"),
}
_POLES["nl"] = {
    "rise": (
        r"stijgt|stijgen|stijgende|stijging\w*|steeg|stegen|gestegen|toename|toegenomen|toenam|toenamen|groei\w*"
        r"|gegroeid|verhoog\w*|verhoging\w*",
        r"daal\w*|daling\w*|gedaald|afname|afgenomen|afnam|afnamen|krimp\w*|gekrompen|verlaag\w*|verlaging\w*"
        r"|zakt|zakte|zakten|gezakt",
    ),
    "trade": (r"import\w*|invoer\w*", r"export\w*|uitvoer\w*"),
    "outcome": (
        r"wint|winnen|won|wonnen|gewonnen|overwinning\w*",
        r"verlie\w*|verloor|verloren|nederlaag\w*",
    ),
    "assent": (r"aanvaard\w*|goedgekeurd|steun\w*", r"verworpen|verwerp\w*|afgewezen|verzet\w*"),
    "truth": (r"bevestig\w*", r"ontkend|ontken\w*"),
    "access": (
        r"opent|openen|opende|openden|geopend|opening\w*",
        r"sluit|sluiten|sloot|sloten|gesloten|sluiting\w*",
    ),
    "exchange": (r"koopt|kopen|kocht|kochten|gekocht", r"verkoopt|verkopen|verkocht\w*"),
    "permission": (r"toegestaan|toestaan", r"verbod\w*|verboden|verbiedt|verbieden"),
    "activation": (
        r"ingeschakeld|inschakelen|geactiveerd|activeren",
        r"uitgeschakeld|uitschakelen|gedeactiveerd|deactiveren",
    ),
    "order": (r"voordat|daarvoor|eerder", r"nadat|daarna|later"),
    "rank": (r"eerste", r"laatste"),
    "side": (r"linker|linkerkant|links", r"rechter|rechterkant|rechts"),
    "league": (
        r"promoveer\w*|promoveerde\w*|promotie",
        r"degradeer\w*|degradeerde\w*|gedegradeerd|degradatie",
    ),
    "entry": (
        r"binnenvaren|binnenvoer|binnenkomen|binnenkwam|binnenkomst",
        r"verlaten|verlaat|verliet|vertrek\w*",
    ),
    "heat": (r"heet|hete|warm|warme|hitte", r"koud|koude"),
    "ease": (r"makkelijk\w*|gemakkelijk\w*", r"moeilijk\w*"),
    "north": (r"noord\w*", r"zuid\w*"),
    "east": (r"oost\w*", r"west\w*"),
    "quality": (r"beste", r"slechtste"),
    "inside": (r"binnen", r"buiten"),
    "height": (r"hoogste", r"laagste"),
}
_POLES["ru"] = {
    "rise": (
        r"рост\w*|вырос\w*|растут|растёт|растет|увелич\w*|повыс\w*|повыш\w*|подорожа\w*",
        r"сниз\w*|сниж\w*|упа(?:л|ла|ло|ли|сть|дёт|дет|дут)|падени\w*|сократ\w*|сокращ\w*|уменьш\w*|подешев\w*",
    ),
    "outcome": (r"побед\w*|выигр\w*", r"проигр\w*|поражени\w*"),
    "permission": (r"разреш\w*|позвол\w*", r"запрет\w*|запрещ\w*"),
    "side": (r"слева|лев(?:ый|ая|ое|ой|ом|ую|ые|ых|ым)", r"справа|прав(?:ый|ая|ое|ом|ую|ые|ых|ым)"),
    "north": (r"север\w*", r"юг|юга|югу|югом|юге|южн\w*"),
    "east": (r"восток\w*|восточн\w*", r"запад\w*"),
    "quality": (r"лучш\w*", r"худш\w*"),
    "height": (
        r"наивысш\w*|(?:самом|самого|самый|самая|самое|самые) высок\w*",
        r"(?:самом|самого|самый|самая|самое|самые) низк\w*",
    ),
}
"""Portuguese, Dutch and Russian, as the languages above (``subiu`` / ``caiu``, ``steeg`` /
``daalde``, ``выросли`` / ``снизились``)."""
_RISE = {
    "pl": (
        r"wzr(?:ost|osł|osła|osło|osły|osną|ośnie|asta|astają|astać|osnąć)\w*|zwiększ\w*|podwyż\w*|rośnie|rosną|rosła|rosły",
        r"spad(?:ek|ku|ki|kiem|ła|ło|ły|ł|nie|ną|a|ają|ać)|zmniejsz\w*|obniż\w*|maleje|maleją|zmalał\w*",
    ),
    "cs": (
        r"vzr(?:ost|ostl|ůst|ůstá|ůstají|ostou|oste)\w*|zvýš\w*|zvyš\w*|roste|rostou|rostl[aoiy]?|růst\w*|stoupa\w*"
        r"|stoupl\w*|nárůst\w*",
        r"pokles\w*|klesa\w*|klesl\w*|klesne|klesnou|sníž\w*|snižov\w*|zmenš\w*|ubyl\w*|úbyt\w*",
    ),
    "sk": (
        r"rastie|rastú|rástol|rástla|rástlo|rástli|vzrást\w*|vzrast\w*|zvýš\w*|zvyš\w*|stúpa\w*|stúpol\w*|nárast\w*",
        r"pokles\w*|klesa\w*|klesol\w*|klesla|klesli|klesne|klesnú|zníž\w*|znižov\w*|úbyt\w*",
    ),
    "hr": (
        r"raste|rastu|rast|rasta|porast\w*|porasl\w*|povećan\w*|povećav\w*|poveća\w*|povisi\w*|povišen\w*",
        r"pada|padaju|pad|pao|pala|palo|pale|smanj\w*|sniz\w*|sniž\w*",
    ),
    "sv": (
        r"ökade|ökar|ökat|ökning\w*|öka|steg|stiger|stigit|stigande|höj\w*|växer|växte|vuxit|tillväxt\w*",
        r"minskade|minskar|minskat|minskning\w*|minska|sjönk|sjunker|sjunkit|sänk\w*|föll|faller|fallit|nedgång\w*",
    ),
    "da": (
        r"steg|stiger|steget|stigning\w*|øge\w*|øget|øgning\w*|forøg\w*|vækst\w*|vokse\w*|voksede|hæve\w*",
        r"faldt|falder|faldet|faldende|sank|synker|sunket|mindske\w*|reducer\w*|nedgang\w*|sænk\w*",
    ),
    "no": (
        r"steg|stiger|steget|økte|øker|økt|økning\w*|vekst\w*|vokser|vokste|hev\w*",
        r"falt|faller|sank|synker|sunket|minsket|minsker|reduser\w*|nedgang\w*|senk\w*",
    ),
    "ro": (
        r"crește\w*|creștere\w*|crescut\w*|cresc|crească|majorare\w*|majora\w*|mărire\w*|mărit\w*|spori\w*",
        r"scade|scad|scăzut\w*|scădere\w*|scăderi\w*|reducere\w*|redus\w*|reduce\w*|diminu\w*",
    ),
    "hu": (
        r"növel\w*|növeked\w*|növekszik|növekszenek|nőtt\w*|emelked\w*|emel(?:i|ik|jük|ték|t|ni)|bővül\w*",
        r"csökk\w*|esett\w*|zuhan\w*|mérsékl\w*|apad\w*",
    ),
    "fi": (
        r"nous(?:ee|evat|i|ivat|sut|seet|ta|tiin|taa|tavat)|kasvaa|kasvoi|kasvanut|kasvavat|kasvoivat|kasvaneet|kasvu\w*"
        r"|lisääntyi\w*|lisääntyy|korot\w*",
        r"laski|laskivat|laskenut|laskeneet|laskee|laskevat|vähen\w*|pienen\w*|putos\w*|putoa\w*|alen\w*|alent\w*",
    ),
    "el": (
        r"αύξ\w*|αυξ\w*|άνοδ\w*|ανόδ\w*|ανέβ\w*|ανεβ\w*",
        r"μείω\w*|μειώ\w*|μειω\w*|πτώσ\w*|πτώση|έπεσ\w*|πέφτ\w*|πεσ\w*",
    ),
    "tr": (
        r"arttı\w*|artış\w*|artacak\w*|artır\w*|arttır\w*|artıyor\w*|artan\w*|yüksel\w*",
        r"azal\w*|düştü\w*|düşüş\w*|düşecek\w*|düşür\w*|düşen\w*|düşüyor\w*|geriledi\w*",
    ),
    "bg": (
        r"ръст\w*|нарасн\w*|нараства\w*|увелич\w*|повиш\w*|покачв\w*|покачи\w*|растат|расте|растеж\w*",
        r"спад\w*|спадна\w*|намал\w*|пониж\w*|понижи\w*|свива\w*|сви(?:ха|ват|ва|ло|ли|ла)?(?!\w)|падна\w*|пада",
    ),
    "id": (
        r"naik|naiknya|kenaikan|menaikkan|dinaikkan|meningkat\w*|peningkatan|bertambah|menambah|tumbuh|pertumbuhan",
        r"turun|turunnya|penurunan|menurun\w*|diturunkan|menurunkan|merosot|berkurang|mengurangi|dikurangi|anjlok",
    ),
    "vi": (r"tăng", r"giảm"),
    "ar": (
        r"(?:و|ف|ب|ل)?(?:ارتفع|ارتفاع|زاد|زيادة|ازداد|رفع)\w*",
        r"(?:و|ف|ب|ل)?(?:انخفض|انخفاض|تراجع|هبط|هبوط|خفض|تخفيض|نقص|تقلص)\w*",
    ),
    "zh": (
        r"增长|增加|增至|增多|上升|上涨|攀升|升高|提高|提升|扩大|涨",
        r"下降|减少|降至|降低|下跌|下滑|回落|缩小|跌",
    ),
    "ja": (
        r"増加|増え|増や|上昇|上が|伸び|拡大|引き上げ|高ま",
        r"減少|減っ|減ら|減る|低下|下落|下が|縮小|引き下げ|落ち込",
    ),
    "ko": (
        r"증가|상승|늘어|늘었|늘린|늘려|인상|확대|오르|올랐|올라",
        r"감소|하락|줄어|줄었|줄인|줄여|인하|축소|내렸|떨어",
    ),
}  # fmt: skip
"""Rises and falls in more languages (``wzrosła`` / ``spadła``, ``ökade`` / ``minskade``,
``növeljük`` / ``csökkentjük``, ``αυξηθούν`` / ``μειωθούν``, ``artacak`` / ``azaltacak``, ``增长``
/ ``下降``, ``増加`` / ``減少``, ``증가`` / ``감소``, ``увеличи`` / ``намали``, ``naik`` / ``turun``,
``tăng`` / ``giảm``, ``ارتفع`` / ``انخفض``): the pair of opposites translations most often
turn round in the news, read alone there (in Chinese, Japanese and Korean as parts of words:
``_UNSPACED``)."""
_UNSPACED = frozenset({"zh", "ja", "ko"})
"""Languages whose words of direction are read inside longer words: Chinese and Japanese put no
space between words, Korean glues endings to its stems (``증가했다``)."""
for _lang, _poles in _RISE.items():
    _POLES[_lang] = {"rise": _poles}
_POLES["id"] |= {"north": (r"utara", r"selatan"), "east": (r"timur", r"barat")}
_POLES["vi"] |= {"north": (r"bắc", r"nam"), "east": (r"đông", r"tây")}
_POLES["bg"] |= {"north": (r"север\w*", r"юг|юга|южн\w*"), "east": (r"изток\w*|източн\w*", r"запад\w*")}
"""Compass points in Indonesian, Vietnamese and Bulgarian (``sebelah selatan`` for "north of" was a
held-out round's planted error)."""


_MASKS = {
    "en": r"\bat (?:first|last)\b|\bfirst of all\b|\bafter all\b|\bright (?:now|away)\b|\bonly after\b"
    r"|\blower (?:house|chamber|court)s?\b|\bclose (?:to|ally|allies|ties|friends?|relations|cooperation|contacts?"
    r"|partners?|aides?|associates?|attention|look)\b",
    "fr": r"\b(?:ne|n['’])\s*(?:[^\s.;:!?]+\s+){0,4}?(?:pas|plus|jamais|point)\s+avant\b|\bavant tout\b"
    r"|\baprès tout\b|\bpremi(?:er|ère)s? ministres?\b|\btomb\w*\s+d['’]accord\b|\b(?:avec le|du) recul\b"
    r"|\bsout(?:ien|ienn|en)\w*\s+qu",
    "de": r"\bzum ersten mal\b|\bstimm\w*\s+geschlossen\b|\bgeschlossen\s+(?:für|gegen|hinter)\b"
    r"|\berhöht\w*\s+(?:risiko|gefahr|aufmerksamkeit|wachsamkeit)\b",
    "es": r"\bno\s+(?:[^\s.;:!?]+\s+){0,4}?antes\b|\bantes que nada\b|\bdespués de todo\b|\ba lo mejor\b"
    r"|\bprimer[oa]? ministr[oa]\b",
    "it": r"\bnon\s+(?:[^\s.;:!?]+\s+){0,4}?prima\b|\bprima di tutto\b|\bdopo tutto\b|\bprim[oa] ministr[oa]\b"
    r"|\bsost(?:en|ien)\w*\s+che\b",
}
"""Phrases whose words of a pole say something else: a negated order (``ne … pas avant``, ``no …
antes``, ``only after``: all say "only after"), a title or a name (``Premier ministre``, ``lower
house``), an idiom (``tomber d'accord`` agree, ``du recul`` hindsight, ``soutenir que`` maintain,
``stimmte geschlossen`` voted as one, ``erhöhtes Risiko`` a heightened risk, ``close allies``,
``after all``, ``right now``, ``a lo mejor`` perhaps)."""
_MASK_PATTERNS = {lang: re.compile(p) for lang, p in _MASKS.items()}


def _pole_patterns() -> dict[str, dict[str, tuple[str, str]]]:
    """Each language's pairs of opposites as two patterns (``_POLES``; English from its words)."""
    out = {lang: dict(table) for lang, table in _POLES.items()}
    for concept, (first, second) in _en_poles().items():
        out.setdefault("en", {})[concept] = (_alternation(first), _alternation(second))
    return out


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def _whole_words(pattern: str) -> re.Pattern[str]:
    """Whole words, a compound's parts too (``north-east``, ``left-hand``, ``sud-est``)."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


_POLE_PATTERNS = _pole_patterns()
_EN_SWAPS = {concept: _whole_words(f"{a}|{b}") for concept, (a, b) in _POLE_PATTERNS["en"].items()}
"""Per English pair of opposites, its words of both poles: what ``direction_variants`` turns round."""


def _finders() -> dict[str, tuple[re.Pattern[str], dict[str, tuple[str, int]]]]:
    """Per language, one pattern of every pole (a named group each, so a text is read in one
    pass) and what each group is: its pair's name and pole (0 or 1)."""
    out = {}
    for lang, table in _POLE_PATTERNS.items():
        groups = {f"g{k}_{pole}": (concept, pole) for k, concept in enumerate(table) for pole in (0, 1)}
        alternatives = "|".join(
            f"(?P<g{k}_{pole}>{poles[pole]})" for k, poles in enumerate(table.values()) for pole in (0, 1)
        )
        out[lang] = (re.compile(alternatives) if lang in _UNSPACED else _whole_words(alternatives), groups)
    return out


_FIND = _finders()
LANGS = frozenset(_FIND)
"""Languages whose words of direction are read."""


def concepts(lang: str) -> frozenset[str]:
    """The pairs of opposites read in ``lang`` (``"rise"``, ``"trade"`` …; none for a language
    not read)."""
    return frozenset(_POLE_PATTERNS.get(lang, {}))


_COMPLEMENTS = frozenset({"permission", "access", "assent", "activation"})
"""Pairs of opposites of which one pole negated says the other (``not permitted`` / ``vietato``,
``n'est pas ouvert`` / ``closed``, ``did not accept`` / ``rejected``); not so a rise (``did not
rise`` is not ``fell``)."""
_NEGATED_BEFORE = re.compile(
    r"(?:n['’]t|(?<![^\W\d_])(?:not|never|pas|jamais|nicht|nie|keine?[nmrs]?|non|no|não|nao|niet|geen|не|ні|nu))"
    r"\s+(?:[^\W\d_]+\s+){0,2}$"
)
"""A negation at most two words before a word of a pole (``is not permitted``, ``non è
consentito``, ``ist nicht erlaubt``, ``не разрешено``), on lower-cased text."""


@lru_cache(maxsize=TEXT_CACHE)
def _poles(text: str, lang: str) -> tuple[tuple[str, int, str, bool], ...]:
    """Each word of a pole in ``text``: its pair, its pole, the word as written, and whether a
    negation before it turns it round (a pair of ``_COMPLEMENTS`` only; the word is then written
    with it, ``not permitted``). Read once per text: ``direction_words`` and ``negated_opposites``
    both ask."""
    if lang not in _FIND:
        return ()
    pattern, groups = _FIND[lang]
    masked = _masked(text, lang)
    out = []
    for m in pattern.finditer(masked):
        concept, pole = groups[m.lastgroup or ""]
        before = (
            _NEGATED_BEFORE.search(masked, max(0, m.start() - 40), m.start())
            if concept in _COMPLEMENTS
            else None
        )
        out.append(
            (concept, pole, text[before.start() if before else m.start() : m.end()], before is not None)
        )
    return tuple(out)


@lru_cache(maxsize=TEXT_CACHE)
def direction_words(text: str, lang: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Per pair of opposites found in ``text``: the pair's name and the words of each pole, as
    written (``(("rise", ("rose",), ()),)``), in the table's order; empty for a language not read.
    A word of ``_COMPLEMENTS`` with a negation before it counts at the other pole (``not
    permitted`` says ``forbidden``)."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for concept, pole, word, negated in _poles(text, lang):
        found.setdefault(concept, ([], []))[1 - pole if negated else pole].append(word)
    return tuple(
        (concept, tuple(found[concept][0]), tuple(found[concept][1]))
        for concept in _POLE_PATTERNS[lang]
        if concept in found
    )


def direction_differences(
    s_text: str, s_lang: str, t_text: str, t_lang: str
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The pairs of opposites that one side holds at one pole only and the other side at the
    other pole only, with the words of each side: ``Exports rose.`` / ``Les exportations ont
    baissé.`` -> ``[("rise", ("rose",), ("baissé",))]``. Empty where either language is not read."""
    if s_lang not in LANGS or t_lang not in LANGS:
        return []
    source = {c: (a, b) for c, a, b in direction_words(s_text, s_lang)}
    out = []
    for concept, ta, tb in direction_words(t_text, t_lang):
        if concept not in source:
            continue
        sa, sb = source[concept]
        if sa and not sb and tb and not ta:
            out.append((concept, sa, tb))
        elif sb and not sa and ta and not tb:
            out.append((concept, sb, ta))
    return out


def negated_opposites(s_text: str, s_lang: str, t_text: str, t_lang: str) -> tuple[int, int]:
    """Per side, how many of its negations only turn a word of ``_COMPLEMENTS`` into the
    opposite that the other side says without one (``not permitted`` / ``vietato``): the same
    statement, which the negation count of that side holds once more. At most one per pair."""
    if s_lang not in LANGS or t_lang not in LANGS:
        return 0, 0
    sides = _poles(s_text, s_lang), _poles(t_text, t_lang)
    counts = []
    for mine, other in (sides, sides[::-1]):
        plain = {(c, p) for c, p, _, negated in other if not negated}
        counts.append(len({c for c, p, _, negated in mine if negated and (c, 1 - p) in plain}))
    return counts[0], counts[1]


def direction_variants(text: str, lang: str, concepts: tuple[str, ...]) -> list[str]:
    """``text`` (English) with every word of each pair of ``concepts`` turned into its opposite,
    one variant per pair, keeping a capital (``Exports rose`` -> ``Exports fell``); none for
    another language, whose inflections the table does not know."""
    if lang != "en":
        return []
    variants = []
    for concept in concepts:
        pattern = _EN_SWAPS.get(concept)
        if pattern is None:
            continue
        changed = _swapped(text, pattern)
        if changed != text:
            variants.append(changed)
    return variants


def _lower(text: str) -> str:
    """``text`` lower-cased with its offsets kept (``İ`` lower-cases to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _masked(text: str, lang: str) -> str:
    """``text`` lower-cased (``_lower``) with the phrases of ``_MASKS`` blanked out."""
    lowered = _lower(text)
    mask = _MASK_PATTERNS.get(lang)
    return lowered if mask is None else mask.sub(lambda m: " " * len(m.group(0)), lowered)


def _swapped(text: str, pattern: re.Pattern[str]) -> str:
    lowered = _masked(text, "en")
    out, last = [], 0
    for m in pattern.finditer(lowered):
        start, end = m.span()
        word, written = _EN_OPPOSITE[lowered[start:end]], text[start:end]
        out += [text[last:start], word.capitalize() if written[0].isupper() else word]
        last = end
    return "".join(out) + text[last:]

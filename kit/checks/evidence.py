"""Evidence lines in the reader's language.

The checks write down what they read in one fixed English form ("folder /etc: 12 entries",
"file /etc/group: access denied"): that form is what the JSON output and the saved snapshot
keep, so that a helper reads the same words everywhere. The app shows the lines translated;
paths, names and numbers stay as they are. A line with no rule stays in English.

    localize("running processes: 73 read", "nl") -> "lopende programma's: 73 gelezen"
"""

from __future__ import annotations

import re

from kit.typography import mark

# What a read gave, at the end of a line: "...: access denied".
OUTCOMES = {
    "nl": {"not found": "niet gevonden", "access denied": "geen toegang", "command missing":
           "opdracht ontbreekt", "timed out": "duurde te lang", "failed": "mislukt",
           "not available": "niet beschikbaar", "read": "gelezen", "present": "aanwezig",
           "on": "aan", "off": "uit", "off or not listed": "uit of niet vermeld",
           "could not read": "kon niet gelezen worden", "enabled": "ingeschakeld"},
    "fr": {"not found": "introuvable", "access denied": "accès refusé", "command missing":
           "commande absente", "timed out": "délai dépassé", "failed": "échec",
           "not available": "indisponible", "read": "lu", "present": "présent",
           "on": "activé", "off": "désactivé", "off or not listed": "désactivé ou absent",
           "could not read": "illisible", "enabled": "activé"},
}
# What was read, at the start of a line: "folder /etc/...".
THINGS = {
    "nl": {"file": "bestand", "folder": "map", "command": "opdracht", "registry": "register",
           "database": "database", "service": "dienst", "share": "gedeelde map"},
    "fr": {"file": "fichier", "folder": "dossier", "command": "commande", "registry": "registre",
           "database": "base de données", "service": "service", "share": "partage"},
}
# Whole-line rules: (pattern, {language: template}); templates use the pattern's groups.
RULES: list[tuple[re.Pattern, dict[str, str]]] = [(re.compile(p), t) for p, t in [
    (r"^running processes: (\d+) read$",
     {"nl": "lopende programma's: {0} gelezen", "fr": "programmes en cours : {0} lus"}),
    (r"^listening TCP sockets: (\d+) read$",
     {"nl": "wachtende netwerkpoorten (TCP): {0} gelezen",
      "fr": "ports réseau en attente (TCP) : {0} lus"}),
    (r"^folder (.+?): (\d+) entries, (\d+) known$",
     {"nl": "map {0}: {1} items, {2} bekend", "fr": "dossier {0} : {1} éléments, {2} connus"}),
    (r"^folder (.+?): (\d+) (entries|files)$",
     {"nl": "map {0}: {1} items", "fr": "dossier {0} : {1} éléments"}),
    (r"^folder (.+?) \(enabled units\): (\d+) enabled$",
     {"nl": "map {0} (ingeschakelde units): {1} ingeschakeld",
      "fr": "dossier {0} (unités activées) : {1} activées"}),
    (r"^registry (.+?): (\d+) (programs|apps)$",
     {"nl": "register {0}: {1} programma's", "fr": "registre {0} : {1} programmes"}),
    (r"^command (.+?): (\d+) (jobs|packages)$",
     {"nl": "opdracht {0}: {1} items", "fr": "commande {0} : {1} éléments"}),
    (r"^process (.+?) \(pid (\d+)\) matches catalog entry (.+)$",
     {"nl": "programma {0} (pid {1}) komt overeen met {2} in de lijst",
      "fr": "programme {0} (pid {1}) correspond à {2} dans la liste"}),
    (r"^process (.+?) \(pid (\d+)\) has a spy-like name$",
     {"nl": "programma {0} (pid {1}) heeft een naam die op spionage wijst",
      "fr": "programme {0} (pid {1}) a un nom qui fait penser à l'espionnage"}),
    (r"^installed (.+?) \((.+)\) has a spy-like name$",
     {"nl": "geïnstalleerd: {0} ({1}) heeft een naam die op spionage wijst",
      "fr": "installé : {0} ({1}) a un nom qui fait penser à l'espionnage"}),
    (r"^(.+?) matches catalog entry (.+)$",
     {"nl": "{0} komt overeen met {1} in de lijst", "fr": "{0} correspond à {1} dans la liste"}),
    (r"^port (\d+) on (.+?) \((tcp6?)\) is listening, program: (.+?) \(pid (.+)\)$",
     {"nl": "poort {0} op {1} ({2}) wacht op verbindingen, programma: {3} (pid {4})",
      "fr": "le port {0} sur {1} ({2}) attend des connexions, programme : {3} (pid {4})"}),
    (r"^port (\d+) \((.+?)\) is a catalog port, but its program (.+) is not that tool$",
     {"nl": "poort {0} ({1}) is een poort uit de lijst, maar het programma {2} is niet "
            "dat afstandsprogramma",
      "fr": "le port {0} ({1}) figure dans la liste, mais son programme {2} n'est pas cet outil"}),
    (r"^(?:user )?autostart entry (.+?)( names a remote-access or spy program)?$",
     {"nl": "autostart-item {0}{1}", "fr": "élément de démarrage {0}{1}"}),
    (r"^(system )?unit (.+?) names a remote-access or spy program$",
     {"nl": "unit {1} noemt een afstands- of spionprogramma",
      "fr": "l'unité {1} nomme un programme d'accès à distance ou d'espionnage"}),
    (r"^process (.+?) \(pid (\d+)\) is Quick Assist$",
     {"nl": "programma {0} (pid {1}) is Snelle hulp", "fr": "programme {0} (pid {1}) : Assistance rapide"}),
    (r"^scheduled task (.+?) names a remote-access or spy program$",
     {"nl": "geplande taak {0} noemt een afstands- of spionprogramma",
      "fr": "la tâche planifiée {0} nomme un programme d'accès à distance ou d'espionnage"}),
    (r"^system units compared with the catalog: (\d+)$",
     {"nl": "systeemunits vergeleken met de lijst: {0}",
      "fr": "unités système comparées avec la liste : {0}"}),
    (r"^(.+?): not found in (.+)$",
     {"nl": "{0}: niet gevonden in {1}", "fr": "{0} : introuvable dans {1}"}),
    (r"^the check stopped with an error: (.+)$",
     {"nl": "de controle is gestopt door een fout: {0}",
      "fr": "le contrôle s'est arrêté sur une erreur : {0}"}),
    (r"^the check took longer than (.+) s$",
     {"nl": "de controle duurde langer dan {0} s", "fr": "le contrôle a pris plus de {0} s"}),
]]
SUFFIX_NAMES = {
    "nl": {" names a remote-access or spy program": " noemt een afstands- of spionprogramma"},
    "fr": {" names a remote-access or spy program": " nomme un programme d'accès à distance ou "
                                                    "d'espionnage"},
}
THING_LINE = re.compile(r"^(file|folder|command|registry|database|service|share) (.+): "
                        r"(not found|access denied|command missing|timed out|failed|not available|"
                        r"read|present|on|off|off or not listed)( \(.*\))?$")
TABLE_LINE = re.compile(r"^(running processes|listening TCP sockets): (.+?)( \(.*\))?$")
OUTCOME_LINE = re.compile(r"^(.+): ([a-z ]+?)( \([^()]*\))?$")
COUNT_LINE = re.compile(r"^(.+): (\d+) (?:rows|taps|keys|exports|shares|services listed|lines|"
                        r"entries|files|programs|apps|packages|jobs)$")
COUNT_WORDS = {"nl": "items", "fr": "éléments"}
EXIT_LINE = re.compile(r"^(.+): exit code (-?\d+)$")
EXIT_WORDS = {"nl": "afsluitcode", "fr": "code de sortie"}
TABLES = {"nl": {"running processes": "lopende programma's",
                 "listening TCP sockets": "wachtende netwerkpoorten (TCP)"},
          "fr": {"running processes": "programmes en cours",
                 "listening TCP sockets": "ports réseau en attente (TCP)"}}


def localize(line: str, language: str) -> str:
    """One evidence line in `language` ("en", "nl" or "fr"); unknown lines stay as they are."""
    if language not in OUTCOMES:
        return line
    sep = mark(":", language) + " "
    m = THING_LINE.match(line)
    if m:
        thing, what, outcome, extra = m.groups()
        return (f"{THINGS[language][thing]} {what}{sep}{OUTCOMES[language][outcome]}"
                f"{extra or ''}")
    for pattern, templates in RULES:
        m = pattern.match(line)
        if m:
            groups = [SUFFIX_NAMES[language].get(g, g) if g else "" for g in m.groups()]
            return templates[language].format(*groups)
    m = TABLE_LINE.match(line)
    if m and m.group(2) in OUTCOMES[language]:
        return f"{TABLES[language][m.group(1)]}{sep}{OUTCOMES[language][m.group(2)]}{m.group(3) or ''}"
    if m:
        return f"{TABLES[language][m.group(1)]}{sep}{m.group(2)}{m.group(3) or ''}"
    m = OUTCOME_LINE.match(line)
    if m and m.group(2) in OUTCOMES[language]:
        return f"{_thing(m.group(1), language)}{sep}{OUTCOMES[language][m.group(2)]}{m.group(3) or ''}"
    m = COUNT_LINE.match(line)
    if m:
        return f"{_thing(m.group(1), language)}{sep}{m.group(2)} {COUNT_WORDS[language]}"
    m = EXIT_LINE.match(line)
    if m:
        return f"{_thing(m.group(1), language)}{sep}{EXIT_WORDS[language]} {m.group(2)}"
    return _thing(line, language)  # "registry KEY: Value = 1": the raw value stays


def _thing(text: str, language: str) -> str:
    first, _, rest = text.partition(" ")
    return f"{THINGS[language][first]} {rest}" if first in THINGS[language] and rest else text

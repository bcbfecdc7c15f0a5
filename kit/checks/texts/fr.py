"""Textes français de la vérification de l'ordinateur (langage simple, niveau B1 environ)."""

from __future__ import annotations

NOT_YOURSELF = ("Si vous n'avez pas mis cela en place vous-même, quelqu'un d'autre l'a "
                "peut-être fait. Ne le supprimez pas tout de suite : l'autre personne pourrait le remarquer, "
                "et c'est une preuve. Enregistrez d'abord le résultat dans votre journal et "
                "parlez-en à un service d'aide.")
CHECK_LIST = ("Regardez la liste. Connaissez-vous chaque élément, et l'avez-vous voulu ? Si "
              "quelque chose n'est pas à vous, ne le changez pas tout de suite : enregistrez "
              "d'abord le résultat dans votre journal et parlez-en à un service d'aide.")
WORK_COMPUTER = ("Si c'est un ordinateur de votre travail ou de votre école, votre employeur ou "
                 "votre école l'a peut-être installé. En cas de doute, demandez-leur.")

COMMON = {
    "ok.meaning": "Nous n'avons rien trouvé ici. Ce n'est pas une preuve qu'il n'y a rien : "
                  "aucune vérification ne voit tout.",
    "ok.advice": "Vous n'avez rien à faire pour cette partie.",
    "attention.meaning": "Quelqu'un peut peut-être voir ou contrôler ce que vous faites sur cet "
                         "ordinateur.",
    "attention.advice": NOT_YOURSELF,
    "info.meaning": "Ce n'est pas un problème en soi. C'est bon à savoir, car cela peut aider "
                    "quelqu'un à suivre ce que vous faites.",
    "info.advice": CHECK_LIST,
    "unknown.title": "Vérification impossible : {check}",
    "unknown.detail": "Nous n'avons pas pu lire {what} : {reason}.",
    "unknown.meaning": "Cela ne veut pas dire que tout va bien. Cette partie de la vérification "
                       "n'a pas de réponse.",
    "unknown.advice": "Si cette partie vous inquiète, demandez à un service d'aide ou à une "
                      "personne de confiance qui connaît les ordinateurs de regarder avec vous.",
}

LABELS = {
    "reason.not_found": "c'est introuvable",
    "reason.denied": "cet ordinateur ne nous a pas permis de le lire",
    "reason.no_command": "un outil du système dont nous avons besoin n'est pas installé",
    "reason.timeout": "cela a pris trop de temps",
    "reason.failed": "un problème est survenu pendant la lecture",
    "reason.unsupported": "cet ordinateur ne fournit pas cette information",
    "kind.remote-access": "outil d'accès à distance",
    "kind.monitoring": "logiciel de surveillance",
    "kind.stalkerware": "logiciel espion (stalkerware)",
    "what.processes": "la liste des programmes en cours",
    "what.processes_and_programs": "les listes des programmes en cours et installés",
    "what.sockets": "la liste des connexions réseau",
    "what.browser_profiles": "les profils des navigateurs",
    "what.event_taps": "la liste des programmes qui surveillent le clavier",
    "what.gnome_privacy": "les réglages de confidentialité du bureau",
    "word.none": "aucun",
    "word.running": "en cours d'exécution",
    "word.unknown_program": "programme inconnu",
    "word.local_only": "joignable seulement depuis cet ordinateur",
    "word.network": "joignable depuis le réseau",
    "word.sync_on": "la synchronisation est activée",
    "word.sync_off": "connecté, la synchronisation est désactivée",
    "word.name_matches": "son nom ressemble à un outil espion ou d'accès à distance",
    "word.login_screen_rdp": "RDP pour l'écran de connexion (pour tout le système)",
    "word.defender_off": "Microsoft Defender est désactivé par une stratégie",
    "word.realtime_off": "la protection en temps réel est désactivée par une stratégie",
    "word.starts_by_hand": "ne démarre que si quelqu'un le lance",
    "word.switched_off": "désactivé",
    "word.unknown_start": "type de démarrage inconnu",
    "word.technical_details": "Détails techniques",
    "what.local_accounts": "la liste des comptes de cet ordinateur",
    "what.find_my_people": "la liste des personnes qui peuvent voir votre position",
    "word.built_in_account": "compte intégré",
    "word.last_sign_in": "dernière connexion",
    "word.never_signed_in": "aucune connexion",
    "word.starts_automatically": "démarre automatiquement",
    "word.sharing_on": "le partage d'écran est activé",
    "word.unattended_access": "l'accès sans demander la permission est autorisé",
    "how.unpacked": "ajoutée à la main, pas depuis la boutique",
    "how.policy": "installée par une stratégie (imposée par un administrateur)",
    "how.command_line": "chargée par une option de démarrage",
    "how.outside": "installée par un programme en dehors du navigateur",
    "group.attention": "Demande votre attention",
    "group.info": "Bon à savoir",
    "group.unknown": "Vérification impossible",
    "group.ok": "Semble correct",
    "summary.not_proof": "Un résultat sans problème n'est pas une preuve qu'il n'y a rien : "
                         "aucune vérification ne voit tout. Si vous avez quand même l'impression "
                         "que quelqu'un vous surveille, faites confiance à ce sentiment et "
                         "parlez-en à un service d'aide.",
}


def _sharing(service: str, what_it_does: str) -> dict[str, str]:
    return {
        "name": service,
        "ok.title": f"L'option « {service} » est désactivée",
        "ok.detail": f"L'option « {service} » est désactivée dans les réglages de partage.",
        "attention.title": f"L'option « {service} » est activée",
        "attention.detail": f"L'option « {service} » est activée ({{found}}). {what_it_does}",
        "attention.meaning": "Une personne qui connaît le mot de passe d'un compte de ce Mac peut "
                             "l'utiliser depuis un autre ordinateur, parfois sans que vous le "
                             "voyiez.",
        "unknown.advice": f"Regardez vous-même : ouvrez Réglages Système > Général > Partage et "
                          f"regardez si l'option « {service} » est activée.",
    }


def _de(verb_phrase: str) -> str:
    """"de" before an infinitive, elided before a vowel: "d'enregistrer", "de lire"."""
    return ("d'" if verb_phrase[:1] in "aeiouéèêh" else "de ") + verb_phrase


def _tcc(name: str, allowed_to: str, pane: str) -> dict[str, str]:
    return {
        "name": name,
        "ok.title": f"Aucune app ne peut {allowed_to}",
        "ok.detail": f"Aucune app n'a la permission {_de(allowed_to)}.",
        "info.title": f"{{count}} app(s) peuvent {allowed_to}",
        "info.detail": f"Ces apps ont la permission {_de(allowed_to)} : {{found}}.",
        "attention.title": f"Une app espion ou d'accès à distance peut {allowed_to}",
        "attention.detail": f"Ces apps peuvent {allowed_to} et ressemblent à un logiciel espion "
                            f"ou d'accès à distance : {{found}}. Autres apps avec cette "
                            f"permission : {{others}}.",
        "attention.meaning": f"Une app qui peut {allowed_to} peut transmettre ce que vous faites "
                             f"à quelqu'un d'autre.",
        "unknown.fda.detail": "macOS conserve cette liste dans une base de données protégée. Le kit "
                              "ne peut la lire qu'avec « Accès complet au disque », et nous ne "
                              "le demandons pas.",
        "unknown.fda.meaning": "Nous ne pouvons pas voir quelles apps ont cette permission. Cela "
                               "ne veut pas dire que tout va bien.",
        "unknown.advice": f"Regardez vous-même : ouvrez Réglages Système > Confidentialité et "
                          f"sécurité > {pane}. Vérifiez que vous connaissez chaque app de la "
                          f"liste.",
    }


def _consent(device: str, used: str, could: str, pane: str, access: str,
             passes_on: str) -> dict[str, str]:
    """access: "à la caméra", "au micro"; passes_on: what the app may pass on."""
    return {
        "name": f"Apps qui ont utilisé {device}",
        "ok.title": f"Aucune app n'a utilisé {device}",
        "ok.detail": f"Windows n'indique aucune app qui a utilisé {device}.",
        "ok.off.title": f"Accès {access} désactivé pour les apps",
        "ok.off.detail": f"L'accès {access} est désactivé dans les réglages de confidentialité.",
        "info.title": f"{{count}} app(s) ont utilisé {device}",
        "info.detail": f"Ces apps {used}, avec la date de la dernière utilisation : "
                       f"{{found}}.",
        "info.meaning": f"Cette liste indique quelles apps ont pu {could}. Si vous ne "
                        f"connaissez pas une app de cette liste, regardez-la de plus près.",
        "attention.title": f"Une app inhabituelle a utilisé {device}",
        "attention.detail": f"Ces apps {used} et semblent inhabituelles (nom d'espion, outil "
                            f"d'accès à distance ou dossier temporaire) : {{found}}. Autres apps : "
                            f"{{others}}.",
        "attention.meaning": f"Une app inhabituelle qui a utilisé {device} peut transmettre "
                             f"{passes_on} à quelqu'un d'autre.",
        "unknown.advice": f"Regardez vous-même : ouvrez Paramètres > Confidentialité et sécurité "
                          f"> {pane} et regardez la liste des apps et l'« Activité récente ».",
    }


CHECKS: dict[str, dict[str, str]] = {
    # tous les systèmes --------------------------------------------------------------------
    "processes_catalog": {
        "name": "Programmes espions et d'accès à distance en cours",
        "ok.title": "Aucun programme espion ou d'accès à distance connu n'est en cours",
        "ok.detail": "Nous avons comparé les {count} programmes en cours avec notre liste "
                     "d'outils d'accès à distance, de surveillance et de stalkerware. Aucun ne "
                     "correspond.",
        "attention.title": "Un programme espion ou d'accès à distance est en cours",
        "attention.detail": "Ces programmes sont en cours d'exécution : {found}.",
        "attention.meaning": "Avec un tel programme, quelqu'un peut voir votre écran, contrôler "
                             "cet ordinateur ou suivre ce que vous tapez, même de loin.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Regardez vous-même : ouvrez le Gestionnaire des tâches (Windows), le "
                          "Moniteur d'activité (Mac) ou le Moniteur système (Linux) et cherchez "
                          "des programmes que vous ne connaissez pas.",
    },
    "installed_catalog": {
        "name": "Programmes espions et d'accès à distance installés",
        "ok.title": "Aucun programme espion ou d'accès à distance connu n'est installé",
        "ok.detail": "Nous avons comparé les programmes installés avec notre liste d'outils "
                     "d'accès à distance, de surveillance et de stalkerware. Aucun ne correspond.",
        "attention.title": "Un programme espion ou d'accès à distance est installé",
        "attention.detail": "Ces programmes sont installés : {found}.",
        "attention.meaning": "Un tel programme peut permettre à quelqu'un de voir ou de "
                             "contrôler cet ordinateur, même s'il ne tourne pas en ce moment.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Regardez vous-même la liste des programmes installés : Paramètres > "
                          "Applications (Windows), le dossier Applications (Mac) ou la "
                          "logithèque (Linux).",
    },
    "spy_names": {
        "name": "Programmes avec un nom d'espion ou d'enregistreur de frappe",
        "ok.title": "Aucun programme n'a un nom d'espion ou d'enregistreur de frappe",
        "ok.detail": "Aucun programme en cours ou installé n'a un nom qui fait penser à "
                     "l'espionnage ou à l'enregistrement des touches. Les logiciels "
                     "anti-espions ne sont pas pris en compte.",
        "attention.title": "Un programme a un nom d'espion ou d'enregistreur de frappe",
        "attention.detail": "Ces programmes ont un nom qui fait penser à l'espionnage ou à "
                            "l'enregistrement des touches : {found}.",
        "attention.meaning": "Un enregistreur de frappe (keylogger) enregistre tout ce que vous "
                             "tapez, comme les messages et les mots de passe. Un nom seul n'est "
                             "pas une preuve, mais cela vaut la peine de regarder de plus près.",
        "unknown.advice": "Regardez vous-même parmi les programmes en cours et installés s'il y a "
                          "des noms avec « spy », « keylogger » ou « monitor ».",
    },
    "listening_ports": {
        "name": "Programmes qui attendent des connexions de l'extérieur",
        "ok.title": "Aucun programme n'attend de connexion de l'extérieur",
        "ok.detail": "Aucun programme n'attend de connexion sur les ports du Bureau à distance "
                     "(3389), de VNC (5900-5903), de SSH (22), de WinRM (5985, 5986) ou des outils d'accès à distance "
                     "que nous connaissons.",
        "attention.title": "Un programme attend des connexions de l'extérieur",
        "attention.detail": "Ces programmes attendent des connexions d'autres ordinateurs : "
                            "{found}.",
        "attention.meaning": "Par un tel port, quelqu'un peut se connecter à cet ordinateur ou "
                             "voir l'écran depuis un autre endroit, si cette personne connaît le mot "
                             "de passe.",
        "info.title": "Un port d'un outil d'accès à distance est utilisé par un autre programme",
        "info.detail": "Ces programmes attendent des connexions sur un port qu'un outil d'accès à "
                       "distance utilise aussi : {found}. Le programme lui-même n'est pas cet "
                       "outil.",
        "info.meaning": "C'est très probablement un programme ordinaire qui utilise le même port "
                        "par hasard. C'est bon à savoir, au cas où vous ne reconnaîtriez pas ce "
                        "programme.",
        "info.advice": CHECK_LIST,
        "unknown.advice": "Demandez à une personne de confiance qui connaît les ordinateurs de "
                          "regarder les connexions réseau avec vous.",
    },
    "browser_accounts": {
        "name": "Comptes dans vos navigateurs",
        "ok.title": "Aucun navigateur n'est connecté à un compte",
        "ok.detail": "Chrome, Edge, Brave et Firefox ne sont connectés à aucun compte sur cet "
                     "ordinateur.",
        "ok.none.title": "Aucun profil de navigateur trouvé",
        "ok.none.detail": "Nous n'avons trouvé aucun profil de Chrome, Edge, Brave ou Firefox "
                          "pour votre compte d'utilisateur.",
        "info.title": "{count} profil(s) de navigateur connecté(s) à un compte",
        "info.detail": "Ces navigateurs sont connectés : {found}.",
        "info.meaning": "Quand la synchronisation est activée, votre historique, vos mots de "
                        "passe enregistrés et vos onglets ouverts sont envoyés vers ce compte. "
                        "Toute personne qui peut utiliser ce compte peut les voir, même sur un "
                        "autre appareil.",
        "info.advice": "Vérifiez que chaque adresse e-mail est à vous et que personne d'autre "
                       "que vous ne connaît son mot de passe. Si une adresse n'est pas à vous, ne vous "
                       "déconnectez pas tout de suite : enregistrez d'abord le résultat dans "
                       "votre journal et parlez-en à un service d'aide.",
        "unknown.advice": "Regardez vous-même : ouvrez le navigateur et cliquez sur votre photo "
                          "de profil en haut à droite pour voir quel compte est connecté.",
    },
    "browser_extensions": {
        "name": "Extensions des navigateurs",
        "ok.title": "Aucune extension de navigateur",
        "ok.detail": "Nous n'avons trouvé aucune extension dans Chrome, Edge, Brave ou Firefox.",
        "ok.none.title": "Aucun profil de navigateur trouvé",
        "ok.none.detail": "Nous n'avons trouvé aucun profil de Chrome, Edge, Brave ou Firefox "
                          "pour votre compte d'utilisateur.",
        "info.title": "{count} extension(s) de navigateur",
        "info.detail": "Ces extensions sont installées : {found}.",
        "info.meaning": "Une extension peut souvent lire chaque page web que vous ouvrez. La "
                        "plupart sont inoffensives, mais certaines sont faites pour espionner.",
        "attention.title": "Une extension de navigateur est à regarder de plus près",
        "attention.detail": "Ces extensions sont inhabituelles : {found}. Autres extensions : "
                            "{others}.",
        "attention.meaning": "Une extension imposée au navigateur ou ajoutée à la main peut lire "
                             "ce que vous faites sur le web et l'envoyer à quelqu'un d'autre.",
        "unknown.advice": "Regardez vous-même : dans le navigateur, ouvrez le menu et choisissez "
                          "Extensions (ou Modules complémentaires dans Firefox).",
    },
    # Windows ------------------------------------------------------------------------------
    "win_remote_desktop": {
        "name": "Bureau à distance",
        "ok.title": "Le Bureau à distance est désactivé",
        "ok.detail": "Les autres ordinateurs ne peuvent pas se connecter à celui-ci avec le "
                     "Bureau à distance.",
        "ok.policy.title": "Le Bureau à distance est désactivé (par une stratégie)",
        "ok.policy.detail": "Une stratégie désactive le Bureau à distance. Les autres ordinateurs "
                            "ne peuvent donc pas s'y connecter de cette façon.",
        "attention.title": "Le Bureau à distance est activé",
        "attention.detail": "Les autres ordinateurs peuvent se connecter à celui-ci avec le "
                            "Bureau à distance.",
        "attention.policy.title": "Le Bureau à distance est activé par une stratégie",
        "attention.policy.detail": "Une stratégie impose le Bureau à distance. Elle passe avant "
                                   "le réglage normal : vous ne pouvez donc pas le désactiver "
                                   "dans Paramètres.",
        "attention.meaning": "Une personne qui connaît le mot de passe d'un compte de cet "
                             "ordinateur peut se connecter depuis un autre endroit et l'utiliser "
                             "comme si elle était devant.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Système > Bureau à distance.",
    },
    "win_remote_assistance": {
        "name": "Assistance à distance",
        "ok.title": "L'Assistance à distance est désactivée",
        "ok.detail": "Personne ne peut vous aider à distance avec l'Assistance à distance de "
                     "Windows.",
        "info.title": "L'Assistance à distance est activée",
        "info.detail": "L'Assistance à distance de Windows est autorisée. Quelqu'un ne peut se "
                       "connecter que si vous envoyez une invitation et acceptez la connexion.",
        "info.meaning": "C'est en général sans danger. Mais une personne qui a une ancienne "
                        "invitation de vous, ou qui est devant cet ordinateur, peut l'utiliser "
                        "pour voir votre écran.",
        "info.advice": "Si vous n'utilisez pas l'Assistance à distance, un service d'aide peut "
                       "vous aider à la désactiver à un moment sûr.",
        "attention.unsolicited.title": "D'autres personnes peuvent proposer l'Assistance à "
                                       "distance sans invitation",
        "attention.unsolicited.detail": "Une stratégie permet à d'autres personnes de proposer "
                                        "de l'aide sur cet ordinateur sans invitation de votre "
                                        "part.",
        "attention.meaning": "Quelqu'un sur le même réseau peut demander à voir ou contrôler "
                             "votre écran.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Regardez vous-même : cherchez « Autoriser les invitations d'Assistance "
                          "à distance » dans le menu Démarrer.",
    },
    "win_shares": {
        "name": "Dossiers partagés",
        "ok.title": "Aucun dossier n'est partagé",
        "ok.detail": "Cet ordinateur ne partage pas de dossiers avec d'autres ordinateurs (à "
                     "part les partages cachés que Windows crée par défaut).",
        "attention.title": "{count} dossier(s) partagé(s) avec d'autres ordinateurs",
        "attention.detail": "Ces dossiers sont partagés : {found}.",
        "attention.meaning": "D'autres personnes sur le même réseau peuvent peut-être ouvrir les "
                             "fichiers de ces dossiers.",
        "unknown.advice": "Regardez vous-même : ouvrez l'Explorateur de fichiers, allez dans "
                          "Réseau et cliquez sur cet ordinateur pour voir ses dossiers partagés.",
    },
    "win_location": _consent("votre position", "ont utilisé votre position",
                             "utiliser votre position", "Localisation", "à votre position",
                             "votre position"),
    "win_camera": _consent("la caméra", "ont utilisé la caméra", "utiliser la caméra", "Caméra",
                           "à la caméra", "ce que filme la caméra"),
    "win_microphone": _consent("le micro", "ont utilisé le micro", "utiliser le micro",
                               "Microphone", "au micro", "ce que capte le micro"),
    "win_startup": {
        "name": "Programmes qui démarrent avec Windows",
        "ok.title": "Aucun programme ne démarre automatiquement",
        "ok.detail": "Aucun programme n'est réglé pour démarrer quand vous vous connectez.",
        "info.title": "{count} programme(s) démarrent automatiquement",
        "info.detail": "Ces programmes démarrent quand vous vous connectez : {found}.",
        "info.meaning": "Beaucoup de programmes démarrent automatiquement, et la plupart sont "
                        "inoffensifs. Un programme espion démarre aussi automatiquement, pour tourner "
                        "en permanence.",
        "attention.title": "Un programme espion ou d'accès à distance démarre automatiquement",
        "attention.detail": "Ces programmes démarrent quand vous vous connectez et ressemblent à "
                            "un logiciel espion ou d'accès à distance : {found}. Autres "
                            "programmes : {others}.",
        "attention.meaning": "Ce programme tourne à chaque démarrage de l'ordinateur : quelqu'un "
                             "peut donc continuer à regarder ce que vous faites ou à contrôler "
                             "l'ordinateur.",
        "unknown.advice": "Regardez vous-même : ouvrez le Gestionnaire des tâches et choisissez "
                          "l'onglet « Applications de démarrage ».",
    },
    "win_services": {
        "name": "Services de programmes espions ou d'accès à distance",
        "ok.title": "Aucun service d'un programme espion ou d'accès à distance connu",
        "ok.detail": "Nous avons regardé les {count} services de Windows. Aucun n'appartient à "
                     "un programme espion ou d'accès à distance que nous connaissons.",
        "attention.title": "Un service d'un programme espion ou d'accès à distance",
        "attention.detail": "Ces services appartiennent à un logiciel espion ou d'accès à "
                            "distance : {found}.",
        "attention.meaning": "Un service tourne en arrière-plan, même avant que quelqu'un se "
                             "connecte : quelqu'un peut donc joindre cet ordinateur à tout moment.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Regardez vous-même : ouvrez le menu Démarrer, tapez « services » et "
                          "cherchez des noms que vous ne connaissez pas.",
    },
    "win_admins": {
        "name": "Comptes avec des droits d'administrateur",
        "ok.title": "Seul votre compte a des droits d'administrateur",
        "ok.detail": "Administrateurs de cet ordinateur : {everyone}.",
        "ok.none.title": "Aucun autre compte n'a de droits d'administrateur",
        "ok.none.detail": "Nous n'avons trouvé aucun compte avec des droits d'administrateur, à "
                          "part les comptes intégrés.",
        "attention.title": "D'autres comptes ont des droits d'administrateur",
        "attention.detail": "Ces comptes, en plus du vôtre, ont des droits d'administrateur : "
                            "{found}. Tous les administrateurs : {everyone}.",
        "attention.meaning": "Une personne avec des droits d'administrateur peut installer "
                             "n'importe quel programme, y compris un logiciel espion, et changer "
                             "tous les réglages de cet ordinateur.",
        "attention.advice": "Vérifiez que vous connaissez chaque compte. " + NOT_YOURSELF,
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Comptes > Autres "
                          "utilisateurs.",
    },
    "win_cloud_accounts": {
        "name": "Comptes OneDrive et Dropbox",
        "ok.title": "Aucun compte OneDrive ou Dropbox",
        "ok.detail": "Cet ordinateur n'est lié à aucun compte OneDrive ou Dropbox pour votre "
                     "utilisateur.",
        "info.title": "Lié à OneDrive ou Dropbox",
        "info.detail": "Cet ordinateur est lié à : {found}.",
        "info.meaning": "Les fichiers de ces dossiers sont copiés vers le compte en ligne. Toute "
                        "personne qui peut utiliser ce compte peut voir les fichiers, même sur un autre "
                        "appareil.",
        "info.advice": "Vérifiez que chaque compte est à vous et que personne d'autre que vous "
                       "ne connaît son mot de passe. " + CHECK_LIST,
        "unknown.advice": "Regardez vous-même : cliquez sur l'icône de OneDrive ou de Dropbox à "
                          "côté de l'horloge.",
    },
    # macOS --------------------------------------------------------------------------------
    "mac_screen_sharing": _sharing("Partage d'écran",
                                   "D'autres personnes peuvent voir et contrôler l'écran."),
    "mac_remote_management": _sharing("Gestion à distance",
                                      "D'autres personnes peuvent voir et contrôler l'écran, "
                                      "et changer des réglages."),
    "mac_remote_login": _sharing("Session à distance",
                                 "D'autres personnes peuvent se connecter avec SSH et "
                                 "lancer des commandes."),
    "mac_file_sharing": _sharing("Partage de fichiers",
                                 "D'autres personnes sur le réseau peuvent ouvrir les "
                                 "dossiers partagés."),
    "mac_remote_apple_events": _sharing("Événements Apple distants",
                                        "D'autres ordinateurs peuvent contrôler des apps sur ce "
                                        "Mac."),
    "mac_internet_sharing": {
        "name": "Partage de connexion Internet",
        "ok.title": "Le partage de connexion Internet est désactivé",
        "ok.detail": "Ce Mac ne partage pas sa connexion Internet.",
        "attention.title": "Le partage de connexion Internet est activé",
        "attention.detail": "Ce Mac partage sa connexion Internet ({found}).",
        "attention.meaning": "D'autres appareils vont sur Internet en passant par ce Mac. À la "
                             "maison, c'est inhabituel.",
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Général > Partage.",
    },
    "mac_screen_recording": _tcc("Apps qui peuvent enregistrer l'écran", "enregistrer l'écran",
                                 "Enregistrement de l'écran et de l'audio du système"),
    "mac_accessibility": _tcc("Apps qui peuvent contrôler l'ordinateur",
                              "contrôler cet ordinateur", "Accessibilité"),
    "mac_camera": _tcc("Apps qui peuvent utiliser la caméra", "utiliser la caméra", "Caméra"),
    "mac_microphone": _tcc("Apps qui peuvent utiliser le micro", "utiliser le micro", "Micro"),
    "mac_keyboard_taps": {
        "name": "Programmes qui surveillent le clavier",
        "ok.title": "Aucun programme inconnu ne surveille le clavier",
        "ok.detail": "Seuls des composants de macOS lui-même surveillent le clavier.",
        "info.title": "{count} programme(s) surveillent le clavier",
        "info.detail": "Ces programmes surveillent ce que vous tapez : {found}.",
        "info.meaning": "Certains programmes en ont besoin, comme les outils de clavier. Un "
                        "programme espion s'en sert pour enregistrer tout ce que vous tapez.",
        "attention.title": "Un programme espion ou d'accès à distance surveille le clavier",
        "attention.detail": "Ces programmes surveillent ce que vous tapez et ressemblent à un "
                            "logiciel espion ou d'accès à distance : {found}. Autres "
                            "programmes : {others}.",
        "attention.meaning": "Ce programme peut enregistrer ce que vous tapez, comme les "
                             "messages et les mots de passe.",
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Confidentialité et "
                          "sécurité > Surveillance de l'entrée.",
    },
    "mac_launch_items": {
        "name": "Programmes qui démarrent automatiquement",
        "ok.title": "Aucun programme supplémentaire ne démarre automatiquement",
        "ok.detail": "Seuls des composants de macOS lui-même démarrent automatiquement.",
        "info.title": "{count} programme(s) démarrent automatiquement",
        "info.detail": "Ces programmes démarrent automatiquement : {found}.",
        "info.meaning": "Beaucoup de programmes démarrent automatiquement, et la plupart sont "
                        "inoffensifs. Un programme espion démarre aussi automatiquement, pour tourner "
                        "en permanence.",
        "attention.title": "Un programme espion ou d'accès à distance démarre automatiquement",
        "attention.detail": "Ces programmes démarrent automatiquement et ressemblent à un logiciel "
                            "espion ou d'accès à distance : {found}. Autres programmes : {others}.",
        "attention.meaning": "Ce programme tourne à chaque démarrage du Mac : quelqu'un peut "
                             "donc continuer à regarder ce que vous faites ou à contrôler le "
                             "Mac.",
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Général > Ouverture et "
                          "extensions.",
    },
    "mac_admins": {
        "name": "Comptes avec des droits d'administrateur",
        "ok.title": "Seul votre compte a des droits d'administrateur",
        "ok.detail": "Administrateurs de ce Mac : {everyone}.",
        "ok.none.title": "Aucun autre compte n'a de droits d'administrateur",
        "ok.none.detail": "Nous n'avons trouvé aucun compte avec des droits d'administrateur, à "
                          "part le compte système.",
        "attention.title": "D'autres comptes ont des droits d'administrateur",
        "attention.detail": "Ces comptes, en plus du vôtre, ont des droits d'administrateur : "
                            "{found}.",
        "attention.meaning": "Une personne avec des droits d'administrateur peut installer "
                             "n'importe quel programme, y compris un logiciel espion, et changer "
                             "tous les réglages de ce Mac.",
        "attention.advice": "Vérifiez que vous connaissez chaque compte. " + NOT_YOURSELF,
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Utilisateurs et "
                          "groupes.",
    },
    "mac_apple_id": {
        "name": "Compte Apple et Localiser mon Mac",
        "ok.title": "Aucun compte Apple sur ce Mac",
        "ok.detail": "Ce Mac n'est connecté à aucun compte Apple pour votre utilisateur.",
        "info.title": "Connecté à un compte Apple",
        "info.detail": "Ce Mac est connecté à : {found}. Localiser mon Mac est désactivé.",
        "info.find_my.title": "Connecté à un compte Apple, Localiser mon Mac est activé",
        "info.find_my.detail": "Ce Mac est connecté à : {found}. Localiser mon Mac est activé.",
        "info.meaning": "Toute personne qui peut utiliser ce compte Apple peut voir vos photos, notes et "
                        "messages dans iCloud. Avec Localiser, cette personne peut aussi voir où "
                        "est ce Mac.",
        "info.advice": "Vérifiez que le compte est à vous et que personne d'autre que vous ne "
                       "connaît son mot de passe. " + CHECK_LIST,
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système et cliquez sur votre nom "
                          "en haut.",
    },
    # Linux --------------------------------------------------------------------------------
    "linux_gnome_remote_desktop": {
        "name": "Bureau à distance de GNOME",
        "ok.title": "Le Bureau à distance de GNOME est désactivé",
        "ok.detail": "Le partage d'écran et la connexion à distance de GNOME sont désactivés.",
        "ok.absent.title": "Le Bureau à distance de GNOME n'est pas installé",
        "ok.absent.detail": "Cet ordinateur n'a pas le Bureau à distance de GNOME.",
        "attention.title": "Le Bureau à distance de GNOME est activé",
        "attention.detail": "L'accès à distance est activé : {found}.",
        "attention.meaning": "Une personne qui en connaît le mot de passe peut voir et contrôler "
                             "l'écran depuis un autre ordinateur.",
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Système > Bureau à distance "
                          "(ou Paramètres > Partage).",
    },
    "linux_vnc_servers": {
        "name": "Programmes de partage d'écran (VNC)",
        "ok.title": "Aucun programme de partage d'écran ne tourne ni ne démarre automatiquement",
        "ok.detail": "x11vnc, vino et krfb ne tournent pas et ne démarrent pas automatiquement.",
        "attention.title": "Un programme de partage d'écran est activé",
        "attention.detail": "Nous avons trouvé : {found}.",
        "attention.meaning": "Quelqu'un peut voir et peut-être contrôler votre écran depuis un "
                             "autre ordinateur.",
        "unknown.advice": "Regardez vous-même dans le Moniteur système s'il y a x11vnc, "
                          "vino-server ou krfb.",
    },
    "linux_xrdp": {
        "name": "Serveur de bureau à distance (xrdp)",
        "ok.title": "xrdp ne tourne pas",
        "ok.detail": "Le serveur de bureau à distance xrdp ne tourne pas et ne démarre pas "
                     "automatiquement.",
        "attention.title": "Le serveur de bureau à distance xrdp est activé",
        "attention.detail": "Nous avons trouvé : {found}.",
        "attention.meaning": "Une personne qui connaît le mot de passe d'un compte de cet "
                             "ordinateur peut se connecter depuis un autre ordinateur et "
                             "l'utiliser.",
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de lancer "
                          "« systemctl status xrdp » avec vous.",
    },
    "linux_sshd": {
        "name": "Connexion à distance (serveur SSH)",
        "ok.title": "Le serveur SSH ne tourne pas",
        "ok.detail": "Personne ne peut se connecter à cet ordinateur depuis un autre endroit "
                     "avec SSH.",
        "attention.title": "Le serveur SSH est activé",
        "attention.detail": "Nous avons trouvé : {found}.",
        "attention.meaning": "Une personne qui a un mot de passe ou une clé pour cet ordinateur "
                             "peut se connecter depuis un autre endroit et lancer des commandes.",
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de lancer "
                          "« systemctl status ssh » avec vous.",
    },
    "linux_authorized_keys": {
        "name": "Clés SSH qui permettent de se connecter",
        "ok.title": "Aucune clé SSH ne permet de se connecter à votre compte",
        "ok.detail": "Votre compte n'a pas de liste de clés SSH autorisées à se connecter.",
        "attention.title": "{count} clé(s) SSH peuvent se connecter à votre compte",
        "attention.detail": "Ces clés peuvent se connecter sans mot de passe : {found}.",
        "attention.meaning": "Toute personne qui a la clé correspondante peut se connecter à votre compte "
                             "depuis un autre ordinateur, si le serveur SSH est activé.",
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de regarder le "
                          "fichier ~/.ssh/authorized_keys avec vous.",
    },
    "linux_samba": {
        "name": "Dossiers partagés avec le partage Windows (Samba)",
        "ok.title": "Aucun dossier n'est partagé avec Samba",
        "ok.detail": "Cet ordinateur ne partage pas de dossiers avec Samba.",
        "attention.title": "{count} dossier(s) partagé(s) avec Samba",
        "attention.detail": "Ces partages existent : {found}.",
        "attention.meaning": "D'autres personnes sur le même réseau peuvent peut-être ouvrir les "
                             "fichiers de ces dossiers.",
        "unknown.advice": "Regardez vous-même : dans le gestionnaire de fichiers, faites un clic "
                          "droit sur un dossier et cherchez « Options de partage ».",
    },
    "linux_nfs": {
        "name": "Dossiers partagés avec NFS",
        "ok.title": "Aucun dossier n'est partagé avec NFS",
        "ok.detail": "Cet ordinateur ne partage pas de dossiers avec NFS.",
        "attention.title": "{count} dossier(s) partagé(s) avec NFS",
        "attention.detail": "Ces dossiers sont partagés : {found}.",
        "attention.meaning": "D'autres ordinateurs du réseau peuvent peut-être ouvrir ou changer "
                             "les fichiers de ces dossiers.",
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de regarder "
                          "/etc/exports avec vous.",
    },
    "linux_location": {
        "name": "Services de localisation",
        "ok.off.title": "Les services de localisation sont désactivés",
        "ok.off.detail": "Les apps ne peuvent pas demander à cet ordinateur où il se trouve.",
        "ok.absent.title": "Aucun service de localisation installé",
        "ok.absent.detail": "Cet ordinateur n'a pas de service de localisation (geoclue).",
        "info.title": "Les services de localisation sont activés",
        "info.detail": "Les apps peuvent demander à cet ordinateur où il se trouve.",
        "info.no_setting.title": "Un service de localisation est installé",
        "info.no_setting.detail": "Le service de localisation geoclue est installé. Nous n'avons "
                                  "pas trouvé de réglage pour le désactiver pour les apps.",
        "info.meaning": "Une app qui sait où se trouve cet ordinateur peut le transmettre à "
                        "quelqu'un d'autre.",
        "info.advice": "Si vous n'avez pas besoin de la localisation, vous pouvez la désactiver "
                       "dans Paramètres > Confidentialité > Localisation.",
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Confidentialité > "
                          "Localisation.",
    },
    "linux_camera": {
        "name": "Réglage de confidentialité de la caméra",
        "ok.off.title": "La caméra est désactivée pour les apps",
        "ok.off.detail": "Le réglage de confidentialité bloque la caméra pour les apps.",
        "ok.no_device.title": "Aucune caméra trouvée",
        "ok.no_device.detail": "Nous ne voyons aucune caméra sur cet ordinateur.",
        "info.title": "Les apps peuvent utiliser la caméra",
        "info.detail": "Les apps peuvent utiliser la caméra ({devices}).",
        "info.meaning": "Un programme qui utilise la caméra peut transmettre l'image à quelqu'un "
                        "d'autre.",
        "info.advice": "Quand vous n'utilisez pas la caméra, vous pouvez la couvrir. Vérifiez "
                       "que vous connaissez les programmes qui l'utilisent.",
        "unknown.detail": "Nous n'avons pas pu lire {what} : {reason}. Il y a une caméra "
                          "({devices}).",
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Confidentialité > Caméra.",
    },
    "linux_microphone": {
        "name": "Réglage de confidentialité du micro",
        "ok.off.title": "Le micro est désactivé pour les apps",
        "ok.off.detail": "Le réglage de confidentialité bloque le micro pour les apps.",
        "ok.no_device.title": "Aucun micro trouvé",
        "ok.no_device.detail": "Nous ne voyons aucun micro sur cet ordinateur.",
        "info.title": "Les apps peuvent utiliser le micro",
        "info.detail": "Les apps peuvent utiliser le micro ({devices}).",
        "info.meaning": "Un programme qui utilise le micro peut transmettre ce qui se dit près "
                        "de cet ordinateur à quelqu'un d'autre.",
        "info.advice": "Vérifiez que vous connaissez les programmes qui utilisent le micro.",
        "unknown.detail": "Nous n'avons pas pu lire {what} : {reason}. Il y a un micro "
                          "({devices}).",
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Confidentialité > Micro.",
    },
    "linux_autostart": {
        "name": "Programmes qui démarrent à la connexion",
        "ok.title": "Aucun programme supplémentaire ne démarre à la connexion",
        "ok.detail": "Votre compte n'a aucun élément de démarrage propre, et ceux du système "
                     "semblent normaux.",
        "attention.title": "{count} programme(s) démarrent à la connexion",
        "attention.detail": "Ces programmes démarrent quand vous vous connectez : {found}.",
        "attention.meaning": "Un programme espion démarre automatiquement, pour tourner en permanence. "
                             "D'autres programmes de cette liste peuvent être inoffensifs.",
        "attention.advice": CHECK_LIST,
        "info.title": "{count} programme(s) démarrent à la connexion",
        "info.detail": "Ces programmes démarrent quand vous vous connectez : {found}. Aucun "
                       "n'est un programme d'accès à distance ou d'espionnage que nous "
                       "connaissons.",
        "info.meaning": "Beaucoup de programmes ordinaires démarrent automatiquement, comme les apps "
                        "de discussion ou de stockage en ligne. Il est bon de savoir lesquels.",
        "unknown.advice": "Regardez vous-même : ouvrez l'app « Applications au démarrage » ou "
                          "« Démarrage automatique ».",
    },
    "linux_systemd_user": {
        "name": "Services en arrière-plan de votre compte",
        "ok.title": "Aucun service en arrière-plan propre à votre compte",
        "ok.detail": "Votre compte n'a aucun service ni minuterie systemd propre.",
        "attention.title": "{count} service(s) en arrière-plan dans votre compte",
        "attention.detail": "Ces services tournent pour votre compte : {found}.",
        "attention.meaning": "Un service tourne en arrière-plan sans fenêtre : vous ne le voyez "
                             "donc pas.",
        "attention.advice": CHECK_LIST,
        "info.title": "{count} service(s) en arrière-plan dans votre compte",
        "info.detail": "Ces services tournent pour votre compte : {found}. Aucun n'est un "
                       "programme d'accès à distance ou d'espionnage que nous connaissons.",
        "info.meaning": "Certains programmes ordinaires font tourner un petit service en "
                        "arrière-plan. Il est bon de savoir lesquels.",
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de lancer "
                          "« systemctl --user list-unit-files » avec vous.",
    },
    "linux_system_services": {
        "name": "Services qui démarrent avec l'ordinateur",
        "ok.title": "Aucun programme d'accès à distance ou d'espionnage ne démarre avec "
                    "l'ordinateur",
        "ok.detail": "Nous avons comparé les {count} services système qui démarrent avec "
                     "l'ordinateur avec notre liste de programmes d'accès à distance et "
                     "d'espionnage. Aucun ne correspond.",
        "attention.title": "Un programme d'accès à distance ou d'espionnage démarre avec "
                           "l'ordinateur",
        "attention.detail": "Ces services démarrent avec l'ordinateur, pour chaque "
                            "utilisateur : {found}.",
        "attention.meaning": "Un tel service tourne en arrière-plan dès le démarrage de "
                             "l'ordinateur, même avant que quelqu'un se connecte. Grâce à lui, "
                             "quelqu'un peut voir ou contrôler cet ordinateur depuis un autre "
                             "endroit.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de lancer "
                          "« systemctl list-unit-files --state=enabled » avec vous.",
    },
    "linux_cron": {
        "name": "Tâches planifiées (cron)",
        "ok.title": "Aucune tâche planifiée propre à votre compte",
        "ok.detail": "Votre compte n'a pas de tâches planifiées, et celles du système semblent "
                     "normales.",
        "attention.title": "{count} tâche(s) planifiée(s)",
        "attention.detail": "Ces tâches s'exécutent à heures fixes : {found}.",
        "attention.meaning": "Une tâche planifiée peut relancer un programme à répétition, "
                             "y compris un programme espion.",
        "attention.advice": CHECK_LIST,
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de lancer "
                          "« crontab -l » avec vous.",
    },
    "linux_admins": {
        "name": "Comptes avec des droits d'administrateur",
        "ok.title": "Seul votre compte a des droits d'administrateur",
        "ok.detail": "Comptes qui peuvent utiliser sudo : {everyone}.",
        "ok.none.title": "Aucun autre compte n'a de droits d'administrateur",
        "ok.none.detail": "Aucun compte ne peut utiliser sudo. Seul le compte système (root) a "
                          "des droits d'administrateur.",
        "attention.title": "D'autres comptes ont des droits d'administrateur",
        "attention.detail": "Ces comptes, en plus du vôtre, peuvent utiliser sudo : {found}.",
        "attention.meaning": "Une personne avec des droits d'administrateur peut installer "
                             "n'importe quel programme, y compris un logiciel espion, et changer "
                             "tous les réglages de cet ordinateur.",
        "attention.advice": "Vérifiez que vous connaissez chaque compte. " + NOT_YOURSELF,
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Utilisateurs.",
    },
    "linux_input_group": {
        "name": "Comptes qui peuvent lire chaque touche tapée",
        "ok.title": "Aucun compte ne peut lire toutes les touches tapées",
        "ok.detail": "Le groupe « input » n'a pas de membres.",
        "attention.title": "Un compte peut lire chaque touche tapée",
        "attention.detail": "Ces comptes sont dans le groupe « input » : {found}.",
        "attention.meaning": "Les programmes de ces comptes peuvent lire tout ce qui est tapé "
                             "sur cet ordinateur, comme les messages et les mots de passe. C'est "
                             "ainsi que fonctionnent les enregistreurs de frappe sous Linux.",
        "unknown.advice": "Demandez à une personne de confiance qui connaît Linux de lancer "
                          "« getent group input » avec vous.",
    },
    "linux_autologin": {
        "name": "Connexion sans mot de passe",
        "ok.title": "L'ordinateur demande un mot de passe",
        "ok.detail": "La connexion automatique est désactivée.",
        "attention.title": "La session s'ouvre automatiquement",
        "attention.detail": "La connexion automatique est activée : {found}.",
        "attention.meaning": "Toute personne qui allume cet ordinateur entre dans le compte, "
                             "sans mot de passe.",
        "attention.advice": "Si vous n'avez pas choisi cela, parlez-en à un service d'aide pour "
                            "savoir quand et comment la désactiver en sécurité.",
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Utilisateurs et regardez "
                          "« Connexion automatique ».",
    },
    # added checks: Windows ways in, traffic, tasks; macOS management ------------------
    "win_quick_assist": {
        "name": "Assistance rapide",
        "ok.title": "Assistance rapide n'est pas ouverte",
        "ok.detail": "Assistance rapide, l'app Windows d'aide à distance, n'est pas ouverte.",
        "attention.title": "Assistance rapide est ouverte en ce moment",
        "attention.detail": "Assistance rapide est ouverte sur cet ordinateur. Tant qu'elle "
                            "tourne, quelqu'un d'autre peut voir ou contrôler votre écran.",
        "attention.meaning": "Assistance rapide ne fonctionne que si elle est ouverte et après "
                             "que vous avez donné un code. Si vous ne l'avez pas lancée "
                             "vous-même, quelqu'un est peut-être connecté en ce moment.",
        "unknown.advice": "Regardez la barre des tâches : la fenêtre d'Assistance rapide "
                          "est-elle ouverte ?",
    },
    "win_rdp_users": {
        "name": "Comptes qui peuvent utiliser le Bureau à distance",
        "ok.title": "Aucun compte supplémentaire ne peut utiliser le Bureau à distance",
        "ok.detail": "Le groupe « Utilisateurs du Bureau à distance » n'a pas de membres.",
        "attention.title": "{count} compte(s) peuvent se connecter avec le Bureau à distance",
        "attention.detail": "Ces comptes sont dans le groupe « Utilisateurs du Bureau à "
                            "distance » : {found}.",
        "attention.meaning": "Quand le Bureau à distance est activé, ces comptes peuvent se "
                             "connecter à cet ordinateur depuis un autre endroit.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Système > Bureau à distance "
                          "> Utilisateurs du Bureau à distance.",
    },
    "win_winrm": {
        "name": "Gestion à distance de Windows (WinRM)",
        "ok.title": "La gestion à distance de Windows n'est pas configurée",
        "ok.detail": "La gestion à distance de Windows (WinRM) n'attend pas de connexions.",
        "attention.title": "La gestion à distance de Windows est configurée",
        "attention.detail": "La gestion à distance de Windows attend des connexions : {found}.",
        "attention.meaning": "Avec WinRM, quelqu'un qui connaît un mot de passe administrateur "
                             "peut lancer des commandes sur cet ordinateur depuis un autre "
                             "endroit, sans que vous le voyiez.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Demandez à une personne de confiance qui connaît Windows de lancer "
                          "« winrm enumerate winrm/config/listener » avec vous.",
    },
    "win_openssh_server": {
        "name": "Serveur OpenSSH",
        "ok.title": "Le serveur OpenSSH ne tourne pas",
        "ok.detail": "Le serveur OpenSSH de Windows est désactivé.",
        "ok.absent.title": "Le serveur OpenSSH n'est pas installé",
        "ok.absent.detail": "Le serveur OpenSSH de Windows n'est pas installé.",
        "info.title": "Le serveur OpenSSH est installé",
        "info.detail": "Le serveur OpenSSH est installé, mais il ne démarre que si quelqu'un le "
                       "lance.",
        "info.meaning": "Par le serveur OpenSSH, quelqu'un avec un mot de passe ou une clé peut "
                        "se connecter depuis un autre endroit. Il ne démarre pas automatiquement pour "
                        "l'instant.",
        "attention.title": "Le serveur OpenSSH démarre avec l'ordinateur",
        "attention.detail": "Le serveur OpenSSH (sshd) démarre automatiquement.",
        "attention.meaning": "Grâce à lui, quelqu'un avec un mot de passe ou une clé peut se "
                             "connecter à cet ordinateur depuis un autre endroit et lancer des "
                             "commandes.",
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Système > Fonctionnalités "
                          "facultatives et cherchez « Serveur OpenSSH ».",
    },
    "win_scheduled_tasks": {
        "name": "Tâches planifiées",
        "ok.title": "Aucune tâche planifiée d'un programme d'accès à distance ou d'espionnage",
        "ok.detail": "Nous avons comparé {count} tâches planifiées avec notre liste de "
                     "programmes d'accès à distance et d'espionnage. Aucune ne correspond.",
        "attention.title": "Une tâche planifiée lance un programme d'accès à distance ou "
                           "d'espionnage",
        "attention.detail": "Ces tâches planifiées appartiennent à un programme d'accès à "
                            "distance ou d'espionnage : {found}.",
        "attention.meaning": "Une tâche planifiée relance un programme à répétition, même "
                             "après un redémarrage. Les programmes espions s'en servent pour "
                             "continuer à tourner.",
        "unknown.advice": "Regardez vous-même : ouvrez le « Planificateur de tâches » et "
                          "regardez la « Bibliothèque du Planificateur de tâches ».",
    },
    "win_defender": {
        "name": "Réglages de Microsoft Defender",
        "ok.title": "Microsoft Defender n'a pas d'exclusions",
        "ok.detail": "Microsoft Defender n'est pas désactivé par une stratégie et n'ignore aucun "
                     "fichier, dossier ou programme.",
        "attention.title": "Microsoft Defender est désactivé ou ignore quelque chose",
        "attention.detail": "Nous avons trouvé : {found}.",
        "attention.meaning": "La personne qui installe un programme espion demande souvent à Defender de le "
                             "laisser tranquille. Certains programmes ordinaires demandent aussi "
                             "une exclusion.",
        "unknown.detail": "Nous n'avons pas pu lire {what} : {reason}. Windows n'affiche les "
                          "exclusions qu'à un administrateur.",
        "unknown.advice": "Regardez vous-même : ouvrez Sécurité Windows > Protection contre les "
                          "virus et menaces > Gérer les paramètres > Exclusions.",
    },
    "win_proxy": {
        "name": "Proxy pour votre trafic Internet",
        "ok.title": "Aucun proxy n'est configuré",
        "ok.detail": "Votre trafic Internet ne passe pas par un proxy.",
        "attention.title": "Votre trafic Internet passe par un proxy",
        "attention.detail": "Un proxy est configuré pour votre compte : {found}.",
        "attention.meaning": "Un proxy peut voir et modifier les sites que vous visitez. Au "
                             "travail, cela peut être normal ; à la maison, c'est inhabituel.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Réseau et Internet > Proxy.",
    },
    "win_root_certificates": {
        "name": "Certificats ajoutés pour votre compte",
        "ok.title": "Aucun certificat n'a été ajouté pour votre compte",
        "ok.detail": "Votre compte n'a aucun certificat racine propre.",
        "attention.title": "{count} certificat(s) racine(s) ajouté(s) pour votre compte",
        "attention.detail": "Ces certificats racines ont été ajoutés pour votre compte "
                            "(empreintes) : {found}.",
        "attention.meaning": "Avec un certificat racine ajouté, quelqu'un peut lire même le "
                             "trafic sécurisé (https). Certains antivirus et outils de "
                             "développement en ajoutent aussi un.",
        "attention.advice": NOT_YOURSELF,
        "unknown.advice": "Demandez à une personne de confiance qui connaît Windows d'ouvrir "
                          "« certmgr.msc » avec vous et de regarder les « Autorités de "
                          "certification racines de confiance ».",
    },
    "mac_input_monitoring": _tcc("Apps qui peuvent lire le clavier", "lire ce que vous tapez",
                                 "Surveillance de l'entrée"),
    "mac_full_disk_access": _tcc("Apps qui peuvent lire tous les fichiers",
                                 "lire tous vos fichiers", "Accès complet au disque"),
    "mac_mdm": {
        "name": "Gestion de l'appareil (MDM)",
        "ok.title": "Ce Mac n'est pas géré",
        "ok.detail": "Ce Mac n'est pas inscrit à une gestion des appareils (MDM).",
        "attention.title": "Ce Mac est géré à distance",
        "attention.detail": "Ce Mac est inscrit à une gestion des appareils : {found}.",
        "attention.meaning": "La personne ou l'organisation qui gère ce Mac peut y installer "
                             "des apps et des réglages, et voir des informations à son sujet. Pour un Mac du travail ou de l'école, "
                             "c'est normal.",
        "attention.advice": WORK_COMPUTER + " " + NOT_YOURSELF,
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Confidentialité et "
                          "sécurité > Profils.",
    },
    "mac_profiles": {
        "name": "Profils de configuration",
        "ok.title": "Aucun profil de configuration",
        "ok.detail": "Aucun profil de configuration n'est installé pour votre compte.",
        "attention.title": "{count} profil(s) de configuration installé(s)",
        "attention.detail": "Ces profils de configuration sont installés : {found}.",
        "attention.meaning": "Un profil peut changer des réglages, par exemple envoyer votre "
                             "trafic Internet par le serveur de quelqu'un d'autre ou ajouter un "
                             "certificat.",
        "attention.advice": WORK_COMPUTER + " " + NOT_YOURSELF,
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Confidentialité et "
                          "sécurité > Profils.",
    },
    "mac_login_items": {
        "name": "Ouverture et éléments en arrière-plan",
        "ok.title": "Aucun élément supplémentaire à l'ouverture de session ou en arrière-plan",
        "ok.detail": "Aucune app autre que celles d'Apple ne démarre à l'ouverture de session ou "
                     "ne tourne en arrière-plan.",
        "info.title": "{count} app(s) démarrent à l'ouverture de session ou tournent en "
                      "arrière-plan",
        "info.detail": "Ces apps démarrent à l'ouverture de session ou tournent en "
                       "arrière-plan : {found}. Aucune n'est un programme d'accès à distance ou "
                       "d'espionnage que nous connaissons.",
        "info.meaning": "Beaucoup d'apps ordinaires le font. Il est bon de savoir lesquelles.",
        "attention.title": "Un programme d'accès à distance ou d'espionnage démarre automatiquement",
        "attention.detail": "Ces apps démarrent à l'ouverture de session ou tournent en "
                            "arrière-plan : {found}.",
        "attention.meaning": "Un programme espion démarre automatiquement, pour tourner en permanence.",
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Général > Ouverture et "
                          "extensions.",
    },
    "mac_file_shares": {
        "name": "Dossiers partagés par le partage de fichiers",
        "ok.title": "Aucun dossier n'est partagé",
        "ok.detail": "Le partage de fichiers ne partage aucun dossier de ce Mac.",
        "attention.title": "{count} dossier(s) partagé(s) par le partage de fichiers",
        "attention.detail": "Ces dossiers sont partagés : {found}.",
        "attention.meaning": "Quand le partage de fichiers est activé, d'autres personnes du "
                             "réseau peuvent ouvrir ces dossiers avec un mot de passe.",
        "unknown.advice": "Regardez vous-même : ouvrez Réglages Système > Général > Partage > "
                          "Partage de fichiers.",
    },
    "mac_safari_extensions": {
        "name": "Extensions de Safari",
        "ok.title": "Aucune extension de Safari n'est activée",
        "ok.detail": "Safari n'a aucune extension activée.",
        "info.title": "{count} extension(s) de Safari activée(s)",
        "info.detail": "Ces extensions de Safari sont activées : {found}.",
        "info.meaning": "Une extension peut voir les pages que vous visitez. Vérifiez que vous "
                        "les connaissez.",
        "attention.title": "Une extension de Safari ressemble à un logiciel espion ou d'accès à "
                           "distance",
        "attention.detail": "Ces extensions de Safari sont activées : {found}.",
        "attention.meaning": "Une telle extension peut transmettre les pages que vous visitez et "
                             "ce que vous y tapez.",
        "unknown.fda.detail": "macOS conserve cette liste dans un dossier protégé. Le kit ne peut la "
                              "lire qu'avec « Accès complet au disque », et nous ne le demandons "
                              "pas.",
        "unknown.advice": "Regardez vous-même : ouvrez Safari > Réglages > Extensions.",
    },
    "win_local_accounts": {
        "name": "Autres comptes sur cet ordinateur",
        "ok.title": "Aucun autre compte ne peut se connecter",
        "ok.detail": "À part votre compte, aucun compte local n'est activé sur cet ordinateur.",
        "info.title": "{count} autre(s) compte(s) peuvent se connecter à cet ordinateur",
        "info.detail": "Ces comptes, en plus du vôtre, sont activés : {found}.",
        "info.meaning": "Une personne qui connaît le mot de passe d'un de ces comptes peut se "
                        "connecter à cet ordinateur avec ce compte. Windows n'affiche pas quand un "
                        "compte a été créé : nous ne pouvons donc pas dire lequel est nouveau.",
        "info.advice": "Vérifiez que vous connaissez chaque compte et qui l'utilise. " + CHECK_LIST,
        "unknown.advice": "Regardez vous-même : ouvrez Paramètres > Comptes > Autres "
                          "utilisateurs.",
    },
    "win_family": {
        "name": "Paramètres familiaux de Microsoft",
        "ok.title": "Aucune trace de paramètres familiaux sur cet ordinateur",
        "ok.detail": "Le service Windows des paramètres familiaux (Parental Controls) ne tourne "
                     "pas.",
        "ok.absent.title": "Les paramètres familiaux ne sont pas installés sur cet ordinateur",
        "ok.absent.detail": "Cette version de Windows n'a pas le service des paramètres familiaux (Parental "
                            "Controls).",
        "ok.meaning": "Nous n'avons trouvé aucune trace ici. Mais un adulte peut faire partie d'un "
                      "groupe familial Microsoft sans que rien ne l'indique sur cet ordinateur. La position "
                      "est partagée par l'application du téléphone. Ce n'est pas une preuve.",
        "ok.advice": "Pour vérifier, regardez qui fait partie de votre groupe familial : dans "
                     "Windows, ouvrez les Paramètres, choisissez Comptes, puis la page sur votre "
                     "famille. Ou connectez-vous sur family.microsoft.com avec un appareil de "
                     "confiance.",
        "info.title": "Des paramètres familiaux sont actifs sur cet ordinateur",
        "info.detail": "Le service Windows des paramètres familiaux (Parental Controls, WpcMonSvc) "
                       "tourne.",
        "info.automatic.title": "Les paramètres familiaux démarrent avec l'ordinateur",
        "info.automatic.detail": "Le service Windows des paramètres familiaux (Parental Controls, "
                                 "WpcMonSvc) démarre automatiquement. D'habitude, il ne démarre que "
                                 "quand il est nécessaire.",
        "info.meaning": "Windows utilise ce service quand un compte de cet ordinateur fait partie "
                        "d'un groupe familial Microsoft avec des paramètres familiaux. Dans un "
                        "groupe familial, la personne qui organise le groupe peut fixer des "
                        "limites. Pour les membres qui l'acceptent, elle peut aussi voir leur "
                        "activité (sites web, applications, recherches), leurs appareils et leur "
                        "position.",
        "info.advice": "Vérifiez dans quel groupe familial se trouve votre compte et ce qu'il "
                       "partage : dans Windows, ouvrez les Paramètres, choisissez Comptes, puis "
                       "la page sur votre famille. Ou connectez-vous sur family.microsoft.com "
                       "avec un appareil de confiance. Si vous l'avez mis en place vous-même pour "
                       "un enfant, c'est normal. Sinon, enregistrez d'abord le résultat dans "
                       "votre journal et parlez-en à un service d'aide avant de quitter le "
                       "groupe : la personne qui organise le groupe pourrait le remarquer.",
        "unknown.advice": "Regardez vous-même : dans Windows, ouvrez les Paramètres, choisissez "
                          "Comptes, puis la page sur votre famille.",
    },
    "mac_find_my_people": {
        "name": "Qui voit votre position dans Localiser",
        "ok.title": "Ce Mac ne partage pas de position par Localiser",
        "ok.detail": "Ce Mac n'est connecté à aucun compte Apple pour votre utilisateur. "
                     "Localiser ne peut donc pas partager votre position depuis ce Mac.",
        "ok.meaning": "Cela concerne seulement ce Mac. Votre iPhone ou un autre appareil peut "
                      "encore partager votre position.",
        "ok.advice": "Regardez aussi sur votre iPhone, dans l'app Localiser, la liste des "
                     "personnes avec qui vous partagez votre position.",
        "unknown.signed_in.title": "Impossible de vérifier qui voit votre position",
        "unknown.signed_in.detail": "Ce Mac est connecté à : {found}. Localiser conserve la liste "
                                    "des personnes qui voient votre position dans votre compte "
                                    "Apple. Le kit ne peut pas lire cette liste sur ce Mac.",
        "unknown.signed_in.meaning": "Les personnes avec qui vous partagez votre position dans "
                                     "Localiser voient où vous êtes, tout le temps, jusqu'à ce "
                                     "que vous arrêtiez le partage.",
        "unknown.advice": "Regardez vous-même : ouvrez l'app Localiser et choisissez l'onglet des "
                          "personnes avec qui vous partagez votre position. Toutes les personnes qui peuvent "
                          "voir votre position sont dans cette liste. Cliquez sur un nom pour "
                          "voir ce que vous partagez. Si vous arrêtez le partage, l'autre "
                          "personne peut remarquer qu'elle ne vous voit plus : enregistrez "
                          "d'abord le résultat dans votre journal et parlez-en à un service "
                          "d'aide.",
    },
}

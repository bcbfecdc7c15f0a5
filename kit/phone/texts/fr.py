"""Textes français de la vérification du téléphone (langage simple, niveau B1 environ).

Chemins de menu vérifiés avec les mêmes sources que en.py (lues le 2026-12-05). Libellés à
l'écran cités seulement si une source en français les confirme.

On-screen labels in the after-check steps (phone.after.*, read 2026-12-05): Android's own
Settings texts (AOSP SettingsLib, en/nl/fr) and Apple HT202778 (English only); the full list of
pages, commits and which label each confirms is in the comment at the top of kit/ui/phone_page.py.
Labels no page in this language confirms are described, not quoted.
"""

from __future__ import annotations

_KEEP_IT = ("Ne le supprimez pas tout de suite : l'autre personne pourrait le remarquer, et "
            "c'est une preuve. Enregistrez d'abord le résultat dans votre journal et parlez-en à "
            "un service d'aide.")
NOT_YOURSELF = "Si vous ne l'avez pas fait vous-même, quelqu'un d'autre l'a peut-être fait. " + _KEEP_IT
_HAD_THE_PHONE = ("Si vous ne l'avez pas fait vous-même, quelqu'un d'autre a peut-être eu votre "
                  "téléphone en main pendant un moment. " + _KEEP_IT)

COMMON = {
    "ok.meaning": "Nous n'avons rien trouvé ici. Ce n'est pas une preuve qu'il n'y a rien : "
                  "aucune vérification ne voit tout.",
    "ok.advice": "Vous n'avez rien à faire pour cette partie.",
    "attention.meaning": "Quelqu'un peut peut-être voir ce que vous faites sur ce téléphone, ou "
                         "où vous êtes.",
    "attention.advice": NOT_YOURSELF,
    "info.meaning": "Ce n'est pas un problème en soi. C'est bon à savoir, car cela peut aider "
                    "quelqu'un à vous suivre.",
    "info.advice": "Regardez la liste. Connaissez-vous chaque élément, et l'avez-vous voulu ? Si "
                   "quelque chose n'est pas à vous, ne le changez pas tout de suite : enregistrez "
                   "d'abord le résultat et parlez-en à un service d'aide.",
    "unknown.title": "Vérification impossible : {check}",
    "unknown.detail": "Nous n'avons pas pu lire {what} : {reason}.",
    "unknown.meaning": "Cela ne veut pas dire que tout va bien. Cette partie de la vérification "
                       "n'a pas de réponse.",
    "unknown.advice": "Si cette partie vous inquiète, demandez à un service d'aide de regarder "
                      "le téléphone avec vous.",
}

LABELS = {
    "phone.reason.not_found": "cela n'a pas été lu",
    "phone.reason.denied": "le téléphone ne nous a pas permis de le lire",
    "phone.reason.no_command": "ce téléphone ne fournit pas cette information",
    "phone.reason.timeout": "le téléphone a mis trop de temps à répondre",
    "phone.reason.failed": "un problème est survenu pendant la lecture",
    "phone.reason.unsupported": "ce téléphone ne fournit pas cette information",
    "phone.what.packages": "la liste des applications",
    "phone.what.settings": "les paramètres du téléphone",
    "phone.what.accessibility": "les paramètres d'accessibilité",
    "phone.what.notifications": "les paramètres des notifications",
    "phone.what.admins": "la liste des applications d'administration de l'appareil",
    "phone.what.sms": "l'application SMS par défaut",
    "phone.what.installers": "l'origine des applications",
    "phone.what.adb": "la liste des ordinateurs de confiance",
    "phone.what.props": "les informations système du téléphone",
    "phone.what.appops": "les autorisations des applications",
    "phone.what.apps": "la liste des applications",
    "phone.what.profiles": "les profils de configuration",
    "phone.what.cloud": "les paramètres de gestion",
    "phone.word.no_icon": "pas d'icône : absente de la liste des applications",
    "phone.word.removed": "supprimée, mais ses données sont encore sur le téléphone",
    "phone.word.from_file": "installée à partir d'un fichier",
    "phone.word.from_computer": "installée depuis un ordinateur (débogage USB)",
    "phone.word.from_browser": "téléchargée avec un navigateur",
    "phone.word.unknown_source": "origine inconnue",
    "phone.word.stalkerware": "logiciel espion (stalkerware)",
    "phone.word.watchware": "application de surveillance",
    "phone.word.dual-use": "peut aussi servir à suivre quelqu'un",
    "phone.word.developer": "signée avec un certificat de développeur",
    "phone.word.enterprise": "signée avec un certificat d'entreprise",
    "phone.word.owner": "propriétaire de l'appareil : contrôle tout le téléphone",
    "phone.word.work_profile": "profil professionnel",
    "phone.word.system": "fait partie du téléphone",
    "phone.word.last_used": "dernière utilisation",
    "phone.word.location": "position",
    "phone.word.usage": "accès aux données d'utilisation (voit quelles applications vous utilisez)",
    "phone.word.supervised": "supervisé (géré par une organisation)",
    "phone.word.this_computer": "probablement cet ordinateur",
    "phone.word.unnamed": "sans nom",
    "phone.summary.not_proof": "Un résultat sans problème n'est pas une preuve qu'il n'y a "
                               "rien. Cette vérification ne voit pas votre compte Google ou iCloud : quelqu'un qui "
                               "connaît ce mot de passe voit vos photos, messages et votre position "
                               "sans application sur le téléphone. Lisez les guides pour sécuriser "
                               "vos comptes.",
    "phone.after.android": "Quand vous avez fini : 1. Sur le téléphone, ouvrez les Paramètres, puis « "
                           "Options pour les développeurs » (là où vous avez activé le débogage USB). 2. "
                           "Touchez « Révoquer les autorisations de débogage USB ». 3. Désactivez « "
                           "Débogage USB ». 4. Désactivez les options pour les développeurs avec "
                           "l'interrupteur en haut de cette page. Cet ordinateur ne peut alors plus lire "
                           "le téléphone.",
    "phone.after.ios": "Quand vous avez fini : l'iPhone continue de faire confiance à cet ordinateur. "
                       "Pour l'annuler, ouvrez les réglages de l'iPhone, puis la partie générale, et "
                       "en bas le choix pour transférer ou réinitialiser l'iPhone. Choisissez "
                       "réinitialiser, puis la réinitialisation de la localisation et de la "
                       "confidentialité. Ne choisissez pas de tout effacer. Les applications "
                       "redemanderont aussi l'accès à votre position.",
    "phone.error.no_device": "Aucun téléphone trouvé. Branchez le téléphone avec un câble USB qui "
                             "transmet les données (pas un câble qui sert seulement à charger), "
                             "déverrouillez-le et réessayez.",
    "phone.error.debugging_off": "Un téléphone est branché, mais le débogage USB est désactivé. "
                                 "Activez le débogage USB (voir les étapes pour votre marque) et "
                                 "réessayez.",
    "phone.error.not_authorised": "Le téléphone n'a pas autorisé cet ordinateur. Déverrouillez le "
                                  "téléphone, touchez « Autoriser » dans le message « Autoriser le "
                                  "débogage USB ? » et réessayez. Pas de message ? Débranchez le "
                                  "câble et rebranchez-le.",
    "phone.error.busy": "Un autre programme utilise le téléphone (par exemple un autre adb ou "
                        "Android Studio). Fermez ce programme, débranchez le téléphone, "
                        "rebranchez-le et réessayez.",
    "phone.error.driver": "Windows ne peut pas parler au téléphone : il faut le pilote WinUSB pour "
                          "Android. Installez le « Google USB Driver » (ou le pilote USB de la "
                          "marque du téléphone), puis réessayez. Voir le README, « Phone check on "
                          "Windows ».",
    "phone.error.permission": "Linux ne permet pas à ce programme d'utiliser le téléphone. Ajoutez "
                              "la règle udev du README (« Phone check on Linux »), débranchez le "
                              "téléphone, rebranchez-le et réessayez.",
    "phone.error.usb_library": "Il manque la partie USB du kit. Réinstallez Ontkoppel (il a besoin de "
                               "libusb1 et libusb-package).",
    "phone.error.disconnected": "La connexion avec le téléphone est perdue. Vérifiez le câble, "
                                "gardez le téléphone déverrouillé et réessayez.",
    "phone.error.ios_extra": "Pour vérifier un iPhone, installez l'extension iPhone : pip install "
                             "'ontkoppel[iphone]' (ou utilisez une version de bureau qui l'inclut).",
    "phone.error.usbmuxd": "Cet ordinateur ne parvient pas à joindre l'iPhone. Sous Windows, "
                           "installez Apple "
                           "Devices ou iTunes (cela apporte « Apple Mobile Device Support ») ; "
                           "sous Linux, installez et démarrez usbmuxd. Puis réessayez.",
    "phone.error.not_trusted": "L'iPhone ne fait pas encore confiance à cet ordinateur. Déverrouillez "
                               "l'iPhone, choisissez dans le message de faire confiance à cet ordinateur, "
                               "entrez le code et réessayez.",
    "phone.error.locked": "L'iPhone est verrouillé. Déverrouillez-le, gardez-le déverrouillé et "
                          "réessayez.",
    "phone.error.replay": "Le fichier de relecture n'est pas utilisable.",
    "phone.error.failed": "La vérification du téléphone n'a pas pu démarrer. Débranchez le téléphone, "
                          "rebranchez-le et réessayez ; si cela échoue encore, demandez à un "
                          "service d'aide.",
}

_CHECK_LIST = ("Regardez chaque application. La connaissez-vous, et l'avez-vous installée "
               "vous-même ? ") + NOT_YOURSELF

CHECKS = {
    "phone.stalkerware": {
        "name": "Applications espionnes connues",
        "ok.title": "Aucune application espionne connue trouvée",
        "ok.detail": "Aucune application de ce téléphone n'est sur la liste des logiciels "
                     "espions connus ({count} noms).",
        "attention.title": "Une application espionne connue est sur ce téléphone",
        "attention.detail": "Trouvé : {found}.",
        "attention.meaning": "Un logiciel espion (stalkerware) sert à suivre une personne en "
                             "secret : messages, appels, position, photos. La personne qui l'a "
                             "installé peut sans doute voir une grande partie de ce que vous faites sur ce "
                             "téléphone.",
        "attention.advice": "Ne le supprimez pas encore : l'autre personne pourrait le remarquer, "
                            "et c'est une preuve. Enregistrez ce résultat dans votre journal et "
                            "préparez un plan de sécurité avec un service d'aide avant de changer quoi que "
                            "ce soit.",
    },
    "phone.accessibility": {
        "name": "Services d'accessibilité",
        "ok.title": "Aucun service d'accessibilité inhabituel",
        "ok.detail": "Aucune application autre que celles du téléphone n'a l'accessibilité "
                     "activée.",
        "attention.title": "Une application peut lire votre écran",
        "attention.detail": "L'accessibilité est activée pour : {found}.",
        "attention.meaning": "L'accessibilité permet à une application de lire tout ce qui est à "
                             "l'écran et ce que vous tapez, et de toucher l'écran à votre place. "
                             "Les applications pour les personnes en situation de handicap en ont besoin ; les "
                             "applications espionnes l'utilisent aussi.",
        "info.title": "L'accessibilité est activée pour une application connue",
        "info.detail": "L'accessibilité est activée pour : {found}.",
        "info.meaning": "Ce sont des applications connues (par exemple un lecteur d'écran ou un "
                        "gestionnaire de mots de passe). Elles peuvent lire l'écran.",
    },
    "phone.notification_listeners": {
        "name": "Accès aux notifications",
        "ok.title": "Aucune application inhabituelle ne lit vos notifications",
        "ok.detail": "Aucune application autre que celles du téléphone ne peut lire vos "
                     "notifications.",
        "attention.title": "Une application peut lire vos notifications",
        "attention.detail": "L'accès aux notifications est activé pour : {found}.",
        "attention.meaning": "Cette application voit chaque notification : le début de vos "
                             "messages, les codes de connexion, les appels manqués.",
        "info.title": "Une application connue peut lire vos notifications",
        "info.detail": "L'accès aux notifications est activé pour : {found}.",
        "info.meaning": "Ce sont des applications connues (par exemple celle d'une montre "
                        "connectée). Elles voient vos notifications.",
    },
    "phone.device_admin": {
        "name": "Applications d'administration",
        "ok.title": "Aucune application d'administration inhabituelle",
        "ok.detail": "Aucune application autre que celles du téléphone n'a de droits "
                     "d'administration.",
        "attention.title": "Une application a des droits d'administration sur ce téléphone",
        "attention.detail": "Droits d'administration : {found}.",
        "attention.meaning": "Une application d'administration peut verrouiller ou effacer le "
                             "téléphone et peut se rendre difficile à supprimer. Les applications "
                             "espionnes s'en servent pour rester sur le téléphone.",
        "attention.advice": "Si c'est un téléphone de votre travail ou de votre école, votre "
                            "employeur ou votre école l'a peut-être installé ; demandez-leur. "
                            + NOT_YOURSELF,
        "info.title": "Une application connue a des droits d'administration",
        "info.detail": "Droits d'administration : {found}.",
        "info.meaning": "Ce sont des applications d'administration connues, par exemple Localiser "
                        "mon appareil ou un profil professionnel. Un profil professionnel est géré "
                        "par votre employeur.",
    },
    "phone.sms_app": {
        "name": "Application SMS par défaut",
        "ok.title": "L'application SMS par défaut est une application connue",
        "ok.detail": "Application SMS par défaut : {found}.",
        "attention.title": "Une application inconnue est l'application SMS par défaut",
        "attention.detail": "Application SMS par défaut : {found}.",
        "attention.meaning": "L'application SMS par défaut reçoit tous vos SMS, y compris les "
                             "codes de connexion.",
    },
    "phone.sideloaded": {
        "name": "Applications hors boutique",
        "ok.title": "Toutes les applications viennent d'une boutique ou du téléphone",
        "ok.detail": "{count} applications vérifiées.",
        "attention.title": "Des applications ont été installées hors boutique",
        "attention.detail": "{found}.",
        "attention.meaning": "Les applications espionnes sont interdites dans les boutiques. "
                             "Elles sont donc installées à partir d'un fichier, d'un site web ou "
                             "d'un ordinateur. Une application sans icône n'apparaît pas dans la "
                             "liste des applications.",
        "attention.advice": _CHECK_LIST,
    },
    "phone.play_protect": {
        "name": "Google Play Protect",
        "ok.title": "Play Protect est activé",
        "ok.detail": "Play Protect vérifie si des applications sont dangereuses.",
        "attention.title": "Play Protect est désactivé",
        "attention.detail": "Play Protect est désactivé ({found}).",
        "attention.meaning": "Play Protect avertit des applications dangereuses, y compris de "
                             "nombreuses applications espionnes. Pour en installer une, il faut "
                             "souvent le désactiver.",
    },
    "phone.unknown_sources": {
        "name": "Installer des applications inconnues",
        "ok.title": "Aucune application ne peut installer d'autres applications",
        "ok.detail": "Seules les boutiques peuvent installer des applications.",
        "attention.title": "Des applications peuvent installer d'autres applications",
        "attention.detail": "« Installer applis inconnues » est autorisé pour : {found}.",
        "attention.meaning": "Avec cette autorisation, une application (souvent un navigateur ou "
                             "un gestionnaire de fichiers) peut installer des applications hors "
                             "boutique. C'est ainsi que les applications espionnes arrivent sur "
                             "un téléphone.",
    },
    "phone.wireless_debugging": {
        "name": "Débogage sans fil",
        "ok.title": "Le débogage sans fil est désactivé",
        "ok.detail": "Aucun ordinateur ne peut contrôler le téléphone par Wi-Fi.",
        "attention.title": "Le débogage sans fil est activé",
        "attention.detail": "Le débogage sans fil est activé.",
        "attention.meaning": "Un ordinateur sur le même réseau Wi-Fi peut alors installer des "
                             "applications et lire les données de ce téléphone, sans câble.",
    },
    "phone.adb_keys": {
        "name": "Ordinateurs de confiance pour le débogage USB",
        "ok.title": "Aucun autre ordinateur n'est de confiance",
        "ok.detail": "Seule la clé de cette vérification a été trouvée.",
        "attention.title": "D'autres ordinateurs sont de confiance pour le débogage USB",
        "attention.detail": "Ordinateurs de confiance : {found}.",
        "attention.meaning": "Un ordinateur de confiance peut installer des applications et lire "
                             "des données par un câble sans redemander.",
        "info.title": "Un ordinateur est de confiance pour le débogage USB",
        "info.detail": "Ordinateur de confiance : {found}.",
        "info.meaning": "C'est probablement l'ordinateur que vous utilisez pour cette vérification. "
                        "Regardez le nom en cas de doute.",
        "info.advice": "Après la vérification, touchez « Révoquer les autorisations de débogage USB » "
                       "(voir les étapes ci-dessous).",
    },
    "phone.root": {
        "name": "Root et bootloader déverrouillé",
        "ok.title": "Aucun signe de root",
        "ok.detail": "Le système du téléphone semble verrouillé et non modifié.",
        "attention.title": "La protection du téléphone est désactivée",
        "attention.detail": "Signes : {found}.",
        "attention.meaning": "Sur un téléphone rooté ou avec un bootloader déverrouillé, une "
                             "application peut prendre le contrôle total et se cacher. Certaines "
                             "applications espionnes en ont besoin.",
        "attention.advice": _HAD_THE_PHONE,
    },
    "phone.dual_use": {
        "name": "Applications qui peuvent partager votre position ou votre écran",
        "ok.title": "Aucune application de suivi ou d'assistance à distance trouvée",
        "ok.detail": "Aucune application n'est un outil connu de suivi familial, de partage de "
                     "position ou d'assistance à distance.",
        "info.title": "Applications qui peuvent partager votre position ou votre écran",
        "info.detail": "Trouvé : {found}.",
        "info.meaning": "Ce sont des applications normales, mais elles peuvent aussi servir à "
                        "suivre quelqu'un : une application de suivi familial partage où vous "
                        "êtes, une application d'assistance à distance permet de voir votre écran.",
        "info.advice": "Avez-vous choisi cette application ? Ouvrez-la et regardez avec qui elle "
                       "partage. Sinon, enregistrez d'abord ce résultat et parlez-en à un service "
                       "d'aide.",
    },
    "phone.location_usage": {
        "name": "Accès à la position et à l'utilisation",
        "ok.title": "Aucune application autre que celles du téléphone n'a utilisé votre "
                    "position",
        "ok.detail": "Aucune application supplémentaire n'a accès à la position ou à "
                     "l'utilisation.",
        "info.title": "Applications qui peuvent voir votre position ou votre utilisation",
        "info.detail": "{found}.",
        "info.meaning": "Beaucoup d'applications ont besoin de votre position (cartes, météo). "
                        "L'accès aux données d'utilisation permet de voir quelles applications "
                        "vous utilisez et quand.",
    },
    "phone.security_patch": {
        "name": "Mises à jour de sécurité",
        "ok.title": "Les mises à jour de sécurité sont récentes",
        "ok.detail": "Correctif de sécurité : {found}.",
        "info.title": "La dernière mise à jour de sécurité est ancienne",
        "info.detail": "Correctif de sécurité : {found} (il y a {months} mois).",
        "info.meaning": "Un téléphone pas à jour est plus facile à pirater. Ce n'est pas un "
                        "signe d'espionnage.",
        "info.advice": "Cherchez une mise à jour : Paramètres > Système > Mise à jour logicielle "
                       "(sur Samsung : Paramètres > Mise à jour du logiciel).",
    },
    "phone.ios_signing": {
        "name": "Applications hors App Store",
        "ok.title": "Toutes les applications viennent de l'App Store",
        "ok.detail": "{count} applications vérifiées.",
        "attention.title": "Des applications ont été installées hors App Store",
        "attention.detail": "{found}.",
        "attention.meaning": "Les applications signées avec un certificat de développeur ou "
                             "d'entreprise ne viennent pas de l'App Store. On peut les mettre sur "
                             "un téléphone avec un ordinateur. Les applications espionnes pour "
                             "iPhone fonctionnent ainsi.",
        "attention.advice": "Si c'est un téléphone de travail ou si vous testez vous-même des "
                            "applications, cela peut être normal. " + NOT_YOURSELF,
    },
    "phone.ios_jailbreak": {
        "name": "Jailbreak",
        "ok.title": "Aucun signe de jailbreak",
        "ok.detail": "Aucune application de jailbreak n'a été trouvée.",
        "attention.title": "L'iPhone est peut-être jailbreaké",
        "attention.detail": "Trouvé : {found}.",
        "attention.meaning": "Un jailbreak désactive la protection de l'iPhone. Des applications "
                             "espionnes qui se cachent peuvent alors être installées.",
        "attention.advice": _HAD_THE_PHONE,
    },
    "phone.ios_profiles": {
        "name": "Profils de configuration",
        "ok.title": "Aucun profil de configuration",
        "ok.detail": "Il n'y a aucun profil sur cet iPhone.",
        "attention.title": "Un profil de configuration est sur cet iPhone",
        "attention.detail": "Profils : {found}.",
        "attention.meaning": "Un profil peut changer des réglages, faire passer votre connexion "
                             "par un autre serveur (VPN ou proxy), ou ajouter un certificat qui "
                             "permet de lire votre trafic.",
        "attention.advice": "Si c'est un téléphone de votre travail ou de votre école, votre "
                            "employeur ou votre école l'a peut-être installé ; demandez-leur. "
                            + NOT_YOURSELF,
    },
    "phone.ios_mdm": {
        "name": "Gestion de l'appareil (MDM)",
        "ok.title": "Cet iPhone n'est pas géré",
        "ok.detail": "Il n'est ni supervisé ni inscrit à une gestion des appareils.",
        "attention.title": "Cet iPhone est géré par une organisation",
        "attention.detail": "{found}.",
        "attention.meaning": "Un iPhone géré peut être contrôlé à distance : applications, "
                             "réglages, parfois la position.",
        "attention.advice": "Si c'est un téléphone de votre travail ou de votre école, c'est normal. Si c'est "
                            "votre propre téléphone, quelqu'un l'a peut-être configuré. "
                            + NOT_YOURSELF,
    },
}

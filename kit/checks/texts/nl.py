"""Nederlandse teksten van de computercheck (eenvoudige taal, ongeveer niveau B1, je-vorm)."""

from __future__ import annotations

NOT_YOURSELF = ("Heb je dit niet zelf ingesteld? Dan kan iemand anders het gedaan hebben. "
                "Verwijder het niet meteen: de andere persoon kan dat merken, en het is bewijs. "
                "Bewaar het resultaat eerst in je logboek en praat met een hulpdienst.")
CHECK_LIST = ("Bekijk de lijst. Ken je alles, en wilde je het zo? Is iets niet van jou? Verander "
              "het dan niet meteen: bewaar het resultaat eerst in je logboek en praat met een "
              "hulpdienst.")
WORK_COMPUTER = ("Is dit een computer van je werk of school? Dan heeft je werkgever of school "
                 "het misschien zo ingesteld. Twijfel je? Vraag het dan na bij je werkgever of "
                 "school.")

COMMON = {
    "ok.meaning": "We vonden hier niets. Dat is geen bewijs dat er niets is: geen enkele check "
                  "ziet alles.",
    "ok.advice": "Je hoeft voor dit deel niets te doen.",
    "attention.meaning": "Iemand kan misschien zien of besturen wat je op deze computer doet.",
    "attention.advice": NOT_YOURSELF,
    "info.meaning": "Dit is op zich geen probleem. Het is goed om te weten, omdat het iemand "
                    "kan helpen om te volgen wat je doet.",
    "info.advice": CHECK_LIST,
    "unknown.title": "Kon niet controleren: {check}",
    "unknown.detail": "We konden {what} niet lezen: {reason}.",
    "unknown.meaning": "Dat betekent niet dat alles in orde is. Dit deel van de check heeft "
                       "geen antwoord.",
    "unknown.advice": "Maak je je zorgen over dit deel? Vraag een hulpdienst of iemand die je "
                      "vertrouwt en die iets van computers kent, om er samen naar te kijken.",
}

LABELS = {
    "reason.not_found": "het werd niet gevonden",
    "reason.denied": "deze computer gaf ons geen toestemming om het te lezen",
    "reason.no_command": "een systeemprogramma dat we nodig hebben, is niet geïnstalleerd",
    "reason.timeout": "het duurde te lang",
    "reason.failed": "er ging iets mis bij het lezen",
    "reason.unsupported": "deze computer biedt deze informatie niet aan",
    "kind.remote-access": "programma voor toegang op afstand",
    "kind.monitoring": "volgsoftware",
    "kind.stalkerware": "stalkerware",
    "what.processes": "de lijst van programma's die draaien",
    "what.processes_and_programs": "de lijsten van draaiende en geïnstalleerde programma's",
    "what.sockets": "de lijst van netwerkverbindingen",
    "what.browser_profiles": "de browserprofielen",
    "what.event_taps": "de lijst van programma's die het toetsenbord volgen",
    "what.gnome_privacy": "de privacyinstellingen van het bureaublad",
    "word.none": "geen",
    "word.running": "draait nu",
    "word.unknown_program": "onbekend programma",
    "word.local_only": "alleen bereikbaar vanaf deze computer zelf",
    "word.network": "bereikbaar vanaf het netwerk",
    "word.sync_on": "synchronisatie staat aan",
    "word.sync_off": "aangemeld, synchronisatie staat uit",
    "word.name_matches": "de naam lijkt op een spion- of afstandsprogramma",
    "word.login_screen_rdp": "RDP voor het aanmeldscherm (voor het hele systeem)",
    "word.defender_off": "Microsoft Defender is uitgezet door een beleid",
    "word.realtime_off": "realtimebeveiliging is uitgezet door een beleid",
    "word.starts_by_hand": "start alleen als iemand het start",
    "word.switched_off": "uitgeschakeld",
    "word.unknown_start": "opstarttype onbekend",
    "word.technical_details": "Technische details",
    "what.local_accounts": "de lijst van accounts op deze computer",
    "what.find_my_people": "de lijst van mensen die je locatie kunnen zien",
    "word.built_in_account": "ingebouwd account",
    "word.last_sign_in": "laatst aangemeld",
    "word.never_signed_in": "nooit aangemeld",
    "word.starts_automatically": "start vanzelf",
    "word.sharing_on": "scherm delen staat aan",
    "word.unattended_access": "toegang zonder te vragen is toegestaan",
    "how.unpacked": "met de hand toegevoegd, niet uit de winkel",
    "how.policy": "geïnstalleerd via een beleid (opgelegd door een beheerder)",
    "how.command_line": "geladen via een startoptie",
    "how.outside": "geïnstalleerd door een programma buiten de browser",
    "group.attention": "Vraagt aandacht",
    "group.info": "Goed om te weten",
    "group.unknown": "Kon niet controleren",
    "group.ok": "Ziet er goed uit",
    "summary.not_proof": "Vonden we niets? Dan is dat geen bewijs dat er niets is: geen enkele check "
                         "ziet alles. Voel je je toch gevolgd? Vertrouw op dat gevoel en praat "
                         "met een hulpdienst.",
}


def _sharing(service: str, what_it_does: str) -> dict[str, str]:
    return {
        "name": service,
        "ok.title": f"{service} staat uit",
        "ok.detail": f"{service} staat uit in de instellingen voor delen.",
        "attention.title": f"{service} staat aan",
        "attention.detail": f"{service} staat aan ({{found}}). {what_it_does}",
        "attention.meaning": "Wie het wachtwoord van een account op deze Mac kent, kan dit "
                             "gebruiken vanaf een andere computer, soms zonder dat je het ziet.",
        "unknown.advice": f"Kijk zelf: open Systeeminstellingen > Algemeen > Delen en kijk of "
                          f"{service} aan staat.",
    }


def _tcc(name: str, allowed_to: str, to_do: str, pane: str) -> dict[str, str]:
    """allowed_to follows "mag" ("het scherm opnemen"); to_do follows "om" ("het scherm op te
    nemen"), because Dutch splits some verbs around "te"."""
    return {
        "name": name,
        "ok.title": f"Geen enkele app mag {allowed_to}",
        "ok.detail": f"Geen enkele app heeft toestemming om {to_do}.",
        "info.title": f"{{count}} app(s) mogen {allowed_to}",
        "info.detail": f"Deze apps hebben toestemming om {to_do}: {{found}}.",
        "attention.title": f"Een spion- of afstandsapp mag {allowed_to}",
        "attention.detail": f"Deze apps mogen {allowed_to} en lijken op spion- of "
                            f"afstandssoftware: {{found}}. Andere apps met deze toestemming: "
                            f"{{others}}.",
        "attention.meaning": f"Een app met toestemming om {to_do}, kan wat je doet doorgeven "
                             f"aan iemand anders.",
        "unknown.fda.detail": "macOS bewaart deze lijst in een beschermde database. De kit mag "
                              "die alleen lezen met 'Volledige schijftoegang', en daar vragen we "
                              "niet om.",
        "unknown.fda.meaning": "We kunnen niet zien welke apps deze toestemming hebben. Dat "
                               "betekent niet dat alles in orde is.",
        "unknown.advice": f"Kijk zelf: open Systeeminstellingen > Privacy en beveiliging > "
                          f"{pane}. Kijk of je elke app in de lijst kent.",
    }


def _consent(device: str, used: str, pane: str, passes_on: str) -> dict[str, str]:
    return {
        "name": f"Apps die {device} gebruikten",
        "ok.title": f"Geen enkele app gebruikte {device}",
        "ok.detail": f"Windows toont geen app die {device} gebruikte.",
        "ok.off.title": f"{device.capitalize()} staat uit voor apps",
        "ok.off.detail": f"Toegang tot {device} staat uit in de privacyinstellingen.",
        "info.title": f"{{count}} app(s) gebruikten {device}",
        "info.detail": f"Deze apps {used}, met de laatste keer: {{found}}.",
        "info.meaning": f"Hier zie je welke apps {device} konden gebruiken. Staat er een app in "
                        f"deze lijst die je niet kent? Dan is het de moeite waard om die beter "
                        f"te bekijken.",
        "attention.title": f"Een ongewone app gebruikte {device}",
        "attention.detail": f"Deze apps {used} en zien er ongewoon uit (een spionnaam, een "
                            f"afstandsprogramma of een tijdelijke map): {{found}}. Andere apps: "
                            f"{{others}}.",
        "attention.meaning": f"Een ongewone app die {device} gebruikte, kan {passes_on} "
                             f"doorgeven aan iemand anders.",
        "unknown.advice": f"Kijk zelf: open Instellingen > Privacy en beveiliging > {pane} en "
                          f"bekijk de lijst van apps en 'Recente activiteit'.",
    }


CHECKS: dict[str, dict[str, str]] = {
    # elk systeem ------------------------------------------------------------------------
    "processes_catalog": {
        "name": "Draaiende afstands- en spionprogramma's",
        "ok.title": "Er draait geen bekend afstands- of spionprogramma",
        "ok.detail": "We vergeleken de {count} draaiende programma's met onze lijst van "
                     "programma's voor toegang op afstand, volgsoftware en stalkerware. Geen "
                     "enkel programma kwam overeen.",
        "attention.title": "Er draait een afstands- of spionprogramma",
        "attention.detail": "Deze programma's draaien nu: {found}.",
        "attention.meaning": "Met zo'n programma kan iemand je scherm zien, deze computer "
                             "besturen of volgen wat je typt, ook op afstand.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Kijk zelf: open Taakbeheer (Windows), Activiteitenweergave (Mac) of "
                          "Systeemmonitor (Linux) en zoek naar programma's die je niet kent.",
    },
    "installed_catalog": {
        "name": "Geïnstalleerde afstands- en spionprogramma's",
        "ok.title": "Er is geen bekend afstands- of spionprogramma geïnstalleerd",
        "ok.detail": "We vergeleken de geïnstalleerde programma's met onze lijst van "
                     "programma's voor toegang op afstand, volgsoftware en stalkerware. Geen "
                     "enkel programma kwam overeen.",
        "attention.title": "Er is een afstands- of spionprogramma geïnstalleerd",
        "attention.detail": "Deze programma's zijn geïnstalleerd: {found}.",
        "attention.meaning": "Met zo'n programma kan iemand deze computer zien of besturen, ook "
                             "als het nu niet draait.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Kijk zelf naar de lijst van geïnstalleerde programma's: Instellingen "
                          "> Apps (Windows), de map Apps (Mac) of het softwarecentrum (Linux).",
    },
    "spy_names": {
        "name": "Programma's met een spion- of keyloggernaam",
        "ok.title": "Geen enkel programma heeft een spion- of keyloggernaam",
        "ok.detail": "Geen draaiend of geïnstalleerd programma heeft een naam die wijst op "
                     "bespieden of op het opnemen van toetsaanslagen. Antispywareprogramma's "
                     "tellen niet mee.",
        "attention.title": "Een programma heeft een spion- of keyloggernaam",
        "attention.detail": "Deze programma's hebben een naam die wijst op bespieden of op het "
                            "opnemen van toetsaanslagen: {found}.",
        "attention.meaning": "Een keylogger neemt alles op wat je typt, zoals berichten en "
                             "wachtwoorden. Een naam alleen is geen bewijs, maar het is de moeite "
                             "waard om het programma beter te bekijken.",
        "unknown.advice": "Kijk zelf in de draaiende en geïnstalleerde programma's naar namen "
                          "met 'spy', 'keylogger' of 'monitor'.",
    },
    "listening_ports": {
        "name": "Programma's die wachten op verbindingen van buiten",
        "ok.title": "Geen enkel programma wacht op verbindingen van buiten",
        "ok.detail": "Geen enkel programma wacht op verbindingen op de poorten van Extern "
                     "bureaublad (3389), VNC (5900-5903), SSH (22), WinRM (5985, 5986) of de "
                     "afstandsprogramma's die "
                     "we kennen.",
        "attention.title": "Een programma wacht op verbindingen van buiten",
        "attention.detail": "Deze programma's wachten op verbindingen van andere computers: "
                            "{found}.",
        "attention.meaning": "Via zo'n poort kan iemand op deze computer inloggen of het scherm "
                             "zien vanaf een andere plek, als die persoon het wachtwoord kent.",
        "info.title": "Een poort van een afstandsprogramma wordt door een ander programma "
                      "gebruikt",
        "info.detail": "Deze programma's wachten op verbindingen op een poort die ook een "
                       "afstandsprogramma gebruikt: {found}. Het gaat niet om dat "
                       "afstandsprogramma zelf.",
        "info.meaning": "Waarschijnlijk is dit een gewoon programma dat toevallig dezelfde poort "
                        "gebruikt. Het is goed om te weten, voor het geval je het programma niet "
                        "kent.",
        "info.advice": CHECK_LIST,
        "unknown.advice": "Vraag iemand die je vertrouwt en die iets van computers kent, om "
                          "samen naar de netwerkverbindingen te kijken.",
    },
    "browser_accounts": {
        "name": "Accounts in je browsers",
        "ok.title": "Geen enkele browser is aangemeld bij een account",
        "ok.detail": "Chrome, Edge, Brave en Firefox zijn op deze computer niet aangemeld bij "
                     "een account.",
        "ok.none.title": "Geen browserprofielen gevonden",
        "ok.none.detail": "We vonden geen profielen van Chrome, Edge, Brave of Firefox voor je "
                          "gebruikersaccount.",
        "info.title": "{count} browserprofiel(en) aangemeld bij een account",
        "info.detail": "Deze browsers zijn aangemeld: {found}.",
        "info.meaning": "Als synchronisatie aan staat, gaan je geschiedenis, bewaarde "
                        "wachtwoorden en open tabbladen naar dat account. Wie het account kan "
                        "gebruiken, kan ze zien, ook op een ander apparaat.",
        "info.advice": "Kijk of elk e-mailadres van jou is en of alleen jij het wachtwoord kent. "
                       "Is een adres niet van jou? Meld je dan niet meteen af: bewaar het "
                       "resultaat eerst in je logboek en praat met een hulpdienst.",
        "unknown.advice": "Kijk zelf: open de browser en klik rechtsboven op je profielfoto om "
                          "te zien welk account is aangemeld.",
    },
    "browser_extensions": {
        "name": "Browserextensies",
        "ok.title": "Geen browserextensies",
        "ok.detail": "We vonden geen extensies in Chrome, Edge, Brave of Firefox.",
        "ok.none.title": "Geen browserprofielen gevonden",
        "ok.none.detail": "We vonden geen profielen van Chrome, Edge, Brave of Firefox voor je "
                          "gebruikersaccount.",
        "info.title": "{count} browserextensie(s)",
        "info.detail": "Deze extensies zijn geïnstalleerd: {found}.",
        "info.meaning": "Een extensie kan vaak elke webpagina lezen die je opent. De meeste zijn "
                        "onschuldig, maar sommige zijn gemaakt om te bespieden.",
        "attention.title": "Een browserextensie moet je beter bekijken",
        "attention.detail": "Deze extensies zijn ongewoon: {found}. Andere extensies: {others}.",
        "attention.meaning": "Een extensie die aan de browser werd opgelegd of met de hand werd "
                             "toegevoegd, kan lezen wat je op het web doet en het naar iemand "
                             "anders sturen.",
        "unknown.advice": "Kijk zelf: open in de browser het menu en kies Extensies (of "
                          "Add-ons in Firefox).",
    },
    # Windows ----------------------------------------------------------------------------
    "win_remote_desktop": {
        "name": "Extern bureaublad",
        "ok.title": "Extern bureaublad staat uit",
        "ok.detail": "Andere computers kunnen via Extern bureaublad geen verbinding maken met "
                     "deze computer.",
        "ok.policy.title": "Extern bureaublad staat uit (via een beleid)",
        "ok.policy.detail": "Een beleid zet Extern bureaublad uit. Andere computers kunnen zo "
                            "geen verbinding maken met deze computer.",
        "attention.title": "Extern bureaublad staat aan",
        "attention.detail": "Andere computers kunnen via Extern bureaublad verbinding maken met "
                            "deze computer.",
        "attention.policy.title": "Een beleid zet Extern bureaublad aan",
        "attention.policy.detail": "Een beleid zet Extern bureaublad verplicht aan. Dat gaat "
                                   "boven de gewone instelling, dus je kunt het niet uitzetten "
                                   "in Instellingen.",
        "attention.meaning": "Wie het wachtwoord van een account op deze computer kent, kan "
                             "vanaf een andere plek inloggen en de computer gebruiken alsof die "
                             "persoon ervoor zit.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Kijk zelf: open Instellingen > Systeem > Extern bureaublad.",
    },
    "win_remote_assistance": {
        "name": "Hulp op afstand",
        "ok.title": "Hulp op afstand staat uit",
        "ok.detail": "Niemand kan je op afstand helpen met Windows Hulp op afstand.",
        "info.title": "Hulp op afstand staat aan",
        "info.detail": "Windows Hulp op afstand is toegestaan. Iemand kan alleen verbinding maken "
                       "als jij een uitnodiging stuurt en de verbinding accepteert.",
        "info.meaning": "Dit is meestal onschuldig. Maar wie een oude uitnodiging van je heeft, "
                        "of aan deze computer zit, kan het gebruiken om je scherm te zien.",
        "info.advice": "Gebruik je Hulp op afstand niet? Dan kun je een hulpdienst vragen om je "
                       "te helpen het op een veilig moment uit te zetten.",
        "attention.unsolicited.title": "Anderen mogen Hulp op afstand aanbieden zonder "
                                       "uitnodiging",
        "attention.unsolicited.detail": "Een beleid laat andere mensen hulp aanbieden op deze "
                                        "computer zonder uitnodiging van jou.",
        "attention.meaning": "Iemand op hetzelfde netwerk kan vragen om je scherm te zien of "
                             "te besturen.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Kijk zelf: zoek in het menu Start naar 'Uitnodigingen voor Hulp op "
                          "afstand toestaan'.",
    },
    "win_shares": {
        "name": "Gedeelde mappen",
        "ok.title": "Er zijn geen gedeelde mappen",
        "ok.detail": "Deze computer deelt geen mappen met andere computers (behalve de "
                     "verborgen mappen die Windows standaard deelt).",
        "attention.title": "{count} map(pen) gedeeld met andere computers",
        "attention.detail": "Deze mappen worden gedeeld: {found}.",
        "attention.meaning": "Andere mensen op hetzelfde netwerk kunnen de bestanden in deze "
                             "mappen misschien openen.",
        "unknown.advice": "Kijk zelf: open Verkenner, ga naar Netwerk en klik op deze computer "
                          "om de gedeelde mappen te zien.",
    },
    "win_location": _consent("je locatie", "gebruikten je locatie", "Locatie", "je locatie"),
    "win_camera": _consent("de camera", "gebruikten de camera", "Camera",
                           "wat de camera ziet"),
    "win_microphone": _consent("de microfoon", "gebruikten de microfoon", "Microfoon",
                               "wat de microfoon hoort"),
    "win_startup": {
        "name": "Programma's die met Windows starten",
        "ok.title": "Er starten geen programma's vanzelf",
        "ok.detail": "Er zijn geen programma's ingesteld om te starten als je je aanmeldt.",
        "info.title": "{count} programma('s) starten vanzelf",
        "info.detail": "Deze programma's starten als je je aanmeldt: {found}.",
        "info.meaning": "Veel programma's starten vanzelf, en de meeste zijn onschuldig. Een "
                        "spionprogramma start ook vanzelf, zodat het altijd draait.",
        "attention.title": "Een afstands- of spionprogramma start vanzelf",
        "attention.detail": "Deze programma's starten als je je aanmeldt en lijken op afstands- "
                            "of spionsoftware: {found}. Andere programma's: {others}.",
        "attention.meaning": "Dit programma draait elke keer als de computer start. Zo kan iemand "
                             "blijven meekijken of de computer blijven besturen.",
        "unknown.advice": "Kijk zelf: open Taakbeheer en kies het tabblad 'Opstart-apps'.",
    },
    "win_services": {
        "name": "Services van afstands- en spionprogramma's",
        "ok.title": "Geen service van een bekend afstands- of spionprogramma",
        "ok.detail": "We bekeken de {count} Windows-services. Geen enkele hoort bij een "
                     "afstands- of spionprogramma dat we kennen.",
        "attention.title": "Een service van een afstands- of spionprogramma",
        "attention.detail": "Deze services horen bij afstands- of spionsoftware: {found}.",
        "attention.meaning": "Een service draait op de achtergrond, ook voordat iemand zich "
                             "aanmeldt. Zo kan iemand deze computer altijd bereiken.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Kijk zelf: open het menu Start, typ 'services' en zoek naar namen die "
                          "je niet kent.",
    },
    "win_admins": {
        "name": "Accounts met beheerdersrechten",
        "ok.title": "Alleen jouw account heeft beheerdersrechten",
        "ok.detail": "Beheerders op deze computer: {everyone}.",
        "ok.none.title": "Geen ander account heeft beheerdersrechten",
        "ok.none.detail": "We vonden geen account met beheerdersrechten, behalve de ingebouwde.",
        "attention.title": "Andere accounts hebben beheerdersrechten",
        "attention.detail": "Deze accounts, naast dat van jou, hebben beheerdersrechten: "
                            "{found}. Alle beheerders: {everyone}.",
        "attention.meaning": "Iemand met beheerdersrechten kan elk programma installeren, ook "
                             "spionsoftware, en elke instelling op deze computer veranderen.",
        "attention.advice": "Kijk of je elk account kent. " + NOT_YOURSELF,
        "unknown.advice": "Kijk zelf: open Instellingen > Accounts > Andere gebruikers.",
    },
    "win_cloud_accounts": {
        "name": "OneDrive- en Dropbox-accounts",
        "ok.title": "Geen OneDrive- of Dropbox-account",
        "ok.detail": "Deze computer is voor je gebruiker niet gekoppeld aan een OneDrive- of "
                     "Dropbox-account.",
        "info.title": "Gekoppeld aan OneDrive of Dropbox",
        "info.detail": "Deze computer is gekoppeld aan: {found}.",
        "info.meaning": "Bestanden in deze mappen worden naar het online account gekopieerd. "
                        "Wie dat account kan gebruiken, kan de bestanden zien, ook op een ander "
                        "apparaat.",
        "info.advice": "Kijk of elk account van jou is en of alleen jij het wachtwoord kent. "
                       + CHECK_LIST,
        "unknown.advice": "Kijk zelf: klik op het pictogram van OneDrive of Dropbox naast de "
                          "klok.",
    },
    # macOS ------------------------------------------------------------------------------
    "mac_screen_sharing": _sharing("Scherm delen", "Anderen kunnen het scherm zien en besturen."),
    "mac_remote_management": _sharing("Extern beheer",
                                      "Anderen kunnen het scherm zien en besturen, en "
                                      "instellingen veranderen."),
    "mac_remote_login": _sharing("Extern inloggen",
                                 "Anderen kunnen inloggen met SSH en opdrachten uitvoeren."),
    "mac_file_sharing": _sharing("Bestandsdeling",
                                 "Anderen op het netwerk kunnen gedeelde mappen openen."),
    "mac_remote_apple_events": _sharing("Externe Apple-events",
                                        "Andere computers kunnen apps op deze Mac besturen."),
    "mac_internet_sharing": {
        "name": "Internetdeling",
        "ok.title": "Internetdeling staat uit",
        "ok.detail": "Deze Mac deelt zijn internetverbinding niet.",
        "attention.title": "Internetdeling staat aan",
        "attention.detail": "Deze Mac deelt zijn internetverbinding ({found}).",
        "attention.meaning": "Andere apparaten gaan via deze Mac op het internet. Thuis is dat "
                             "ongewoon.",
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Algemeen > Delen.",
    },
    "mac_screen_recording": _tcc("Apps die het scherm mogen opnemen", "het scherm opnemen",
                                 "het scherm op te nemen",
                                 "Scherm- en systeemaudio-opname"),
    "mac_accessibility": _tcc("Apps die de computer mogen besturen", "deze computer besturen",
                              "deze computer te besturen",
                              "Toegankelijkheid"),
    "mac_camera": _tcc("Apps die de camera mogen gebruiken", "de camera gebruiken",
                       "de camera te gebruiken", "Camera"),
    "mac_microphone": _tcc("Apps die de microfoon mogen gebruiken", "de microfoon gebruiken",
                           "de microfoon te gebruiken",
                           "Microfoon"),
    "mac_keyboard_taps": {
        "name": "Programma's die het toetsenbord volgen",
        "ok.title": "Geen onbekend programma volgt het toetsenbord",
        "ok.detail": "Alleen onderdelen van macOS zelf volgen het toetsenbord.",
        "info.title": "{count} programma('s) volgen het toetsenbord",
        "info.detail": "Deze programma's volgen wat je typt: {found}.",
        "info.meaning": "Sommige programma's hebben dit nodig, zoals hulpprogramma's voor het toetsenbord. Een "
                        "spionprogramma gebruikt het om alles op te nemen wat je typt.",
        "attention.title": "Een spion- of afstandsprogramma volgt het toetsenbord",
        "attention.detail": "Deze programma's volgen wat je typt en lijken op spion- of "
                            "afstandssoftware: {found}. Andere programma's: {others}.",
        "attention.meaning": "Dit programma kan opnemen wat je typt, zoals berichten en "
                             "wachtwoorden.",
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Privacy en beveiliging > "
                          "Invoermonitoring.",
    },
    "mac_launch_items": {
        "name": "Programma's die vanzelf starten",
        "ok.title": "Er starten geen extra programma's vanzelf",
        "ok.detail": "Alleen onderdelen van macOS zelf starten vanzelf.",
        "info.title": "{count} programma('s) starten vanzelf",
        "info.detail": "Deze programma's starten vanzelf: {found}.",
        "info.meaning": "Veel programma's starten vanzelf, en de meeste zijn onschuldig. Een "
                        "spionprogramma start ook vanzelf, zodat het altijd draait.",
        "attention.title": "Een afstands- of spionprogramma start vanzelf",
        "attention.detail": "Deze programma's starten vanzelf en lijken op afstands- of "
                            "spionsoftware: {found}. Andere programma's: {others}.",
        "attention.meaning": "Dit programma draait elke keer als de Mac start. Zo kan iemand "
                             "blijven meekijken of de Mac blijven besturen.",
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Algemeen > Inlogonderdelen en "
                          "extensies.",
    },
    "mac_admins": {
        "name": "Accounts met beheerdersrechten",
        "ok.title": "Alleen jouw account heeft beheerdersrechten",
        "ok.detail": "Beheerders op deze Mac: {everyone}.",
        "ok.none.title": "Geen ander account heeft beheerdersrechten",
        "ok.none.detail": "We vonden geen account met beheerdersrechten, behalve het "
                          "systeemaccount.",
        "attention.title": "Andere accounts hebben beheerdersrechten",
        "attention.detail": "Deze accounts, naast dat van jou, hebben beheerdersrechten: {found}.",
        "attention.meaning": "Iemand met beheerdersrechten kan elk programma installeren, ook "
                             "spionsoftware, en elke instelling op deze Mac veranderen.",
        "attention.advice": "Kijk of je elk account kent. " + NOT_YOURSELF,
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Gebruikers en groepen.",
    },
    "mac_apple_id": {
        "name": "Apple-account en Zoek mijn Mac",
        "ok.title": "Geen Apple-account op deze Mac",
        "ok.detail": "Deze Mac is voor je gebruiker niet aangemeld bij een Apple-account.",
        "info.title": "Aangemeld bij een Apple-account",
        "info.detail": "Deze Mac is aangemeld bij: {found}. Zoek mijn Mac staat uit.",
        "info.find_my.title": "Aangemeld bij een Apple-account, Zoek mijn Mac staat aan",
        "info.find_my.detail": "Deze Mac is aangemeld bij: {found}. Zoek mijn Mac staat aan.",
        "info.meaning": "Wie dit Apple-account kan gebruiken, kan je foto's, notities en "
                        "berichten in iCloud zien. Met Zoek mijn kan die ook zien waar deze Mac is.",
        "info.advice": "Kijk of het account van jou is en of alleen jij het wachtwoord kent. "
                       + CHECK_LIST,
        "unknown.advice": "Kijk zelf: open Systeeminstellingen en klik bovenaan op je naam.",
    },
    # Linux ------------------------------------------------------------------------------
    "linux_gnome_remote_desktop": {
        "name": "Extern bureaublad van GNOME",
        "ok.title": "Extern bureaublad van GNOME staat uit",
        "ok.detail": "Scherm delen en inloggen op afstand van GNOME staan uit.",
        "ok.absent.title": "Extern bureaublad van GNOME is niet geïnstalleerd",
        "ok.absent.detail": "Extern bureaublad van GNOME staat niet op deze computer.",
        "attention.title": "Extern bureaublad van GNOME staat aan",
        "attention.detail": "Toegang op afstand staat aan: {found}.",
        "attention.meaning": "Wie het wachtwoord ervoor kent, kan het scherm zien en besturen "
                             "vanaf een andere computer.",
        "unknown.advice": "Kijk zelf: open Instellingen > Systeem > Extern bureaublad (of "
                          "Instellingen > Delen).",
    },
    "linux_vnc_servers": {
        "name": "Programma's om het scherm te delen (VNC)",
        "ok.title": "Geen programma om het scherm te delen draait of start vanzelf",
        "ok.detail": "x11vnc, vino en krfb draaien niet en starten niet vanzelf.",
        "attention.title": "Een programma om het scherm te delen staat aan",
        "attention.detail": "We vonden: {found}.",
        "attention.meaning": "Iemand kan je scherm zien en misschien besturen vanaf een andere "
                             "computer.",
        "unknown.advice": "Kijk zelf in Systeemmonitor naar x11vnc, vino-server of krfb.",
    },
    "linux_xrdp": {
        "name": "Server voor extern bureaublad (xrdp)",
        "ok.title": "xrdp draait niet",
        "ok.detail": "De server voor extern bureaublad xrdp draait niet en start niet vanzelf.",
        "attention.title": "De server voor extern bureaublad xrdp staat aan",
        "attention.detail": "We vonden: {found}.",
        "attention.meaning": "Wie het wachtwoord van een account op deze computer kent, kan "
                             "vanaf een andere computer inloggen en de computer gebruiken.",
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen "
                          "'systemctl status xrdp' uit te voeren.",
    },
    "linux_sshd": {
        "name": "Inloggen op afstand (SSH-server)",
        "ok.title": "De SSH-server draait niet",
        "ok.detail": "Niemand kan vanaf een andere plek met SSH op deze computer inloggen.",
        "attention.title": "De SSH-server staat aan",
        "attention.detail": "We vonden: {found}.",
        "attention.meaning": "Wie een wachtwoord of een sleutel voor deze computer heeft, kan "
                             "vanaf een andere plek inloggen en opdrachten uitvoeren.",
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen "
                          "'systemctl status ssh' uit te voeren.",
    },
    "linux_authorized_keys": {
        "name": "SSH-sleutels die mogen inloggen",
        "ok.title": "Geen SSH-sleutels mogen inloggen op je account",
        "ok.detail": "Je account heeft geen lijst van SSH-sleutels die mogen inloggen.",
        "attention.title": "{count} SSH-sleutel(s) mogen inloggen op je account",
        "attention.detail": "Deze sleutels mogen inloggen zonder wachtwoord: {found}.",
        "attention.meaning": "Wie de bijbehorende sleutel heeft, kan vanaf een andere computer "
                             "op je account inloggen, als de SSH-server aan staat.",
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen naar het "
                          "bestand ~/.ssh/authorized_keys te kijken.",
    },
    "linux_samba": {
        "name": "Mappen gedeeld via Windows-bestandsdeling (Samba)",
        "ok.title": "Er zijn geen mappen gedeeld met Samba",
        "ok.detail": "Deze computer deelt geen mappen met Samba.",
        "attention.title": "{count} map(pen) gedeeld met Samba",
        "attention.detail": "Deze mappen worden gedeeld: {found}.",
        "attention.meaning": "Andere mensen op hetzelfde netwerk kunnen de bestanden in deze "
                             "mappen misschien openen.",
        "unknown.advice": "Kijk zelf: klik in het bestandsbeheer met de rechtermuisknop op een "
                          "map en zoek naar 'Opties voor delen'.",
    },
    "linux_nfs": {
        "name": "Mappen gedeeld met NFS",
        "ok.title": "Er zijn geen mappen gedeeld met NFS",
        "ok.detail": "Deze computer deelt geen mappen met NFS.",
        "attention.title": "{count} map(pen) gedeeld met NFS",
        "attention.detail": "Deze mappen worden gedeeld: {found}.",
        "attention.meaning": "Andere computers op het netwerk kunnen de bestanden in deze mappen "
                             "misschien openen of veranderen.",
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen naar "
                          "/etc/exports te kijken.",
    },
    "linux_location": {
        "name": "Locatiediensten",
        "ok.off.title": "Locatiediensten staan uit",
        "ok.off.detail": "Apps kunnen deze computer niet vragen waar hij is.",
        "ok.absent.title": "Geen locatiedienst geïnstalleerd",
        "ok.absent.detail": "Deze computer heeft geen locatiedienst (geoclue).",
        "info.title": "Locatiediensten staan aan",
        "info.detail": "Apps mogen deze computer vragen waar hij is.",
        "info.no_setting.title": "Er is een locatiedienst geïnstalleerd",
        "info.no_setting.detail": "De locatiedienst geoclue is geïnstalleerd. We vonden geen "
                                  "instelling om hem uit te zetten voor apps.",
        "info.meaning": "Een app die weet waar deze computer is, kan dat doorgeven aan iemand "
                        "anders.",
        "info.advice": "Heb je de locatiefunctie niet nodig? Dan kun je die uitzetten in "
                       "Instellingen > Privacy > Locatie.",
        "unknown.advice": "Kijk zelf: open Instellingen > Privacy > Locatie.",
    },
    "linux_camera": {
        "name": "Privacyinstelling van de camera",
        "ok.off.title": "De camera staat uit voor apps",
        "ok.off.detail": "De privacyinstelling blokkeert de camera voor apps.",
        "ok.no_device.title": "Geen camera gevonden",
        "ok.no_device.detail": "We zien geen camera op deze computer.",
        "info.title": "Apps mogen de camera gebruiken",
        "info.detail": "Apps mogen de camera gebruiken ({devices}).",
        "info.meaning": "Een programma dat de camera gebruikt, kan het beeld doorgeven aan "
                        "iemand anders.",
        "info.advice": "Gebruik je de camera niet? Dan kun je hem afdekken. Kijk of je de "
                       "programma's kent die hem gebruiken.",
        "unknown.detail": "We konden {what} niet lezen: {reason}. Er is een camera ({devices}).",
        "unknown.advice": "Kijk zelf: open Instellingen > Privacy > Camera.",
    },
    "linux_microphone": {
        "name": "Privacyinstelling van de microfoon",
        "ok.off.title": "De microfoon staat uit voor apps",
        "ok.off.detail": "De privacyinstelling blokkeert de microfoon voor apps.",
        "ok.no_device.title": "Geen microfoon gevonden",
        "ok.no_device.detail": "We zien geen microfoon op deze computer.",
        "info.title": "Apps mogen de microfoon gebruiken",
        "info.detail": "Apps mogen de microfoon gebruiken ({devices}).",
        "info.meaning": "Een programma dat de microfoon gebruikt, kan aan iemand anders doorgeven "
                        "wat er bij deze computer gezegd wordt.",
        "info.advice": "Kijk of je de programma's kent die de microfoon gebruiken.",
        "unknown.detail": "We konden {what} niet lezen: {reason}. Er is een microfoon ({devices}).",
        "unknown.advice": "Kijk zelf: open Instellingen > Privacy > Microfoon.",
    },
    "linux_autostart": {
        "name": "Programma's die starten als je inlogt",
        "ok.title": "Er starten geen extra programma's als je inlogt",
        "ok.detail": "Je account heeft geen eigen autostart-items, en die van het systeem zien "
                     "er gewoon uit.",
        "attention.title": "{count} programma('s) starten als je inlogt",
        "attention.detail": "Deze programma's starten als je inlogt: {found}.",
        "attention.meaning": "Een spionprogramma start vanzelf, zodat het altijd draait. Andere "
                             "programma's in deze lijst kunnen onschuldig zijn.",
        "attention.advice": CHECK_LIST,
        "info.title": "{count} programma('s) starten als je inlogt",
        "info.detail": "Deze programma's starten als je inlogt: {found}. Geen ervan is een "
                       "afstands- of spionprogramma dat wij kennen.",
        "info.meaning": "Veel gewone programma's starten vanzelf, zoals chat-apps of opslag in "
                        "de cloud. Het is goed om te weten welke dat doen.",
        "unknown.advice": "Kijk zelf: open de app 'Opstarttoepassingen' of 'Autostart'.",
    },
    "linux_systemd_user": {
        "name": "Achtergronddiensten van je account",
        "ok.title": "Geen eigen achtergronddiensten",
        "ok.detail": "Je account heeft geen eigen systemd-diensten of -timers.",
        "attention.title": "{count} achtergronddienst(en) in je account",
        "attention.detail": "Deze diensten draaien voor je account: {found}.",
        "attention.meaning": "Een dienst draait op de achtergrond zonder venster, dus je ziet "
                             "hem niet.",
        "attention.advice": CHECK_LIST,
        "info.title": "{count} achtergronddienst(en) in je account",
        "info.detail": "Deze diensten draaien voor je account: {found}. Geen ervan is een "
                       "afstands- of spionprogramma dat wij kennen.",
        "info.meaning": "Sommige gewone programma's draaien een kleine dienst op de achtergrond. "
                        "Het is goed om te weten welke dat doen.",
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen "
                          "'systemctl --user list-unit-files' uit te voeren.",
    },
    "linux_system_services": {
        "name": "Diensten die met de computer starten",
        "ok.title": "Geen afstands- of spionprogramma start met de computer",
        "ok.detail": "We hebben de {count} systeemdiensten die met de computer starten, "
                     "vergeleken met onze lijst van afstands- en spionprogramma's. Geen ervan "
                     "komt overeen.",
        "attention.title": "Een afstands- of spionprogramma start met de computer",
        "attention.detail": "Deze diensten starten met de computer, voor elke gebruiker: {found}.",
        "attention.meaning": "Zo'n dienst draait op de achtergrond vanaf het moment dat de "
                             "computer start, ook voor iemand inlogt. Daarmee kan iemand deze "
                             "computer vanaf een andere plek zien of besturen.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen "
                          "'systemctl list-unit-files --state=enabled' uit te voeren.",
    },
    "linux_cron": {
        "name": "Geplande taken (cron)",
        "ok.title": "Geen eigen geplande taken",
        "ok.detail": "Je account heeft geen geplande taken, en die van het systeem zien er "
                     "gewoon uit.",
        "attention.title": "Geplande taken: {count}",
        "attention.detail": "Deze taken draaien op vaste momenten: {found}.",
        "attention.meaning": "Een geplande taak kan een programma steeds opnieuw starten, ook "
                             "een spionprogramma.",
        "attention.advice": CHECK_LIST,
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen "
                          "'crontab -l' uit te voeren.",
    },
    "linux_admins": {
        "name": "Accounts met beheerdersrechten",
        "ok.title": "Alleen jouw account heeft beheerdersrechten",
        "ok.detail": "Accounts die sudo mogen gebruiken: {everyone}.",
        "ok.none.title": "Geen ander account heeft beheerdersrechten",
        "ok.none.detail": "Geen enkel account mag sudo gebruiken. Alleen het systeemaccount "
                          "(root) heeft beheerdersrechten.",
        "attention.title": "Andere accounts hebben beheerdersrechten",
        "attention.detail": "Deze accounts, naast dat van jou, mogen sudo gebruiken: {found}.",
        "attention.meaning": "Iemand met beheerdersrechten kan elk programma installeren, ook "
                             "spionsoftware, en elke instelling op deze computer veranderen.",
        "attention.advice": "Kijk of je elk account kent. " + NOT_YOURSELF,
        "unknown.advice": "Kijk zelf: open Instellingen > Gebruikers.",
    },
    "linux_input_group": {
        "name": "Accounts die elke toetsaanslag mogen lezen",
        "ok.title": "Geen enkel account mag alle toetsaanslagen lezen",
        "ok.detail": "De groep 'input' heeft geen leden.",
        "attention.title": "Een account mag elke toetsaanslag lezen",
        "attention.detail": "Deze accounts zitten in de groep 'input': {found}.",
        "attention.meaning": "Programma's van deze accounts kunnen alles lezen wat op deze "
                             "computer getypt wordt, zoals berichten en wachtwoorden. Zo werken "
                             "keyloggers op Linux.",
        "unknown.advice": "Vraag iemand die je vertrouwt en die Linux kent, om samen "
                          "'getent group input' uit te voeren.",
    },
    "linux_autologin": {
        "name": "Inloggen zonder wachtwoord",
        "ok.title": "De computer vraagt een wachtwoord",
        "ok.detail": "Automatisch inloggen staat uit.",
        "attention.title": "De computer logt vanzelf in",
        "attention.detail": "Automatisch inloggen staat aan: {found}.",
        "attention.meaning": "Iedereen die deze computer aanzet, komt in het account, zonder "
                             "wachtwoord.",
        "attention.advice": "Heb je dit niet zelf gekozen? Praat dan met een hulpdienst over "
                            "wanneer en hoe je het veilig uitzet.",
        "unknown.advice": "Kijk zelf: open Instellingen > Gebruikers en kijk naar 'Automatisch "
                          "inloggen'.",
    },
    # added checks: Windows ways in, traffic, tasks; macOS management ------------------
    "win_quick_assist": {
        "name": "Snelle hulp",
        "ok.title": "Snelle hulp draait niet",
        "ok.detail": "Snelle hulp, de Windows-app voor hulp op afstand, is nu niet open.",
        "attention.title": "Snelle hulp draait nu",
        "attention.detail": "Snelle hulp is open op deze computer. Zolang het draait, kan iemand "
                            "anders je scherm zien of besturen.",
        "attention.meaning": "Snelle hulp werkt alleen als het open is en nadat je een code hebt gegeven. "
                             "Heb je het niet zelf gestart? Dan kan iemand nu verbonden zijn.",
        "unknown.advice": "Kijk naar de taakbalk: is het venster van Snelle hulp open?",
    },
    "win_rdp_users": {
        "name": "Accounts die Extern bureaublad mogen gebruiken",
        "ok.title": "Geen extra accounts mogen Extern bureaublad gebruiken",
        "ok.detail": "De groep 'Gebruikers van Extern bureaublad' heeft geen leden.",
        "attention.title": "{count} account(s) mogen inloggen met Extern bureaublad",
        "attention.detail": "Deze accounts zitten in de groep 'Gebruikers van Extern "
                            "bureaublad': {found}.",
        "attention.meaning": "Als Extern bureaublad aan staat, kunnen deze accounts vanaf een "
                             "andere plek inloggen op deze computer.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Kijk zelf: open Instellingen > Systeem > Extern bureaublad > "
                          "Gebruikers van Extern bureaublad.",
    },
    "win_winrm": {
        "name": "Windows Extern beheer (WinRM)",
        "ok.title": "Windows Extern beheer is niet ingesteld",
        "ok.detail": "Windows Extern beheer (WinRM) wacht niet op verbindingen.",
        "attention.title": "Windows Extern beheer is ingesteld",
        "attention.detail": "Windows Extern beheer wacht op verbindingen: {found}.",
        "attention.meaning": "Met WinRM kan iemand die een beheerderswachtwoord kent, vanaf een "
                             "andere plek opdrachten uitvoeren op deze computer, zonder dat je "
                             "het ziet.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Vraag iemand die je vertrouwt en die Windows kent, om samen 'winrm "
                          "enumerate winrm/config/listener' uit te voeren.",
    },
    "win_openssh_server": {
        "name": "OpenSSH-server",
        "ok.title": "De OpenSSH-server draait niet",
        "ok.detail": "De OpenSSH-server van Windows staat uit.",
        "ok.absent.title": "De OpenSSH-server is niet geïnstalleerd",
        "ok.absent.detail": "De OpenSSH-server van Windows is niet geïnstalleerd.",
        "info.title": "De OpenSSH-server is geïnstalleerd",
        "info.detail": "De OpenSSH-server is geïnstalleerd, maar start alleen als iemand hem "
                       "start.",
        "info.meaning": "Via de OpenSSH-server kan iemand met een wachtwoord of sleutel vanaf "
                        "een andere plek inloggen. Hij start nu niet vanzelf.",
        "attention.title": "De OpenSSH-server start met de computer",
        "attention.detail": "De OpenSSH-server (sshd) start vanzelf.",
        "attention.meaning": "Daarmee kan iemand met een wachtwoord of sleutel vanaf een andere "
                             "plek inloggen op deze computer en opdrachten uitvoeren.",
        "unknown.advice": "Kijk zelf: open Instellingen > Systeem > Optionele onderdelen en zoek "
                          "'OpenSSH Server'.",
    },
    "win_scheduled_tasks": {
        "name": "Geplande taken",
        "ok.title": "Geen geplande taak van een afstands- of spionprogramma",
        "ok.detail": "We hebben {count} geplande taken vergeleken met onze lijst van afstands- "
                     "en spionprogramma's. Geen ervan komt overeen.",
        "attention.title": "Een geplande taak start een afstands- of spionprogramma",
        "attention.detail": "Deze geplande taken horen bij een afstands- of spionprogramma: "
                            "{found}.",
        "attention.meaning": "Een geplande taak start een programma steeds opnieuw, ook na een "
                             "herstart. Spionprogramma's gebruiken dat om te blijven draaien.",
        "unknown.advice": "Kijk zelf: open 'Taakplanner' en bekijk de taken in de "
                          "'Bibliotheek Taakplanner'.",
    },
    "win_defender": {
        "name": "Instellingen van Microsoft Defender",
        "ok.title": "Microsoft Defender heeft geen uitzonderingen",
        "ok.detail": "Microsoft Defender is niet uitgezet door een beleid en slaat geen "
                     "bestanden, mappen of programma's over.",
        "attention.title": "Microsoft Defender staat uit of slaat iets over",
        "attention.detail": "We vonden: {found}.",
        "attention.meaning": "Wie een spionprogramma installeert, zegt Defender vaak dat het "
                             "dat programma met rust moet laten. Sommige gewone programma's "
                             "vragen ook een uitzondering.",
        "unknown.detail": "We konden {what} niet lezen: {reason}. Windows toont de "
                          "uitzonderingen alleen aan een beheerder.",
        "unknown.advice": "Kijk zelf: open Windows-beveiliging > Virus- en "
                          "bedreigingsbeveiliging > Instellingen beheren > Uitsluitingen.",
    },
    "win_proxy": {
        "name": "Proxy voor je internetverkeer",
        "ok.title": "Er is geen proxy ingesteld",
        "ok.detail": "Je internetverkeer gaat niet via een proxy.",
        "attention.title": "Je internetverkeer gaat via een proxy",
        "attention.detail": "Voor je account is een proxy ingesteld: {found}.",
        "attention.meaning": "Een proxy kan zien en veranderen welke websites je bezoekt. Op het "
                             "werk kan dat normaal zijn; thuis is het ongewoon.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Kijk zelf: open Instellingen > Netwerk en internet > Proxy.",
    },
    "win_root_certificates": {
        "name": "Certificaten toegevoegd voor je account",
        "ok.title": "Er zijn geen certificaten toegevoegd voor je account",
        "ok.detail": "Je account heeft geen eigen basiscertificaten.",
        "attention.title": "Basiscertificaten toegevoegd voor je account: {count}",
        "attention.detail": "Deze basiscertificaten zijn toegevoegd voor je account "
                            "(vingerafdrukken): {found}.",
        "attention.meaning": "Met een toegevoegd basiscertificaat kan iemand zelfs beveiligd "
                             "(https) verkeer lezen. Sommige antivirus- en ontwikkelprogramma's "
                             "voegen er ook een toe.",
        "attention.advice": NOT_YOURSELF,
        "unknown.advice": "Vraag iemand die je vertrouwt en die Windows kent, om samen "
                          "'certmgr.msc' te openen en 'Vertrouwde basiscertificeringsinstanties' "
                          "te bekijken.",
    },
    "mac_input_monitoring": _tcc("Apps die het toetsenbord mogen lezen", "lezen wat je typt",
                                 "te lezen wat je typt",
                                 "Invoermonitoring"),
    "mac_full_disk_access": _tcc("Apps die alle bestanden mogen lezen", "al je bestanden lezen",
                                 "al je bestanden te lezen",
                                 "Volledige schijftoegang"),
    "mac_mdm": {
        "name": "Apparaatbeheer (MDM)",
        "ok.title": "Deze Mac wordt niet beheerd",
        "ok.detail": "Deze Mac is niet aangemeld bij apparaatbeheer (MDM).",
        "attention.title": "Deze Mac wordt op afstand beheerd",
        "attention.detail": "Deze Mac is aangemeld bij apparaatbeheer: {found}.",
        "attention.meaning": "Wie de Mac beheert, kan er apps en instellingen op zetten en "
                             "informatie erover zien. Voor een Mac van werk of school is dat "
                             "normaal.",
        "attention.advice": WORK_COMPUTER + " " + NOT_YOURSELF,
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Privacy en beveiliging > "
                          "Profielen.",
    },
    "mac_profiles": {
        "name": "Configuratieprofielen",
        "ok.title": "Geen configuratieprofielen",
        "ok.detail": "Voor je account zijn geen configuratieprofielen geïnstalleerd.",
        "attention.title": "{count} configuratieprofiel(en) geïnstalleerd",
        "attention.detail": "Deze configuratieprofielen zijn geïnstalleerd: {found}.",
        "attention.meaning": "Een profiel kan instellingen veranderen, bijvoorbeeld je "
                             "internetverkeer via de server van iemand anders sturen of een "
                             "certificaat toevoegen.",
        "attention.advice": WORK_COMPUTER + " " + NOT_YOURSELF,
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Privacy en beveiliging > "
                          "Profielen.",
    },
    "mac_login_items": {
        "name": "Inlogonderdelen en achtergrondonderdelen",
        "ok.title": "Geen extra inlog- of achtergrondonderdelen",
        "ok.detail": "Geen andere app dan die van Apple start bij het inloggen of draait op de "
                     "achtergrond.",
        "info.title": "{count} app(s) starten bij het inloggen of draaien op de achtergrond",
        "info.detail": "Deze apps starten bij het inloggen of draaien op de achtergrond: "
                       "{found}. Geen ervan is een afstands- of spionprogramma dat wij kennen.",
        "info.meaning": "Veel gewone apps doen dat. Het is goed om te weten welke.",
        "attention.title": "Een afstands- of spionprogramma start vanzelf",
        "attention.detail": "Deze apps starten bij het inloggen of draaien op de achtergrond: "
                            "{found}.",
        "attention.meaning": "Een spionprogramma start vanzelf, zodat het altijd draait.",
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Algemeen > Inlogonderdelen en "
                          "extensies.",
    },
    "mac_file_shares": {
        "name": "Mappen gedeeld met Bestandsdeling",
        "ok.title": "Er zijn geen mappen gedeeld",
        "ok.detail": "Bestandsdeling deelt geen mappen van deze Mac.",
        "attention.title": "{count} map(pen) gedeeld met Bestandsdeling",
        "attention.detail": "Deze mappen zijn gedeeld: {found}.",
        "attention.meaning": "Als Bestandsdeling aan staat, kunnen anderen in het netwerk deze "
                             "mappen openen met een wachtwoord.",
        "unknown.advice": "Kijk zelf: open Systeeminstellingen > Algemeen > Delen > "
                          "Bestandsdeling.",
    },
    "mac_safari_extensions": {
        "name": "Safari-extensies",
        "ok.title": "Er staan geen Safari-extensies aan",
        "ok.detail": "Safari heeft geen extensies aan staan.",
        "info.title": "{count} Safari-extensie(s) staan aan",
        "info.detail": "Deze Safari-extensies staan aan: {found}.",
        "info.meaning": "Een extensie kan de pagina's zien die je bezoekt. Kijk of je ze kent.",
        "attention.title": "Een Safari-extensie lijkt op spion- of afstandssoftware",
        "attention.detail": "Deze Safari-extensies staan aan: {found}.",
        "attention.meaning": "Zo'n extensie kan doorgeven welke pagina's je bezoekt en wat je "
                             "erin typt.",
        "unknown.fda.detail": "macOS bewaart deze lijst in een beschermde map. De kit mag die "
                              "alleen lezen met 'Volledige schijftoegang', en daar vragen we niet "
                              "om.",
        "unknown.advice": "Kijk zelf: open Safari > Instellingen > Extensies.",
    },
    "win_local_accounts": {
        "name": "Andere accounts op deze computer",
        "ok.title": "Geen ander account waarmee iemand zich kan aanmelden",
        "ok.detail": "Naast jouw account staat er geen lokaal account aan op deze computer.",
        "info.title": "Andere accounts waarmee iemand zich op deze computer kan aanmelden: {count}",
        "info.detail": "Deze accounts, naast dat van jou, staan aan: {found}.",
        "info.meaning": "Wie het wachtwoord van een van deze accounts kent, kan zich daarmee aanmelden "
                        "op deze computer. Windows toont niet wanneer een account gemaakt is. We "
                        "kunnen dus niet zeggen welk account nieuw is.",
        "info.advice": "Kijk of je elk account kent en weet wie het gebruikt. " + CHECK_LIST,
        "unknown.advice": "Kijk zelf: open Instellingen > Accounts > Andere gebruikers.",
    },
    "win_family": {
        "name": "Gezinsinstellingen van Microsoft",
        "ok.title": "Geen aanwijzing voor gezinsinstellingen op deze computer",
        "ok.detail": "De Windows-service voor gezinsinstellingen (Parental Controls) draait niet.",
        "ok.absent.title": "Gezinsinstellingen staan niet op deze computer",
        "ok.absent.detail": "Deze versie van Windows heeft de service voor gezinsinstellingen (Parental "
                            "Controls) niet.",
        "ok.meaning": "We vonden hier geen aanwijzing. Maar een volwassene kan in een "
                      "Microsoft-gezinsgroep zitten zonder dat je dat op deze computer ziet. De "
                      "locatie wordt via de app op de telefoon gedeeld. Dit is geen bewijs.",
        "ok.advice": "Wil je het zeker weten? Kijk wie er in je gezinsgroep zit: open in Windows "
                     "de Instellingen, kies Accounts en dan de pagina over je gezin. Of meld je "
                     "aan op family.microsoft.com op een apparaat dat je vertrouwt.",
        "info.title": "Gezinsinstellingen zijn actief op deze computer",
        "info.detail": "De Windows-service voor gezinsinstellingen (Parental Controls, WpcMonSvc) "
                       "draait.",
        "info.automatic.title": "Gezinsinstellingen starten met de computer",
        "info.automatic.detail": "De Windows-service voor gezinsinstellingen (Parental Controls, "
                                 "WpcMonSvc) start vanzelf. Normaal start hij alleen als hij "
                                 "nodig is.",
        "info.meaning": "Windows gebruikt deze service als een account op deze computer in een "
                        "Microsoft-gezinsgroep zit met gezinsinstellingen. In een gezinsgroep kan "
                        "de organisator grenzen instellen. Bij leden die dat toestaan, kan de "
                        "organisator ook hun activiteit (websites, apps, zoekopdrachten), hun "
                        "apparaten en hun locatie zien.",
        "info.advice": "Kijk in welke gezinsgroep je account zit en wat het deelt: open in "
                       "Windows de Instellingen, kies Accounts en dan de pagina over je gezin. Of "
                       "meld je aan op family.microsoft.com op een apparaat dat je vertrouwt. Heb "
                       "je dit zelf ingesteld voor een kind? Dan is dit normaal. Zo niet: bewaar "
                       "het resultaat eerst in je logboek en praat met een hulpdienst voor je de "
                       "groep verlaat. De organisator kan dat merken.",
        "unknown.advice": "Kijk zelf: open in Windows de Instellingen, kies Accounts en dan de "
                          "pagina over je gezin.",
    },
    "mac_find_my_people": {
        "name": "Wie je locatie ziet in Zoek mijn",
        "ok.title": "Deze Mac deelt geen locatie via Zoek mijn",
        "ok.detail": "Deze Mac is voor je gebruiker niet aangemeld bij een Apple-account. Zoek "
                     "mijn kan op deze Mac dus je locatie niet delen.",
        "ok.meaning": "Dit gaat alleen over deze Mac. Je iPhone of een ander apparaat kan je "
                      "locatie nog wel delen.",
        "ok.advice": "Kijk ook op je iPhone in de app Zoek mijn, bij de mensen met wie je je "
                     "locatie deelt.",
        "unknown.signed_in.title": "Kon niet controleren wie je locatie ziet",
        "unknown.signed_in.detail": "Deze Mac is aangemeld bij: {found}. Zoek mijn bewaart de "
                                    "lijst van mensen die je locatie zien bij je Apple-account. "
                                    "De kit kan die lijst op deze Mac niet lezen.",
        "unknown.signed_in.meaning": "Mensen met wie je je locatie deelt in Zoek mijn, zien waar "
                                     "je bent, de hele tijd, tot je stopt met delen.",
        "unknown.advice": "Kijk zelf: open de app Zoek mijn en kies het tabblad met de mensen met "
                          "wie je je locatie deelt. Iedereen die je locatie kan zien, staat "
                          "in die lijst. Klik op een naam om te zien wat je deelt. Stop je met "
                          "delen, dan kan de andere persoon merken dat die je niet meer ziet: "
                          "bewaar het resultaat eerst in je logboek en praat met een hulpdienst.",
    },
}

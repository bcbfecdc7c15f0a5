"""Nederlandse teksten van de telefooncheck (eenvoudige taal, ongeveer B1).

Menupaden gecontroleerd tegen dezelfde bronnen als en.py (gelezen 2026-12-05). Labels op het
scherm staan alleen tussen aanhalingstekens als een Nederlandstalige bron ze bevestigt.

On-screen labels in the after-check steps (phone.after.*, read 2026-12-05): Android's own
Settings texts (AOSP SettingsLib, en/nl/fr) and Apple HT202778 (English only); the full list of
pages, commits and which label each confirms is in the comment at the top of kit/ui/phone_page.py.
Labels no page in this language confirms are described, not quoted.
"""

from __future__ import annotations

_KEEP_IT = ("Verwijder het niet meteen: de andere persoon kan dat merken, en het is bewijs. Bewaar "
            "het resultaat eerst in je logboek en praat met een hulpdienst.")
NOT_YOURSELF = "Heb je dit niet zelf ingesteld? Dan heeft iemand anders het misschien gedaan. " + _KEEP_IT
_HAD_THE_PHONE = ("Heb je dit niet zelf gedaan? Dan had iemand anders je telefoon misschien een "
                  "tijd in handen. " + _KEEP_IT)

COMMON = {
    "ok.meaning": "We vonden hier niets. Dat is geen bewijs dat er niets is: geen enkele check "
                  "ziet alles.",
    "ok.advice": "Voor dit deel hoef je niets te doen.",
    "attention.meaning": "Iemand kan misschien zien wat je op deze telefoon doet, of waar je bent.",
    "attention.advice": NOT_YOURSELF,
    "info.meaning": "Dit is op zich geen probleem. Het is goed om te weten, want het kan iemand "
                    "helpen om je te volgen.",
    "info.advice": "Bekijk de lijst. Ken je alles, en wilde je het? Is iets niet van jou? Verander "
                   "het dan niet meteen: bewaar eerst het resultaat en praat met een hulpdienst.",
    "unknown.title": "Kon niet controleren: {check}",
    "unknown.detail": "We konden {what} niet lezen: {reason}.",
    "unknown.meaning": "Dat betekent niet dat alles in orde is. Dit deel van de check heeft geen "
                       "antwoord.",
    "unknown.advice": "Maak je je zorgen over dit deel? Vraag een hulpdienst om samen met jou "
                      "naar de telefoon te kijken.",
}

LABELS = {
    "phone.reason.not_found": "het is niet gelezen",
    "phone.reason.denied": "de telefoon gaf ons geen toestemming om het te lezen",
    "phone.reason.no_command": "deze telefoon biedt deze informatie niet aan",
    "phone.reason.timeout": "de telefoon antwoordde te traag",
    "phone.reason.failed": "er ging iets mis bij het lezen",
    "phone.reason.unsupported": "deze telefoon biedt deze informatie niet aan",
    "phone.what.packages": "de lijst met apps",
    "phone.what.settings": "de instellingen van de telefoon",
    "phone.what.accessibility": "de toegankelijkheidsinstellingen",
    "phone.what.notifications": "de meldingsinstellingen",
    "phone.what.admins": "de lijst met apps voor apparaatbeheer",
    "phone.what.sms": "de standaard-sms-app",
    "phone.what.installers": "waar de apps vandaan komen",
    "phone.what.adb": "de lijst met vertrouwde computers",
    "phone.what.props": "de systeeminformatie van de telefoon",
    "phone.what.appops": "de rechten van de apps",
    "phone.what.apps": "de lijst met apps",
    "phone.what.profiles": "de configuratieprofielen",
    "phone.what.cloud": "de beheerinstellingen",
    "phone.word.no_icon": "geen icoon: niet te zien in de lijst met apps",
    "phone.word.removed": "verwijderd, maar de gegevens staan nog op de telefoon",
    "phone.word.from_file": "geïnstalleerd vanuit een bestand",
    "phone.word.from_computer": "geïnstalleerd vanaf een computer (USB-foutopsporing)",
    "phone.word.from_browser": "gedownload met een browser",
    "phone.word.unknown_source": "installatiebron onbekend",
    "phone.word.stalkerware": "stalkerware",
    "phone.word.watchware": "app om iemand te volgen",
    "phone.word.dual-use": "kan ook gebruikt worden om iemand te volgen",
    "phone.word.developer": "ondertekend met een ontwikkelaarscertificaat",
    "phone.word.enterprise": "ondertekend met een bedrijfscertificaat",
    "phone.word.owner": "apparaateigenaar: beheert de hele telefoon",
    "phone.word.work_profile": "werkprofiel",
    "phone.word.system": "hoort bij de telefoon",
    "phone.word.last_used": "laatst gebruikt",
    "phone.word.location": "locatie",
    "phone.word.usage": "gebruikstoegang (ziet welke apps je gebruikt)",
    "phone.word.supervised": "onder toezicht (beheerd door een organisatie)",
    "phone.word.this_computer": "waarschijnlijk deze computer",
    "phone.word.unnamed": "zonder naam",
    "phone.summary.not_proof": "Vonden we niets? Dan is dat geen bewijs dat er niets is. Deze check "
                               "ziet je Google- of iCloud-account niet: wie dat wachtwoord kent, "
                               "ziet je foto's, berichten en locatie zonder app op de telefoon. "
                               "Lees de gidsen over het beveiligen van je accounts.",
    "phone.after.android": "Als je klaar bent: 1. Open op de telefoon Instellingen en dan "
                           "'Ontwikkelaarsopties' (waar je USB-foutopsporing aanzette). 2. Tik op "
                           "'Autorisatie USB-foutopsporing intrekken'. 3. Zet 'USB-foutopsporing' uit. 4. "
                           "Zet de ontwikkelaarsopties uit met de schakelaar bovenaan die pagina. Dan kan "
                           "deze computer de telefoon niet meer lezen.",
    "phone.after.ios": "Als je klaar bent: de iPhone blijft deze computer vertrouwen. Om dat ongedaan "
                       "te maken: open de instellingen van de iPhone, dan het algemene deel, en "
                       "onderaan de keuze om de iPhone over te zetten of opnieuw in te stellen. Kies "
                       "daar opnieuw instellen, en dan de reset van locatie en privacy. Kies niet de optie "
                       "om alles te wissen. Daarna vragen apps ook opnieuw of ze je locatie mogen "
                       "gebruiken.",
    "phone.error.no_device": "Geen telefoon gevonden. Verbind de telefoon met een USB-kabel die "
                             "gegevens doorgeeft (geen kabel die alleen oplaadt), ontgrendel hem en "
                             "probeer opnieuw.",
    "phone.error.debugging_off": "Er is een telefoon verbonden, maar USB-foutopsporing staat uit. "
                                 "Zet USB-foutopsporing aan (zie de stappen voor je merk) en "
                                 "probeer opnieuw.",
    "phone.error.not_authorised": "De telefoon liet deze computer niet toe. Ontgrendel de telefoon, sta het toe "
                                  "in de melding 'USB-foutopsporing toestaan?' en probeer opnieuw. Geen melding? "
                                  "Trek de kabel uit en steek hem er weer in.",
    "phone.error.busy": "Een ander programma gebruikt de telefoon (bijvoorbeeld een andere adb of "
                        "Android Studio). Sluit dat programma, trek de kabel uit, steek hem er weer "
                        "in en probeer opnieuw.",
    "phone.error.driver": "Windows kan niet met de telefoon praten: er is een WinUSB-stuurprogramma "
                          "voor Android nodig. Installeer de 'Google USB Driver' (of het "
                          "USB-stuurprogramma van je telefoonmerk) en probeer opnieuw. Zie de "
                          "README, 'Phone check on Windows'.",
    "phone.error.permission": "Linux laat dit programma de telefoon niet gebruiken. Voeg de "
                              "udev-regel uit de README toe ('Phone check on Linux'), trek de "
                              "kabel uit, steek hem er weer in en probeer opnieuw.",
    "phone.error.usb_library": "Het USB-deel van de kit ontbreekt. Installeer Ontkoppel opnieuw "
                               "(het heeft libusb1 en libusb-package nodig).",
    "phone.error.disconnected": "De verbinding met de telefoon is weg. Controleer de kabel, houd "
                                "de telefoon ontgrendeld en probeer opnieuw.",
    "phone.error.ios_extra": "Om een iPhone te controleren, installeer je de iPhone-uitbreiding: "
                             "pip install 'ontkoppel[iphone]' (of gebruik een desktopversie waar ze al in zit).",
    "phone.error.usbmuxd": "Deze computer bereikt de iPhone niet. Installeer op Windows Apple "
                           "Devices of iTunes (daarmee komt 'Apple Mobile Device Support'); "
                           "installeer en start op Linux usbmuxd. Probeer dan opnieuw.",
    "phone.error.not_trusted": "De iPhone vertrouwt deze computer nog niet. Ontgrendel de iPhone, kies in de "
                               "melding om deze computer te vertrouwen, voer de toegangscode in en probeer "
                               "opnieuw.",
    "phone.error.locked": "De iPhone is vergrendeld. Ontgrendel hem, houd hem ontgrendeld en "
                          "probeer opnieuw.",
    "phone.error.replay": "Het replay-bestand is niet bruikbaar.",
    "phone.error.failed": "De telefooncheck kon niet starten. Trek de kabel uit, steek hem er weer "
                          "in en probeer opnieuw; lukt het nog steeds niet, vraag dan een "
                          "hulpdienst.",
}

_CHECK_LIST = "Bekijk elke app. Ken je hem, en heb je hem zelf geïnstalleerd? " + NOT_YOURSELF

CHECKS = {
    "phone.stalkerware": {
        "name": "Bekende spionage-apps",
        "ok.title": "Geen bekende spionage-app gevonden",
        "ok.detail": "Geen enkele app op deze telefoon staat op de lijst met bekende stalkerware "
                     "({count} namen).",
        "attention.title": "Er staat een bekende spionage-app op deze telefoon",
        "attention.detail": "Gevonden: {found}.",
        "attention.meaning": "Stalkerware is gemaakt om iemand stiekem te volgen: berichten, "
                             "gesprekken, locatie, foto's. Wie dit installeerde, kan waarschijnlijk "
                             "veel zien van wat je op deze telefoon doet.",
        "attention.advice": "Verwijder het nog niet: de andere persoon kan dat merken, en het is bewijs. "
                            "Bewaar dit resultaat in je logboek en maak samen met een hulpdienst "
                            "een veilig plan voor je iets verandert.",
    },
    "phone.accessibility": {
        "name": "Toegankelijkheidsdiensten",
        "ok.title": "Geen ongewone toegankelijkheidsdienst",
        "ok.detail": "Geen app buiten die van de telefoon zelf heeft toegankelijkheid aan.",
        "attention.title": "Een app kan je scherm lezen",
        "attention.detail": "Toegankelijkheid staat aan voor: {found}.",
        "attention.meaning": "Met toegankelijkheid kan een app alles op het scherm lezen, zien wat "
                             "je typt en voor jou tikken. Apps voor mensen met een beperking hebben "
                             "dit nodig; spionage-apps gebruiken het ook.",
        "info.title": "Toegankelijkheid staat aan voor een bekende app",
        "info.detail": "Toegankelijkheid staat aan voor: {found}.",
        "info.meaning": "Dit zijn bekende apps (bijvoorbeeld een schermlezer of een "
                        "wachtwoordbeheerder). Ze kunnen het scherm lezen.",
    },
    "phone.notification_listeners": {
        "name": "Toegang tot meldingen",
        "ok.title": "Geen ongewone app leest je meldingen",
        "ok.detail": "Geen app buiten die van de telefoon zelf mag je meldingen lezen.",
        "attention.title": "Een app kan je meldingen lezen",
        "attention.detail": "Toegang tot meldingen staat aan voor: {found}.",
        "attention.meaning": "Deze app ziet elke melding: het begin van je berichten, codes om in "
                             "te loggen, gemiste oproepen.",
        "info.title": "Een bekende app kan je meldingen lezen",
        "info.detail": "Toegang tot meldingen staat aan voor: {found}.",
        "info.meaning": "Dit zijn bekende apps (bijvoorbeeld de app van een smartwatch). Ze zien "
                        "je meldingen.",
    },
    "phone.device_admin": {
        "name": "Apps voor apparaatbeheer",
        "ok.title": "Geen ongewone app voor apparaatbeheer",
        "ok.detail": "Geen app buiten die van de telefoon zelf heeft beheerrechten.",
        "attention.title": "Een app heeft beheerrechten op deze telefoon",
        "attention.detail": "Beheerrechten: {found}.",
        "attention.meaning": "Een beheer-app kan de telefoon vergrendelen of wissen, en kan "
                             "ervoor zorgen dat hij zelf moeilijk te verwijderen is. Spionage-apps gebruiken dit om op de "
                             "telefoon te blijven.",
        "attention.advice": "Is dit een telefoon van je werk of school? Dan heeft je werkgever "
                            "of school dit misschien ingesteld. Vraag het na. " + NOT_YOURSELF,
        "info.title": "Een bekende app heeft beheerrechten",
        "info.detail": "Beheerrechten: {found}.",
        "info.meaning": "Dit zijn bekende beheer-apps, bijvoorbeeld Vind mijn apparaat of een "
                        "werkprofiel. Een werkprofiel wordt beheerd door je werkgever.",
    },
    "phone.sms_app": {
        "name": "Standaard-sms-app",
        "ok.title": "De standaard-sms-app is een bekende app",
        "ok.detail": "Standaard-sms-app: {found}.",
        "attention.title": "Een onbekende app is de standaard-sms-app",
        "attention.detail": "Standaard-sms-app: {found}.",
        "attention.meaning": "De standaard-sms-app krijgt al je sms-berichten, ook codes om in te loggen.",
    },
    "phone.sideloaded": {
        "name": "Apps van buiten de appwinkel",
        "ok.title": "Alle apps komen uit een appwinkel of horen bij de telefoon",
        "ok.detail": "{count} apps gecontroleerd.",
        "attention.title": "Er zijn apps van buiten de appwinkel geïnstalleerd",
        "attention.detail": "{found}.",
        "attention.meaning": "Spionage-apps mogen niet in de appwinkels staan. Ze worden dus "
                             "geïnstalleerd vanuit een bestand, een website of een computer. Een "
                             "app zonder icoon is niet te zien in de lijst met apps.",
        "attention.advice": _CHECK_LIST,
    },
    "phone.play_protect": {
        "name": "Google Play Protect",
        "ok.title": "Play Protect staat aan",
        "ok.detail": "Play Protect controleert apps op schadelijk gedrag.",
        "attention.title": "Play Protect staat uit",
        "attention.detail": "Play Protect is uitgeschakeld ({found}).",
        "attention.meaning": "Play Protect waarschuwt voor schadelijke apps, ook voor veel "
                             "spionage-apps. Wie een spionage-app installeert, moet het vaak "
                             "uitzetten.",
    },
    "phone.unknown_sources": {
        "name": "Onbekende apps installeren",
        "ok.title": "Geen enkele app mag andere apps installeren",
        "ok.detail": "Alleen de appwinkels kunnen apps installeren.",
        "attention.title": "Apps mogen andere apps installeren",
        "attention.detail": "'Onbekende apps installeren' is toegestaan voor: {found}.",
        "attention.meaning": "Met dit recht kan een app (vaak een browser of bestandsbeheerder) "
                             "apps van buiten de appwinkel installeren. Zo komen spionage-apps op een "
                             "telefoon.",
    },
    "phone.wireless_debugging": {
        "name": "Draadloze foutopsporing",
        "ok.title": "Draadloze foutopsporing staat uit",
        "ok.detail": "Geen computer kan de telefoon via wifi besturen.",
        "attention.title": "Draadloze foutopsporing staat aan",
        "attention.detail": "Draadloze foutopsporing is ingeschakeld.",
        "attention.meaning": "Een computer op hetzelfde wifinetwerk kan dan apps installeren en "
                             "gegevens van deze telefoon lezen, zonder kabel.",
    },
    "phone.adb_keys": {
        "name": "Vertrouwde computers voor USB-foutopsporing",
        "ok.title": "Geen andere computer wordt vertrouwd",
        "ok.detail": "Alleen de eigen sleutel van deze check is gevonden.",
        "attention.title": "Andere computers worden vertrouwd voor USB-foutopsporing",
        "attention.detail": "Vertrouwde computers: {found}.",
        "attention.meaning": "Een vertrouwde computer kan via een kabel apps installeren en "
                             "gegevens lezen zonder het opnieuw te vragen.",
        "info.title": "Eén computer wordt vertrouwd voor USB-foutopsporing",
        "info.detail": "Vertrouwde computer: {found}.",
        "info.meaning": "Dit is waarschijnlijk de computer die je voor deze check gebruikt. "
                        "Kijk naar de naam als je twijfelt.",
        "info.advice": "Tik na de check op 'Autorisatie USB-foutopsporing intrekken' (zie de "
                       "stappen hieronder).",
    },
    "phone.root": {
        "name": "Root en ontgrendelde bootloader",
        "ok.title": "Geen aanwijzing voor root",
        "ok.detail": "Het systeem van de telefoon lijkt vergrendeld en onveranderd.",
        "attention.title": "De bescherming van de telefoon staat uit",
        "attention.detail": "Aanwijzingen: {found}.",
        "attention.meaning": "Op een geroote telefoon of een telefoon met een ontgrendelde "
                             "bootloader kan een app volledige controle krijgen en zich verbergen. "
                             "Sommige spionage-apps hebben dit nodig.",
        "attention.advice": _HAD_THE_PHONE,
    },
    "phone.dual_use": {
        "name": "Apps die je locatie of scherm kunnen delen",
        "ok.title": "Geen app gevonden om iemand te volgen of voor hulp op afstand",
        "ok.detail": "Geen enkele app is een bekende app om gezinsleden te volgen, om je locatie "
                     "te delen of voor hulp op afstand.",
        "info.title": "Apps die je locatie of scherm kunnen delen",
        "info.detail": "Gevonden: {found}.",
        "info.meaning": "Dit zijn gewone apps, maar ze kunnen ook gebruikt worden om iemand te "
                        "volgen: een app om gezinsleden te volgen deelt waar je bent, met een app voor hulp op "
                        "afstand kan iemand je scherm zien.",
        "info.advice": "Heb je deze app zelf gekozen? Open hem en kijk met wie hij deelt. Heb je "
                       "hem niet gekozen? Bewaar dan eerst dit resultaat en praat met een "
                       "hulpdienst.",
    },
    "phone.location_usage": {
        "name": "Toegang tot locatie en gebruik",
        "ok.title": "Geen app buiten die van de telefoon gebruikte je locatie",
        "ok.detail": "Geen extra app heeft toegang tot locatie of gebruik.",
        "info.title": "Apps die je locatie of je app-gebruik kunnen zien",
        "info.detail": "{found}.",
        "info.meaning": "Veel apps hebben je locatie nodig (kaarten, weer). Met gebruikstoegang "
                        "ziet een app welke apps je gebruikt en wanneer.",
    },
    "phone.security_patch": {
        "name": "Beveiligingsupdates",
        "ok.title": "De beveiligingsupdates zijn recent",
        "ok.detail": "Beveiligingspatch: {found}.",
        "info.title": "De laatste beveiligingsupdate is oud",
        "info.detail": "Beveiligingspatch: {found} ({months} maanden oud).",
        "info.meaning": "Een telefoon die niet up-to-date is, is makkelijker te hacken. Dit wijst "
                        "niet op spionage.",
        "info.advice": "Zoek een update: Instellingen > Systeem > Software-update (op Samsung: "
                       "Instellingen > Software-update).",
    },
    "phone.ios_signing": {
        "name": "Apps van buiten de App Store",
        "ok.title": "Alle apps komen uit de App Store",
        "ok.detail": "{count} apps gecontroleerd.",
        "attention.title": "Er zijn apps van buiten de App Store geïnstalleerd",
        "attention.detail": "{found}.",
        "attention.meaning": "Apps die ondertekend zijn met een ontwikkelaars- of "
                             "bedrijfscertificaat komen niet uit de App Store. Iemand kan ze met "
                             "een computer op een telefoon zetten. Spionage-apps voor de iPhone "
                             "werken zo.",
        "attention.advice": "Is dit een werktelefoon of test je zelf apps? Dan kan dit normaal "
                            "zijn. " + NOT_YOURSELF,
    },
    "phone.ios_jailbreak": {
        "name": "Jailbreak",
        "ok.title": "Geen aanwijzing voor een jailbreak",
        "ok.detail": "Er is geen jailbreak-app gevonden.",
        "attention.title": "De iPhone is misschien gejailbreakt",
        "attention.detail": "Gevonden: {found}.",
        "attention.meaning": "Een jailbreak zet de bescherming van de iPhone uit. Dan kunnen er "
                             "spionage-apps op die zich verbergen.",
        "attention.advice": _HAD_THE_PHONE,
    },
    "phone.ios_profiles": {
        "name": "Configuratieprofielen",
        "ok.title": "Geen configuratieprofiel",
        "ok.detail": "Er staat geen profiel op deze iPhone.",
        "attention.title": "Er staat een configuratieprofiel op deze iPhone",
        "attention.detail": "Profielen: {found}.",
        "attention.meaning": "Een profiel kan instellingen veranderen, je internet via een andere "
                             "server sturen (VPN of proxy), of een certificaat toevoegen waarmee "
                             "iemand je verkeer kan lezen.",
        "attention.advice": "Is dit een telefoon van je werk of school? Dan heeft je werkgever "
                            "of school het er misschien op gezet. Vraag het na. " + NOT_YOURSELF,
    },
    "phone.ios_mdm": {
        "name": "Apparaatbeheer (MDM)",
        "ok.title": "Deze iPhone wordt niet beheerd",
        "ok.detail": "Hij staat niet onder toezicht en is niet aangemeld bij apparaatbeheer.",
        "attention.title": "Deze iPhone wordt beheerd door een organisatie",
        "attention.detail": "{found}.",
        "attention.meaning": "Een beheerde iPhone kan op afstand bestuurd worden: apps, "
                             "instellingen, soms de locatie.",
        "attention.advice": "Is dit een telefoon van je werk of school? Dan is dit normaal. Is het "
                            "je eigen telefoon? Dan heeft iemand het misschien ingesteld. "
                            + NOT_YOURSELF,
    },
}

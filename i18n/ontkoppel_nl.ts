<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this kit</source>
        <translation>Over deze kit</translation>
    </message>
    <message>
        <source>The version of the kit, the licences of the kit, of Qt and of the included data, and when the content was last checked</source>
        <translation>De versie van de kit, de licenties van de kit, van Qt en van de meegeleverde gegevens, en wanneer de inhoud het laatst gecontroleerd werd</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Sluit dit venster</translation>
    </message>
    <message>
        <source>An offline kit for digital safety. It works without internet and keeps your data encrypted on this device.</source>
        <translation>Een offline kit voor digitale veiligheid. Hij werkt zonder internet en bewaart je gegevens versleuteld op dit apparaat.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>The kit: %s</source>
        <translation>De kit: %s</translation>
    </message>
    <message>
        <source>Qt %1 and Qt for Python (PySide6) %2: %3</source>
        <translation>Qt %1 en Qt for Python (PySide6) %2: %3</translation>
    </message>
    <message>
        <source>Included data</source>
        <translation>Meegeleverde gegevens</translation>
    </message>
    <message>
        <source>Content last checked</source>
        <translation>Inhoud het laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Licence of %s</source>
        <translation>Licentie van %s</translation>
    </message>
    <message>
        <source>The content could not be read.</source>
        <translation>De inhoud kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Gidsen</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Family &amp; media modules</source>
        <translation>Modules Gezin &amp; media</translation>
    </message>
    <message>
        <source>Rights pages</source>
        <translation>Pagina's over je rechten</translation>
    </message>
    <message>
        <source>All content</source>
        <translation>Alle inhoud</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Oldest check</source>
        <translation>Oudste controle</translation>
    </message>
    <message>
        <source>Newest check</source>
        <translation>Nieuwste controle</translation>
    </message>
    <message>
        <source>Icons: Lucide %s (ISC licence), https://lucide.dev</source>
        <translation>Pictogrammen: Lucide %s (ISC-licentie), https://lucide.dev</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>This check looks for remote access, sharing and signs of monitoring software on this computer. It only reads: it changes nothing and sends nothing over the internet. If something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result to your journal first and talk to a help service.</source>
        <translation>Deze check zoekt op deze computer naar toegang op afstand, delen en tekenen van volgsoftware. De check leest alleen: hij verandert niets en stuurt niets over het internet. Vind je iets? Verwijder het dan niet meteen. De andere persoon kan dat merken, en het is bewijs. Bewaar het resultaat eerst in je logboek en praat met een hulpdienst.</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>Check &amp;starten</translation>
    </message>
    <message>
        <source>Reads the settings and programs of this computer; takes a few seconds</source>
        <translation>Leest de instellingen en programma's van deze computer; duurt enkele seconden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>Stopt de check</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Voortgang van de check</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>Elke controle en het resultaat tot nu toe</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>Wat we vonden, gegroepeerd op wat het betekent; klap er een open om meer te lezen</translation>
    </message>
    <message>
        <source>The check itself could not run. Nothing was changed on this computer. Try again, or ask a help service to look with you.</source>
        <translation>De check zelf kon niet draaien. Er is niets veranderd op deze computer. Probeer het opnieuw, of vraag een hulpdienst om samen met je te kijken.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>Aandacht nodig: %1. Goed om te weten: %2. Kon niet gecontroleerd worden: %3. Lijkt in orde: %4.</translation>
    </message>
    <message>
        <source>computer-check.pdf</source>
        <translation>computercheck.pdf</translation>
    </message>
    <message>
        <source>Computer check of %s</source>
        <translation>Computercheck van %s</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>De check is klaar.</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>&amp;Print checklist</source>
        <translation>Checklist af&amp;drukken</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Checklist afdrukken</translation>
    </message>
    <message>
        <source>Prints this checklist to fill in on paper</source>
        <translation>Drukt deze checklist af om op papier in te vullen</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Opslaan als PD&amp;F</translation>
    </message>
    <message>
        <source>Save checklist as PDF</source>
        <translation>Checklist opslaan als pdf</translation>
    </message>
    <message>
        <source>Saves this checklist as a PDF file</source>
        <translation>Slaat deze checklist op als pdf-bestand</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Choose a checklist to read or print</source>
        <translation>Kies een checklist om te lezen of af te drukken</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>The text of the chosen checklist</source>
        <translation>De tekst van de gekozen checklist</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DangerDialog</name>
    <message>
        <source>In danger now?</source>
        <translation>Nu in gevaar?</translation>
    </message>
    <message>
        <source>If you are in danger now, call for help.</source>
        <translation>Ben je nu in gevaar? Bel dan om hulp.</translation>
    </message>
    <message>
        <source>Region: %s</source>
        <translation>Regio: %s</translation>
    </message>
    <message>
        <source>If you cannot talk, stay on the line: emergency services can still try to help. This screen is not saved anywhere.</source>
        <translation>Kun je niet praten? Blijf dan aan de lijn: de hulpdiensten kunnen toch proberen te helpen. Dit scherm wordt nergens bewaard.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your private data</source>
        <translation>Je privégegevens</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Wachtzin wij&amp;zigen...</translation>
    </message>
    <message>
        <source>Choose a new passphrase for your data</source>
        <translation>Kies een nieuwe wachtzin voor je gegevens</translation>
    </message>
    <message>
        <source>Save an encrypted &amp;backup...</source>
        <translation>Versleutelde &amp;back-up opslaan...</translation>
    </message>
    <message>
        <source>A copy to move to another computer; it needs your passphrase</source>
        <translation>Een kopie om naar een andere computer te brengen; je hebt er je wachtzin voor nodig</translation>
    </message>
    <message>
        <source>Brings in a backup made on another computer</source>
        <translation>Laadt een back-up die op een andere computer gemaakt is</translation>
    </message>
    <message>
        <source>Load a back&amp;up...</source>
        <translation>Back-up &amp;laden...</translation>
    </message>
    <message>
        <source>&amp;Erase all my data...</source>
        <translation>&amp;Al mijn gegevens wissen...</translation>
    </message>
    <message>
        <source>Deletes everything the kit saved on this computer</source>
        <translation>Wist alles wat de kit op deze computer bewaard heeft</translation>
    </message>
    <message>
        <source>Your data is open.</source>
        <translation>Je gegevens zijn open.</translation>
    </message>
    <message>
        <source>Unlock your data (in Digital separation or Journal) to change the passphrase or make a backup.</source>
        <translation>Ontgrendel je gegevens (in Digitale scheiding of Logboek) om de wachtzin te wijzigen of een back-up te maken.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Nieuwe wachtzin (minstens 8 tekens):</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Typ hem nog eens:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters. Nothing was changed.</source>
        <translation>Gebruik minstens 8 tekens. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Versleutelde back-up opslaan</translation>
    </message>
    <message>
        <source>Backup files (*.db)</source>
        <translation>Back-upbestanden (*.db)</translation>
    </message>
    <message>
        <source>Load a backup</source>
        <translation>Back-up laden</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Wachtzin van de back-up:</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Met die wachtzin gaat deze back-up niet open.</translation>
    </message>
    <message>
        <source>There is already data on this computer. To replace it, first erase all data here.</source>
        <translation>Er staan al gegevens op deze computer. Wil je ze vervangen? Wis dan eerst alle gegevens hier.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a backup of the kit.</source>
        <translation>Dit bestand kon niet geladen worden als back-up van de kit.</translation>
    </message>
    <message>
        <source>Erase all my data?</source>
        <translation>Al mijn gegevens wissen?</translation>
    </message>
    <message>
        <source>This deletes everything the kit saved on this computer. It cannot be undone.</source>
        <translation>Dit wist alles wat de kit op deze computer bewaard heeft. Je kunt dit niet ongedaan maken.</translation>
    </message>
    <message>
        <source>You will lose:</source>
        <translation>Je verliest:</translation>
    </message>
    <message>
        <source>nothing is saved yet</source>
        <translation>er is nog niets bewaard</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Erase all my data</source>
        <translation>Al mijn gegevens wissen</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation>Je huidige wachtzin:</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Dat is niet je huidige wachtzin. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, also for the backups on this computer. A backup you saved elsewhere still opens with the old passphrase: delete it, or keep it safe.</source>
        <translation>Je wachtzin is gewijzigd, ook voor de back-ups op deze computer. Een back-up die je ergens anders bewaarde, gaat nog open met de oude wachtzin: wis hem, of bewaar hem veilig.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Te veel foute wachtzinnen. Wacht %n seconde en probeer het dan opnieuw.</numerusform>
            <numerusform>Te veel foute wachtzinnen. Wacht %n seconden en probeer het dan opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>That folder is a link to another place, so nothing was saved. Choose a real folder.</source>
        <translation>Die map is een koppeling naar een andere plek. Daarom is er niets bewaard. Kies een echte map.</translation>
    </message>
    <message>
        <source>The backup could not be saved there. Choose a new file name in a folder with enough free space.</source>
        <translation>De back-up kon daar niet bewaard worden. Kies een nieuwe bestandsnaam in een map met genoeg vrije ruimte.</translation>
    </message>
    <message>
        <source>The encrypted backup is saved as:
%s

It opens with your current passphrase, also after you change it here.</source>
        <translation>De versleutelde back-up is bewaard als:
%s

Hij gaat open met je huidige wachtzin, ook als je die hier later wijzigt.</translation>
    </message>
    <message>
        <source>This file is an ordinary database, not a backup of the kit. Nothing was changed.</source>
        <translation>Dit bestand is een gewone database, geen back-up van de kit. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This file holds data of another program, not a backup of the kit. Nothing was changed.</source>
        <translation>Dit bestand bevat gegevens van een ander programma, geen back-up van de kit. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The kit's data folder on this computer is erased, with your settings.</source>
        <translation>De gegevensmap van de kit op deze computer is gewist, samen met je instellingen.</translation>
    </message>
    <message>
        <source>The files are erased, but the keychain entry could not be removed. Remove 'Ontkoppel' from the system keychain yourself.</source>
        <translation>De bestanden zijn gewist, maar het item in de sleutelhanger kon niet verwijderd worden. Verwijder 'Ontkoppel' zelf uit de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Not everything could be erased. These files are still in the data folder:</source>
        <translation>Niet alles kon gewist worden. Deze bestanden staan nog in de gegevensmap:</translation>
    </message>
    <message>
        <source>Not erased: journal exports and backups you saved elsewhere (for example on a USB stick or in a cloud folder). A backup saved elsewhere still opens with the passphrase it was saved with, also after you changed the passphrase.</source>
        <translation>Niet gewist: exports van je logboek en back-ups die je ergens anders bewaarde (bijvoorbeeld op een usb-stick of in een cloudmap). Zo'n back-up gaat nog open met de wachtzin waarmee hij bewaard is, ook als je de wachtzin intussen wijzigde.</translation>
    </message>
    <message>
        <source>The encrypted backup is saved.</source>
        <translation>De versleutelde back-up is bewaard.</translation>
    </message>
    <message>
        <source>The backup is loaded. Your data is open.</source>
        <translation>De back-up is geladen. Je gegevens zijn open.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Every kind of help</source>
        <translation>Alle soorten hulp</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Shows the services for this region</source>
        <translation>Toont de diensten voor deze regio</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <source>Shows only services that help with this</source>
        <translation>Toont alleen diensten die hierbij helpen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search in the names and descriptions</source>
        <translation>Zoek in de namen en beschrijvingen</translation>
    </message>
    <message>
        <source>Print &amp;handout</source>
        <translation>Infoblad af&amp;drukken</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Infoblad afdrukken</translation>
    </message>
    <message>
        <source>Prints every service of this region on paper</source>
        <translation>Drukt alle diensten van deze regio af op papier</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>Infoblad opslaan als PD&amp;F</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Infoblad opslaan als pdf</translation>
    </message>
    <message>
        <source>Saves every service of this region as a PDF file</source>
        <translation>Slaat alle diensten van deze regio op als pdf-bestand</translation>
    </message>
    <message>
        <source>Help services</source>
        <translation>Hulpdiensten</translation>
    </message>
    <message>
        <source>Choose a service to see its number and QR code</source>
        <translation>Kies een dienst om het nummer en de QR-code te zien</translation>
    </message>
    <message>
        <source>Help handout</source>
        <translation>Infoblad met hulp</translation>
    </message>
    <message>
        <source>help-handout.pdf</source>
        <translation>infoblad-hulp.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gio:</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Soort hulp:</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry details</source>
        <translation>Details van de gebeurtenis</translation>
    </message>
    <message>
        <source>All fields, files and changes of the chosen entry</source>
        <translation>Alle velden, bestanden en wijzigingen van de gekozen gebeurtenis</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>Kies een gebeurtenis om ze hier te zien.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Betrokken personen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Preview of %s</source>
        <translation>Voorbeeld van %s</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschreven</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>file added</source>
        <translation>bestand toegevoegd</translation>
    </message>
    <message>
        <source>file removed</source>
        <translation>bestand weggehaald</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Change entry</source>
        <translation>Gebeurtenis wijzigen</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nieuwe gebeurtenis in het logboek</translation>
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation>Bestanden &amp;toevoegen...</translation>
    </message>
    <message>
        <source>Also keep where each file was on this computer</source>
        <translation>Ook bewaren waar elk bestand op deze computer stond</translation>
    </message>
    <message>
        <source>Off by default: the file's folder can reveal private information.</source>
        <translation>Staat standaard uit: de map van een bestand kan privé-informatie verraden.</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Wanneer gebeurde het?</translation>
    </message>
    <message>
        <source>Date and time of the incident, not of writing</source>
        <translation>Datum en tijd van de gebeurtenis, niet van het schrijven</translation>
    </message>
    <message>
        <source>The kind of incident</source>
        <translation>Het soort gebeurtenis</translation>
    </message>
    <message>
        <source>Wh&amp;at happened?</source>
        <translation>W&amp;at gebeurde er?</translation>
    </message>
    <message>
        <source>Whe&amp;re? (app, website, place)</source>
        <translation>Waa&amp;r? (app, website, plaats)</translation>
    </message>
    <message>
        <source>For example WhatsApp, Instagram or at home</source>
        <translation>Bijvoorbeeld WhatsApp, Instagram of thuis</translation>
    </message>
    <message>
        <source>&amp;People involved</source>
        <translation>Betrokken &amp;personen</translation>
    </message>
    <message>
        <source>Who did it, who saw it; free text</source>
        <translation>Wie het deed, wie het zag; vrije tekst</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Wat er gebeurde, in je eigen woorden</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Screenshots, photos, videos or documents to add</source>
        <translation>Screenshots, foto's, video's of documenten om toe te voegen</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <source>Choose files to copy into the encrypted journal</source>
        <translation>Kies bestanden om naar het versleutelde logboek te kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Saves the entry (Ctrl+Enter)</source>
        <translation>Slaat de gebeurtenis op (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Bestanden kiezen</translation>
    </message>
    <message>
        <source>Please write a few words about what happened.</source>
        <translation>Schrijf een paar woorden over wat er gebeurde.</translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Dia %1 van %2</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Hierna:</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>het einde</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Geen notities bij deze dia.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Notes for this &amp;slide</source>
        <translation>Notities bij deze &amp;dia</translation>
    </message>
    <message>
        <source>Session &amp;guide</source>
        <translation>Draaiboek van de &amp;sessie</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notities voor de begeleider</translation>
    </message>
    <message>
        <source>Only on your screen, never on the projected one</source>
        <translation>Alleen op jouw scherm, nooit op het geprojecteerde scherm</translation>
    </message>
    <message>
        <source>Notes for this slide</source>
        <translation>Notities bij deze dia</translation>
    </message>
    <message>
        <source>Points to bring out and answer explanations; only you see these</source>
        <translation>Punten om te benadrukken en uitleg bij de antwoorden; alleen jij ziet dit</translation>
    </message>
    <message>
        <source>Session guide</source>
        <translation>Draaiboek van de sessie</translation>
    </message>
    <message>
        <source>How to open, the timed outline, and what to do if someone tells about abuse</source>
        <translation>Hoe je begint, het verloop met tijden, en wat je doet als iemand vertelt over misbruik</translation>
    </message>
    <message>
        <source>&amp;Previous slide</source>
        <translation>&amp;Vorige dia</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Vorige dia</translation>
    </message>
    <message>
        <source>Shows the previous slide on the projected screen (Page Up)</source>
        <translation>Toont de vorige dia op het geprojecteerde scherm (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next slide</source>
        <translation>Vol&amp;gende dia</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <source>Shows the next slide on the projected screen (Page Down)</source>
        <translation>Toont de volgende dia op het geprojecteerde scherm (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>&amp;Zwart scherm</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Zwart scherm</translation>
    </message>
    <message>
        <source>Makes the projected screen black, or shows the slide again</source>
        <translation>Maakt het geprojecteerde scherm zwart, of toont de dia opnieuw</translation>
    </message>
    <message>
        <source>&amp;End presentation</source>
        <translation>Presentatie &amp;afsluiten</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Presentatie afsluiten</translation>
    </message>
    <message>
        <source>Closes the projected screen and these notes</source>
        <translation>Sluit het geprojecteerde scherm en deze notities</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>Als iemand over misbruik vertelt</translation>
    </message>
    <message>
        <source>Opens the disclosure protocol on your screen only; you can print it</source>
        <translation>Opent het protocol bij een onthulling, alleen op jouw scherm; je kunt het afdrukken</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>Laten verwijderen</translation>
    </message>
    <message>
        <source>Opens the steps to get intimate images taken offline, on your screen only; you can print it</source>
        <translation>Opent de stappen om intieme beelden offline te laten halen, alleen op jouw scherm; je kunt ze afdrukken</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Module &amp;library</source>
        <translation>&amp;Modulebibliotheek</translation>
    </message>
    <message>
        <source>Session l&amp;og</source>
        <translation>&amp;Sessieoverzicht</translation>
    </message>
    <message>
        <source>The modules for parents, and the log of the sessions you gave</source>
        <translation>De modules voor ouders, en het overzicht van de sessies die je gaf</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>&lt; &amp;Back to my plan</source>
        <translation>&lt; &amp;Terug naar mijn plan</translation>
    </message>
    <message>
        <source>Back to my plan</source>
        <translation>Terug naar mijn plan</translation>
    </message>
    <message>
        <source>Shows the list of guides in your plan</source>
        <translation>Toont de lijst van gidsen in je plan</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Waarom dit belangrijk is</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Voor je begint</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>Bronnen: %1. Gecontroleerd op %2.</translation>
    </message>
    <message>
        <source>Back to my &amp;plan</source>
        <translation>Terug naar mijn &amp;plan</translation>
    </message>
    <message>
        <source>End of the guide: shows the list of guides in your plan</source>
        <translation>Einde van de gids: toont de lijst van gidsen in je plan</translation>
    </message>
    <message>
        <source>&amp;Next guide</source>
        <translation>&amp;Volgende gids</translation>
    </message>
    <message>
        <source>Next guide: %s</source>
        <translation>Volgende gids: %s</translation>
    </message>
    <message>
        <source>Opens the next guide of your plan</source>
        <translation>Opent de volgende gids van je plan</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over and end the session</source>
        <translation>Meegeven en de sessie afsluiten</translation>
    </message>
    <message>
        <source>Give the person what they need to go on alone, then erase the session. Nothing of it stays on this computer.</source>
        <translation>Geef de persoon mee wat die nodig heeft om alleen verder te gaan. Wis daarna de sessie. Er blijft niets van op deze computer.</translation>
    </message>
    <message>
        <source>1. &amp;Print the summary</source>
        <translation>1. Samenvatting &amp;afdrukken</translation>
    </message>
    <message>
        <source>2. &amp;Take it home on the phone (QR code)</source>
        <translation>2. &amp;Meenemen op de telefoon (QR-code)</translation>
    </message>
    <message>
        <source>3. &amp;Erase and end the session</source>
        <translation>3. &amp;Wissen en de sessie afsluiten</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Nog niet</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help services</source>
        <translation>Hulpdiensten</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Je rechten</translation>
    </message>
    <message>
        <source>Help services and your rights</source>
        <translation>Hulpdiensten en je rechten</translation>
    </message>
</context>
<context>
    <name>HelperOpening</name>
    <message>
        <source>Before you start together</source>
        <translation>Voor jullie samen beginnen</translation>
    </message>
    <message>
        <source>This is a guest session: nothing is saved on this computer. Go through these three points with the person first.</source>
        <translation>Dit is een gastsessie: er wordt niets bewaard op deze computer. Loop eerst deze drie punten door met de persoon.</translation>
    </message>
    <message>
        <source>The person wants to do this now, and knows they can stop at any time</source>
        <translation>De persoon wil dit nu doen en weet dat die altijd mag stoppen</translation>
    </message>
    <message>
        <source>Ask, do not assume. They decide which steps to take, and when.</source>
        <translation>Vraag het, ga er niet van uit. De persoon beslist welke stappen en wanneer.</translation>
    </message>
    <message>
        <source>The other person is not nearby and cannot see or hear us</source>
        <translation>De andere persoon is niet in de buurt en kan ons niet zien of horen</translation>
    </message>
    <message>
        <source>If they are, stop here and agree on a safer moment.</source>
        <translation>Is dat wel zo, stop dan hier en spreek een veiliger moment af.</translation>
    </message>
    <message>
        <source>This computer and the person's phone are safe to use</source>
        <translation>Deze computer en de telefoon van de persoon zijn veilig om te gebruiken</translation>
    </message>
    <message>
        <source>Not shared with, bought or set up by the other person. If you are not sure, check this computer first, and use the phone only for steps the other person cannot notice.</source>
        <translation>Niet gedeeld met, gekocht of ingesteld door de andere persoon. Twijfel je? Controleer dan eerst deze computer, en gebruik de telefoon alleen voor stappen die de andere persoon niet kan merken.</translation>
    </message>
    <message>
        <source>Check this &amp;computer</source>
        <translation>Deze &amp;computer controleren</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Deze computer controleren</translation>
    </message>
    <message>
        <source>Opens the computer check, which changes nothing</source>
        <translation>Opent de computercheck, die niets verandert</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>Met de vragen &amp;beginnen</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Met de vragen beginnen</translation>
    </message>
    <message>
        <source>Tick the three points first</source>
        <translation>Vink eerst de drie punten aan</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Your situation</source>
        <translation>Jouw situatie</translation>
    </message>
    <message>
        <source>Tick what applies to you. You can skip any question. The answers only choose which guides go into your plan, and in which order.</source>
        <translation>Vink aan wat voor jou geldt. Je mag elke vraag overslaan. De antwoorden bepalen alleen welke gidsen in je plan komen, en in welke volgorde.</translation>
    </message>
    <message>
        <source>1. Do you feel in danger right now?</source>
        <translation>1. Voel je je nu in gevaar?</translation>
    </message>
    <message>
        <source>2. Which devices do you use?</source>
        <translation>2. Welke apparaten gebruik je?</translation>
    </message>
    <message>
        <source>3. Which e-mail do you use?</source>
        <translation>3. Welke e-mail gebruik je?</translation>
    </message>
    <message>
        <source>4. Which accounts and apps do you use?</source>
        <translation>4. Welke accounts en apps gebruik je?</translation>
    </message>
    <message>
        <source>5. Money and identity</source>
        <translation>5. Geld en identiteit</translation>
    </message>
    <message>
        <source>6. At home</source>
        <translation>6. Thuis</translation>
    </message>
    <message>
        <source>7. Sharing</source>
        <translation>7. Delen</translation>
    </message>
    <message>
        <source>8. Children</source>
        <translation>8. Kinderen</translation>
    </message>
    <message>
        <source>9. Living situation</source>
        <translation>9. Woonsituatie</translation>
    </message>
    <message>
        <source>10. Does it seem that the other person...</source>
        <translation>10. Lijkt het alsof de andere persoon...</translation>
    </message>
    <message>
        <source>Tick if this applies to you</source>
        <translation>Vink aan als dit voor jou geldt</translation>
    </message>
    <message>
        <source>&amp;Make my plan</source>
        <translation>&amp;Maak mijn plan</translation>
    </message>
    <message>
        <source>Make my plan</source>
        <translation>Maak mijn plan</translation>
    </message>
    <message>
        <source>Builds an ordered list of guides from your answers</source>
        <translation>Maakt uit je antwoorden een lijst van gidsen, in volgorde</translation>
    </message>
</context>
<context>
    <name>JournalHome</name>
    <message>
        <source>&amp;New entry</source>
        <translation>Nieuwe &amp;gebeurtenis</translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation>Schrijf iets op wat er gebeurd is (Ctrl+N)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Wij&amp;zigen</translation>
    </message>
    <message>
        <source>Change the chosen entry; the earlier version is kept</source>
        <translation>Wijzig de gekozen gebeurtenis; de vorige versie blijft bewaard</translation>
    </message>
    <message>
        <source>Hide the chosen entry; this is recorded in its history</source>
        <translation>Verberg de gekozen gebeurtenis; dit wordt in de geschiedenis ervan bijgehouden</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Save a report with all files and their hashes, for the police or a lawyer</source>
        <translation>Bewaar een verslag met alle bestanden en hun vingerafdrukken, voor de politie of een advocaat</translation>
    </message>
    <message>
        <source>Ex&amp;port...</source>
        <translation>E&amp;xporteren...</translation>
    </message>
    <message>
        <source>About your &amp;journal</source>
        <translation>&amp;Over je logboek</translation>
    </message>
    <message>
        <source>Where your journal is kept and who can see it</source>
        <translation>Waar je logboek bewaard wordt en wie het kan zien</translation>
    </message>
    <message>
        <source>Every kind of incident</source>
        <translation>Alle soorten gebeurtenissen</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Per&amp;iode:</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Shows only entries of this kind</source>
        <translation>Toont alleen gebeurtenissen van deze soort</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <source>Shows only incidents in this period</source>
        <translation>Toont alleen gebeurtenissen in deze periode</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Gebeurtenissen in het logboek</translation>
    </message>
    <message>
        <source>Your entries, oldest incident first</source>
        <translation>Je gebeurtenissen, de oudste eerst</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Deze gebeurtenis verwijderen?</translation>
    </message>
    <message>
        <source>The entry is hidden from the list and the export. Its history records that it was deleted.</source>
        <translation>De gebeurtenis verdwijnt uit de lijst en uit de export. In de geschiedenis ervan staat dat ze verwijderd is.</translation>
    </message>
    <message>
        <source>Copying files into your encrypted journal...</source>
        <translation>Bestanden worden naar je versleutelde logboek gekopieerd...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <source>Adding the file was cancelled. Nothing of it was kept.</source>
        <translation>Het toevoegen van het bestand is geannuleerd. Er is niets van bewaard.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it still exists and that you may open it.</source>
        <translation>Een bestand kon niet gelezen worden. Kijk of het nog bestaat en of je het mag openen.</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. In a guest session every file stays in memory: keep your progress on this computer first (with a passphrase), then add the file again.</source>
        <translation>Er was niet genoeg geheugen om dit bestand toe te voegen. In een gastsessie blijft elk bestand in het geheugen. Bewaar eerst je voortgang op deze computer (met een wachtzin) en voeg het bestand daarna opnieuw toe.</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. Close other programs, then try again.</source>
        <translation>Er was niet genoeg geheugen om dit bestand toe te voegen. Sluit andere programma's en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A file could not be added. Your journal itself is unchanged.</source>
        <translation>Een bestand kon niet toegevoegd worden. Je logboek zelf is niet veranderd.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation>Kies een lege map voor de export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The export could not be written there. Choose an empty folder with enough free space.</source>
        <translation>De export kon daar niet geschreven worden. Kies een lege map met genoeg vrije ruimte.</translation>
    </message>
    <message>
        <source>The export is ready in:
%s

It is NOT encrypted. Keep it somewhere safe, or give it straight to the police or your lawyer.</source>
        <translation>De export staat klaar in:
%s

Hij is NIET versleuteld. Bewaar hem op een veilige plek, of geef hem meteen aan de politie of je advocaat.</translation>
    </message>
    <message>
        <source>That folder is a link to another place, so nothing was written. Choose a real folder.</source>
        <translation>Die map is een koppeling naar een andere plek. Daarom is er niets geschreven. Kies een echte map.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>The files are added to the entry.</source>
        <translation>De bestanden zijn aan de gebeurtenis toegevoegd.</translation>
    </message>
    <message>
        <source>The export is ready.</source>
        <translation>De export is klaar.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>De laatste 7 dagen</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>De laatste 30 dagen</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De laatste 12 maanden</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Zelf datums kiezen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Your journal is empty. Write down what happened, as soon as you can: when, what, and where. Add screenshots, messages or other files as evidence. Everything stays encrypted on this computer; you decide if and when to export it.</source>
        <translation>Je logboek is nog leeg. Schrijf op wat er gebeurd is, zo snel als je kunt: wanneer, wat en waar. Voeg screenshots, berichten of andere bestanden toe als bewijs. Alles blijft versleuteld op deze computer; jij beslist of en wanneer je het exporteert.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
</context>
<context>
    <name>JournalPrivacy</name>
    <message>
        <source>About your journal</source>
        <translation>Over je logboek</translation>
    </message>
    <message>
        <source>Your journal stays with you</source>
        <translation>Je logboek blijft bij jou</translation>
    </message>
    <message>
        <source>Your journal is kept only on this computer, encrypted with your passphrase. Nothing is sent over the internet. The makers of the kit cannot see it.</source>
        <translation>Je logboek wordt alleen op deze computer bewaard, versleuteld met je wachtzin. Er gaat niets over het internet. De makers van de kit kunnen het niet zien.</translation>
    </message>
    <message>
        <source>Anyone who knows your passphrase can read it. If you chose to remember the passphrase on this computer, anyone who can log in as you can read it too.</source>
        <translation>Wie je wachtzin kent, kan het lezen. Heb je gekozen om de wachtzin op deze computer te onthouden? Dan kan ook iedereen die zich met jouw account op deze computer kan aanmelden het lezen.</translation>
    </message>
    <message>
        <source>You decide who gets a copy. 'Export' makes a report with your files and their fingerprints (SHA-256), for the police or a lawyer. The export is not encrypted.</source>
        <translation>Jij beslist wie een kopie krijgt. 'Exporteren' maakt een verslag met je bestanden en hun vingerafdrukken (SHA-256), voor de politie of een advocaat. De export is niet versleuteld.</translation>
    </message>
    <message>
        <source>You can erase everything at any time in Settings, with 'Erase all my data'. Your rights under the GDPR stay yours: the data is yours alone.</source>
        <translation>Je kunt op elk moment alles wissen bij Instellingen, met 'Al mijn gegevens wissen'. Je rechten onder de AVG blijven van jou: de gegevens zijn alleen van jou.</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep my progress</source>
        <translation>Mijn voortgang bewaren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>In &amp;danger now?</source>
        <translation>&amp;Nu in gevaar?</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>Nu in gevaar</translation>
    </message>
    <message>
        <source>Shows the emergency numbers for your region</source>
        <translation>Toont de noodnummers voor je regio</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>Snel &amp;weg</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</source>
        <translation>Gastsessie: er wordt niets bewaard op deze computer. Alles is weg als je de kit sluit.</translation>
    </message>
    <message>
        <source>Closes the kit at once and locks your data. You can also press Esc twice.</source>
        <translation>Sluit de kit meteen en vergrendelt je gegevens. Je kunt ook twee keer op Esc drukken.</translation>
    </message>
    <message>
        <source>Quits the kit at once and locks your data</source>
        <translation>Sluit de kit meteen af en vergrendelt je gegevens</translation>
    </message>
    <message>
        <source>Choose a part of the kit. Ctrl+1 to Ctrl+%1 jump straight to one.</source>
        <translation>Kies een deel van de kit. Met Ctrl+1 tot Ctrl+%1 ga je er meteen naartoe.</translation>
    </message>
</context>
<context>
    <name>ModuleFilters</name>
    <message>
        <source>All ages</source>
        <translation>Alle leeftijden</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Alle lengtes</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>&amp;Leeftijdsgroep</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Shows only modules for parents of children of this age</source>
        <translation>Toont alleen modules voor ouders van kinderen van deze leeftijd</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Shows only modules about this topic</source>
        <translation>Toont alleen modules over dit onderwerp</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Shows only modules that fit in this time</source>
        <translation>Toont alleen modules die in deze tijd passen</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>%1 of %2 modules</source>
        <translation>%1 van %2 modules</translation>
    </message>
    <message>
        <source>No module fits these filters. Choose "All" in one of them.</source>
        <translation>Geen enkele module past bij deze filters. Zet een van de filters terug op 'Alle'.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Infoblad opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Shows the module full screen for a group, one slide at a time, with your notes in a separate window</source>
        <translation>Toont de module schermvullend voor een groep, dia per dia, met je notities in een apart venster</translation>
    </message>
    <message>
        <source>&amp;Group quiz</source>
        <translation>&amp;Groepsquiz</translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation>Groepsquiz</translation>
    </message>
    <message>
        <source>Count by hand how many people chose each answer; no names are kept</source>
        <translation>Tel met de hand hoeveel mensen elk antwoord kozen; er worden geen namen bewaard</translation>
    </message>
    <message>
        <source>&amp;Self-study</source>
        <translation>&amp;Zelfstudie</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Zelfstudie</translation>
    </message>
    <message>
        <source>Read the module and do the quiz on your own</source>
        <translation>Lees de module en maak de quiz zelf</translation>
    </message>
    <message>
        <source>P&amp;rint handout</source>
        <translation>Infoblad af&amp;drukken</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Infoblad afdrukken</translation>
    </message>
    <message>
        <source>Prints the one-page handout with the help numbers of your region</source>
        <translation>Drukt het infoblad van één pagina af, met de hulpnummers van je regio</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>Infoblad opslaan als PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the one-page handout with the help numbers of your region as a PDF file</source>
        <translation>Slaat het infoblad van één pagina op als pdf-bestand, met de hulpnummers van je regio</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>Als iemand over misbruik vertelt</translation>
    </message>
    <message>
        <source>The disclosure protocol for every module: what to say, the limits of confidentiality and where to refer. Printable</source>
        <translation>Het protocol bij een onthulling, voor elke module: wat je zegt, de grenzen van geheimhouding en waar je naar verwijst. Af te drukken</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>Laten verwijderen</translation>
    </message>
    <message>
        <source>How to get intimate images taken offline, by country and age. Printable</source>
        <translation>Hoe je intieme beelden offline laat halen, per land en leeftijd. Af te drukken</translation>
    </message>
    <message>
        <source>Family media plan</source>
        <translation>Gezinsmediaplan</translation>
    </message>
    <message>
        <source>A plan to fill in together at home: when, where and which screens, and what to do when something goes wrong. Printable</source>
        <translation>Een plan om thuis samen in te vullen: wanneer, waar en welke schermen, en wat je doet als er iets misgaat. Af te drukken</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Choose a module to see its overview</source>
        <translation>Kies een module om het overzicht te zien</translation>
    </message>
</context>
<context>
    <name>ModuleOverview</name>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Leeftijdsgroepen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>%1 situations, %2 quiz questions</source>
        <translation>%1 situaties, %2 quizvragen</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Facts checked on %1</source>
        <translation>Feiten gecontroleerd op %1</translation>
    </message>
    <message>
        <source>Module overview</source>
        <translation>Overzicht van de module</translation>
    </message>
    <message>
        <source>Summary, learning goals, length, ages and sources of the chosen module</source>
        <translation>Samenvatting, leerdoelen, duur, leeftijden en bronnen van de gekozen module</translation>
    </message>
</context>
<context>
    <name>ModuleQuiz</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Je resultaat</translation>
    </message>
    <message>
        <source>You answered %1 questions right.</source>
        <translation>Je had %1 vragen goed.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>Choose this answer, then check it</source>
        <translation>Kies dit antwoord en controleer het daarna</translation>
    </message>
    <message>
        <source>Score so far: %1 of %2</source>
        <translation>Score tot nu toe: %1 van %2</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Volgende vraag</translation>
    </message>
    <message>
        <source>See my &amp;score</source>
        <translation>Mijn sc&amp;ore bekijken</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Goed zo!</translation>
    </message>
    <message>
        <source>Not quite. The right answer is %1.</source>
        <translation>Niet helemaal. Het juiste antwoord is %1.</translation>
    </message>
    <message>
        <source>✔ right answer</source>
        <translation>✔ goed antwoord</translation>
    </message>
    <message>
        <source>✘ wrong answer</source>
        <translation>✘ fout antwoord</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>jouw antwoord</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ goed</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ fout</translation>
    </message>
    <message>
        <source>&amp;Check my answer</source>
        <translation>&amp;Controleer mijn antwoord</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Controleer mijn antwoord</translation>
    </message>
    <message>
        <source>Shows whether your answer is right, and explains every answer</source>
        <translation>Toont of je antwoord goed is, en legt elk antwoord uit</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <source>Goes to the next question, or to your score after the last one</source>
        <translation>Gaat naar de volgende vraag, of na de laatste naar je score</translation>
    </message>
    <message>
        <source>S&amp;tart again</source>
        <translation>Opnieuw &amp;beginnen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Clears your answers and starts the quiz again</source>
        <translation>Wist je antwoorden en begint de quiz opnieuw</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>Why each answer is right or wrong</source>
        <translation>Waarom elk antwoord goed of fout is</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>This check looks at a phone that is connected to this computer with a USB cable: known spy apps, apps that can read the screen or the notifications, admin apps, apps from outside the store, profiles and device management. It only reads: it changes nothing, removes nothing and sends nothing over the internet. It takes a few minutes.</source>
        <translation>Deze check bekijkt een telefoon die met een usb-kabel op deze computer is aangesloten: bekende spionage-apps, apps die het scherm of de meldingen kunnen lezen, beheer-apps, apps van buiten de officiële appwinkel, profielen en apparaatbeheer. De check leest alleen: hij verandert niets, verwijdert niets en stuurt niets over het internet. Het duurt een paar minuten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start:&lt;/b&gt; if something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result in your journal first and talk to a help service. This kit never removes anything.</source>
        <translation>&lt;b&gt;Voor je begint:&lt;/b&gt; wordt er iets gevonden, verwijder het dan niet meteen. De andere persoon kan dat merken, en het is bewijs. Bewaar het resultaat eerst in je logboek en praat met een hulpdienst. Deze kit verwijdert nooit iets.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This leaves a trace on the phone.&lt;/b&gt; On Android, turning on USB debugging makes 'Developer options' visible in Settings and adds this computer to the phone's trusted computers. An iPhone remembers that it trusted this computer. After the check, we show how to undo this.</source>
        <translation>&lt;b&gt;Dit laat een spoor na op de telefoon.&lt;/b&gt; Als je op Android USB-foutopsporing aanzet, worden de ontwikkelaarsopties zichtbaar in Instellingen en komt deze computer bij de vertrouwde computers van de telefoon. Een iPhone onthoudt dat hij deze computer vertrouwde. Na de check tonen we hoe je dat ongedaan maakt.</translation>
    </message>
    <message>
        <source>A clean result is not proof. This check cannot see your Google or iCloud account; the guides in Digital separation show how to secure those.</source>
        <translation>Niets gevonden? Dat is geen bewijs dat er niets is. Deze check ziet je Google- of iCloud-account niet; de gidsen in Digitale scheiding tonen hoe je die beveiligt.</translation>
    </message>
    <message>
        <source>&amp;Android phone</source>
        <translation>&amp;Android-telefoon</translation>
    </message>
    <message>
        <source>i&amp;Phone</source>
        <translation>i&amp;Phone</translation>
    </message>
    <message>
        <source>The person who uses this phone is here and agrees to the &amp;check</source>
        <translation>De persoon die deze telefoon gebruikt, is hier en stemt in met de &amp;check</translation>
    </message>
    <message>
        <source>Phone b&amp;rand:</source>
        <translation>Telefoon&amp;merk:</translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation>Samsung</translation>
    </message>
    <message>
        <source>Google Pixel or another phone with plain Android</source>
        <translation>Google Pixel of een andere telefoon met gewone Android</translation>
    </message>
    <message>
        <source>Xiaomi, Redmi or POCO</source>
        <translation>Xiaomi, Redmi of POCO</translation>
    </message>
    <message>
        <source>Oppo, realme or OnePlus</source>
        <translation>Oppo, realme of OnePlus</translation>
    </message>
    <message>
        <source>Another brand</source>
        <translation>Een ander merk</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Shows how to connect the phone</source>
        <translation>Toont hoe je de telefoon verbindt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Goes back to the first page</source>
        <translation>Gaat terug naar de eerste pagina</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>Check &amp;starten</translation>
    </message>
    <message>
        <source>Connects to the phone and reads its apps and settings</source>
        <translation>Maakt verbinding met de telefoon en leest de apps en instellingen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>Stopt de check</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Shows the set-up steps again, to check again</source>
        <translation>Toont de stappen opnieuw, om nog eens te controleren</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Android-telefoon</translation>
    </message>
    <message>
        <source>Check an Android phone</source>
        <translation>Een Android-telefoon controleren</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Check an iPhone</source>
        <translation>Een iPhone controleren</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>The check starts only when the person who uses the phone agrees</source>
        <translation>De check start alleen als de persoon die de telefoon gebruikt ermee instemt</translation>
    </message>
    <message>
        <source>Phone brand</source>
        <translation>Telefoonmerk</translation>
    </message>
    <message>
        <source>The steps to turn on USB debugging differ per brand</source>
        <translation>De stappen om USB-foutopsporing aan te zetten verschillen per merk</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Voortgang van de check</translation>
    </message>
    <message>
        <source>How many parts of the check are done</source>
        <translation>Hoeveel delen van de check klaar zijn</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>Elke controle en het resultaat tot nu toe</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>Wat we vonden, gegroepeerd op wat het betekent; klap er een open om meer te lezen</translation>
    </message>
    <message>
        <source>Open Settings &gt; About phone. Tap 'Build number' 7 times. Enter the phone's PIN if it asks.</source>
        <translation>Open Instellingen en de pagina over de telefoon. Tik 7 keer op het buildnummer. Voer de pincode van de telefoon in als die gevraagd wordt.</translation>
    </message>
    <message>
        <source>Unlock the phone.</source>
        <translation>Ontgrendel de telefoon.</translation>
    </message>
    <message>
        <source>Connect the phone to this computer with a USB cable that can carry data.</source>
        <translation>Sluit de telefoon op deze computer aan met een usb-kabel die gegevens kan doorgeven.</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the phone, the message 'Allow USB debugging?' appears: tap 'Allow'. Do not tick 'Always allow from this computer'. You have about 45 seconds.</source>
        <translation>Druk hieronder op 'Check starten'. Op de telefoon verschijnt 'USB-foutopsporing toestaan?': tik op de knop om het toe te staan. Vink 'Altijd toestaan vanaf deze computer' niet aan. Je hebt ongeveer 45 seconden.</translation>
    </message>
    <message>
        <source>Keep the phone unlocked until the check is done.</source>
        <translation>Houd de telefoon ontgrendeld tot de check klaar is.</translation>
    </message>
    <message>
        <source>Unlock the iPhone and connect it to this computer with its cable.</source>
        <translation>Ontgrendel de iPhone en sluit hem met zijn kabel aan op deze computer.</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the iPhone, the message 'Trust This Computer?' appears: tap 'Trust' and enter the iPhone's passcode.</source>
        <translation>Druk hieronder op 'Check starten'. Op de iPhone verschijnt een melding die vraagt of je deze computer vertrouwt: kies ervoor om de computer te vertrouwen en voer de toegangscode van de iPhone in.</translation>
    </message>
    <message>
        <source>Keep the iPhone unlocked until the check is done.</source>
        <translation>Houd de iPhone ontgrendeld tot de check klaar is.</translation>
    </message>
    <message>
        <source>On Windows, this needs Apple Devices or iTunes (for 'Apple Mobile Device Support'). On Linux, it needs usbmuxd. On a Mac, nothing extra is needed.</source>
        <translation>Op Windows is Apple Devices of iTunes nodig (voor 'Apple Mobile Device Support'). Op Linux is usbmuxd nodig. Op een Mac is er niets extra's nodig.</translation>
    </message>
    <message>
        <source>Nothing was changed on the phone.</source>
        <translation>Er is niets veranderd op de telefoon.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>Aandacht nodig: %1. Goed om te weten: %2. Kon niet gecontroleerd worden: %3. Lijkt in orde: %4.</translation>
    </message>
    <message>
        <source>phone-check.pdf</source>
        <translation>telefooncheck.pdf</translation>
    </message>
    <message>
        <source>Phone check of %s</source>
        <translation>Telefooncheck van %s</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>&amp;Account guides</source>
        <translation>Account&amp;gidsen</translation>
    </message>
    <message>
        <source>Opens Digital separation: the guides to secure a Google account or Apple ID, which this check cannot see</source>
        <translation>Opent Digitale scheiding: de gidsen om een Google-account of Apple ID te beveiligen, die deze check niet ziet</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone, then the page with the software information. Tap the build number 7 times. Enter the phone's PIN if it asks.</source>
        <translation>Open Instellingen en de pagina over de telefoon, en daarna de pagina met de software-informatie. Tik 7 keer op het buildnummer. Voer de pincode van de telefoon in als die gevraagd wordt.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Tap the version of the phone's software (HyperOS or MIUI) 7 times. Enter the PIN if it asks.</source>
        <translation>Open Instellingen en de pagina over de telefoon. Tik 7 keer op de versie van de software van de telefoon (HyperOS of MIUI). Voer de pincode in als die gevraagd wordt.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the device (on older phones: about the phone), then the page with the version. Tap the build number 7 times. Enter the PIN if it asks.</source>
        <translation>Open Instellingen en de pagina over het apparaat (op oudere telefoons: over de telefoon), en daarna de pagina met de versie. Tik 7 keer op het buildnummer. Voer de pincode in als die gevraagd wordt.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Find the build number (sometimes one page deeper, with the software information or the version) and tap it 7 times.</source>
        <translation>Open Instellingen en de pagina over de telefoon. Zoek het buildnummer (soms een pagina dieper, bij de software-informatie of de versie) en tik er 7 keer op.</translation>
    </message>
    <message>
        <source>Go back to Settings. The developer options are now at the bottom: open them and turn on USB debugging.</source>
        <translation>Ga terug naar Instellingen. De opties voor ontwikkelaars staan nu helemaal onderaan: open ze en zet USB-foutopsporing aan.</translation>
    </message>
    <message>
        <source>Go back to Settings and open 'Developer options' (on a Pixel, with the system settings). Turn on 'USB debugging'.</source>
        <translation>Ga terug naar Instellingen en open 'Ontwikkelaarsopties' (op een Pixel bij de systeeminstellingen). Zet 'USB-foutopsporing' aan.</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the additional settings, then the developer options, and turn on USB debugging.</source>
        <translation>Ga terug naar Instellingen. Open de extra instellingen en daarna de opties voor ontwikkelaars, en zet USB-foutopsporing aan.</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the system settings (on older phones: the additional settings), then the developer options, and turn on USB debugging.</source>
        <translation>Ga terug naar Instellingen. Open de systeeminstellingen (op oudere telefoons: de extra instellingen) en daarna de opties voor ontwikkelaars, en zet USB-foutopsporing aan.</translation>
    </message>
    <message>
        <source>Go back to Settings. Find the developer options (often with the system settings or the additional settings) and turn on USB debugging.</source>
        <translation>Ga terug naar Instellingen. Zoek de opties voor ontwikkelaars (vaak bij de systeeminstellingen of de extra instellingen) en zet USB-foutopsporing aan.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>%1 of %2 steps done or not needed</source>
        <translation>%1 van %2 stappen gedaan of niet nodig</translation>
    </message>
    <message>
        <source>Open any other guide...</source>
        <translation>Een andere gids openen...</translation>
    </message>
    <message>
        <source>Save my plan as PDF</source>
        <translation>Mijn plan opslaan als pdf</translation>
    </message>
    <message>
        <source>my-plan.pdf</source>
        <translation>mijn-plan.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mijn plan</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Verder waar ik gebleven was</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Verder waar ik gebleven was</translation>
    </message>
    <message>
        <source>Opens the first step that is not done yet</source>
        <translation>Opent de eerste stap die nog niet gedaan is</translation>
    </message>
    <message>
        <source>&amp;Print my plan</source>
        <translation>Mijn plan af&amp;drukken</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>Mijn plan afdrukken</translation>
    </message>
    <message>
        <source>Prints the open steps in large type</source>
        <translation>Drukt de open stappen af in grote letters</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Opslaan als PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the open steps as a PDF file</source>
        <translation>Slaat de open stappen op als pdf-bestand</translation>
    </message>
    <message>
        <source>Take it &amp;home (QR code)</source>
        <translation>Mee naar &amp;huis (QR-code)</translation>
    </message>
    <message>
        <source>Take it home with a QR code</source>
        <translation>Mee naar huis met een QR-code</translation>
    </message>
    <message>
        <source>Shows QR codes with the open steps as text, to scan with your phone</source>
        <translation>Toont QR-codes met de open stappen als tekst, om te scannen met je telefoon</translation>
    </message>
    <message>
        <source>Change my &amp;answers</source>
        <translation>Mijn &amp;antwoorden wijzigen</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Mijn antwoorden wijzigen</translation>
    </message>
    <message>
        <source>Goes back to the questions; your ticks are kept</source>
        <translation>Gaat terug naar de vragen; je vinkjes blijven staan</translation>
    </message>
    <message>
        <source>Hand over and end session</source>
        <translation>Meegeven en sessie afsluiten</translation>
    </message>
    <message>
        <source>Hand &amp;over and end session</source>
        <translation>Meegeven en sessie af&amp;sluiten</translation>
    </message>
    <message>
        <source>Prints the plan, shows the QR code, then erases this guest session</source>
        <translation>Drukt het plan af, toont de QR-code en wist daarna deze gastsessie</translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>Alle gidsen</translation>
    </message>
    <message>
        <source>Open a guide that is not in your plan</source>
        <translation>Open een gids die niet in je plan staat</translation>
    </message>
    <message>
        <source>&amp;Other guides:</source>
        <translation>&amp;Andere gidsen:</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Je e-mail</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Je telefoon</translation>
    </message>
    <message>
        <source>Your Apple account</source>
        <translation>Je Apple-account</translation>
    </message>
    <message>
        <source>Your Google account</source>
        <translation>Je Google-account</translation>
    </message>
    <message>
        <source>Your Microsoft account</source>
        <translation>Je Microsoft-account</translation>
    </message>
    <message>
        <source>Your Samsung account</source>
        <translation>Je Samsung-account</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Je computer</translation>
    </message>
    <message>
        <source>Apps and social media</source>
        <translation>Apps en sociale media</translation>
    </message>
    <message>
        <source>Money and identity</source>
        <translation>Geld en identiteit</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>Andere stappen</translation>
    </message>
    <message>
        <source>Everyone who leaves a partner needs this.</source>
        <translation>Dit heeft iedereen nodig die een partner verlaat.</translation>
    </message>
    <message>
        <source>Because: %s.</source>
        <translation>Waarom: %s.</translation>
    </message>
    <message>
        <source>Today: start with these steps</source>
        <translation>Vandaag: begin met deze stappen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open step: %s</source>
        <translation>Stap openen: %s</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 van %2 stappen gedaan</translation>
    </message>
    <message>
        <source>Open guide: %s</source>
        <translation>Gids openen: %s</translation>
    </message>
    <message>
        <source>next</source>
        <translation>volgende stap</translation>
    </message>
    <message>
        <source>{n} steps open</source>
        <translation>open stappen: {n}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mijn notities</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Te doen:</translation>
    </message>
    <message>
        <source>notes.pdf</source>
        <translation>notities.pdf</translation>
    </message>
    <message>
        <source>Neutral &amp;title on paper</source>
        <translation>Neutrale &amp;titel op papier</translation>
    </message>
    <message>
        <source>Neutral title on paper</source>
        <translation>Neutrale titel op papier</translation>
    </message>
    <message>
        <source>The printed plan and the codes are headed 'My notes', so a glance does not tell what they are</source>
        <translation>Boven het afgedrukte plan en de codes staat 'Mijn notities', zodat niemand met één blik ziet waarover het gaat</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Dia %1 van %2</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up and Page Down go to the next or previous slide; Home and End to the first or last; B blanks the screen; Esc ends the presentation</source>
        <translation>Met de pijltjestoetsen, Page Up en Page Down ga je naar de volgende of vorige dia; met Home en End naar de eerste of laatste; B maakt het scherm zwart; Esc stopt de presentatie</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Vorige dia</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Pijltje links of Page Up</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>V&amp;olgende ▶</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>Pijltje rechts, Page Down of spatiebalk</translation>
    </message>
    <message>
        <source>&amp;End (Esc)</source>
        <translation>&amp;Stoppen (Esc)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>De presentatie stoppen</translation>
    </message>
    <message>
        <source>Closes presenter mode</source>
        <translation>Sluit de presentatiemodus</translation>
    </message>
</context>
<context>
    <name>QuizTally</name>
    <message>
        <source>Group quiz</source>
        <translation>Groepsquiz</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>One less for answer %1</source>
        <translation>Eén minder voor antwoord %1</translation>
    </message>
    <message>
        <source>Counts one person less who chose: %1</source>
        <translation>Telt één persoon minder die koos voor: %1</translation>
    </message>
    <message>
        <source>One more for answer %1</source>
        <translation>Eén meer voor antwoord %1</translation>
    </message>
    <message>
        <source>Counts one more person who chose: %1</source>
        <translation>Telt één persoon meer die koos voor: %1</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Antwoord %1: %2</translation>
    </message>
    <message>
        <source>Open your private data to save the session. It is saved as soon as the data is open.</source>
        <translation>Open je privégegevens om de sessie te bewaren. Ze wordt bewaard zodra de gegevens open zijn.</translation>
    </message>
    <message>
        <source>Saved in the session log.</source>
        <translation>Bewaard in het sessieoverzicht.</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Terug naar de bibliotheek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Terug naar de bibliotheek</translation>
    </message>
    <message>
        <source>Leaves the group quiz; the counts stay until you choose another module</source>
        <translation>Verlaat de groepsquiz; de tellingen blijven tot je een andere module kiest</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Vo&amp;rige vraag</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <source>Shows the counts of the question before</source>
        <translation>Toont de tellingen van de vorige vraag</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Volgende vraag</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <source>Shows the counts of the next question</source>
        <translation>Toont de tellingen van de volgende vraag</translation>
    </message>
    <message>
        <source>&amp;Clear all counts</source>
        <translation>&amp;Alle tellingen wissen</translation>
    </message>
    <message>
        <source>Clear all counts</source>
        <translation>Alle tellingen wissen</translation>
    </message>
    <message>
        <source>Sets every count of this quiz back to zero</source>
        <translation>Zet elke telling van deze quiz terug op nul</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sessie &amp;opslaan</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sessie opslaan</translation>
    </message>
    <message>
        <source>Logs the date, the number of participants and the counts. No names are saved.</source>
        <translation>Bewaart de datum, het aantal deelnemers en de tellingen. Er worden geen namen bewaard.</translation>
    </message>
    <message>
        <source>Number of part&amp;icipants</source>
        <translation>Aantal &amp;deelnemers</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Aantal deelnemers</translation>
    </message>
    <message>
        <source>How many people took part in the session</source>
        <translation>Hoeveel mensen aan de sessie deelnamen</translation>
    </message>
    <message>
        <source>Session da&amp;te</source>
        <translation>Dat&amp;um van de sessie</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <source>The day the session was given</source>
        <translation>De dag waarop de sessie gegeven werd</translation>
    </message>
</context>
<context>
    <name>ResultKeeping</name>
    <message>
        <source>Save to &amp;journal</source>
        <translation>In &amp;logboek bewaren</translation>
    </message>
    <message>
        <source>Stores the result, with its fingerprint (SHA-256), in your encrypted journal</source>
        <translation>Bewaart het resultaat, met zijn vingerafdruk (SHA-256), in je versleutelde logboek</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Af&amp;drukken</translation>
    </message>
    <message>
        <source>Prints the result</source>
        <translation>Drukt het resultaat af</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Opslaan als PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the result as a PDF file</source>
        <translation>Slaat het resultaat op als pdf-bestand</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation>In logboek bewaren</translation>
    </message>
    <message>
        <source>Open your journal first: go to Journal and unlock it, then save the result again.</source>
        <translation>Open eerst je logboek: ga naar Logboek en ontgrendel het. Bewaar het resultaat daarna opnieuw.</translation>
    </message>
    <message>
        <source>The result is saved in your journal.</source>
        <translation>Het resultaat is bewaard in je logboek.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 could not be checked.</source>
        <translation>Aandacht nodig: %1. Kon niet gecontroleerd worden: %2.</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <source>Rights pages</source>
        <translation>Pagina's over je rechten</translation>
    </message>
    <message>
        <source>Choose a topic to read about your rights</source>
        <translation>Kies een onderwerp om over je rechten te lezen</translation>
    </message>
    <message>
        <source>Rights page</source>
        <translation>Pagina over je rechten</translation>
    </message>
    <message>
        <source>General information about the law, not legal advice</source>
        <translation>Algemene informatie over de wet, geen juridisch advies</translation>
    </message>
    <message>
        <source>There are no rights pages for this region yet.</source>
        <translation>Er zijn nog geen pagina's over je rechten voor deze regio.</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>Bronnen: %1. Gecontroleerd op %2.</translation>
    </message>
</context>
<context>
    <name>SelfStudy</name>
    <message>
        <source>Open the tab "Do the quiz" (Alt+Q) when you are ready. Nobody sees your answers, and nothing is saved.</source>
        <translation>Open het tabblad 'De quiz maken' (Alt+Q) als je klaar bent. Niemand ziet je antwoorden, en er wordt niets bewaard.</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Terug naar de bibliotheek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Terug naar de bibliotheek</translation>
    </message>
    <message>
        <source>Leaves self-study and shows every module</source>
        <translation>Verlaat de zelfstudie en toont alle modules</translation>
    </message>
    <message>
        <source>&amp;Read the module</source>
        <translation>De module &amp;lezen</translation>
    </message>
    <message>
        <source>Do the &amp;quiz</source>
        <translation>De &amp;quiz maken</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Zelfstudie</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>Wat je leert</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <source>Think about it</source>
        <translation>Denk erover na</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <source>Now try the quiz</source>
        <translation>Doe nu de quiz</translation>
    </message>
    <message>
        <source>Read the module, then answer the quiz on your own</source>
        <translation>Lees de module en maak daarna zelf de quiz</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Tekst van de module</translation>
    </message>
    <message>
        <source>The learning goals, key messages and situations of this module</source>
        <translation>De leerdoelen, kernboodschappen en situaties van deze module</translation>
    </message>
</context>
<context>
    <name>SeparationHome</name>
    <message>
        <source>My plan</source>
        <translation>Mijn plan</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Your plan and checklists</source>
        <translation>Je plan en checklists</translation>
    </message>
</context>
<context>
    <name>SeparationPage</name>
    <message>
        <source>You saved progress on this computer before. Open it to see your ticks and notes.</source>
        <translation>Je hebt al eerder voortgang bewaard op deze computer. Open die om je vinkjes en notities te zien.</translation>
    </message>
    <message>
        <source>&amp;Open my saved progress...</source>
        <translation>Mijn bewaarde voortgang &amp;openen...</translation>
    </message>
    <message>
        <source>Asks for your passphrase</source>
        <translation>Vraagt je wachtzin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep my progress on this computer?&lt;/b&gt; Until you choose, your ticks and notes are kept only while the kit is open.</source>
        <translation>&lt;b&gt;Mijn voortgang bewaren op deze computer?&lt;/b&gt; Zolang je niet gekozen hebt, worden je vinkjes en notities alleen bewaard terwijl de kit open is.</translation>
    </message>
    <message>
        <source>&amp;Keep my progress...</source>
        <translation>Mijn voortgang &amp;bewaren...</translation>
    </message>
    <message>
        <source>Choose a passphrase to save your ticks and notes, encrypted, on this computer</source>
        <translation>Kies een wachtzin om je vinkjes en notities versleuteld op deze computer te bewaren</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Mijn voortgang bewaren</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Open &amp;website</source>
        <translation>Website &amp;openen</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Website openen</translation>
    </message>
    <message>
        <source>Opens the service's website in your browser, after you confirm</source>
        <translation>Opent de website van de dienst in je browser, nadat je dat bevestigd hebt</translation>
    </message>
    <message>
        <source>&amp;Print this entry</source>
        <translation>D&amp;eze dienst afdrukken</translation>
    </message>
    <message>
        <source>Print this entry</source>
        <translation>Deze dienst afdrukken</translation>
    </message>
    <message>
        <source>Prints this service with its number and QR code</source>
        <translation>Drukt deze dienst af met het nummer en de QR-code</translation>
    </message>
    <message>
        <source>Phone number %s</source>
        <translation>Telefoonnummer %s</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>Kijk op de website</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>chat on the website</source>
        <translation>chat op de website</translation>
    </message>
    <message>
        <source>Checked on %s. If the number does not work, look on the website.</source>
        <translation>Gecontroleerd op %s. Werkt het nummer niet? Kijk dan op de website.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <source>Scan with your phone camera to call or open: %s</source>
        <translation>Scan met de camera van je telefoon om te bellen of te openen: %s</translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>No sessions logged yet. Save one from the group quiz.</source>
        <translation>Er zijn nog geen sessies bijgehouden. Bewaar er een vanuit de groepsquiz.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export the session log</source>
        <translation>Het sessieoverzicht exporteren</translation>
    </message>
    <message>
        <source>sessions.csv</source>
        <translation>sessies.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Csv-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Het bestand kon niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>The sessions you gave: the module, the date, the number of participants and how many people chose each quiz answer. No names or other personal details are kept. Export the log as CSV for your organisation's reporting. The answer letters in the export (q1-a, q1-b, ...) follow the order in the module text, not the shuffled order shown during the session.</source>
        <translation>De sessies die je gaf: de module, de datum, het aantal deelnemers en hoeveel mensen elk quizantwoord kozen. Er worden geen namen of andere persoonsgegevens bewaard. Exporteer het overzicht als csv voor de verslagen van je organisatie. De antwoordletters in de export (q1-a, q1-b, ...) volgen de volgorde in de moduletekst, niet de gehusselde volgorde tijdens de sessie.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Answers counted</source>
        <translation>Getelde antwoorden</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Bijgehouden sessies</translation>
    </message>
    <message>
        <source>One row per session: date, module, participants, answers counted</source>
        <translation>Eén rij per sessie: datum, module, deelnemers, getelde antwoorden</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>&amp;Exporteren als csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporteren als csv</translation>
    </message>
    <message>
        <source>Saves the session log as a CSV file for reporting</source>
        <translation>Slaat het sessieoverzicht op als csv-bestand voor verslagen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The language of the kit and its texts</source>
        <translation>De taal van de kit en zijn teksten</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown</source>
        <translation>Bepaalt welke hulpdiensten en wetten getoond worden</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Te&amp;kstgrootte</translation>
    </message>
    <message>
        <source>Makes all text larger, up to 200 percent</source>
        <translation>Maakt alle tekst groter, tot 200 procent</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>Black text on white, with strong borders</source>
        <translation>Zwarte tekst op wit, met duidelijke randen</translation>
    </message>
    <message>
        <source>Discreet &amp;mode</source>
        <translation>&amp;Discrete modus</translation>
    </message>
    <message>
        <source>Shows a neutral name and icon</source>
        <translation>Toont een neutrale naam en een neutraal pictogram</translation>
    </message>
    <message>
        <source>Locks your private data after this many idle minutes</source>
        <translation>Vergrendelt je privégegevens na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Lo&amp;ck after (minutes)</source>
        <translation>&amp;Vergrendelen na (minuten)</translation>
    </message>
    <message>
        <source>&amp;About this kit</source>
        <translation>&amp;Over deze kit</translation>
    </message>
    <message>
        <source>About this kit</source>
        <translation>Over deze kit</translation>
    </message>
    <message>
        <source>Version, licences and the dates the content was checked</source>
        <translation>Versie, licenties en de datums waarop de inhoud gecontroleerd werd</translation>
    </message>
    <message>
        <source>Use high contrast colours</source>
        <translation>Kleuren met hoog contrast gebruiken</translation>
    </message>
    <message>
        <source>Use the neutral name "Notes"</source>
        <translation>De neutrale naam 'Notities' gebruiken</translation>
    </message>
    <message>
        <source>Discreet mode hides the kit from a quick look: it shows a neutral name, icon and window title, and leaves no recent-files entries, tray icon or notifications. It does not hide the kit from someone who searches this computer.</source>
        <translation>De discrete modus verbergt de kit voor wie snel kijkt: hij toont een neutrale naam, een neutraal pictogram en een neutrale venstertitel, en laat geen sporen na bij recente bestanden, in het systeemvak of in meldingen. Hij verbergt de kit niet voor iemand die deze computer doorzoekt.</translation>
    </message>
    <message>
        <source>Dar&amp;k colours</source>
        <translation>Donk&amp;ere kleuren</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Lichte tekst op een donkere achtergrond</translation>
    </message>
    <message>
        <source>Use dark colours</source>
        <translation>Donkere kleuren gebruiken</translation>
    </message>
</context>
<context>
    <name>SharedPageDialog</name>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Het bestand kon niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Af&amp;drukken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Prints this page with the help numbers of your region</source>
        <translation>Drukt deze pagina af met de hulpnummers van je regio</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Opslaan als PD&amp;F</translation>
    </message>
    <message>
        <source>Saves this page as a PDF file</source>
        <translation>Slaat deze pagina op als pdf-bestand</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Sluit dit venster</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>Waa&amp;r woon je?</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown first</source>
        <translation>Bepaalt welke hulpdiensten en wetten eerst getoond worden</translation>
    </message>
    <message>
        <source>Secure your accounts, step by step, with a personal plan</source>
        <translation>Beveilig je accounts, stap voor stap, met een persoonlijk plan</translation>
    </message>
    <message>
        <source>Sessions for parents about sexting, bullying and more</source>
        <translation>Sessies voor ouders over sexting, pesten en meer</translation>
    </message>
    <message>
        <source>Look for remote access and monitoring on this computer</source>
        <translation>Zoek naar toegang op afstand en volgsoftware op deze computer</translation>
    </message>
    <message>
        <source>Keep incidents and evidence, encrypted</source>
        <translation>Bewaar wat er gebeurde en je bewijs, versleuteld</translation>
    </message>
    <message>
        <source>Help lines and your rights, for your region</source>
        <translation>Hulplijnen en je rechten, voor je regio</translation>
    </message>
    <message>
        <source>Press Esc twice, or the Quick exit button, to hide the kit at once.</source>
        <translation>Druk twee keer op Esc, of op de knop Snel weg, om de kit meteen te verbergen.</translation>
    </message>
    <message>
        <source>Look for spy apps on an Android phone or iPhone, with a USB cable</source>
        <translation>Zoek naar spionage-apps op een Android-telefoon of iPhone, met een usb-kabel</translation>
    </message>
    <message>
        <source>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet. You can start reading at once: nothing is saved unless you choose to.</source>
        <translation>Deze kit helpt je om weer baas te worden over je accounts en apparaten, met kinderen te praten over hun leven online, deze computer te controleren, een eigen logboek bij te houden en hulp te vinden. Hij werkt zonder internet. Je kunt meteen beginnen met lezen: er wordt niets bewaard tenzij je dat kiest.</translation>
    </message>
    <message>
        <source>I'm helping someone</source>
        <translation>Ik help iemand</translation>
    </message>
    <message>
        <source>For volunteers and help workers: a guest session that saves nothing, with a short safety check first and a hand-over at the end</source>
        <translation>Voor vrijwilligers en hulpverleners: een gastsessie die niets bewaart, met eerst een korte veiligheidscheck en aan het einde een overdracht</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <source>Tick when you have done this step</source>
        <translation>Vink aan als je deze stap gedaan hebt</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Niet voor mij</translation>
    </message>
    <message>
        <source>Mark this step as not needed for you</source>
        <translation>Markeer deze stap als niet nodig voor jou</translation>
    </message>
    <message>
        <source>Private note (only on this computer, encrypted)</source>
        <translation>Privénotitie (alleen op deze computer, versleuteld)</translation>
    </message>
    <message>
        <source>Private note for step %s</source>
        <translation>Privénotitie bij stap %s</translation>
    </message>
    <message>
        <source>Saved encrypted as you type</source>
        <translation>Wordt versleuteld bewaard terwijl je typt</translation>
    </message>
    <message>
        <source>Add to &amp;journal</source>
        <translation>Toevoegen aan &amp;logboek</translation>
    </message>
    <message>
        <source>Add to journal</source>
        <translation>Toevoegen aan logboek</translation>
    </message>
    <message>
        <source>Opens the journal to save evidence before you change anything</source>
        <translation>Opent het logboek om bewijs te bewaren voor je iets verandert</translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation>stap %1, %2</translation>
    </message>
    <message>
        <source>+ Add a private &amp;note</source>
        <translation>+ Privé&amp;notitie toevoegen</translation>
    </message>
    <message>
        <source>Add a private note to step %s</source>
        <translation>Privénotitie toevoegen bij stap %s</translation>
    </message>
    <message>
        <source>Opens a box for a note that only you can read</source>
        <translation>Opent een vak voor een notitie die alleen jij kunt lezen</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <source>Take your plan home</source>
        <translation>Neem je plan mee naar huis</translation>
    </message>
    <message>
        <source>Scan with your phone camera. The code holds only the text of your open steps, no link. Save it as a note on your phone, in a safe place.</source>
        <translation>Scan met de camera van je telefoon. De code bevat alleen de tekst van je open stappen, geen link. Bewaar hem als notitie op je telefoon, op een veilige plek.</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>QR-code %1 van %2</translation>
    </message>
    <message>
        <source>Holds part of your open steps as text</source>
        <translation>Bevat een deel van je open stappen als tekst</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous code</source>
        <translation>&lt; &amp;Vorige code</translation>
    </message>
    <message>
        <source>&amp;Next code &gt;</source>
        <translation>V&amp;olgende code &gt;</translation>
    </message>
    <message>
        <source>Previous code</source>
        <translation>Vorige code</translation>
    </message>
    <message>
        <source>Shows the code before this one</source>
        <translation>Toont de code hiervoor</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Volgende code</translation>
    </message>
    <message>
        <source>Shows the next code to scan</source>
        <translation>Toont de volgende code om te scannen</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Code %1 van %2</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>No answers counted yet</source>
        <translation>Nog geen antwoorden geteld</translation>
    </message>
    <message>
        <source>Chart of the answers</source>
        <translation>Grafiek van de antwoorden</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Keep your progress private</source>
        <translation>Houd je voortgang privé</translation>
    </message>
    <message>
        <source>Choose a passphrase. Everything you save is encrypted with it on this computer. Nobody can read it without the passphrase, and nobody can recover it for you, so choose one you will remember, for example four unusual words.</source>
        <translation>Kies een wachtzin. Alles wat je bewaart, wordt ermee versleuteld op deze computer. Niemand kan het lezen zonder de wachtzin, en niemand kan hem voor jou terughalen. Kies dus een wachtzin die je onthoudt, bijvoorbeeld vier ongewone woorden.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Unlock your private data</source>
        <translation>Je privégegevens ontgrendelen</translation>
    </message>
    <message>
        <source>Type your passphrase to open what you saved before.</source>
        <translation>Typ je wachtzin om te openen wat je eerder bewaarde.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Wacht&amp;zin</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>Wachtzin &amp;herhalen</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keychain)</source>
        <translation>Onthouden op deze computer (in de sleutelhanger van het systeem)</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer as you could then open your data without the passphrase.</source>
        <translation>Iedereen die zich met jouw account op deze computer kan aanmelden, kan dan je gegevens openen zonder de wachtzin.</translation>
    </message>
    <message>
        <source>&amp;Guest session (save nothing)</source>
        <translation>&amp;Gastsessie (niets bewaren)</translation>
    </message>
    <message>
        <source>For use at a help desk: nothing is written to this computer and all is gone when the kit closes.</source>
        <translation>Voor gebruik aan een hulpbalie: er wordt niets op deze computer geschreven en alles is weg als de kit sluit.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>The passphrase that protects your data</source>
        <translation>De wachtzin die je gegevens beschermt</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtzin herhalen</translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation>Typ dezelfde wachtzin nog eens</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Guest session</source>
        <translation>Gastsessie</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Earlier copies of your data that can be restored</source>
        <translation>Eerdere kopieën van je gegevens die teruggezet kunnen worden</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Deze back-up terugzetten</translation>
    </message>
    <message>
        <source>Replaces the damaged data with the chosen backup</source>
        <translation>Vervangt de beschadigde gegevens door de gekozen back-up</translation>
    </message>
    <message>
        <source>Re&amp;store this backup</source>
        <translation>&amp;Back-up terugzetten</translation>
    </message>
    <message numerus="yes">
        <source>Please use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>That passphrase does not open your data. Check Caps Lock and try again.</source>
        <translation>Met die wachtzin gaan je gegevens niet open. Kijk of Caps Lock aanstaat en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your data file is damaged or incomplete, so it was not opened and nothing was deleted. You can restore a backup below, or ask for help before you do anything else.</source>
        <translation>Je gegevensbestand is beschadigd of onvolledig. Daarom is het niet geopend en is er niets gewist. Je kunt hieronder een back-up terugzetten, of hulp vragen voor je iets anders doet.</translation>
    </message>
    <message>
        <source>Your data is open in another window of the kit. Close that one first.</source>
        <translation>Je gegevens zijn open in een ander venster van de kit. Sluit dat eerst.</translation>
    </message>
    <message>
        <source>Your data could not be opened. Check that the data folder is readable and not full.</source>
        <translation>Je gegevens konden niet geopend worden. Kijk of de gegevensmap leesbaar is en niet vol.</translation>
    </message>
    <message>
        <source>Not remembered: %s</source>
        <translation>Niet onthouden: %s</translation>
    </message>
    <message>
        <source>Not remembered: the system keychain did not answer.</source>
        <translation>Niet onthouden: de sleutelhanger van het systeem antwoordde niet.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup above, then restore again.</source>
        <translation>Typ hierboven de wachtzin van de back-up en zet hem daarna opnieuw terug.</translation>
    </message>
    <message>
        <source>This backup could not be restored. Try an older one.</source>
        <translation>Deze back-up kon niet teruggezet worden. Probeer een oudere.</translation>
    </message>
    <message>
        <source>The data file of the kit was replaced by another, unencrypted file. It was not opened or changed. Ask for help before you do anything else.</source>
        <translation>Het gegevensbestand van de kit is vervangen door een ander, onversleuteld bestand. Het is niet geopend en niet veranderd. Vraag hulp voor je iets anders doet.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message numerus="yes">
        <source>Last change: %1, %n entries.</source>
        <translation>
            <numerusform>Laatste wijziging: %1, %n gebeurtenis in het logboek.</numerusform>
            <numerusform>Laatste wijziging: %1, %n gebeurtenissen in het logboek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to unlock since your last unlock.</source>
        <translation>
            <numerusform>%n mislukte poging om te ontgrendelen sinds de vorige keer dat je ontgrendelde.</numerusform>
            <numerusform>%n mislukte pogingen om te ontgrendelen sinds de vorige keer dat je ontgrendelde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries may be missing</source>
        <translation>Er kunnen gebeurtenissen ontbreken</translation>
    </message>
    <message>
        <source>This data file is older than your last backup: entries may be missing. Someone may have put an older copy in its place. Restore the newest backup?</source>
        <translation>Dit gegevensbestand is ouder dan je laatste back-up: er kunnen gebeurtenissen ontbreken. Misschien heeft iemand er een oudere kopie in de plaats gezet. De nieuwste back-up terugzetten?</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>Nieuwste back-up &amp;terugzetten</translation>
    </message>
    <message>
        <source>This data file is older than the last one this computer saw: entries may be missing. Someone may have put an older copy in its place. Check your journal, and ask for help if things are missing.</source>
        <translation>Dit gegevensbestand is ouder dan het laatste dat deze computer zag: er kunnen gebeurtenissen ontbreken. Misschien heeft iemand er een oudere kopie in de plaats gezet. Kijk je logboek na, en vraag hulp als er iets ontbreekt.</translation>
    </message>
    <message>
        <source>&amp;Keep this data</source>
        <translation>Deze gegevens &amp;houden</translation>
    </message>
    <message>
        <source>The backup could not be restored. Your data file was kept as it was.</source>
        <translation>De back-up kon niet teruggezet worden. Je gegevensbestand is gebleven zoals het was.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel foute wachtzinnen. Je kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Te veel foute wachtzinnen. Je kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>branding</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>The other person may notice this:</source>
        <translation>De andere persoon kan dit merken:</translation>
    </message>
    <message>
        <source>Save evidence first:</source>
        <translation>Bewaar eerst bewijs:</translation>
    </message>
    <message>
        <source>Your safety:</source>
        <translation>Je veiligheid:</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Digital separation</source>
        <translation>Digitale scheiding</translation>
    </message>
    <message>
        <source>Family &amp; media</source>
        <translation>Gezin &amp; media</translation>
    </message>
    <message>
        <source>Computer check</source>
        <translation>Computercheck</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Help &amp; rights</source>
        <translation>Hulp &amp; rechten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Violence at home</source>
        <translation>Geweld thuis</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Seksueel geweld</translation>
    </message>
    <message>
        <source>Intimate images online</source>
        <translation>Intieme beelden online</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Kinderen en jongeren</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Juridische hulp</translation>
    </message>
    <message>
        <source>Psychological help</source>
        <translation>Psychologische hulp</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Iemand om mee te praten</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Medische hulp</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Waar vind je hulp</translation>
    </message>
    <message>
        <source>You are not alone. These services listen, help and know the way. Many are free and some are anonymous.</source>
        <translation>Je staat er niet alleen voor. Deze diensten luisteren, helpen en kennen de weg. Veel zijn gratis en sommige zijn anoniem.</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>Kijk op de website</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>Nummers kunnen veranderen: werkt een nummer niet? Kijk dan op de website van de dienst.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Afgedrukt op</translation>
    </message>
    <message>
        <source>My plan: the steps still to do</source>
        <translation>Mijn plan: de stappen die nog te doen zijn</translation>
    </message>
    <message>
        <source>Do the steps in this order, at your own pace. Tick them off when done.</source>
        <translation>Doe de stappen in deze volgorde, op je eigen tempo. Vink ze af als ze klaar zijn.</translation>
    </message>
    <message>
        <source>All steps are done or marked 'not for me'. Well done.</source>
        <translation>Alle stappen zijn gedaan of gemarkeerd als 'niet voor mij'. Goed gedaan.</translation>
    </message>
    <message>
        <source>Help is there for you</source>
        <translation>Er is hulp voor jou</translation>
    </message>
    <message>
        <source>Scan with your phone camera to take the open steps with you as text:</source>
        <translation>Scan met de camera van je telefoon om de open stappen als tekst mee te nemen:</translation>
    </message>
    <message>
        <source>My plan, open steps:</source>
        <translation>Mijn plan, open stappen:</translation>
    </message>
    <message>
        <source>everyone needs this</source>
        <translation>iedereen heeft dit nodig</translation>
    </message>
    <message>
        <source>the other person knew your passwords or had your phone</source>
        <translation>de andere persoon kende je wachtwoorden of had je telefoon</translation>
    </message>
    <message>
        <source>you have children together</source>
        <translation>jullie hebben samen kinderen</translation>
    </message>
    <message>
        <source>you still live together</source>
        <translation>jullie wonen nog samen</translation>
    </message>
    <message>
        <source>the other person seems to know where you are</source>
        <translation>de andere persoon lijkt te weten waar je bent</translation>
    </message>
    <message>
        <source>the other person seems to know what you say or write</source>
        <translation>de andere persoon lijkt te weten wat je zegt of schrijft</translation>
    </message>
    <message>
        <source>the other person controls money or buys in your name</source>
        <translation>de andere persoon heeft de controle over het geld of koopt op jouw naam</translation>
    </message>
    <message>
        <source>you said: %s</source>
        <translation>je zei: %s</translation>
    </message>
    <message>
        <source>Yes, I feel in danger now</source>
        <translation>Ja, ik voel me nu in gevaar</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>iPhone of iPad</translation>
    </message>
    <message>
        <source>Android phone or tablet (Samsung, Google Pixel, ...)</source>
        <translation>Android-telefoon of -tablet (Samsung, Google Pixel, ...)</translation>
    </message>
    <message>
        <source>Windows computer</source>
        <translation>Windows-computer</translation>
    </message>
    <message>
        <source>Mac computer</source>
        <translation>Mac-computer</translation>
    </message>
    <message>
        <source>A computer or tablet that we shared</source>
        <translation>Een computer of tablet die we deelden</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook or Hotmail</source>
        <translation>Outlook of Hotmail</translation>
    </message>
    <message>
        <source>Mail from my internet provider (Telenet, Proximus, ...)</source>
        <translation>Mail van mijn internetprovider (Telenet, Proximus, KPN, Ziggo, ...)</translation>
    </message>
    <message>
        <source>Apple account (iCloud)</source>
        <translation>Apple-account (iCloud)</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Google-account</translation>
    </message>
    <message>
        <source>Microsoft account</source>
        <translation>Microsoft-account</translation>
    </message>
    <message>
        <source>Samsung account</source>
        <translation>Samsung-account</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Facebook or Messenger</source>
        <translation>Facebook of Messenger</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Life360</source>
        <translation>Life360</translation>
    </message>
    <message>
        <source>Banking app or a joint account</source>
        <translation>Bankapp of een gezamenlijke rekening</translation>
    </message>
    <message>
        <source>itsme</source>
        <translation>itsme</translation>
    </message>
    <message>
        <source>Belgian government websites (My Citizen Profile, eBox)</source>
        <translation>Websites van de Belgische overheid (Mijn Burgerprofiel, eBox)</translation>
    </message>
    <message>
        <source>DigiD (Netherlands)</source>
        <translation>DigiD (Nederland)</translation>
    </message>
    <message>
        <source>Payconiq</source>
        <translation>Payconiq</translation>
    </message>
    <message>
        <source>Web shops or parcel services</source>
        <translation>Webwinkels of pakketdiensten</translation>
    </message>
    <message>
        <source>The home Wi-Fi router</source>
        <translation>De wifirouter thuis</translation>
    </message>
    <message>
        <source>Smart speakers, cameras, doorbells or locks</source>
        <translation>Slimme speakers, camera's, deurbellen of sloten</translation>
    </message>
    <message>
        <source>A car with an app</source>
        <translation>Een auto met een app</translation>
    </message>
    <message>
        <source>A password manager</source>
        <translation>Een wachtwoordbeheerder</translation>
    </message>
    <message>
        <source>Netflix, Spotify, Disney+ or other streaming</source>
        <translation>Netflix, Spotify, Disney+ of andere streaming</translation>
    </message>
    <message>
        <source>The other person knew my passwords or had my phone</source>
        <translation>De andere persoon kende mijn wachtwoorden of had mijn telefoon</translation>
    </message>
    <message>
        <source>We have children together</source>
        <translation>We hebben samen kinderen</translation>
    </message>
    <message>
        <source>We still live together</source>
        <translation>We wonen nog samen</translation>
    </message>
    <message>
        <source>...knows where I am or where I have been</source>
        <translation>...weet waar ik ben of waar ik geweest ben</translation>
    </message>
    <message>
        <source>...knows what I say, write or search</source>
        <translation>...weet wat ik zeg, schrijf of opzoek</translation>
    </message>
    <message>
        <source>...controls my money, or buys things in my name</source>
        <translation>...heeft de controle over mijn geld, of koopt dingen op mijn naam</translation>
    </message>
    <message>
        <source>Phone check</source>
        <translation>Telefooncheck</translation>
    </message>
    <message>
        <source>you use an iPhone or iPad</source>
        <translation>je gebruikt een iPhone of iPad</translation>
    </message>
    <message>
        <source>you use an Android phone</source>
        <translation>je gebruikt een Android-telefoon</translation>
    </message>
    <message>
        <source>you use a Windows computer</source>
        <translation>je gebruikt een Windows-computer</translation>
    </message>
    <message>
        <source>you use a Mac</source>
        <translation>je gebruikt een Mac</translation>
    </message>
    <message>
        <source>you shared a computer or tablet</source>
        <translation>jullie deelden een computer of tablet</translation>
    </message>
    <message>
        <source>you use %s</source>
        <translation>je gebruikt: %s</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Open in your browser?</source>
        <translation>Openen in je browser?</translation>
    </message>
    <message>
        <source>This opens a web page in your browser:
%s</source>
        <translation>Dit opent een webpagina in je browser:
%s</translation>
    </message>
    <message>
        <source>The kit itself stays offline. Your browser may keep this page in its history, where someone else who uses this computer could see it. A private window leaves less behind.</source>
        <translation>De kit zelf blijft offline. Je browser kan deze pagina bewaren in de geschiedenis, waar iemand anders die deze computer gebruikt ze kan zien. Een privévenster laat minder sporen na.</translation>
    </message>
</context>
<context>
    <name>module_labels</name>
    <message>
        <source>0 to 3 years</source>
        <translation>0 tot 3 jaar</translation>
    </message>
    <message>
        <source>3 to 6 years</source>
        <translation>3 tot 6 jaar</translation>
    </message>
    <message>
        <source>6 to 12 years</source>
        <translation>6 tot 12 jaar</translation>
    </message>
    <message>
        <source>12 to 18 years</source>
        <translation>12 tot 18 jaar</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Volwassenen</translation>
    </message>
    <message>
        <source>Agreements at home</source>
        <translation>Afspraken thuis</translation>
    </message>
    <message>
        <source>Bystanders</source>
        <translation>Omstanders</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Cyberpesten</translation>
    </message>
    <message>
        <source>Dating and partner violence</source>
        <translation>Datinggeweld en partnergeweld</translation>
    </message>
    <message>
        <source>Deepnudes and AI images</source>
        <translation>Deepnudes en AI-beelden</translation>
    </message>
    <message>
        <source>Doxing</source>
        <translation>Doxing</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>Grooming</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Online intimidatie</translation>
    </message>
    <message>
        <source>Sharing intimate images without consent</source>
        <translation>Intieme beelden delen zonder toestemming</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Locatie delen</translation>
    </message>
    <message>
        <source>Online contacts</source>
        <translation>Online contacten</translation>
    </message>
    <message>
        <source>Media parenting</source>
        <translation>Mediaopvoeding</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Screen time</source>
        <translation>Schermtijd</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimen</translation>
    </message>
    <message>
        <source>Sexism</source>
        <translation>Seksisme</translation>
    </message>
    <message>
        <source>Sexting</source>
        <translation>Sexting</translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation>Sextortion</translation>
    </message>
    <message>
        <source>Stalkerware</source>
        <translation>Stalkerware</translation>
    </message>
    <message>
        <source>Victim blaming</source>
        <translation>Het slachtoffer de schuld geven</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Help in your region</source>
        <translation>Hulp in je regio</translation>
    </message>
    <message>
        <source>Emergency and police</source>
        <translation>Noodhulp en politie</translation>
    </message>
    <message>
        <source>Help lines for violence and abuse</source>
        <translation>Hulplijnen bij geweld en misbruik</translation>
    </message>
    <message>
        <source>Scan with your phone camera to open:</source>
        <translation>Scan met de camera van je telefoon om te openen:</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>Nummers kunnen veranderen: werkt een nummer niet? Kijk dan op de website van de dienst.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Afgedrukt op</translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>Points to bring out</source>
        <translation>Punten om te benadrukken</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Goed antwoord</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Fout antwoord</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>What we will learn</source>
        <translation>Wat we gaan leren</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Key message %1 of %2</source>
        <translation>Kernboodschap %1 van %2</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <source>What would you do?</source>
        <translation>Wat zou jij doen?</translation>
    </message>
    <message>
        <source>Scenario %1 of %2</source>
        <translation>Scenario %1 van %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>You are not alone</source>
        <translation>Je staat er niet alleen voor</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Waar vind je hulp</translation>
    </message>
</context>
</TS>
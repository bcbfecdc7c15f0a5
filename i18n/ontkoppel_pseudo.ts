<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this kit</source>
        <translation>[Àbõüt thîs kît ~~~~]</translation>
    </message>
    <message>
        <source>The version of the kit, the licences of the kit, of Qt and of the included data, and when the content was last checked</source>
        <translation>[Thé vérsîõñ õf thé kît, thé lîçéñçés õf thé kît, õf Qt àñd õf thé îñçlüdéd dàtà, àñd whéñ thé çõñtéñt wàs làst çhéçkéd ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>[&amp;Çlõsé ~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çlõsé ~]</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>[Çlõsés thîs wîñdõw ~~~~~]</translation>
    </message>
    <message>
        <source>An offline kit for digital safety. It works without internet and keeps your data encrypted on this device.</source>
        <translation>[Àñ õfflîñé kît fõr dîgîtàl sàfétý. Ît wõrks wîthõüt îñtérñét àñd kééps ýõür dàtà éñçrýptéd õñ thîs dévîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>[Lîçéñçés ~~]</translation>
    </message>
    <message>
        <source>The kit: %s</source>
        <translation>[Thé kît: %s ~~~]</translation>
    </message>
    <message>
        <source>Qt %1 and Qt for Python (PySide6) %2: %3</source>
        <translation>[Qt %1 àñd Qt fõr Pýthõñ (PýSîdé6) %2: %3 ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Included data</source>
        <translation>[Îñçlüdéd dàtà ~~~]</translation>
    </message>
    <message>
        <source>Content last checked</source>
        <translation>[Çõñtéñt làst çhéçkéd ~~~~~~]</translation>
    </message>
    <message>
        <source>Licence of %s</source>
        <translation>[Lîçéñçé õf %s ~~~]</translation>
    </message>
    <message>
        <source>The content could not be read.</source>
        <translation>[Thé çõñtéñt çõüld ñõt bé réàd. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>[Güîdés ~]</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>[Çhéçklîsts ~~~]</translation>
    </message>
    <message>
        <source>Family &amp; media modules</source>
        <translation>[Fàmîlý &amp; médîà mõdülés ~~~~~~]</translation>
    </message>
    <message>
        <source>Rights pages</source>
        <translation>[Rîghts pàgés ~~~]</translation>
    </message>
    <message>
        <source>All content</source>
        <translation>[Àll çõñtéñt ~~~]</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>[Çõñtéñt ~~]</translation>
    </message>
    <message>
        <source>Oldest check</source>
        <translation>[Õldést çhéçk ~~~]</translation>
    </message>
    <message>
        <source>Newest check</source>
        <translation>[Ñéwést çhéçk ~~~]</translation>
    </message>
    <message>
        <source>Icons: Lucide %s (ISC licence), https://lucide.dev</source>
        <translation>[Îçõñs: Lüçîdé %s (ÎSÇ lîçéñçé), https://lüçîdé.dév ~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>This check looks for remote access, sharing and signs of monitoring software on this computer. It only reads: it changes nothing and sends nothing over the internet. If something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result to your journal first and talk to a help service.</source>
        <translation>[Thîs çhéçk lõõks fõr rémõté àççéss, shàrîñg àñd sîgñs õf mõñîtõrîñg sõftwàré õñ thîs çõmpütér. Ît õñlý réàds: ît çhàñgés ñõthîñg àñd séñds ñõthîñg õvér thé îñtérñét. Îf sõméthîñg îs fõüñd, dõ ñõt rémõvé ît stràîght àwàý. Thé õthér pérsõñ màý ñõtîçé, àñd ît îs évîdéñçé. Sàvé thé résült tõ ýõür jõürñàl fîrst àñd tàlk tõ à hélp sérvîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>[&amp;Stàrt thé çhéçk ~~~~]</translation>
    </message>
    <message>
        <source>Reads the settings and programs of this computer; takes a few seconds</source>
        <translation>[Réàds thé séttîñgs àñd prõgràms õf thîs çõmpütér; tàkés à féw séçõñds ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>[&amp;Çàñçél ~~]</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>[Stõps thé çhéçk ~~~~]</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>[Prõgréss õf thé çhéçk ~~~~~~]</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>[Çhéçks ~]</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>[Évérý çhéçk àñd îts résült sõ fàr ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>[Résülts ~~]</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>[Fîñdîñgs grõüpéd bý whàt théý méàñ; éxpàñd õñé tõ réàd mõré ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The check itself could not run. Nothing was changed on this computer. Try again, or ask a help service to look with you.</source>
        <translation>[Thé çhéçk îtsélf çõüld ñõt rüñ. Ñõthîñg wàs çhàñgéd õñ thîs çõmpütér. Trý àgàîñ, õr àsk à hélp sérvîçé tõ lõõk wîth ýõü. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>[%1 ñééd àttéñtîõñ, %2 gõõd tõ kñõw, %3 çõüld ñõt bé çhéçkéd, %4 lõõk fîñé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>computer-check.pdf</source>
        <translation>[çõmpütér-çhéçk.pdf ~~~~~]</translation>
    </message>
    <message>
        <source>Computer check of %s</source>
        <translation>[Çõmpütér çhéçk õf %s ~~~~~~]</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>[Thîs çõmpütér ~~~]</translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>[Thé çhéçk îs fîñîshéd. ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>Technical details</source>
        <translation>[Téçhñîçàl détàîls ~~~~~]</translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>&amp;Print checklist</source>
        <translation>[&amp;Prîñt çhéçklîst ~~~~]</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>[Prîñt çhéçklîst ~~~~]</translation>
    </message>
    <message>
        <source>Prints this checklist to fill in on paper</source>
        <translation>[Prîñts thîs çhéçklîst tõ fîll îñ õñ pàpér ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>[Sàvé às PD&amp;F ~~~]</translation>
    </message>
    <message>
        <source>Save checklist as PDF</source>
        <translation>[Sàvé çhéçklîst às PDF ~~~~~~]</translation>
    </message>
    <message>
        <source>Saves this checklist as a PDF file</source>
        <translation>[Sàvés thîs çhéçklîst às à PDF fîlé ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>[Çhéçklîsts ~~~]</translation>
    </message>
    <message>
        <source>Choose a checklist to read or print</source>
        <translation>[Çhõõsé à çhéçklîst tõ réàd õr prîñt ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>[Çhéçklîst ~~]</translation>
    </message>
    <message>
        <source>The text of the chosen checklist</source>
        <translation>[Thé téxt õf thé çhõséñ çhéçklîst ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF fîlés (*.pdf) ~~~~~]</translation>
    </message>
</context>
<context>
    <name>DangerDialog</name>
    <message>
        <source>In danger now?</source>
        <translation>[Îñ dàñgér ñõw? ~~~~]</translation>
    </message>
    <message>
        <source>If you are in danger now, call for help.</source>
        <translation>[Îf ýõü àré îñ dàñgér ñõw, çàll fõr hélp. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Region: %s</source>
        <translation>[Régîõñ: %s ~~~]</translation>
    </message>
    <message>
        <source>If you cannot talk, stay on the line: emergency services can still try to help. This screen is not saved anywhere.</source>
        <translation>[Îf ýõü çàññõt tàlk, stàý õñ thé lîñé: émérgéñçý sérvîçés çàñ stîll trý tõ hélp. Thîs sçrééñ îs ñõt sàvéd àñýwhéré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your private data</source>
        <translation>[Ýõür prîvàté dàtà ~~~~~]</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>[Çhàñgé &amp;pàssphràsé... ~~~~~~]</translation>
    </message>
    <message>
        <source>Choose a new passphrase for your data</source>
        <translation>[Çhõõsé à ñéw pàssphràsé fõr ýõür dàtà ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save an encrypted &amp;backup...</source>
        <translation>[Sàvé àñ éñçrýptéd &amp;bàçküp... ~~~~~~~~]</translation>
    </message>
    <message>
        <source>A copy to move to another computer; it needs your passphrase</source>
        <translation>[À çõpý tõ mõvé tõ àñõthér çõmpütér; ît ñééds ýõür pàssphràsé ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Brings in a backup made on another computer</source>
        <translation>[Brîñgs îñ à bàçküp màdé õñ àñõthér çõmpütér ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Load a back&amp;up...</source>
        <translation>[Lõàd à bàçk&amp;üp... ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Erase all my data...</source>
        <translation>[&amp;Éràsé àll mý dàtà... ~~~~~~]</translation>
    </message>
    <message>
        <source>Deletes everything the kit saved on this computer</source>
        <translation>[Délétés évérýthîñg thé kît sàvéd õñ thîs çõmpütér ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your data is open.</source>
        <translation>[Ýõür dàtà îs õpéñ. ~~~~~]</translation>
    </message>
    <message>
        <source>Unlock your data (in Digital separation or Journal) to change the passphrase or make a backup.</source>
        <translation>[Üñlõçk ýõür dàtà (îñ Dîgîtàl sépàràtîõñ õr Jõürñàl) tõ çhàñgé thé pàssphràsé õr màké à bàçküp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>[Çhàñgé pàssphràsé ~~~~~]</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>[Ñéw pàssphràsé (àt léàst 8 çhàràçtérs): ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>[Týpé ît àgàîñ: ~~~~]</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>[Thé twõ pàssphràsés àré ñõt thé sàmé. Ñõthîñg wàs çhàñgéd. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Please use at least 8 characters. Nothing was changed.</source>
        <translation>[Pléàsé üsé àt léàst 8 çhàràçtérs. Ñõthîñg wàs çhàñgéd. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>[Sàvé àñ éñçrýptéd bàçküp ~~~~~~~]</translation>
    </message>
    <message>
        <source>Backup files (*.db)</source>
        <translation>[Bàçküp fîlés (*.db) ~~~~~]</translation>
    </message>
    <message>
        <source>Load a backup</source>
        <translation>[Lõàd à bàçküp ~~~]</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>[Pàssphràsé õf thé bàçküp: ~~~~~~~]</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>[Thàt pàssphràsé dõés ñõt õpéñ thîs bàçküp. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is already data on this computer. To replace it, first erase all data here.</source>
        <translation>[Théré îs àlréàdý dàtà õñ thîs çõmpütér. Tõ réplàçé ît, fîrst éràsé àll dàtà héré. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This file could not be loaded as a backup of the kit.</source>
        <translation>[Thîs fîlé çõüld ñõt bé lõàdéd às à bàçküp õf thé kît. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Erase all my data?</source>
        <translation>[Éràsé àll mý dàtà? ~~~~~]</translation>
    </message>
    <message>
        <source>This deletes everything the kit saved on this computer. It cannot be undone.</source>
        <translation>[Thîs délétés évérýthîñg thé kît sàvéd õñ thîs çõmpütér. Ît çàññõt bé üñdõñé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>You will lose:</source>
        <translation>[Ýõü wîll lõsé: ~~~~]</translation>
    </message>
    <message>
        <source>nothing is saved yet</source>
        <translation>[ñõthîñg îs sàvéd ýét ~~~~~~]</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>[Éràsé évérýthîñg ~~~~]</translation>
    </message>
    <message>
        <source>Erase all my data</source>
        <translation>[Éràsé àll mý dàtà ~~~~~]</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation>[Ýõür çürréñt pàssphràsé: ~~~~~~~]</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>[Thàt îs ñõt ýõür çürréñt pàssphràsé. Ñõthîñg wàs çhàñgéd. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your passphrase is changed, also for the backups on this computer. A backup you saved elsewhere still opens with the old passphrase: delete it, or keep it safe.</source>
        <translation>[Ýõür pàssphràsé îs çhàñgéd, àlsõ fõr thé bàçküps õñ thîs çõmpütér. À bàçküp ýõü sàvéd élséwhéré stîll õpéñs wîth thé õld pàssphràsé: délété ît, õr kéép ît sàfé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Wait %n second(s), then try again.</source>
        <translation><numerusform>[Tõõ màñý wrõñg pàssphràsés. Wàît %n séçõñd(s), théñ trý àgàîñ. ~~~~~~~~~~~~~~~~~~]</numerusform><numerusform>[Tõõ màñý wrõñg pàssphràsés. Wàît %n séçõñd(s), théñ trý àgàîñ. ~~~~~~~~~~~~~~~~~~]</numerusform></translation></message>
    <message>
        <source>That folder is a link to another place, so nothing was saved. Choose a real folder.</source>
        <translation>[Thàt fõldér îs à lîñk tõ àñõthér plàçé, sõ ñõthîñg wàs sàvéd. Çhõõsé à réàl fõldér. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The backup could not be saved there. Choose a new file name in a folder with enough free space.</source>
        <translation>[Thé bàçküp çõüld ñõt bé sàvéd théré. Çhõõsé à ñéw fîlé ñàmé îñ à fõldér wîth éñõügh fréé spàçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The encrypted backup is saved as:
%s

It opens with your current passphrase, also after you change it here.</source>
        <translation>[Thé éñçrýptéd bàçküp îs sàvéd às:
%s

Ît õpéñs wîth ýõür çürréñt pàssphràsé, àlsõ àftér ýõü çhàñgé ît héré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This file is an ordinary database, not a backup of the kit. Nothing was changed.</source>
        <translation>[Thîs fîlé îs àñ õrdîñàrý dàtàbàsé, ñõt à bàçküp õf thé kît. Ñõthîñg wàs çhàñgéd. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This file holds data of another program, not a backup of the kit. Nothing was changed.</source>
        <translation>[Thîs fîlé hõlds dàtà õf àñõthér prõgràm, ñõt à bàçküp õf thé kît. Ñõthîñg wàs çhàñgéd. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The kit's data folder on this computer is erased, with your settings.</source>
        <translation>[Thé kît's dàtà fõldér õñ thîs çõmpütér îs éràséd, wîth ýõür séttîñgs. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The files are erased, but the keychain entry could not be removed. Remove 'Ontkoppel' from the system keychain yourself.</source>
        <translation>[Thé fîlés àré éràséd, büt thé kéýçhàîñ éñtrý çõüld ñõt bé rémõvéd. Rémõvé 'Õñtkõppél' frõm thé sýstém kéýçhàîñ ýõürsélf. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not everything could be erased. These files are still in the data folder:</source>
        <translation>[Ñõt évérýthîñg çõüld bé éràséd. Thésé fîlés àré stîll îñ thé dàtà fõldér: ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not erased: journal exports and backups you saved elsewhere (for example on a USB stick or in a cloud folder). A backup saved elsewhere still opens with the passphrase it was saved with, also after you changed the passphrase.</source>
        <translation>[Ñõt éràséd: jõürñàl éxpõrts àñd bàçküps ýõü sàvéd élséwhéré (fõr éxàmplé õñ à ÜSB stîçk õr îñ à çlõüd fõldér). À bàçküp sàvéd élséwhéré stîll õpéñs wîth thé pàssphràsé ît wàs sàvéd wîth, àlsõ àftér ýõü çhàñgéd thé pàssphràsé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The encrypted backup is saved.</source>
        <translation>[Thé éñçrýptéd bàçküp îs sàvéd. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The backup is loaded. Your data is open.</source>
        <translation>[Thé bàçküp îs lõàdéd. Ýõür dàtà îs õpéñ. ~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Every kind of help</source>
        <translation>[Évérý kîñd õf hélp ~~~~~]</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>[Régîõñ ~]</translation>
    </message>
    <message>
        <source>Shows the services for this region</source>
        <translation>[Shõws thé sérvîçés fõr thîs régîõñ ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>[Kîñd õf hélp ~~~]</translation>
    </message>
    <message>
        <source>Shows only services that help with this</source>
        <translation>[Shõws õñlý sérvîçés thàt hélp wîth thîs ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>[Séàrçh ~]</translation>
    </message>
    <message>
        <source>Search in the names and descriptions</source>
        <translation>[Séàrçh îñ thé ñàmés àñd désçrîptîõñs ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Print &amp;handout</source>
        <translation>[Prîñt &amp;hàñdõüt ~~~~]</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>[Prîñt hàñdõüt ~~~]</translation>
    </message>
    <message>
        <source>Prints every service of this region on paper</source>
        <translation>[Prîñts évérý sérvîçé õf thîs régîõñ õñ pàpér ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>[Sàvé hàñdõüt às PD&amp;F ~~~~~~]</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>[Sàvé hàñdõüt às PDF ~~~~~]</translation>
    </message>
    <message>
        <source>Saves every service of this region as a PDF file</source>
        <translation>[Sàvés évérý sérvîçé õf thîs régîõñ às à PDF fîlé ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Help services</source>
        <translation>[Hélp sérvîçés ~~~]</translation>
    </message>
    <message>
        <source>Choose a service to see its number and QR code</source>
        <translation>[Çhõõsé à sérvîçé tõ séé îts ñümbér àñd QR çõdé ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Help handout</source>
        <translation>[Hélp hàñdõüt ~~~]</translation>
    </message>
    <message>
        <source>help-handout.pdf</source>
        <translation>[hélp-hàñdõüt.pdf ~~~~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF fîlés (*.pdf) ~~~~~]</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>[Ré&amp;gîõñ: ~~]</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>[&amp;Kîñd õf hélp: ~~~~]</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry details</source>
        <translation>[Éñtrý détàîls ~~~]</translation>
    </message>
    <message>
        <source>All fields, files and changes of the chosen entry</source>
        <translation>[Àll fîélds, fîlés àñd çhàñgés õf thé çhõséñ éñtrý ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>[Çhõõsé àñ éñtrý tõ séé ît héré. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>[Whéñ ~]</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>[Whéré ~]</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>[Péõplé îñvõlvéd ~~~~]</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>[Fîlés ~]</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>[Çhàñgés ~~]</translation>
    </message>
    <message>
        <source>Preview of %s</source>
        <translation>[Prévîéw õf %s ~~~]</translation>
    </message>
    <message>
        <source>written</source>
        <translation>[wrîttéñ ~~]</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>[çhàñgéd ~~]</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>[délétéd ~~]</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>[réstõréd ~~]</translation>
    </message>
    <message>
        <source>file added</source>
        <translation>[fîlé àddéd ~~~]</translation>
    </message>
    <message>
        <source>file removed</source>
        <translation>[fîlé rémõvéd ~~~]</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Change entry</source>
        <translation>[Çhàñgé éñtrý ~~~]</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>[Ñéw jõürñàl éñtrý ~~~~~]</translation>
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation>[Àdd &amp;fîlés... ~~~]</translation>
    </message>
    <message>
        <source>Also keep where each file was on this computer</source>
        <translation>[Àlsõ kéép whéré éàçh fîlé wàs õñ thîs çõmpütér ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Off by default: the file's folder can reveal private information.</source>
        <translation>[Õff bý défàült: thé fîlé's fõldér çàñ révéàl prîvàté îñfõrmàtîõñ. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>[&amp;Whéñ dîd ît hàppéñ? ~~~~~~]</translation>
    </message>
    <message>
        <source>Date and time of the incident, not of writing</source>
        <translation>[Dàté àñd tîmé õf thé îñçîdéñt, ñõt õf wrîtîñg ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The kind of incident</source>
        <translation>[Thé kîñd õf îñçîdéñt ~~~~~~]</translation>
    </message>
    <message>
        <source>Wh&amp;at happened?</source>
        <translation>[Wh&amp;àt hàppéñéd? ~~~~]</translation>
    </message>
    <message>
        <source>Whe&amp;re? (app, website, place)</source>
        <translation>[Whé&amp;ré? (àpp, wébsîté, plàçé) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>For example WhatsApp, Instagram or at home</source>
        <translation>[Fõr éxàmplé WhàtsÀpp, Îñstàgràm õr àt hõmé ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;People involved</source>
        <translation>[&amp;Péõplé îñvõlvéd ~~~~]</translation>
    </message>
    <message>
        <source>Who did it, who saw it; free text</source>
        <translation>[Whõ dîd ît, whõ sàw ît; fréé téxt ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>[&amp;Désçrîptîõñ ~~~]</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>[Whàt hàppéñéd, îñ ýõür õwñ wõrds ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>[Fîlés ~]</translation>
    </message>
    <message>
        <source>Screenshots, photos, videos or documents to add</source>
        <translation>[Sçrééñshõts, phõtõs, vîdéõs õr dõçüméñts tõ àdd ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>[Àdd fîlés ~~]</translation>
    </message>
    <message>
        <source>Choose files to copy into the encrypted journal</source>
        <translation>[Çhõõsé fîlés tõ çõpý îñtõ thé éñçrýptéd jõürñàl ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>[&amp;Sàvé ~]</translation>
    </message>
    <message>
        <source>Saves the entry (Ctrl+Enter)</source>
        <translation>[Sàvés thé éñtrý (Çtrl+Éñtér) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>[Çhõõsé fîlés ~~~]</translation>
    </message>
    <message>
        <source>Please write a few words about what happened.</source>
        <translation>[Pléàsé wrîté à féw wõrds àbõüt whàt hàppéñéd. ~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>[Slîdé %1 õf %2 ~~~~]</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>[Ñõw: ~]</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>[Ñéxt: ~]</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>[thé éñd ~~]</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>[Ñõ ñõtés fõr thîs slîdé. ~~~~~~~]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Ñõtés ~]</translation>
    </message>
    <message>
        <source>Notes for this &amp;slide</source>
        <translation>[Ñõtés fõr thîs &amp;slîdé ~~~~~~]</translation>
    </message>
    <message>
        <source>Session &amp;guide</source>
        <translation>[Séssîõñ &amp;güîdé ~~~~]</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>[Fàçîlîtàtõr ñõtés ~~~~~]</translation>
    </message>
    <message>
        <source>Only on your screen, never on the projected one</source>
        <translation>[Õñlý õñ ýõür sçrééñ, ñévér õñ thé prõjéçtéd õñé ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Notes for this slide</source>
        <translation>[Ñõtés fõr thîs slîdé ~~~~~~]</translation>
    </message>
    <message>
        <source>Points to bring out and answer explanations; only you see these</source>
        <translation>[Põîñts tõ brîñg õüt àñd àñswér éxplàñàtîõñs; õñlý ýõü séé thésé ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Session guide</source>
        <translation>[Séssîõñ güîdé ~~~]</translation>
    </message>
    <message>
        <source>How to open, the timed outline, and what to do if someone tells about abuse</source>
        <translation>[Hõw tõ õpéñ, thé tîméd õütlîñé, àñd whàt tõ dõ îf sõméõñé télls àbõüt àbüsé ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Previous slide</source>
        <translation>[&amp;Prévîõüs slîdé ~~~~]</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>[Prévîõüs slîdé ~~~~]</translation>
    </message>
    <message>
        <source>Shows the previous slide on the projected screen (Page Up)</source>
        <translation>[Shõws thé prévîõüs slîdé õñ thé prõjéçtéd sçrééñ (Pàgé Üp) ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Next slide</source>
        <translation>[&amp;Ñéxt slîdé ~~~]</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>[Ñéxt slîdé ~~~]</translation>
    </message>
    <message>
        <source>Shows the next slide on the projected screen (Page Down)</source>
        <translation>[Shõws thé ñéxt slîdé õñ thé prõjéçtéd sçrééñ (Pàgé Dõwñ) ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>[&amp;Blàñk sçrééñ ~~~]</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>[Blàñk sçrééñ ~~~]</translation>
    </message>
    <message>
        <source>Makes the projected screen black, or shows the slide again</source>
        <translation>[Màkés thé prõjéçtéd sçrééñ blàçk, õr shõws thé slîdé àgàîñ ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;End presentation</source>
        <translation>[&amp;Éñd préséñtàtîõñ ~~~~~]</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>[Éñd préséñtàtîõñ ~~~~]</translation>
    </message>
    <message>
        <source>Closes the projected screen and these notes</source>
        <translation>[Çlõsés thé prõjéçtéd sçrééñ àñd thésé ñõtés ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>[Îf sõméõñé télls àbõüt àbüsé ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Opens the disclosure protocol on your screen only; you can print it</source>
        <translation>[Õpéñs thé dîsçlõsüré prõtõçõl õñ ýõür sçrééñ õñlý; ýõü çàñ prîñt ît ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>[Gét ît rémõvéd ~~~~]</translation>
    </message>
    <message>
        <source>Opens the steps to get intimate images taken offline, on your screen only; you can print it</source>
        <translation>[Õpéñs thé stéps tõ gét îñtîmàté îmàgés tàkéñ õfflîñé, õñ ýõür sçrééñ õñlý; ýõü çàñ prîñt ît ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Module &amp;library</source>
        <translation>[Mõdülé &amp;lîbràrý ~~~~]</translation>
    </message>
    <message>
        <source>Session l&amp;og</source>
        <translation>[Séssîõñ l&amp;õg ~~~]</translation>
    </message>
    <message>
        <source>The modules for parents, and the log of the sessions you gave</source>
        <translation>[Thé mõdülés fõr pàréñts, àñd thé lõg õf thé séssîõñs ýõü gàvé ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>&lt; &amp;Back to my plan</source>
        <translation>[&lt; &amp;Back to my plan ~~~~~]</translation>
    </message>
    <message>
        <source>Back to my plan</source>
        <translation>[Bàçk tõ mý plàñ ~~~~]</translation>
    </message>
    <message>
        <source>Shows the list of guides in your plan</source>
        <translation>[Shõws thé lîst õf güîdés îñ ýõür plàñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>[Whý ît màttérs ~~~~]</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>[Béfõré ýõü stàrt ~~~~]</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>[Sõürçés: %1. Çhéçkéd õñ %2. ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Back to my &amp;plan</source>
        <translation>[Bàçk tõ mý &amp;plàñ ~~~~]</translation>
    </message>
    <message>
        <source>End of the guide: shows the list of guides in your plan</source>
        <translation>[Éñd õf thé güîdé: shõws thé lîst õf güîdés îñ ýõür plàñ ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Next guide</source>
        <translation>[&amp;Ñéxt güîdé ~~~]</translation>
    </message>
    <message>
        <source>Next guide: %s</source>
        <translation>[Ñéxt güîdé: %s ~~~~]</translation>
    </message>
    <message>
        <source>Opens the next guide of your plan</source>
        <translation>[Õpéñs thé ñéxt güîdé õf ýõür plàñ ~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over and end the session</source>
        <translation>[Hàñd õvér àñd éñd thé séssîõñ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Give the person what they need to go on alone, then erase the session. Nothing of it stays on this computer.</source>
        <translation>[Gîvé thé pérsõñ whàt théý ñééd tõ gõ õñ àlõñé, théñ éràsé thé séssîõñ. Ñõthîñg õf ît stàýs õñ thîs çõmpütér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>1. &amp;Print the summary</source>
        <translation>[1. &amp;Prîñt thé sümmàrý ~~~~~~]</translation>
    </message>
    <message>
        <source>2. &amp;Take it home on the phone (QR code)</source>
        <translation>[2. &amp;Tàké ît hõmé õñ thé phõñé (QR çõdé) ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>3. &amp;Erase and end the session</source>
        <translation>[3. &amp;Éràsé àñd éñd thé séssîõñ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>[&amp;Ñõt ýét ~~]</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help services</source>
        <translation>[Hélp sérvîçés ~~~]</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>[Ýõür rîghts ~~~]</translation>
    </message>
    <message>
        <source>Help services and your rights</source>
        <translation>[Hélp sérvîçés àñd ýõür rîghts ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HelperOpening</name>
    <message>
        <source>Before you start together</source>
        <translation>[Béfõré ýõü stàrt tõgéthér ~~~~~~~]</translation>
    </message>
    <message>
        <source>This is a guest session: nothing is saved on this computer. Go through these three points with the person first.</source>
        <translation>[Thîs îs à güést séssîõñ: ñõthîñg îs sàvéd õñ thîs çõmpütér. Gõ thrõügh thésé thréé põîñts wîth thé pérsõñ fîrst. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The person wants to do this now, and knows they can stop at any time</source>
        <translation>[Thé pérsõñ wàñts tõ dõ thîs ñõw, àñd kñõws théý çàñ stõp àt àñý tîmé ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Ask, do not assume. They decide which steps to take, and when.</source>
        <translation>[Àsk, dõ ñõt àssümé. Théý déçîdé whîçh stéps tõ tàké, àñd whéñ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The other person is not nearby and cannot see or hear us</source>
        <translation>[Thé õthér pérsõñ îs ñõt ñéàrbý àñd çàññõt séé õr héàr üs ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>If they are, stop here and agree on a safer moment.</source>
        <translation>[Îf théý àré, stõp héré àñd àgréé õñ à sàfér mõméñt. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This computer and the person's phone are safe to use</source>
        <translation>[Thîs çõmpütér àñd thé pérsõñ's phõñé àré sàfé tõ üsé ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not shared with, bought or set up by the other person. If you are not sure, check this computer first, and use the phone only for steps the other person cannot notice.</source>
        <translation>[Ñõt shàréd wîth, bõüght õr sét üp bý thé õthér pérsõñ. Îf ýõü àré ñõt süré, çhéçk thîs çõmpütér fîrst, àñd üsé thé phõñé õñlý fõr stéps thé õthér pérsõñ çàññõt ñõtîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Check this &amp;computer</source>
        <translation>[Çhéçk thîs &amp;çõmpütér ~~~~~~]</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>[Çhéçk thîs çõmpütér ~~~~~]</translation>
    </message>
    <message>
        <source>Opens the computer check, which changes nothing</source>
        <translation>[Õpéñs thé çõmpütér çhéçk, whîçh çhàñgés ñõthîñg ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>[&amp;Stàrt thé qüéstîõñs ~~~~~~]</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>[Stàrt thé qüéstîõñs ~~~~~]</translation>
    </message>
    <message>
        <source>Tick the three points first</source>
        <translation>[Tîçk thé thréé põîñts fîrst ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Your situation</source>
        <translation>[Ýõür sîtüàtîõñ ~~~~]</translation>
    </message>
    <message>
        <source>Tick what applies to you. You can skip any question. The answers only choose which guides go into your plan, and in which order.</source>
        <translation>[Tîçk whàt àpplîés tõ ýõü. Ýõü çàñ skîp àñý qüéstîõñ. Thé àñswérs õñlý çhõõsé whîçh güîdés gõ îñtõ ýõür plàñ, àñd îñ whîçh õrdér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>1. Do you feel in danger right now?</source>
        <translation>[1. Dõ ýõü féél îñ dàñgér rîght ñõw? ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>2. Which devices do you use?</source>
        <translation>[2. Whîçh dévîçés dõ ýõü üsé? ~~~~~~~~]</translation>
    </message>
    <message>
        <source>3. Which e-mail do you use?</source>
        <translation>[3. Whîçh é-màîl dõ ýõü üsé? ~~~~~~~~]</translation>
    </message>
    <message>
        <source>4. Which accounts and apps do you use?</source>
        <translation>[4. Whîçh àççõüñts àñd àpps dõ ýõü üsé? ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>5. Money and identity</source>
        <translation>[5. Mõñéý àñd îdéñtîtý ~~~~~~]</translation>
    </message>
    <message>
        <source>6. At home</source>
        <translation>[6. Àt hõmé ~~~]</translation>
    </message>
    <message>
        <source>7. Sharing</source>
        <translation>[7. Shàrîñg ~~~]</translation>
    </message>
    <message>
        <source>8. Children</source>
        <translation>[8. Çhîldréñ ~~~]</translation>
    </message>
    <message>
        <source>9. Living situation</source>
        <translation>[9. Lîvîñg sîtüàtîõñ ~~~~~]</translation>
    </message>
    <message>
        <source>10. Does it seem that the other person...</source>
        <translation>[10. Dõés ît séém thàt thé õthér pérsõñ... ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Tick if this applies to you</source>
        <translation>[Tîçk îf thîs àpplîés tõ ýõü ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Make my plan</source>
        <translation>[&amp;Màké mý plàñ ~~~]</translation>
    </message>
    <message>
        <source>Make my plan</source>
        <translation>[Màké mý plàñ ~~~]</translation>
    </message>
    <message>
        <source>Builds an ordered list of guides from your answers</source>
        <translation>[Büîlds àñ õrdéréd lîst õf güîdés frõm ýõür àñswérs ~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>JournalHome</name>
    <message>
        <source>&amp;New entry</source>
        <translation>[&amp;Ñéw éñtrý ~~~]</translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation>[Wrîté dõwñ sõméthîñg thàt hàppéñéd (Çtrl+Ñ) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>[Ç&amp;hàñgé ~~]</translation>
    </message>
    <message>
        <source>Change the chosen entry; the earlier version is kept</source>
        <translation>[Çhàñgé thé çhõséñ éñtrý; thé éàrlîér vérsîõñ îs képt ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Hide the chosen entry; this is recorded in its history</source>
        <translation>[Hîdé thé çhõséñ éñtrý; thîs îs réçõrdéd îñ îts hîstõrý ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>[Dé&amp;lété ~~]</translation>
    </message>
    <message>
        <source>Save a report with all files and their hashes, for the police or a lawyer</source>
        <translation>[Sàvé à répõrt wîth àll fîlés àñd théîr hàshés, fõr thé põlîçé õr à làwýér ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Ex&amp;port...</source>
        <translation>[Éx&amp;põrt... ~~~]</translation>
    </message>
    <message>
        <source>About your &amp;journal</source>
        <translation>[Àbõüt ýõür &amp;jõürñàl ~~~~~]</translation>
    </message>
    <message>
        <source>Where your journal is kept and who can see it</source>
        <translation>[Whéré ýõür jõürñàl îs képt àñd whõ çàñ séé ît ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Every kind of incident</source>
        <translation>[Évérý kîñd õf îñçîdéñt ~~~~~~]</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>[Pér&amp;îõd: ~~]</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>[Fîltér bý kîñd ~~~~]</translation>
    </message>
    <message>
        <source>Shows only entries of this kind</source>
        <translation>[Shõws õñlý éñtrîés õf thîs kîñd ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>[&amp;Frõm ~]</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>[&amp;Tõ ~]</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>[Frõm dàté ~~]</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>[Tõ dàté ~~]</translation>
    </message>
    <message>
        <source>Shows only incidents in this period</source>
        <translation>[Shõws õñlý îñçîdéñts îñ thîs pérîõd ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>[Jõürñàl éñtrîés ~~~~]</translation>
    </message>
    <message>
        <source>Your entries, oldest incident first</source>
        <translation>[Ýõür éñtrîés, õldést îñçîdéñt fîrst ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>[Délété thîs éñtrý? ~~~~~]</translation>
    </message>
    <message>
        <source>The entry is hidden from the list and the export. Its history records that it was deleted.</source>
        <translation>[Thé éñtrý îs hîddéñ frõm thé lîst àñd thé éxpõrt. Îts hîstõrý réçõrds thàt ît wàs délétéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Copying files into your encrypted journal...</source>
        <translation>[Çõpýîñg fîlés îñtõ ýõür éñçrýptéd jõürñàl... ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Çàñçél ~]</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>[Àddîñg fîlés ~~~]</translation>
    </message>
    <message>
        <source>Adding the file was cancelled. Nothing of it was kept.</source>
        <translation>[Àddîñg thé fîlé wàs çàñçélléd. Ñõthîñg õf ît wàs képt. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it still exists and that you may open it.</source>
        <translation>[À fîlé çõüld ñõt bé réàd. Çhéçk thàt ît stîll éxîsts àñd thàt ýõü màý õpéñ ît. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. In a guest session every file stays in memory: keep your progress on this computer first (with a passphrase), then add the file again.</source>
        <translation>[Théré wàs ñõt éñõügh mémõrý tõ àdd thîs fîlé. Îñ à güést séssîõñ évérý fîlé stàýs îñ mémõrý: kéép ýõür prõgréss õñ thîs çõmpütér fîrst (wîth à pàssphràsé), théñ àdd thé fîlé àgàîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. Close other programs, then try again.</source>
        <translation>[Théré wàs ñõt éñõügh mémõrý tõ àdd thîs fîlé. Çlõsé õthér prõgràms, théñ trý àgàîñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A file could not be added. Your journal itself is unchanged.</source>
        <translation>[À fîlé çõüld ñõt bé àddéd. Ýõür jõürñàl îtsélf îs üñçhàñgéd. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation>[Çhõõsé àñ émptý fõldér fõr thé éxpõrt ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>[Éxpõrt ~]</translation>
    </message>
    <message>
        <source>The export could not be written there. Choose an empty folder with enough free space.</source>
        <translation>[Thé éxpõrt çõüld ñõt bé wrîttéñ théré. Çhõõsé àñ émptý fõldér wîth éñõügh fréé spàçé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The export is ready in:
%s

It is NOT encrypted. Keep it somewhere safe, or give it straight to the police or your lawyer.</source>
        <translation>[Thé éxpõrt îs réàdý îñ:
%s

Ît îs ÑÕT éñçrýptéd. Kéép ît sõméwhéré sàfé, õr gîvé ît stràîght tõ thé põlîçé õr ýõür làwýér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>That folder is a link to another place, so nothing was written. Choose a real folder.</source>
        <translation>[Thàt fõldér îs à lîñk tõ àñõthér plàçé, sõ ñõthîñg wàs wrîttéñ. Çhõõsé à réàl fõldér. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>[&amp;Kîñd: ~]</translation>
    </message>
    <message>
        <source>The files are added to the entry.</source>
        <translation>[Thé fîlés àré àddéd tõ thé éñtrý. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The export is ready.</source>
        <translation>[Thé éxpõrt îs réàdý. ~~~~~~]</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>[Àll dàtés ~~]</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>[Thé làst 7 dàýs ~~~~]</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>[Thé làst 30 dàýs ~~~~]</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>[Thé làst 12 mõñths ~~~~~]</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>[Dàtés õf mý çhõîçé ~~~~~]</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>[Pérîõd ~]</translation>
    </message>
    <message>
        <source>Your journal is empty. Write down what happened, as soon as you can: when, what, and where. Add screenshots, messages or other files as evidence. Everything stays encrypted on this computer; you decide if and when to export it.</source>
        <translation>[Ýõür jõürñàl îs émptý. Wrîté dõwñ whàt hàppéñéd, às sõõñ às ýõü çàñ: whéñ, whàt, àñd whéré. Àdd sçrééñshõts, méssàgés õr õthér fîlés às évîdéñçé. Évérýthîñg stàýs éñçrýptéd õñ thîs çõmpütér; ýõü déçîdé îf àñd whéñ tõ éxpõrt ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>When</source>
        <translation>[Whéñ ~]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[Whàt ~]</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>[Whéré ~]</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>[Désçrîptîõñ ~~~]</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>[Fîlés ~]</translation>
    </message>
</context>
<context>
    <name>JournalPrivacy</name>
    <message>
        <source>About your journal</source>
        <translation>[Àbõüt ýõür jõürñàl ~~~~~]</translation>
    </message>
    <message>
        <source>Your journal stays with you</source>
        <translation>[Ýõür jõürñàl stàýs wîth ýõü ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your journal is kept only on this computer, encrypted with your passphrase. Nothing is sent over the internet. The makers of the kit cannot see it.</source>
        <translation>[Ýõür jõürñàl îs képt õñlý õñ thîs çõmpütér, éñçrýptéd wîth ýõür pàssphràsé. Ñõthîñg îs séñt õvér thé îñtérñét. Thé màkérs õf thé kît çàññõt séé ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Anyone who knows your passphrase can read it. If you chose to remember the passphrase on this computer, anyone who can log in as you can read it too.</source>
        <translation>[Àñýõñé whõ kñõws ýõür pàssphràsé çàñ réàd ît. Îf ýõü çhõsé tõ rémémbér thé pàssphràsé õñ thîs çõmpütér, àñýõñé whõ çàñ lõg îñ às ýõü çàñ réàd ît tõõ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>You decide who gets a copy. 'Export' makes a report with your files and their fingerprints (SHA-256), for the police or a lawyer. The export is not encrypted.</source>
        <translation>[Ýõü déçîdé whõ géts à çõpý. 'Éxpõrt' màkés à répõrt wîth ýõür fîlés àñd théîr fîñgérprîñts (SHÀ-256), fõr thé põlîçé õr à làwýér. Thé éxpõrt îs ñõt éñçrýptéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>You can erase everything at any time in Settings, with 'Erase all my data'. Your rights under the GDPR stay yours: the data is yours alone.</source>
        <translation>[Ýõü çàñ éràsé évérýthîñg àt àñý tîmé îñ Séttîñgs, wîth 'Éràsé àll mý dàtà'. Ýõür rîghts üñdér thé GDPR stàý ýõürs: thé dàtà îs ýõürs àlõñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep my progress</source>
        <translation>[Kéép mý prõgréss ~~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>[Séçtîõñs ~~]</translation>
    </message>
    <message>
        <source>In &amp;danger now?</source>
        <translation>[Îñ &amp;dàñgér ñõw? ~~~~]</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>[Îñ dàñgér ñõw ~~~]</translation>
    </message>
    <message>
        <source>Shows the emergency numbers for your region</source>
        <translation>[Shõws thé émérgéñçý ñümbérs fõr ýõür régîõñ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>[Qüîçk é&amp;xît ~~~]</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>[Qüîçk éxît ~~~]</translation>
    </message>
    <message>
        <source>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</source>
        <translation>[Güést séssîõñ: ñõthîñg îs sàvéd õñ thîs çõmpütér. Évérýthîñg îs gõñé whéñ ýõü çlõsé thé kît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Closes the kit at once and locks your data. You can also press Esc twice.</source>
        <translation>[Çlõsés thé kît àt õñçé àñd lõçks ýõür dàtà. Ýõü çàñ àlsõ préss Ésç twîçé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Quits the kit at once and locks your data</source>
        <translation>[Qüîts thé kît àt õñçé àñd lõçks ýõür dàtà ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose a part of the kit. Ctrl+1 to Ctrl+%1 jump straight to one.</source>
        <translation>[Çhõõsé à pàrt õf thé kît. Çtrl+1 tõ Çtrl+%1 jümp stràîght tõ õñé. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ModuleFilters</name>
    <message>
        <source>All ages</source>
        <translation>[Àll àgés ~~]</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>[Àll tõpîçs ~~~]</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>[Àñý léñgth ~~~]</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>[Üp tõ %1 ~~]</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>[&amp;Àgé grõüp ~~~]</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>[&amp;Tõpîç ~]</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>[D&amp;üràtîõñ ~~]</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>[Àgé grõüp ~~]</translation>
    </message>
    <message>
        <source>Shows only modules for parents of children of this age</source>
        <translation>[Shõws õñlý mõdülés fõr pàréñts õf çhîldréñ õf thîs àgé ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>[Tõpîç ~]</translation>
    </message>
    <message>
        <source>Shows only modules about this topic</source>
        <translation>[Shõws õñlý mõdülés àbõüt thîs tõpîç ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>[Düràtîõñ ~~]</translation>
    </message>
    <message>
        <source>Shows only modules that fit in this time</source>
        <translation>[Shõws õñlý mõdülés thàt fît îñ thîs tîmé ~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>%1 of %2 modules</source>
        <translation>[%1 õf %2 mõdülés ~~~~]</translation>
    </message>
    <message>
        <source>No module fits these filters. Choose "All" in one of them.</source>
        <translation>[Ñõ mõdülé fîts thésé fîltérs. Çhõõsé "Àll" îñ õñé õf thém. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>[Sàvé hàñdõüt às PDF ~~~~~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF fîlés (*.pdf) ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>[&amp;Préséñt ~~]</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>[Préséñt ~~]</translation>
    </message>
    <message>
        <source>Shows the module full screen for a group, one slide at a time, with your notes in a separate window</source>
        <translation>[Shõws thé mõdülé füll sçrééñ fõr à grõüp, õñé slîdé àt à tîmé, wîth ýõür ñõtés îñ à sépàràté wîñdõw ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Group quiz</source>
        <translation>[&amp;Grõüp qüîz ~~~]</translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation>[Grõüp qüîz ~~~]</translation>
    </message>
    <message>
        <source>Count by hand how many people chose each answer; no names are kept</source>
        <translation>[Çõüñt bý hàñd hõw màñý péõplé çhõsé éàçh àñswér; ñõ ñàmés àré képt ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Self-study</source>
        <translation>[&amp;Sélf-stüdý ~~~]</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>[Sélf-stüdý ~~~]</translation>
    </message>
    <message>
        <source>Read the module and do the quiz on your own</source>
        <translation>[Réàd thé mõdülé àñd dõ thé qüîz õñ ýõür õwñ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>P&amp;rint handout</source>
        <translation>[P&amp;rîñt hàñdõüt ~~~~]</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>[Prîñt hàñdõüt ~~~]</translation>
    </message>
    <message>
        <source>Prints the one-page handout with the help numbers of your region</source>
        <translation>[Prîñts thé õñé-pàgé hàñdõüt wîth thé hélp ñümbérs õf ýõür régîõñ ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>[Sàvé hàñdõüt às PD&amp;F ~~~~~~]</translation>
    </message>
    <message>
        <source>Saves the one-page handout with the help numbers of your region as a PDF file</source>
        <translation>[Sàvés thé õñé-pàgé hàñdõüt wîth thé hélp ñümbérs õf ýõür régîõñ às à PDF fîlé ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>[Îf sõméõñé télls àbõüt àbüsé ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The disclosure protocol for every module: what to say, the limits of confidentiality and where to refer. Printable</source>
        <translation>[Thé dîsçlõsüré prõtõçõl fõr évérý mõdülé: whàt tõ sàý, thé lîmîts õf çõñfîdéñtîàlîtý àñd whéré tõ référ. Prîñtàblé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>[Gét ît rémõvéd ~~~~]</translation>
    </message>
    <message>
        <source>How to get intimate images taken offline, by country and age. Printable</source>
        <translation>[Hõw tõ gét îñtîmàté îmàgés tàkéñ õfflîñé, bý çõüñtrý àñd àgé. Prîñtàblé ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Family media plan</source>
        <translation>[Fàmîlý médîà plàñ ~~~~~]</translation>
    </message>
    <message>
        <source>A plan to fill in together at home: when, where and which screens, and what to do when something goes wrong. Printable</source>
        <translation>[À plàñ tõ fîll îñ tõgéthér àt hõmé: whéñ, whéré àñd whîçh sçrééñs, àñd whàt tõ dõ whéñ sõméthîñg gõés wrõñg. Prîñtàblé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>[Mõdülés ~~]</translation>
    </message>
    <message>
        <source>Choose a module to see its overview</source>
        <translation>[Çhõõsé à mõdülé tõ séé îts õvérvîéw ~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ModuleOverview</name>
    <message>
        <source>Duration</source>
        <translation>[Düràtîõñ ~~]</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>[Àgé grõüps ~~~]</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>[Tõpîçs ~]</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>[Çõñtéñts ~~]</translation>
    </message>
    <message>
        <source>%1 situations, %2 quiz questions</source>
        <translation>[%1 sîtüàtîõñs, %2 qüîz qüéstîõñs ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>[Léàrñîñg gõàls ~~~~]</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>[Sõürçés ~~]</translation>
    </message>
    <message>
        <source>Facts checked on %1</source>
        <translation>[Fàçts çhéçkéd õñ %1 ~~~~~]</translation>
    </message>
    <message>
        <source>Module overview</source>
        <translation>[Mõdülé õvérvîéw ~~~~]</translation>
    </message>
    <message>
        <source>Summary, learning goals, length, ages and sources of the chosen module</source>
        <translation>[Sümmàrý, léàrñîñg gõàls, léñgth, àgés àñd sõürçés õf thé çhõséñ mõdülé ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ModuleQuiz</name>
    <message>
        <source>%1 of %2</source>
        <translation>[%1 õf %2 ~~]</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>[Ýõür résült ~~~]</translation>
    </message>
    <message>
        <source>You answered %1 questions right.</source>
        <translation>[Ýõü àñswéréd %1 qüéstîõñs rîght. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>[Sçõré: %1 ~~]</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>[Qüéstîõñ %1 õf %2 ~~~~~]</translation>
    </message>
    <message>
        <source>Choose this answer, then check it</source>
        <translation>[Çhõõsé thîs àñswér, théñ çhéçk ît ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Score so far: %1 of %2</source>
        <translation>[Sçõré sõ fàr: %1 õf %2 ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>[&amp;Ñéxt qüéstîõñ ~~~~]</translation>
    </message>
    <message>
        <source>See my &amp;score</source>
        <translation>[Séé mý &amp;sçõré ~~~]</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>[Rîght! ~]</translation>
    </message>
    <message>
        <source>Not quite. The right answer is %1.</source>
        <translation>[Ñõt qüîté. Thé rîght àñswér îs %1. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>✔ right answer</source>
        <translation>[✔ rîght àñswér ~~~~]</translation>
    </message>
    <message>
        <source>✘ wrong answer</source>
        <translation>[✘ wrõñg àñswér ~~~~]</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>[ýõür àñswér ~~~]</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>[✔ rîght ~~]</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>[✘ wrõñg ~~]</translation>
    </message>
    <message>
        <source>&amp;Check my answer</source>
        <translation>[&amp;Çhéçk mý àñswér ~~~~]</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>[Çhéçk mý àñswér ~~~~]</translation>
    </message>
    <message>
        <source>Shows whether your answer is right, and explains every answer</source>
        <translation>[Shõws whéthér ýõür àñswér îs rîght, àñd éxplàîñs évérý àñswér ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>[Ñéxt qüéstîõñ ~~~]</translation>
    </message>
    <message>
        <source>Goes to the next question, or to your score after the last one</source>
        <translation>[Gõés tõ thé ñéxt qüéstîõñ, õr tõ ýõür sçõré àftér thé làst õñé ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>S&amp;tart again</source>
        <translation>[S&amp;tàrt àgàîñ ~~~]</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>[Stàrt àgàîñ ~~~]</translation>
    </message>
    <message>
        <source>Clears your answers and starts the quiz again</source>
        <translation>[Çléàrs ýõür àñswérs àñd stàrts thé qüîz àgàîñ ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>[Éxplàñàtîõñ ~~~]</translation>
    </message>
    <message>
        <source>Why each answer is right or wrong</source>
        <translation>[Whý éàçh àñswér îs rîght õr wrõñg ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>[Sçõré ~]</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>This check looks at a phone that is connected to this computer with a USB cable: known spy apps, apps that can read the screen or the notifications, admin apps, apps from outside the store, profiles and device management. It only reads: it changes nothing, removes nothing and sends nothing over the internet. It takes a few minutes.</source>
        <translation>[Thîs çhéçk lõõks àt à phõñé thàt îs çõññéçtéd tõ thîs çõmpütér wîth à ÜSB çàblé: kñõwñ spý àpps, àpps thàt çàñ réàd thé sçrééñ õr thé ñõtîfîçàtîõñs, àdmîñ àpps, àpps frõm õütsîdé thé stõré, prõfîlés àñd dévîçé màñàgéméñt. Ît õñlý réàds: ît çhàñgés ñõthîñg, rémõvés ñõthîñg àñd séñds ñõthîñg õvér thé îñtérñét. Ît tàkés à féw mîñütés. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start:&lt;/b&gt; if something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result in your journal first and talk to a help service. This kit never removes anything.</source>
        <translation>[&lt;b&gt;Béfõré ýõü stàrt:&lt;/b&gt; îf sõméthîñg îs fõüñd, dõ ñõt rémõvé ît stràîght àwàý. Thé õthér pérsõñ màý ñõtîçé, àñd ît îs évîdéñçé. Sàvé thé résült îñ ýõür jõürñàl fîrst àñd tàlk tõ à hélp sérvîçé. Thîs kît ñévér rémõvés àñýthîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;This leaves a trace on the phone.&lt;/b&gt; On Android, turning on USB debugging makes 'Developer options' visible in Settings and adds this computer to the phone's trusted computers. An iPhone remembers that it trusted this computer. After the check, we show how to undo this.</source>
        <translation>[&lt;b&gt;Thîs léàvés à tràçé õñ thé phõñé.&lt;/b&gt; Õñ Àñdrõîd, türñîñg õñ ÜSB débüggîñg màkés 'Dévélõpér õptîõñs' vîsîblé îñ Séttîñgs àñd àdds thîs çõmpütér tõ thé phõñé's trüstéd çõmpütérs. Àñ îPhõñé rémémbérs thàt ît trüstéd thîs çõmpütér. Àftér thé çhéçk, wé shõw hõw tõ üñdõ thîs. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A clean result is not proof. This check cannot see your Google or iCloud account; the guides in Digital separation show how to secure those.</source>
        <translation>[À çléàñ résült îs ñõt prõõf. Thîs çhéçk çàññõt séé ýõür Gõõglé õr îÇlõüd àççõüñt; thé güîdés îñ Dîgîtàl sépàràtîõñ shõw hõw tõ séçüré thõsé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Android phone</source>
        <translation>[&amp;Àñdrõîd phõñé ~~~~]</translation>
    </message>
    <message>
        <source>i&amp;Phone</source>
        <translation>[î&amp;Phõñé ~~]</translation>
    </message>
    <message>
        <source>The person who uses this phone is here and agrees to the &amp;check</source>
        <translation>[Thé pérsõñ whõ üsés thîs phõñé îs héré àñd àgréés tõ thé &amp;çhéçk ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Phone b&amp;rand:</source>
        <translation>[Phõñé b&amp;ràñd: ~~~]</translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation>[Sàmsüñg ~~]</translation>
    </message>
    <message>
        <source>Google Pixel or another phone with plain Android</source>
        <translation>[Gõõglé Pîxél õr àñõthér phõñé wîth plàîñ Àñdrõîd ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Xiaomi, Redmi or POCO</source>
        <translation>[Xîàõmî, Rédmî õr PÕÇÕ ~~~~~~]</translation>
    </message>
    <message>
        <source>Oppo, realme or OnePlus</source>
        <translation>[Õppõ, réàlmé õr ÕñéPlüs ~~~~~~]</translation>
    </message>
    <message>
        <source>Another brand</source>
        <translation>[Àñõthér bràñd ~~~]</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>[&amp;Ñéxt ~]</translation>
    </message>
    <message>
        <source>Shows how to connect the phone</source>
        <translation>[Shõws hõw tõ çõññéçt thé phõñé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>[&amp;Bàçk ~]</translation>
    </message>
    <message>
        <source>Goes back to the first page</source>
        <translation>[Gõés bàçk tõ thé fîrst pàgé ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>[&amp;Stàrt thé çhéçk ~~~~]</translation>
    </message>
    <message>
        <source>Connects to the phone and reads its apps and settings</source>
        <translation>[Çõññéçts tõ thé phõñé àñd réàds îts àpps àñd séttîñgs ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>[&amp;Çàñçél ~~]</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>[Stõps thé çhéçk ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>[&amp;Trý àgàîñ ~~~]</translation>
    </message>
    <message>
        <source>Shows the set-up steps again, to check again</source>
        <translation>[Shõws thé sét-üp stéps àgàîñ, tõ çhéçk àgàîñ ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>[Àñdrõîd phõñé ~~~]</translation>
    </message>
    <message>
        <source>Check an Android phone</source>
        <translation>[Çhéçk àñ Àñdrõîd phõñé ~~~~~~]</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>[îPhõñé ~]</translation>
    </message>
    <message>
        <source>Check an iPhone</source>
        <translation>[Çhéçk àñ îPhõñé ~~~~]</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>[Çõñséñt ~~]</translation>
    </message>
    <message>
        <source>The check starts only when the person who uses the phone agrees</source>
        <translation>[Thé çhéçk stàrts õñlý whéñ thé pérsõñ whõ üsés thé phõñé àgréés ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Phone brand</source>
        <translation>[Phõñé bràñd ~~~]</translation>
    </message>
    <message>
        <source>The steps to turn on USB debugging differ per brand</source>
        <translation>[Thé stéps tõ türñ õñ ÜSB débüggîñg dîffér pér bràñd ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>[Prõgréss õf thé çhéçk ~~~~~~]</translation>
    </message>
    <message>
        <source>How many parts of the check are done</source>
        <translation>[Hõw màñý pàrts õf thé çhéçk àré dõñé ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>[Çhéçks ~]</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>[Évérý çhéçk àñd îts résült sõ fàr ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>[Résülts ~~]</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>[Fîñdîñgs grõüpéd bý whàt théý méàñ; éxpàñd õñé tõ réàd mõré ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone, then the page with the software information. Tap the build number 7 times. Enter the phone's PIN if it asks.</source>
        <translation>[Õpéñ Séttîñgs àñd thé pàgé àbõüt thé phõñé, théñ thé pàgé wîth thé sõftwàré îñfõrmàtîõñ. Tàp thé büîld ñümbér 7 tîmés. Éñtér thé phõñé's PÎÑ îf ît àsks. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Tap the version of the phone's software (HyperOS or MIUI) 7 times. Enter the PIN if it asks.</source>
        <translation>[Õpéñ Séttîñgs àñd thé pàgé àbõüt thé phõñé. Tàp thé vérsîõñ õf thé phõñé's sõftwàré (HýpérÕS õr MÎÜÎ) 7 tîmés. Éñtér thé PÎÑ îf ît àsks. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open Settings and the page about the device (on older phones: about the phone), then the page with the version. Tap the build number 7 times. Enter the PIN if it asks.</source>
        <translation>[Õpéñ Séttîñgs àñd thé pàgé àbõüt thé dévîçé (õñ õldér phõñés: àbõüt thé phõñé), théñ thé pàgé wîth thé vérsîõñ. Tàp thé büîld ñümbér 7 tîmés. Éñtér thé PÎÑ îf ît àsks. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Find the build number (sometimes one page deeper, with the software information or the version) and tap it 7 times.</source>
        <translation>[Õpéñ Séttîñgs àñd thé pàgé àbõüt thé phõñé. Fîñd thé büîld ñümbér (sõmétîmés õñé pàgé déépér, wîth thé sõftwàré îñfõrmàtîõñ õr thé vérsîõñ) àñd tàp ît 7 tîmés. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Go back to Settings. The developer options are now at the bottom: open them and turn on USB debugging.</source>
        <translation>[Gõ bàçk tõ Séttîñgs. Thé dévélõpér õptîõñs àré ñõw àt thé bõttõm: õpéñ thém àñd türñ õñ ÜSB débüggîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Go back to Settings and open 'Developer options' (on a Pixel, with the system settings). Turn on 'USB debugging'.</source>
        <translation>[Gõ bàçk tõ Séttîñgs àñd õpéñ 'Dévélõpér õptîõñs' (õñ à Pîxél, wîth thé sýstém séttîñgs). Türñ õñ 'ÜSB débüggîñg'. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the additional settings, then the developer options, and turn on USB debugging.</source>
        <translation>[Gõ bàçk tõ Séttîñgs. Õpéñ thé àddîtîõñàl séttîñgs, théñ thé dévélõpér õptîõñs, àñd türñ õñ ÜSB débüggîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the system settings (on older phones: the additional settings), then the developer options, and turn on USB debugging.</source>
        <translation>[Gõ bàçk tõ Séttîñgs. Õpéñ thé sýstém séttîñgs (õñ õldér phõñés: thé àddîtîõñàl séttîñgs), théñ thé dévélõpér õptîõñs, àñd türñ õñ ÜSB débüggîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Go back to Settings. Find the developer options (often with the system settings or the additional settings) and turn on USB debugging.</source>
        <translation>[Gõ bàçk tõ Séttîñgs. Fîñd thé dévélõpér õptîõñs (õftéñ wîth thé sýstém séttîñgs õr thé àddîtîõñàl séttîñgs) àñd türñ õñ ÜSB débüggîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open Settings &gt; About phone. Tap 'Build number' 7 times. Enter the phone's PIN if it asks.</source>
        <translation>[Õpéñ Séttîñgs &gt; Àbõüt phõñé. Tàp 'Büîld ñümbér' 7 tîmés. Éñtér thé phõñé's PÎÑ îf ît àsks. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Unlock the phone.</source>
        <translation>[Üñlõçk thé phõñé. ~~~~~]</translation>
    </message>
    <message>
        <source>Connect the phone to this computer with a USB cable that can carry data.</source>
        <translation>[Çõññéçt thé phõñé tõ thîs çõmpütér wîth à ÜSB çàblé thàt çàñ çàrrý dàtà. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the phone, the message 'Allow USB debugging?' appears: tap 'Allow'. Do not tick 'Always allow from this computer'. You have about 45 seconds.</source>
        <translation>[Préss 'Stàrt thé çhéçk' bélõw. Õñ thé phõñé, thé méssàgé 'Àllõw ÜSB débüggîñg?' àppéàrs: tàp 'Àllõw'. Dõ ñõt tîçk 'Àlwàýs àllõw frõm thîs çõmpütér'. Ýõü hàvé àbõüt 45 séçõñds. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Keep the phone unlocked until the check is done.</source>
        <translation>[Kéép thé phõñé üñlõçkéd üñtîl thé çhéçk îs dõñé. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Unlock the iPhone and connect it to this computer with its cable.</source>
        <translation>[Üñlõçk thé îPhõñé àñd çõññéçt ît tõ thîs çõmpütér wîth îts çàblé. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the iPhone, the message 'Trust This Computer?' appears: tap 'Trust' and enter the iPhone's passcode.</source>
        <translation>[Préss 'Stàrt thé çhéçk' bélõw. Õñ thé îPhõñé, thé méssàgé 'Trüst Thîs Çõmpütér?' àppéàrs: tàp 'Trüst' àñd éñtér thé îPhõñé's pàssçõdé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Keep the iPhone unlocked until the check is done.</source>
        <translation>[Kéép thé îPhõñé üñlõçkéd üñtîl thé çhéçk îs dõñé. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>On Windows, this needs Apple Devices or iTunes (for 'Apple Mobile Device Support'). On Linux, it needs usbmuxd. On a Mac, nothing extra is needed.</source>
        <translation>[Õñ Wîñdõws, thîs ñééds Àpplé Dévîçés õr îTüñés (fõr 'Àpplé Mõbîlé Dévîçé Süppõrt'). Õñ Lîñüx, ît ñééds üsbmüxd. Õñ à Màç, ñõthîñg éxtrà îs ñéédéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing was changed on the phone.</source>
        <translation>[Ñõthîñg wàs çhàñgéd õñ thé phõñé. ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>[%1 ñééd àttéñtîõñ, %2 gõõd tõ kñõw, %3 çõüld ñõt bé çhéçkéd, %4 lõõk fîñé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>phone-check.pdf</source>
        <translation>[phõñé-çhéçk.pdf ~~~~]</translation>
    </message>
    <message>
        <source>Phone check of %s</source>
        <translation>[Phõñé çhéçk õf %s ~~~~~]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Phõñé ~]</translation>
    </message>
    <message>
        <source>&amp;Account guides</source>
        <translation>[&amp;Àççõüñt güîdés ~~~~]</translation>
    </message>
    <message>
        <source>Opens Digital separation: the guides to secure a Google account or Apple ID, which this check cannot see</source>
        <translation>[Õpéñs Dîgîtàl sépàràtîõñ: thé güîdés tõ séçüré à Gõõglé àççõüñt õr Àpplé ÎD, whîçh thîs çhéçk çàññõt séé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>%1 of %2 steps done or not needed</source>
        <translation>[%1 õf %2 stéps dõñé õr ñõt ñéédéd ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open any other guide...</source>
        <translation>[Õpéñ àñý õthér güîdé... ~~~~~~]</translation>
    </message>
    <message>
        <source>Save my plan as PDF</source>
        <translation>[Sàvé mý plàñ às PDF ~~~~~]</translation>
    </message>
    <message>
        <source>my-plan.pdf</source>
        <translation>[mý-plàñ.pdf ~~~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF fîlés (*.pdf) ~~~~~]</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>[Mý plàñ ~~]</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>[&amp;Çõñtîñüé whéré Î léft õff ~~~~~~~]</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>[Çõñtîñüé whéré Î léft õff ~~~~~~~]</translation>
    </message>
    <message>
        <source>Opens the first step that is not done yet</source>
        <translation>[Õpéñs thé fîrst stép thàt îs ñõt dõñé ýét ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Print my plan</source>
        <translation>[&amp;Prîñt mý plàñ ~~~~]</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>[Prîñt mý plàñ ~~~]</translation>
    </message>
    <message>
        <source>Prints the open steps in large type</source>
        <translation>[Prîñts thé õpéñ stéps îñ làrgé týpé ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>[Sàvé às PD&amp;F ~~~]</translation>
    </message>
    <message>
        <source>Saves the open steps as a PDF file</source>
        <translation>[Sàvés thé õpéñ stéps às à PDF fîlé ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Take it &amp;home (QR code)</source>
        <translation>[Tàké ît &amp;hõmé (QR çõdé) ~~~~~~]</translation>
    </message>
    <message>
        <source>Take it home with a QR code</source>
        <translation>[Tàké ît hõmé wîth à QR çõdé ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Shows QR codes with the open steps as text, to scan with your phone</source>
        <translation>[Shõws QR çõdés wîth thé õpéñ stéps às téxt, tõ sçàñ wîth ýõür phõñé ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Change my &amp;answers</source>
        <translation>[Çhàñgé mý &amp;àñswérs ~~~~~]</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>[Çhàñgé mý àñswérs ~~~~~]</translation>
    </message>
    <message>
        <source>Goes back to the questions; your ticks are kept</source>
        <translation>[Gõés bàçk tõ thé qüéstîõñs; ýõür tîçks àré képt ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Hand over and end session</source>
        <translation>[Hàñd õvér àñd éñd séssîõñ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Hand &amp;over and end session</source>
        <translation>[Hàñd &amp;õvér àñd éñd séssîõñ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Prints the plan, shows the QR code, then erases this guest session</source>
        <translation>[Prîñts thé plàñ, shõws thé QR çõdé, théñ éràsés thîs güést séssîõñ ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>[Àll güîdés ~~~]</translation>
    </message>
    <message>
        <source>Open a guide that is not in your plan</source>
        <translation>[Õpéñ à güîdé thàt îs ñõt îñ ýõür plàñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Other guides:</source>
        <translation>[&amp;Õthér güîdés: ~~~~]</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>[Ýõür é-màîl ~~~]</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>[Ýõür phõñé ~~~]</translation>
    </message>
    <message>
        <source>Your Apple account</source>
        <translation>[Ýõür Àpplé àççõüñt ~~~~~]</translation>
    </message>
    <message>
        <source>Your Google account</source>
        <translation>[Ýõür Gõõglé àççõüñt ~~~~~]</translation>
    </message>
    <message>
        <source>Your Microsoft account</source>
        <translation>[Ýõür Mîçrõsõft àççõüñt ~~~~~~]</translation>
    </message>
    <message>
        <source>Your Samsung account</source>
        <translation>[Ýõür Sàmsüñg àççõüñt ~~~~~~]</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>[Ýõür çõmpütér ~~~]</translation>
    </message>
    <message>
        <source>Apps and social media</source>
        <translation>[Àpps àñd sõçîàl médîà ~~~~~~]</translation>
    </message>
    <message>
        <source>Money and identity</source>
        <translation>[Mõñéý àñd îdéñtîtý ~~~~~]</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>[Àt hõmé ~~]</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>[Çhîldréñ ~~]</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>[Õthér stéps ~~~]</translation>
    </message>
    <message>
        <source>Everyone who leaves a partner needs this.</source>
        <translation>[Évérýõñé whõ léàvés à pàrtñér ñééds thîs. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Because: %s.</source>
        <translation>[Béçàüsé: %s. ~~~]</translation>
    </message>
    <message>
        <source>Today: start with these steps</source>
        <translation>[Tõdàý: stàrt wîth thésé stéps ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Õpéñ ~]</translation>
    </message>
    <message>
        <source>Open step: %s</source>
        <translation>[Õpéñ stép: %s ~~~]</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>[%1 õf %2 stéps dõñé ~~~~~]</translation>
    </message>
    <message>
        <source>Open guide: %s</source>
        <translation>[Õpéñ güîdé: %s ~~~~]</translation>
    </message>
    <message>
        <source>next</source>
        <translation>[ñéxt ~]</translation>
    </message>
    <message>
        <source>{n} steps open</source>
        <translation>[{ñ} stéps õpéñ ~~~~]</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>[Mý ñõtés ~~]</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>[Tõ dõ: ~]</translation>
    </message>
    <message>
        <source>notes.pdf</source>
        <translation>[ñõtés.pdf ~~]</translation>
    </message>
    <message>
        <source>Neutral &amp;title on paper</source>
        <translation>[Ñéütràl &amp;tîtlé õñ pàpér ~~~~~~]</translation>
    </message>
    <message>
        <source>Neutral title on paper</source>
        <translation>[Ñéütràl tîtlé õñ pàpér ~~~~~~]</translation>
    </message>
    <message>
        <source>The printed plan and the codes are headed 'My notes', so a glance does not tell what they are</source>
        <translation>[Thé prîñtéd plàñ àñd thé çõdés àré héàdéd 'Mý ñõtés', sõ à glàñçé dõés ñõt téll whàt théý àré ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>[Slîdé %1 õf %2 ~~~~]</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>[Préséñtàtîõñ ~~~]</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up and Page Down go to the next or previous slide; Home and End to the first or last; B blanks the screen; Esc ends the presentation</source>
        <translation>[Àrrõw kéýs, Pàgé Üp àñd Pàgé Dõwñ gõ tõ thé ñéxt õr prévîõüs slîdé; Hõmé àñd Éñd tõ thé fîrst õr làst; B blàñks thé sçrééñ; Ésç éñds thé préséñtàtîõñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>[◀ &amp;Prévîõüs ~~~]</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>[Prévîõüs slîdé ~~~~]</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>[Léft àrrõw õr Pàgé Üp ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>[&amp;Ñéxt ▶ ~~]</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>[Ñéxt slîdé ~~~]</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>[Rîght àrrõw, Pàgé Dõwñ õr Spàçé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;End (Esc)</source>
        <translation>[&amp;Éñd (Ésç) ~~~]</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>[Éñd thé préséñtàtîõñ ~~~~~~]</translation>
    </message>
    <message>
        <source>Closes presenter mode</source>
        <translation>[Çlõsés préséñtér mõdé ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>QuizTally</name>
    <message>
        <source>Group quiz</source>
        <translation>[Grõüp qüîz ~~~]</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>[Qüéstîõñ %1 õf %2 ~~~~~]</translation>
    </message>
    <message>
        <source>One less for answer %1</source>
        <translation>[Õñé léss fõr àñswér %1 ~~~~~~]</translation>
    </message>
    <message>
        <source>Counts one person less who chose: %1</source>
        <translation>[Çõüñts õñé pérsõñ léss whõ çhõsé: %1 ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>One more for answer %1</source>
        <translation>[Õñé mõré fõr àñswér %1 ~~~~~~]</translation>
    </message>
    <message>
        <source>Counts one more person who chose: %1</source>
        <translation>[Çõüñts õñé mõré pérsõñ whõ çhõsé: %1 ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>[Àñswér %1: %2 ~~~]</translation>
    </message>
    <message>
        <source>Open your private data to save the session. It is saved as soon as the data is open.</source>
        <translation>[Õpéñ ýõür prîvàté dàtà tõ sàvé thé séssîõñ. Ît îs sàvéd às sõõñ às thé dàtà îs õpéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Saved in the session log.</source>
        <translation>[Sàvéd îñ thé séssîõñ lõg. ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>[&amp;Bàçk tõ thé lîbràrý ~~~~~~]</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>[Bàçk tõ thé lîbràrý ~~~~~]</translation>
    </message>
    <message>
        <source>Leaves the group quiz; the counts stay until you choose another module</source>
        <translation>[Léàvés thé grõüp qüîz; thé çõüñts stàý üñtîl ýõü çhõõsé àñõthér mõdülé ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>[&amp;Prévîõüs qüéstîõñ ~~~~~]</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>[Prévîõüs qüéstîõñ ~~~~~]</translation>
    </message>
    <message>
        <source>Shows the counts of the question before</source>
        <translation>[Shõws thé çõüñts õf thé qüéstîõñ béfõré ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>[&amp;Ñéxt qüéstîõñ ~~~~]</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>[Ñéxt qüéstîõñ ~~~]</translation>
    </message>
    <message>
        <source>Shows the counts of the next question</source>
        <translation>[Shõws thé çõüñts õf thé ñéxt qüéstîõñ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Clear all counts</source>
        <translation>[&amp;Çléàr àll çõüñts ~~~~~]</translation>
    </message>
    <message>
        <source>Clear all counts</source>
        <translation>[Çléàr àll çõüñts ~~~~]</translation>
    </message>
    <message>
        <source>Sets every count of this quiz back to zero</source>
        <translation>[Séts évérý çõüñt õf thîs qüîz bàçk tõ zérõ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>[&amp;Sàvé séssîõñ ~~~]</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>[Sàvé séssîõñ ~~~]</translation>
    </message>
    <message>
        <source>Logs the date, the number of participants and the counts. No names are saved.</source>
        <translation>[Lõgs thé dàté, thé ñümbér õf pàrtîçîpàñts àñd thé çõüñts. Ñõ ñàmés àré sàvéd. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Number of part&amp;icipants</source>
        <translation>[Ñümbér õf pàrt&amp;îçîpàñts ~~~~~~]</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>[Ñümbér õf pàrtîçîpàñts ~~~~~~]</translation>
    </message>
    <message>
        <source>How many people took part in the session</source>
        <translation>[Hõw màñý péõplé tõõk pàrt îñ thé séssîõñ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Session da&amp;te</source>
        <translation>[Séssîõñ dà&amp;té ~~~]</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>[Séssîõñ dàté ~~~]</translation>
    </message>
    <message>
        <source>The day the session was given</source>
        <translation>[Thé dàý thé séssîõñ wàs gîvéñ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ResultKeeping</name>
    <message>
        <source>Save to &amp;journal</source>
        <translation>[Sàvé tõ &amp;jõürñàl ~~~~]</translation>
    </message>
    <message>
        <source>Stores the result, with its fingerprint (SHA-256), in your encrypted journal</source>
        <translation>[Stõrés thé résült, wîth îts fîñgérprîñt (SHÀ-256), îñ ýõür éñçrýptéd jõürñàl ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>[&amp;Prîñt ~]</translation>
    </message>
    <message>
        <source>Prints the result</source>
        <translation>[Prîñts thé résült ~~~~~]</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>[Sàvé às PD&amp;F ~~~]</translation>
    </message>
    <message>
        <source>Saves the result as a PDF file</source>
        <translation>[Sàvés thé résült às à PDF fîlé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>[Sàvé às PDF ~~~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF fîlés (*.pdf) ~~~~~]</translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation>[Sàvé tõ jõürñàl ~~~~]</translation>
    </message>
    <message>
        <source>Open your journal first: go to Journal and unlock it, then save the result again.</source>
        <translation>[Õpéñ ýõür jõürñàl fîrst: gõ tõ Jõürñàl àñd üñlõçk ît, théñ sàvé thé résült àgàîñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The result is saved in your journal.</source>
        <translation>[Thé résült îs sàvéd îñ ýõür jõürñàl. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 need attention, %2 could not be checked.</source>
        <translation>[%1 ñééd àttéñtîõñ, %2 çõüld ñõt bé çhéçkéd. ~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <source>Rights pages</source>
        <translation>[Rîghts pàgés ~~~]</translation>
    </message>
    <message>
        <source>Choose a topic to read about your rights</source>
        <translation>[Çhõõsé à tõpîç tõ réàd àbõüt ýõür rîghts ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Rights page</source>
        <translation>[Rîghts pàgé ~~~]</translation>
    </message>
    <message>
        <source>General information about the law, not legal advice</source>
        <translation>[Géñéràl îñfõrmàtîõñ àbõüt thé làw, ñõt légàl àdvîçé ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There are no rights pages for this region yet.</source>
        <translation>[Théré àré ñõ rîghts pàgés fõr thîs régîõñ ýét. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>[Sõürçés: %1. Çhéçkéd õñ %2. ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SelfStudy</name>
    <message>
        <source>Open the tab "Do the quiz" (Alt+Q) when you are ready. Nobody sees your answers, and nothing is saved.</source>
        <translation>[Õpéñ thé tàb "Dõ thé qüîz" (Àlt+Q) whéñ ýõü àré réàdý. Ñõbõdý séés ýõür àñswérs, àñd ñõthîñg îs sàvéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>[&amp;Bàçk tõ thé lîbràrý ~~~~~~]</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>[Bàçk tõ thé lîbràrý ~~~~~]</translation>
    </message>
    <message>
        <source>Leaves self-study and shows every module</source>
        <translation>[Léàvés sélf-stüdý àñd shõws évérý mõdülé ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Read the module</source>
        <translation>[&amp;Réàd thé mõdülé ~~~~]</translation>
    </message>
    <message>
        <source>Do the &amp;quiz</source>
        <translation>[Dõ thé &amp;qüîz ~~~]</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>[Sélf-stüdý ~~~]</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>[Whàt ýõü wîll léàrñ ~~~~~]</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>[Kéý méssàgés ~~~]</translation>
    </message>
    <message>
        <source>Think about it</source>
        <translation>[Thîñk àbõüt ît ~~~~]</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>[Gõõd tõ kñõw ~~~]</translation>
    </message>
    <message>
        <source>Now try the quiz</source>
        <translation>[Ñõw trý thé qüîz ~~~~]</translation>
    </message>
    <message>
        <source>Read the module, then answer the quiz on your own</source>
        <translation>[Réàd thé mõdülé, théñ àñswér thé qüîz õñ ýõür õwñ ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>[Mõdülé téxt ~~~]</translation>
    </message>
    <message>
        <source>The learning goals, key messages and situations of this module</source>
        <translation>[Thé léàrñîñg gõàls, kéý méssàgés àñd sîtüàtîõñs õf thîs mõdülé ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SeparationHome</name>
    <message>
        <source>My plan</source>
        <translation>[Mý plàñ ~~]</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>[Çhéçklîsts ~~~]</translation>
    </message>
    <message>
        <source>Your plan and checklists</source>
        <translation>[Ýõür plàñ àñd çhéçklîsts ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SeparationPage</name>
    <message>
        <source>You saved progress on this computer before. Open it to see your ticks and notes.</source>
        <translation>[Ýõü sàvéd prõgréss õñ thîs çõmpütér béfõré. Õpéñ ît tõ séé ýõür tîçks àñd ñõtés. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open my saved progress...</source>
        <translation>[&amp;Õpéñ mý sàvéd prõgréss... ~~~~~~~]</translation>
    </message>
    <message>
        <source>Asks for your passphrase</source>
        <translation>[Àsks fõr ýõür pàssphràsé ~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep my progress on this computer?&lt;/b&gt; Until you choose, your ticks and notes are kept only while the kit is open.</source>
        <translation>[&lt;b&gt;Kéép mý prõgréss õñ thîs çõmpütér?&lt;/b&gt; Üñtîl ýõü çhõõsé, ýõür tîçks àñd ñõtés àré képt õñlý whîlé thé kît îs õpéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Keep my progress...</source>
        <translation>[&amp;Kéép mý prõgréss... ~~~~~~]</translation>
    </message>
    <message>
        <source>Choose a passphrase to save your ticks and notes, encrypted, on this computer</source>
        <translation>[Çhõõsé à pàssphràsé tõ sàvé ýõür tîçks àñd ñõtés, éñçrýptéd, õñ thîs çõmpütér ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>[Kéép mý prõgréss ~~~~]</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Open &amp;website</source>
        <translation>[Õpéñ &amp;wébsîté ~~~]</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>[Õpéñ wébsîté ~~~]</translation>
    </message>
    <message>
        <source>Opens the service's website in your browser, after you confirm</source>
        <translation>[Õpéñs thé sérvîçé's wébsîté îñ ýõür brõwsér, àftér ýõü çõñfîrm ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Print this entry</source>
        <translation>[&amp;Prîñt thîs éñtrý ~~~~~]</translation>
    </message>
    <message>
        <source>Print this entry</source>
        <translation>[Prîñt thîs éñtrý ~~~~]</translation>
    </message>
    <message>
        <source>Prints this service with its number and QR code</source>
        <translation>[Prîñts thîs sérvîçé wîth îts ñümbér àñd QR çõdé ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Phone number %s</source>
        <translation>[Phõñé ñümbér %s ~~~~]</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>[Séé thé wébsîté ~~~~]</translation>
    </message>
    <message>
        <source>free</source>
        <translation>[fréé ~]</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>[àñõñýmõüs ~~]</translation>
    </message>
    <message>
        <source>chat on the website</source>
        <translation>[çhàt õñ thé wébsîté ~~~~~]</translation>
    </message>
    <message>
        <source>Checked on %s. If the number does not work, look on the website.</source>
        <translation>[Çhéçkéd õñ %s. Îf thé ñümbér dõés ñõt wõrk, lõõk õñ thé wébsîté. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>[QR çõdé ~~]</translation>
    </message>
    <message>
        <source>Scan with your phone camera to call or open: %s</source>
        <translation>[Sçàñ wîth ýõür phõñé çàmérà tõ çàll õr õpéñ: %s ~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>No sessions logged yet. Save one from the group quiz.</source>
        <translation>[Ñõ séssîõñs lõggéd ýét. Sàvé õñé frõm thé grõüp qüîz. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>[Éxpõrtéd tõ %1 ~~~~]</translation>
    </message>
    <message>
        <source>Export the session log</source>
        <translation>[Éxpõrt thé séssîõñ lõg ~~~~~~]</translation>
    </message>
    <message>
        <source>sessions.csv</source>
        <translation>[séssîõñs.çsv ~~~]</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>[ÇSV fîlés (*.çsv) ~~~~~]</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>[Çõüld ñõt wrîté thé fîlé: %1 ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The sessions you gave: the module, the date, the number of participants and how many people chose each quiz answer. No names or other personal details are kept. Export the log as CSV for your organisation's reporting. The answer letters in the export (q1-a, q1-b, ...) follow the order in the module text, not the shuffled order shown during the session.</source>
        <translation>[Thé séssîõñs ýõü gàvé: thé mõdülé, thé dàté, thé ñümbér õf pàrtîçîpàñts àñd hõw màñý péõplé çhõsé éàçh qüîz àñswér. Ñõ ñàmés õr õthér pérsõñàl détàîls àré képt. Éxpõrt thé lõg às ÇSV fõr ýõür õrgàñîsàtîõñ's répõrtîñg. Thé àñswér léttérs îñ thé éxpõrt (q1-à, q1-b, ...) fõllõw thé õrdér îñ thé mõdülé téxt, ñõt thé shüffléd õrdér shõwñ dürîñg thé séssîõñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Dàté ~]</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>[Mõdülé ~]</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>[Pàrtîçîpàñts ~~~]</translation>
    </message>
    <message>
        <source>Answers counted</source>
        <translation>[Àñswérs çõüñtéd ~~~~]</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>[Lõggéd séssîõñs ~~~~]</translation>
    </message>
    <message>
        <source>One row per session: date, module, participants, answers counted</source>
        <translation>[Õñé rõw pér séssîõñ: dàté, mõdülé, pàrtîçîpàñts, àñswérs çõüñtéd ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>[&amp;Éxpõrt ÇSV ~~~]</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>[Éxpõrt ÇSV ~~~]</translation>
    </message>
    <message>
        <source>Saves the session log as a CSV file for reporting</source>
        <translation>[Sàvés thé séssîõñ lõg às à ÇSV fîlé fõr répõrtîñg ~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>[&amp;Làñgüàgé ~~]</translation>
    </message>
    <message>
        <source>The language of the kit and its texts</source>
        <translation>[Thé làñgüàgé õf thé kît àñd îts téxts ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>[&amp;Régîõñ ~~]</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown</source>
        <translation>[Déçîdés whîçh hélp sérvîçés àñd làws àré shõwñ ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>[&amp;Téxt sîzé ~~~]</translation>
    </message>
    <message>
        <source>Makes all text larger, up to 200 percent</source>
        <translation>[Màkés àll téxt làrgér, üp tõ 200 pérçéñt ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>[&amp;Hîgh çõñtràst ~~~~]</translation>
    </message>
    <message>
        <source>Black text on white, with strong borders</source>
        <translation>[Blàçk téxt õñ whîté, wîth strõñg bõrdérs ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Discreet &amp;mode</source>
        <translation>[Dîsçréét &amp;mõdé ~~~~]</translation>
    </message>
    <message>
        <source>Shows a neutral name and icon</source>
        <translation>[Shõws à ñéütràl ñàmé àñd îçõñ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Locks your private data after this many idle minutes</source>
        <translation>[Lõçks ýõür prîvàté dàtà àftér thîs màñý îdlé mîñütés ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Lo&amp;ck after (minutes)</source>
        <translation>[Lõ&amp;çk àftér (mîñütés) ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;About this kit</source>
        <translation>[&amp;Àbõüt thîs kît ~~~~]</translation>
    </message>
    <message>
        <source>About this kit</source>
        <translation>[Àbõüt thîs kît ~~~~]</translation>
    </message>
    <message>
        <source>Version, licences and the dates the content was checked</source>
        <translation>[Vérsîõñ, lîçéñçés àñd thé dàtés thé çõñtéñt wàs çhéçkéd ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Use high contrast colours</source>
        <translation>[Üsé hîgh çõñtràst çõlõürs ~~~~~~~]</translation>
    </message>
    <message>
        <source>Use the neutral name "Notes"</source>
        <translation>[Üsé thé ñéütràl ñàmé "Ñõtés" ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Discreet mode hides the kit from a quick look: it shows a neutral name, icon and window title, and leaves no recent-files entries, tray icon or notifications. It does not hide the kit from someone who searches this computer.</source>
        <translation>[Dîsçréét mõdé hîdés thé kît frõm à qüîçk lõõk: ît shõws à ñéütràl ñàmé, îçõñ àñd wîñdõw tîtlé, àñd léàvés ñõ réçéñt-fîlés éñtrîés, tràý îçõñ õr ñõtîfîçàtîõñs. Ît dõés ñõt hîdé thé kît frõm sõméõñé whõ séàrçhés thîs çõmpütér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dar&amp;k colours</source>
        <translation>[Dàr&amp;k çõlõürs ~~~]</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>[Lîght téxt õñ à dàrk bàçkgrõüñd ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Use dark colours</source>
        <translation>[Üsé dàrk çõlõürs ~~~~]</translation>
    </message>
</context>
<context>
    <name>SharedPageDialog</name>
    <message>
        <source>Saved as %1</source>
        <translation>[Sàvéd às %1 ~~~]</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>[Sàvé às PDF ~~~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF fîlés (*.pdf) ~~~~~]</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>[Çõüld ñõt wrîté thé fîlé: %1 ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>[&amp;Prîñt ~]</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>[Prîñt ~]</translation>
    </message>
    <message>
        <source>Prints this page with the help numbers of your region</source>
        <translation>[Prîñts thîs pàgé wîth thé hélp ñümbérs õf ýõür régîõñ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>[Sàvé às PD&amp;F ~~~]</translation>
    </message>
    <message>
        <source>Saves this page as a PDF file</source>
        <translation>[Sàvés thîs pàgé às à PDF fîlé ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>[&amp;Çlõsé ~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çlõsé ~]</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>[Çlõsés thîs wîñdõw ~~~~~]</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>[Wélçõmé ~~]</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>[&amp;Whéré dõ ýõü lîvé? ~~~~~]</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>[Régîõñ ~]</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown first</source>
        <translation>[Déçîdés whîçh hélp sérvîçés àñd làws àré shõwñ fîrst ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Secure your accounts, step by step, with a personal plan</source>
        <translation>[Séçüré ýõür àççõüñts, stép bý stép, wîth à pérsõñàl plàñ ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Sessions for parents about sexting, bullying and more</source>
        <translation>[Séssîõñs fõr pàréñts àbõüt séxtîñg, büllýîñg àñd mõré ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Look for remote access and monitoring on this computer</source>
        <translation>[Lõõk fõr rémõté àççéss àñd mõñîtõrîñg õñ thîs çõmpütér ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Keep incidents and evidence, encrypted</source>
        <translation>[Kéép îñçîdéñts àñd évîdéñçé, éñçrýptéd ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Help lines and your rights, for your region</source>
        <translation>[Hélp lîñés àñd ýõür rîghts, fõr ýõür régîõñ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Press Esc twice, or the Quick exit button, to hide the kit at once.</source>
        <translation>[Préss Ésç twîçé, õr thé Qüîçk éxît büttõñ, tõ hîdé thé kît àt õñçé. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Look for spy apps on an Android phone or iPhone, with a USB cable</source>
        <translation>[Lõõk fõr spý àpps õñ àñ Àñdrõîd phõñé õr îPhõñé, wîth à ÜSB çàblé ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet. You can start reading at once: nothing is saved unless you choose to.</source>
        <translation>[Thîs kît hélps ýõü tàké bàçk çõñtrõl õf ýõür àççõüñts àñd dévîçés, tàlk wîth çhîldréñ àbõüt lîfé õñlîñé, çhéçk thîs çõmpütér, kéép à prîvàté jõürñàl àñd fîñd hélp. Ît wõrks wîthõüt îñtérñét. Ýõü çàñ stàrt réàdîñg àt õñçé: ñõthîñg îs sàvéd üñléss ýõü çhõõsé tõ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>I'm helping someone</source>
        <translation>[Î'm hélpîñg sõméõñé ~~~~~]</translation>
    </message>
    <message>
        <source>For volunteers and help workers: a guest session that saves nothing, with a short safety check first and a hand-over at the end</source>
        <translation>[Fõr võlüñtéérs àñd hélp wõrkérs: à güést séssîõñ thàt sàvés ñõthîñg, wîth à shõrt sàfétý çhéçk fîrst àñd à hàñd-õvér àt thé éñd ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step %1: %2</source>
        <translation>[Stép %1: %2 ~~~]</translation>
    </message>
    <message>
        <source>Tick when you have done this step</source>
        <translation>[Tîçk whéñ ýõü hàvé dõñé thîs stép ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>[Ñõt fõr mé ~~~]</translation>
    </message>
    <message>
        <source>Mark this step as not needed for you</source>
        <translation>[Màrk thîs stép às ñõt ñéédéd fõr ýõü ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Private note (only on this computer, encrypted)</source>
        <translation>[Prîvàté ñõté (õñlý õñ thîs çõmpütér, éñçrýptéd) ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Private note for step %s</source>
        <translation>[Prîvàté ñõté fõr stép %s ~~~~~~~]</translation>
    </message>
    <message>
        <source>Saved encrypted as you type</source>
        <translation>[Sàvéd éñçrýptéd às ýõü týpé ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Add to &amp;journal</source>
        <translation>[Àdd tõ &amp;jõürñàl ~~~~]</translation>
    </message>
    <message>
        <source>Add to journal</source>
        <translation>[Àdd tõ jõürñàl ~~~~]</translation>
    </message>
    <message>
        <source>Opens the journal to save evidence before you change anything</source>
        <translation>[Õpéñs thé jõürñàl tõ sàvé évîdéñçé béfõré ýõü çhàñgé àñýthîñg ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation>[stép %1, %2 ~~~]</translation>
    </message>
    <message>
        <source>+ Add a private &amp;note</source>
        <translation>[+ Àdd à prîvàté &amp;ñõté ~~~~~~]</translation>
    </message>
    <message>
        <source>Add a private note to step %s</source>
        <translation>[Àdd à prîvàté ñõté tõ stép %s ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Opens a box for a note that only you can read</source>
        <translation>[Õpéñs à bõx fõr à ñõté thàt õñlý ýõü çàñ réàd ~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <source>Take your plan home</source>
        <translation>[Tàké ýõür plàñ hõmé ~~~~~]</translation>
    </message>
    <message>
        <source>Scan with your phone camera. The code holds only the text of your open steps, no link. Save it as a note on your phone, in a safe place.</source>
        <translation>[Sçàñ wîth ýõür phõñé çàmérà. Thé çõdé hõlds õñlý thé téxt õf ýõür õpéñ stéps, ñõ lîñk. Sàvé ît às à ñõté õñ ýõür phõñé, îñ à sàfé plàçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>[QR çõdé %1 õf %2 ~~~~]</translation>
    </message>
    <message>
        <source>Holds part of your open steps as text</source>
        <translation>[Hõlds pàrt õf ýõür õpéñ stéps às téxt ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous code</source>
        <translation>[&lt; &amp;Previous code ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Next code &gt;</source>
        <translation>[&amp;Ñéxt çõdé &gt; ~~~]</translation>
    </message>
    <message>
        <source>Previous code</source>
        <translation>[Prévîõüs çõdé ~~~]</translation>
    </message>
    <message>
        <source>Shows the code before this one</source>
        <translation>[Shõws thé çõdé béfõré thîs õñé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>[Ñéxt çõdé ~~]</translation>
    </message>
    <message>
        <source>Shows the next code to scan</source>
        <translation>[Shõws thé ñéxt çõdé tõ sçàñ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>[Çõdé %1 õf %2 ~~~]</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>No answers counted yet</source>
        <translation>[Ñõ àñswérs çõüñtéd ýét ~~~~~~]</translation>
    </message>
    <message>
        <source>Chart of the answers</source>
        <translation>[Çhàrt õf thé àñswérs ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Keep your progress private</source>
        <translation>[Kéép ýõür prõgréss prîvàté ~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose a passphrase. Everything you save is encrypted with it on this computer. Nobody can read it without the passphrase, and nobody can recover it for you, so choose one you will remember, for example four unusual words.</source>
        <translation>[Çhõõsé à pàssphràsé. Évérýthîñg ýõü sàvé îs éñçrýptéd wîth ît õñ thîs çõmpütér. Ñõbõdý çàñ réàd ît wîthõüt thé pàssphràsé, àñd ñõbõdý çàñ réçõvér ît fõr ýõü, sõ çhõõsé õñé ýõü wîll rémémbér, fõr éxàmplé fõür üñüsüàl wõrds. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>[&amp;Çréàté ~~]</translation>
    </message>
    <message>
        <source>Unlock your private data</source>
        <translation>[Üñlõçk ýõür prîvàté dàtà ~~~~~~~]</translation>
    </message>
    <message>
        <source>Type your passphrase to open what you saved before.</source>
        <translation>[Týpé ýõür pàssphràsé tõ õpéñ whàt ýõü sàvéd béfõré. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>[&amp;Üñlõçk ~~]</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>[&amp;Pàssphràsé ~~~]</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>[&amp;Répéàt pàssphràsé ~~~~~]</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keychain)</source>
        <translation>[Rémémbér õñ thîs çõmpütér (îñ thé sýstém kéýçhàîñ) ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer as you could then open your data without the passphrase.</source>
        <translation>[Àñýõñé whõ çàñ lõg îñ tõ thîs çõmpütér às ýõü çõüld théñ õpéñ ýõür dàtà wîthõüt thé pàssphràsé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Guest session (save nothing)</source>
        <translation>[&amp;Güést séssîõñ (sàvé ñõthîñg) ~~~~~~~~]</translation>
    </message>
    <message>
        <source>For use at a help desk: nothing is written to this computer and all is gone when the kit closes.</source>
        <translation>[Fõr üsé àt à hélp désk: ñõthîñg îs wrîttéñ tõ thîs çõmpütér àñd àll îs gõñé whéñ thé kît çlõsés. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>[Pàssphràsé ~~~]</translation>
    </message>
    <message>
        <source>The passphrase that protects your data</source>
        <translation>[Thé pàssphràsé thàt prõtéçts ýõür dàtà ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>[Répéàt pàssphràsé ~~~~~]</translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation>[Týpé thé sàmé pàssphràsé àgàîñ ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>[Rémémbér õñ thîs çõmpütér ~~~~~~~]</translation>
    </message>
    <message>
        <source>Guest session</source>
        <translation>[Güést séssîõñ ~~~]</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>[Bàçküps ~~]</translation>
    </message>
    <message>
        <source>Earlier copies of your data that can be restored</source>
        <translation>[Éàrlîér çõpîés õf ýõür dàtà thàt çàñ bé réstõréd ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>[Réstõré thîs bàçküp ~~~~~]</translation>
    </message>
    <message>
        <source>Replaces the damaged data with the chosen backup</source>
        <translation>[Réplàçés thé dàmàgéd dàtà wîth thé çhõséñ bàçküp ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Re&amp;store this backup</source>
        <translation>[Ré&amp;stõré thîs bàçküp ~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Please use at least %n characters.</source>
        <translation><numerusform>[Pléàsé üsé àt léàst %n çhàràçtérs. ~~~~~~~~~~]</numerusform><numerusform>[Pléàsé üsé àt léàst %n çhàràçtérs. ~~~~~~~~~~]</numerusform></translation></message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>[Thé twõ pàssphràsés àré ñõt thé sàmé. Pléàsé týpé thém àgàîñ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>That passphrase does not open your data. Check Caps Lock and try again.</source>
        <translation>[Thàt pàssphràsé dõés ñõt õpéñ ýõür dàtà. Çhéçk Çàps Lõçk àñd trý àgàîñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your data file is damaged or incomplete, so it was not opened and nothing was deleted. You can restore a backup below, or ask for help before you do anything else.</source>
        <translation>[Ýõür dàtà fîlé îs dàmàgéd õr îñçõmplété, sõ ît wàs ñõt õpéñéd àñd ñõthîñg wàs délétéd. Ýõü çàñ réstõré à bàçküp bélõw, õr àsk fõr hélp béfõré ýõü dõ àñýthîñg élsé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your data is open in another window of the kit. Close that one first.</source>
        <translation>[Ýõür dàtà îs õpéñ îñ àñõthér wîñdõw õf thé kît. Çlõsé thàt õñé fîrst. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your data could not be opened. Check that the data folder is readable and not full.</source>
        <translation>[Ýõür dàtà çõüld ñõt bé õpéñéd. Çhéçk thàt thé dàtà fõldér îs réàdàblé àñd ñõt füll. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not remembered: %s</source>
        <translation>[Ñõt rémémbéréd: %s ~~~~~]</translation>
    </message>
    <message>
        <source>Not remembered: the system keychain did not answer.</source>
        <translation>[Ñõt rémémbéréd: thé sýstém kéýçhàîñ dîd ñõt àñswér. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup above, then restore again.</source>
        <translation>[Týpé thé pàssphràsé õf thé bàçküp àbõvé, théñ réstõré àgàîñ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This backup could not be restored. Try an older one.</source>
        <translation>[Thîs bàçküp çõüld ñõt bé réstõréd. Trý àñ õldér õñé. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The data file of the kit was replaced by another, unencrypted file. It was not opened or changed. Ask for help before you do anything else.</source>
        <translation>[Thé dàtà fîlé õf thé kît wàs réplàçéd bý àñõthér, üñéñçrýptéd fîlé. Ît wàs ñõt õpéñéd õr çhàñgéd. Àsk fõr hélp béfõré ýõü dõ àñýthîñg élsé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>[ñõñé ýét ~~]</translation>
    </message>
    <message numerus="yes">
        <source>Last change: %1, %n entries.</source>
        <translation><numerusform>[Làst çhàñgé: %1, %n éñtrîés. ~~~~~~~~]</numerusform><numerusform>[Làst çhàñgé: %1, %n éñtrîés. ~~~~~~~~]</numerusform></translation></message>
    <message numerus="yes">
        <source>%n failed attempt(s) to unlock since your last unlock.</source>
        <translation><numerusform>[%n fàîléd àttémpt(s) tõ üñlõçk sîñçé ýõür làst üñlõçk. ~~~~~~~~~~~~~~~~]</numerusform><numerusform>[%n fàîléd àttémpt(s) tõ üñlõçk sîñçé ýõür làst üñlõçk. ~~~~~~~~~~~~~~~~]</numerusform></translation></message>
    <message>
        <source>Entries may be missing</source>
        <translation>[Éñtrîés màý bé mîssîñg ~~~~~~]</translation>
    </message>
    <message>
        <source>This data file is older than your last backup: entries may be missing. Someone may have put an older copy in its place. Restore the newest backup?</source>
        <translation>[Thîs dàtà fîlé îs õldér thàñ ýõür làst bàçküp: éñtrîés màý bé mîssîñg. Sõméõñé màý hàvé püt àñ õldér çõpý îñ îts plàçé. Réstõré thé ñéwést bàçküp? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>[&amp;Réstõré thé ñéwést bàçküp ~~~~~~~]</translation>
    </message>
    <message>
        <source>This data file is older than the last one this computer saw: entries may be missing. Someone may have put an older copy in its place. Check your journal, and ask for help if things are missing.</source>
        <translation>[Thîs dàtà fîlé îs õldér thàñ thé làst õñé thîs çõmpütér sàw: éñtrîés màý bé mîssîñg. Sõméõñé màý hàvé püt àñ õldér çõpý îñ îts plàçé. Çhéçk ýõür jõürñàl, àñd àsk fõr hélp îf thîñgs àré mîssîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Keep this data</source>
        <translation>[&amp;Kéép thîs dàtà ~~~~]</translation>
    </message>
    <message>
        <source>The backup could not be restored. Your data file was kept as it was.</source>
        <translation>[Thé bàçküp çõüld ñõt bé réstõréd. Ýõür dàtà fîlé wàs képt às ît wàs. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation><numerusform>[Tõõ màñý wrõñg pàssphràsés. Ýõü çàñ trý àgàîñ îñ %n séçõñd(s). ~~~~~~~~~~~~~~~~~~]</numerusform><numerusform>[Tõõ màñý wrõñg pàssphràsés. Ýõü çàñ trý àgàîñ îñ %n séçõñd(s). ~~~~~~~~~~~~~~~~~~]</numerusform></translation></message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>Warning</source>
        <translation>[Wàrñîñg ~~]</translation>
    </message>
</context>
<context>
    <name>branding</name>
    <message>
        <source>Notes</source>
        <translation>[Ñõtés ~]</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>The other person may notice this:</source>
        <translation>[Thé õthér pérsõñ màý ñõtîçé thîs: ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Save evidence first:</source>
        <translation>[Sàvé évîdéñçé fîrst: ~~~~~~]</translation>
    </message>
    <message>
        <source>Your safety:</source>
        <translation>[Ýõür sàfétý: ~~~]</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>[Tîp: ~]</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>[Flàñdérs ~~]</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>[Brüsséls ~~]</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>[Wàllõñîà ~~]</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>[Thé Ñéthérlàñds ~~~~]</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>[Stàrt ~]</translation>
    </message>
    <message>
        <source>Digital separation</source>
        <translation>[Dîgîtàl sépàràtîõñ ~~~~~]</translation>
    </message>
    <message>
        <source>Family &amp; media</source>
        <translation>[Fàmîlý &amp; médîà ~~~~]</translation>
    </message>
    <message>
        <source>Computer check</source>
        <translation>[Çõmpütér çhéçk ~~~~]</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>[Jõürñàl ~~]</translation>
    </message>
    <message>
        <source>Help &amp; rights</source>
        <translation>[Hélp &amp; rîghts ~~~]</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>[Séttîñgs ~~]</translation>
    </message>
    <message>
        <source>Violence at home</source>
        <translation>[Vîõléñçé àt hõmé ~~~~]</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>[Séxüàl vîõléñçé ~~~~]</translation>
    </message>
    <message>
        <source>Intimate images online</source>
        <translation>[Îñtîmàté îmàgés õñlîñé ~~~~~~]</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>[Çhîldréñ àñd ýõüñg péõplé ~~~~~~~]</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>[Légàl hélp ~~~]</translation>
    </message>
    <message>
        <source>Psychological help</source>
        <translation>[Psýçhõlõgîçàl hélp ~~~~~]</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>[Põlîçé ~]</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>[Sõméõñé tõ tàlk tõ ~~~~~]</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>[Médîçàl hélp ~~~]</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>[Whéré tõ fîñd hélp ~~~~~]</translation>
    </message>
    <message>
        <source>You are not alone. These services listen, help and know the way. Many are free and some are anonymous.</source>
        <translation>[Ýõü àré ñõt àlõñé. Thésé sérvîçés lîstéñ, hélp àñd kñõw thé wàý. Màñý àré fréé àñd sõmé àré àñõñýmõüs. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>[Séé thé wébsîté ~~~~]</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>[Çhéçkéd õñ ~~~]</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>[Ñümbérs çàñ çhàñgé: îf à ñümbér dõés ñõt wõrk, lõõk õñ thé sérvîçé's wébsîté. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>[Prîñtéd õñ ~~~]</translation>
    </message>
    <message>
        <source>My plan: the steps still to do</source>
        <translation>[Mý plàñ: thé stéps stîll tõ dõ ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Do the steps in this order, at your own pace. Tick them off when done.</source>
        <translation>[Dõ thé stéps îñ thîs õrdér, àt ýõür õwñ pàçé. Tîçk thém õff whéñ dõñé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>All steps are done or marked 'not for me'. Well done.</source>
        <translation>[Àll stéps àré dõñé õr màrkéd 'ñõt fõr mé'. Wéll dõñé. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Help is there for you</source>
        <translation>[Hélp îs théré fõr ýõü ~~~~~~]</translation>
    </message>
    <message>
        <source>Scan with your phone camera to take the open steps with you as text:</source>
        <translation>[Sçàñ wîth ýõür phõñé çàmérà tõ tàké thé õpéñ stéps wîth ýõü às téxt: ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>My plan, open steps:</source>
        <translation>[Mý plàñ, õpéñ stéps: ~~~~~~]</translation>
    </message>
    <message>
        <source>everyone needs this</source>
        <translation>[évérýõñé ñééds thîs ~~~~~]</translation>
    </message>
    <message>
        <source>the other person knew your passwords or had your phone</source>
        <translation>[thé õthér pérsõñ kñéw ýõür pàsswõrds õr hàd ýõür phõñé ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>you have children together</source>
        <translation>[ýõü hàvé çhîldréñ tõgéthér ~~~~~~~]</translation>
    </message>
    <message>
        <source>you still live together</source>
        <translation>[ýõü stîll lîvé tõgéthér ~~~~~~]</translation>
    </message>
    <message>
        <source>the other person seems to know where you are</source>
        <translation>[thé õthér pérsõñ sééms tõ kñõw whéré ýõü àré ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the other person seems to know what you say or write</source>
        <translation>[thé õthér pérsõñ sééms tõ kñõw whàt ýõü sàý õr wrîté ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the other person controls money or buys in your name</source>
        <translation>[thé õthér pérsõñ çõñtrõls mõñéý õr büýs îñ ýõür ñàmé ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>you said: %s</source>
        <translation>[ýõü sàîd: %s ~~~]</translation>
    </message>
    <message>
        <source>Yes, I feel in danger now</source>
        <translation>[Ýés, Î féél îñ dàñgér ñõw ~~~~~~~]</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>[îPhõñé õr îPàd ~~~~]</translation>
    </message>
    <message>
        <source>Android phone or tablet (Samsung, Google Pixel, ...)</source>
        <translation>[Àñdrõîd phõñé õr tàblét (Sàmsüñg, Gõõglé Pîxél, ...) ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Windows computer</source>
        <translation>[Wîñdõws çõmpütér ~~~~]</translation>
    </message>
    <message>
        <source>Mac computer</source>
        <translation>[Màç çõmpütér ~~~]</translation>
    </message>
    <message>
        <source>A computer or tablet that we shared</source>
        <translation>[À çõmpütér õr tàblét thàt wé shàréd ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>[Gmàîl ~]</translation>
    </message>
    <message>
        <source>Outlook or Hotmail</source>
        <translation>[Õütlõõk õr Hõtmàîl ~~~~~]</translation>
    </message>
    <message>
        <source>Mail from my internet provider (Telenet, Proximus, ...)</source>
        <translation>[Màîl frõm mý îñtérñét prõvîdér (Téléñét, Prõxîmüs, ...) ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Apple account (iCloud)</source>
        <translation>[Àpplé àççõüñt (îÇlõüd) ~~~~~~]</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>[Gõõglé àççõüñt ~~~~]</translation>
    </message>
    <message>
        <source>Microsoft account</source>
        <translation>[Mîçrõsõft àççõüñt ~~~~~]</translation>
    </message>
    <message>
        <source>Samsung account</source>
        <translation>[Sàmsüñg àççõüñt ~~~~]</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>[WhàtsÀpp ~~]</translation>
    </message>
    <message>
        <source>Facebook or Messenger</source>
        <translation>[Fàçébõõk õr Mésséñgér ~~~~~~]</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>[Îñstàgràm ~~]</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>[Sñàpçhàt ~~]</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>[TîkTõk ~]</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>[Télégràm ~~]</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>[Sîgñàl ~]</translation>
    </message>
    <message>
        <source>Life360</source>
        <translation>[Lîfé360 ~~]</translation>
    </message>
    <message>
        <source>Banking app or a joint account</source>
        <translation>[Bàñkîñg àpp õr à jõîñt àççõüñt ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>itsme</source>
        <translation>[îtsmé ~]</translation>
    </message>
    <message>
        <source>Belgian government websites (My Citizen Profile, eBox)</source>
        <translation>[Bélgîàñ gõvérñméñt wébsîtés (Mý Çîtîzéñ Prõfîlé, éBõx) ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>DigiD (Netherlands)</source>
        <translation>[DîgîD (Ñéthérlàñds) ~~~~~]</translation>
    </message>
    <message>
        <source>Payconiq</source>
        <translation>[Pàýçõñîq ~~]</translation>
    </message>
    <message>
        <source>Web shops or parcel services</source>
        <translation>[Wéb shõps õr pàrçél sérvîçés ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The home Wi-Fi router</source>
        <translation>[Thé hõmé Wî-Fî rõütér ~~~~~~]</translation>
    </message>
    <message>
        <source>Smart speakers, cameras, doorbells or locks</source>
        <translation>[Smàrt spéàkérs, çàméràs, dõõrbélls õr lõçks ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A car with an app</source>
        <translation>[À çàr wîth àñ àpp ~~~~~]</translation>
    </message>
    <message>
        <source>A password manager</source>
        <translation>[À pàsswõrd màñàgér ~~~~~]</translation>
    </message>
    <message>
        <source>Netflix, Spotify, Disney+ or other streaming</source>
        <translation>[Ñétflîx, Spõtîfý, Dîsñéý+ õr õthér stréàmîñg ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The other person knew my passwords or had my phone</source>
        <translation>[Thé õthér pérsõñ kñéw mý pàsswõrds õr hàd mý phõñé ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>We have children together</source>
        <translation>[Wé hàvé çhîldréñ tõgéthér ~~~~~~~]</translation>
    </message>
    <message>
        <source>We still live together</source>
        <translation>[Wé stîll lîvé tõgéthér ~~~~~~]</translation>
    </message>
    <message>
        <source>...knows where I am or where I have been</source>
        <translation>[...kñõws whéré Î àm õr whéré Î hàvé bééñ ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>...knows what I say, write or search</source>
        <translation>[...kñõws whàt Î sàý, wrîté õr séàrçh ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>...controls my money, or buys things in my name</source>
        <translation>[...çõñtrõls mý mõñéý, õr büýs thîñgs îñ mý ñàmé ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Phone check</source>
        <translation>[Phõñé çhéçk ~~~]</translation>
    </message>
    <message>
        <source>you use an iPhone or iPad</source>
        <translation>[ýõü üsé àñ îPhõñé õr îPàd ~~~~~~~]</translation>
    </message>
    <message>
        <source>you use an Android phone</source>
        <translation>[ýõü üsé àñ Àñdrõîd phõñé ~~~~~~~]</translation>
    </message>
    <message>
        <source>you use a Windows computer</source>
        <translation>[ýõü üsé à Wîñdõws çõmpütér ~~~~~~~]</translation>
    </message>
    <message>
        <source>you use a Mac</source>
        <translation>[ýõü üsé à Màç ~~~]</translation>
    </message>
    <message>
        <source>you shared a computer or tablet</source>
        <translation>[ýõü shàréd à çõmpütér õr tàblét ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>you use %s</source>
        <translation>[ýõü üsé %s ~~~]</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Open in your browser?</source>
        <translation>[Õpéñ îñ ýõür brõwsér? ~~~~~~]</translation>
    </message>
    <message>
        <source>This opens a web page in your browser:
%s</source>
        <translation>[Thîs õpéñs à wéb pàgé îñ ýõür brõwsér:
%s ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The kit itself stays offline. Your browser may keep this page in its history, where someone else who uses this computer could see it. A private window leaves less behind.</source>
        <translation>[Thé kît îtsélf stàýs õfflîñé. Ýõür brõwsér màý kéép thîs pàgé îñ îts hîstõrý, whéré sõméõñé élsé whõ üsés thîs çõmpütér çõüld séé ît. À prîvàté wîñdõw léàvés léss béhîñd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>module_labels</name>
    <message>
        <source>0 to 3 years</source>
        <translation>[0 tõ 3 ýéàrs ~~~]</translation>
    </message>
    <message>
        <source>3 to 6 years</source>
        <translation>[3 tõ 6 ýéàrs ~~~]</translation>
    </message>
    <message>
        <source>6 to 12 years</source>
        <translation>[6 tõ 12 ýéàrs ~~~]</translation>
    </message>
    <message>
        <source>12 to 18 years</source>
        <translation>[12 tõ 18 ýéàrs ~~~~]</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>[Àdülts ~]</translation>
    </message>
    <message>
        <source>Agreements at home</source>
        <translation>[Àgrééméñts àt hõmé ~~~~~]</translation>
    </message>
    <message>
        <source>Bystanders</source>
        <translation>[Býstàñdérs ~~~]</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>[Çõñséñt ~~]</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>[Çõñtrõl ~~]</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>[Çýbérbüllýîñg ~~~]</translation>
    </message>
    <message>
        <source>Dating and partner violence</source>
        <translation>[Dàtîñg àñd pàrtñér vîõléñçé ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Deepnudes and AI images</source>
        <translation>[Déépñüdés àñd ÀÎ îmàgés ~~~~~~]</translation>
    </message>
    <message>
        <source>Doxing</source>
        <translation>[Dõxîñg ~]</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>[Évîdéñçé ~~]</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>[Grõõmîñg ~~]</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>[Õñlîñé hàràssméñt ~~~~~]</translation>
    </message>
    <message>
        <source>Sharing intimate images without consent</source>
        <translation>[Shàrîñg îñtîmàté îmàgés wîthõüt çõñséñt ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>[Lõçàtîõñ shàrîñg ~~~~]</translation>
    </message>
    <message>
        <source>Online contacts</source>
        <translation>[Õñlîñé çõñtàçts ~~~~]</translation>
    </message>
    <message>
        <source>Media parenting</source>
        <translation>[Médîà pàréñtîñg ~~~~]</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>[Prîvàçý ~~]</translation>
    </message>
    <message>
        <source>Screen time</source>
        <translation>[Sçrééñ tîmé ~~~]</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>[Séçréts ~~]</translation>
    </message>
    <message>
        <source>Sexism</source>
        <translation>[Séxîsm ~]</translation>
    </message>
    <message>
        <source>Sexting</source>
        <translation>[Séxtîñg ~~]</translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation>[Séxtõrtîõñ ~~~]</translation>
    </message>
    <message>
        <source>Stalkerware</source>
        <translation>[Stàlkérwàré ~~~]</translation>
    </message>
    <message>
        <source>Victim blaming</source>
        <translation>[Vîçtîm blàmîñg ~~~~]</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>[%1 mîñ ~]</translation>
    </message>
    <message>
        <source>Help in your region</source>
        <translation>[Hélp îñ ýõür régîõñ ~~~~~]</translation>
    </message>
    <message>
        <source>Emergency and police</source>
        <translation>[Émérgéñçý àñd põlîçé ~~~~~~]</translation>
    </message>
    <message>
        <source>Help lines for violence and abuse</source>
        <translation>[Hélp lîñés fõr vîõléñçé àñd àbüsé ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Scan with your phone camera to open:</source>
        <translation>[Sçàñ wîth ýõür phõñé çàmérà tõ õpéñ: ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>[Ñümbérs çàñ çhàñgé: îf à ñümbér dõés ñõt wõrk, lõõk õñ thé sérvîçé's wébsîté. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>[Prîñtéd õñ ~~~]</translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>Points to bring out</source>
        <translation>[Põîñts tõ brîñg õüt ~~~~~]</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>[Rîght àñswér ~~~]</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>[Wrõñg àñswér ~~~]</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>[Wélçõmé ~~]</translation>
    </message>
    <message>
        <source>What we will learn</source>
        <translation>[Whàt wé wîll léàrñ ~~~~~]</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>[Léàrñîñg gõàls ~~~~]</translation>
    </message>
    <message>
        <source>Key message %1 of %2</source>
        <translation>[Kéý méssàgé %1 õf %2 ~~~~~~]</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>[Kéý méssàgés ~~~]</translation>
    </message>
    <message>
        <source>What would you do?</source>
        <translation>[Whàt wõüld ýõü dõ? ~~~~~]</translation>
    </message>
    <message>
        <source>Scenario %1 of %2</source>
        <translation>[Sçéñàrîõ %1 õf %2 ~~~~~]</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>[Qüéstîõñ %1 õf %2 ~~~~~]</translation>
    </message>
    <message>
        <source>You are not alone</source>
        <translation>[Ýõü àré ñõt àlõñé ~~~~~]</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>[Whéré tõ fîñd hélp ~~~~~]</translation>
    </message>
</context>
</TS>
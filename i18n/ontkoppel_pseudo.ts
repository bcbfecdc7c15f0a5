<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ComingPage</name>
    <message>
        <source>This part is coming in a later version of the kit.</source>
        <translation>[Thîs pàrt îs çõmîñg îñ à làtér vérsîõñ õf thé kît. ~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>[Séçtîõñs ~~]</translation>
    </message>
    <message>
        <source>Choose a part of the kit. Ctrl+1 to Ctrl+7 jump straight to one.</source>
        <translation>[Çhõõsé à pàrt õf thé kît. Çtrl+1 tõ Çtrl+7 jümp stràîght tõ õñé. ~~~~~~~~~~~~~~~~~~~]</translation>
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
        <source>Hides the kit at once. You can also press Esc twice.</source>
        <translation>[Hîdés thé kît àt õñçé. Ýõü çàñ àlsõ préss Ésç twîçé. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>[Qüîçk éxît ~~~]</translation>
    </message>
    <message>
        <source>Hides the kit at once and locks your data</source>
        <translation>[Hîdés thé kît àt õñçé àñd lõçks ýõür dàtà ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</source>
        <translation>[Güést séssîõñ: ñõthîñg îs sàvéd õñ thîs çõmpütér. Évérýthîñg îs gõñé whéñ ýõü çlõsé thé kît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
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
        <source>&amp;Discreet mode</source>
        <translation>[&amp;Dîsçréét mõdé ~~~~]</translation>
    </message>
    <message>
        <source>Shows a neutral name and icon</source>
        <translation>[Shõws à ñéütràl ñàmé àñd îçõñ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes)</source>
        <translation>[&amp;Lõçk àftér (mîñütés) ~~~~~~]</translation>
    </message>
    <message>
        <source>Locks your private data after this many idle minutes</source>
        <translation>[Lõçks ýõür prîvàté dàtà àftér thîs màñý îdlé mîñütés ~~~~~~~~~~~~~~~]</translation>
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
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>[Wélçõmé ~~]</translation>
    </message>
    <message>
        <source>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet.</source>
        <translation>[Thîs kît hélps ýõü tàké bàçk çõñtrõl õf ýõür àççõüñts àñd dévîçés, tàlk wîth çhîldréñ àbõüt lîfé õñlîñé, çhéçk thîs çõmpütér, kéép à prîvàté jõürñàl àñd fîñd hélp. Ît wõrks wîthõüt îñtérñét. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
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
</TS>
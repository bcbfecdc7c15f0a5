<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>ComingPage</name>
    <message>
        <source>This part is coming in a later version of the kit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a part of the kit. Ctrl+1 to Ctrl+7 jump straight to one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In &amp;danger now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In danger now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the emergency numbers for your region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hides the kit at once. You can also press Esc twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hides the kit at once and locks your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the kit and its texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decides which help services and laws are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes all text larger, up to 200 percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Black text on white, with strong borders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows a neutral name and icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock after (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locks your private data after this many idle minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use high contrast colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the neutral name "Notes"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discreet mode hides the kit from a quick look: it shows a neutral name, icon and window title, and leaves no recent-files entries, tray icon or notifications. It does not hide the kit from someone who searches this computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decides which help services and laws are shown first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secure your accounts, step by step, with a personal plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions for parents about sexting, bullying and more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look for remote access and monitoring on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep incidents and evidence, encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help lines and your rights, for your region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Esc twice, or the Quick exit button, to hide the kit at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>branding</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>The other person may notice this:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save evidence first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your safety:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flanders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brussels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallonia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Netherlands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Digital separation</source>
        <translation>Séparation numérique</translation>
    </message>
    <message>
        <source>Family &amp; media</source>
        <translation>Famille &amp; médias</translation>
    </message>
    <message>
        <source>Computer check</source>
        <translation>Vérification de l'ordinateur</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Help &amp; rights</source>
        <translation>Aide &amp; droits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Violence at home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sexual violence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intimate images online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Children and young people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Psychological help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Open in your browser?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This opens a web page in your browser:
%s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kit itself stays offline. Your browser may keep this page in its history, where someone else who uses this computer could see it. A private window leaves less behind.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
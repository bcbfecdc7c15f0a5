<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ComingPage</name>
    <message>
        <source>This part is coming in a later version of the kit.</source>
        <translation>This part is coming in a later version of the kit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Choose a part of the kit. Ctrl+1 to Ctrl+7 jump straight to one.</source>
        <translation>Choose a part of the kit. Ctrl+1 to Ctrl+7 jump straight to one.</translation>
    </message>
    <message>
        <source>In &amp;danger now?</source>
        <translation>In &amp;danger now?</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>In danger now</translation>
    </message>
    <message>
        <source>Shows the emergency numbers for your region</source>
        <translation>Shows the emergency numbers for your region</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>Quick e&amp;xit</translation>
    </message>
    <message>
        <source>Hides the kit at once. You can also press Esc twice.</source>
        <translation>Hides the kit at once. You can also press Esc twice.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Hides the kit at once and locks your data</source>
        <translation>Hides the kit at once and locks your data</translation>
    </message>
    <message>
        <source>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</source>
        <translation>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The language of the kit and its texts</source>
        <translation>The language of the kit and its texts</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown</source>
        <translation>Decides which help services and laws are shown</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>Makes all text larger, up to 200 percent</source>
        <translation>Makes all text larger, up to 200 percent</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Black text on white, with strong borders</source>
        <translation>Black text on white, with strong borders</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>&amp;Discreet mode</translation>
    </message>
    <message>
        <source>Shows a neutral name and icon</source>
        <translation>Shows a neutral name and icon</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes)</source>
        <translation>&amp;Lock after (minutes)</translation>
    </message>
    <message>
        <source>Locks your private data after this many idle minutes</source>
        <translation>Locks your private data after this many idle minutes</translation>
    </message>
    <message>
        <source>Use high contrast colours</source>
        <translation>Use high contrast colours</translation>
    </message>
    <message>
        <source>Use the neutral name "Notes"</source>
        <translation>Use the neutral name "Notes"</translation>
    </message>
    <message>
        <source>Discreet mode hides the kit from a quick look: it shows a neutral name, icon and window title, and leaves no recent-files entries, tray icon or notifications. It does not hide the kit from someone who searches this computer.</source>
        <translation>Discreet mode hides the kit from a quick look: it shows a neutral name, icon and window title, and leaves no recent-files entries, tray icon or notifications. It does not hide the kit from someone who searches this computer.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet.</source>
        <translation>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet.</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Where do you live?</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown first</source>
        <translation>Decides which help services and laws are shown first</translation>
    </message>
    <message>
        <source>Secure your accounts, step by step, with a personal plan</source>
        <translation>Secure your accounts, step by step, with a personal plan</translation>
    </message>
    <message>
        <source>Sessions for parents about sexting, bullying and more</source>
        <translation>Sessions for parents about sexting, bullying and more</translation>
    </message>
    <message>
        <source>Look for remote access and monitoring on this computer</source>
        <translation>Look for remote access and monitoring on this computer</translation>
    </message>
    <message>
        <source>Keep incidents and evidence, encrypted</source>
        <translation>Keep incidents and evidence, encrypted</translation>
    </message>
    <message>
        <source>Help lines and your rights, for your region</source>
        <translation>Help lines and your rights, for your region</translation>
    </message>
    <message>
        <source>Press Esc twice, or the Quick exit button, to hide the kit at once.</source>
        <translation>Press Esc twice, or the Quick exit button, to hide the kit at once.</translation>
    </message>
</context>
<context>
    <name>branding</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>The other person may notice this:</source>
        <translation>The other person may notice this:</translation>
    </message>
    <message>
        <source>Save evidence first:</source>
        <translation>Save evidence first:</translation>
    </message>
    <message>
        <source>Your safety:</source>
        <translation>Your safety:</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flanders</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussels</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonia</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>The Netherlands</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Digital separation</source>
        <translation>Digital separation</translation>
    </message>
    <message>
        <source>Family &amp; media</source>
        <translation>Family &amp; media</translation>
    </message>
    <message>
        <source>Computer check</source>
        <translation>Computer check</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Help &amp; rights</source>
        <translation>Help &amp; rights</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Violence at home</source>
        <translation>Violence at home</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Sexual violence</translation>
    </message>
    <message>
        <source>Intimate images online</source>
        <translation>Intimate images online</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Legal help</translation>
    </message>
    <message>
        <source>Psychological help</source>
        <translation>Psychological help</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Someone to talk to</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Medical help</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Open in your browser?</source>
        <translation>Open in your browser?</translation>
    </message>
    <message>
        <source>This opens a web page in your browser:
%s</source>
        <translation>This opens a web page in your browser:
%s</translation>
    </message>
    <message>
        <source>The kit itself stays offline. Your browser may keep this page in its history, where someone else who uses this computer could see it. A private window leaves less behind.</source>
        <translation>The kit itself stays offline. Your browser may keep this page in its history, where someone else who uses this computer could see it. A private window leaves less behind.</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this kit</source>
        <translation>About this kit</translation>
    </message>
    <message>
        <source>The version of the kit, the licences of the kit, of Qt and of the included data, and when the content was last checked</source>
        <translation>The version of the kit, the licences of the kit, of Qt and of the included data, and when the content was last checked</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Closes this window</translation>
    </message>
    <message>
        <source>An offline kit for digital safety. It works without internet and keeps your data encrypted on this device.</source>
        <translation>An offline kit for digital safety. It works without internet and keeps your data encrypted on this device.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>The kit: %s</source>
        <translation>The kit: %s</translation>
    </message>
    <message>
        <source>Qt %1 and Qt for Python (PySide6) %2: %3</source>
        <translation>Qt %1 and Qt for Python (PySide6) %2: %3</translation>
    </message>
    <message>
        <source>Included data</source>
        <translation>Included data</translation>
    </message>
    <message>
        <source>Content last checked</source>
        <translation>Content last checked</translation>
    </message>
    <message>
        <source>Licence of %s</source>
        <translation>Licence of %s</translation>
    </message>
    <message>
        <source>The content could not be read.</source>
        <translation>The content could not be read.</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Family &amp; media modules</source>
        <translation>Family &amp; media modules</translation>
    </message>
    <message>
        <source>Rights pages</source>
        <translation>Rights pages</translation>
    </message>
    <message>
        <source>All content</source>
        <translation>All content</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Oldest check</source>
        <translation>Oldest check</translation>
    </message>
    <message>
        <source>Newest check</source>
        <translation>Newest check</translation>
    </message>
    <message>
        <source>Icons: Lucide %s (ISC licence), https://lucide.dev</source>
        <translation>Icons: Lucide %s (ISC licence), https://lucide.dev</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>This check looks for remote access, sharing and signs of monitoring software on this computer. It only reads: it changes nothing and sends nothing over the internet. If something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result to your journal first and talk to a help service.</source>
        <translation>This check looks for remote access, sharing and signs of monitoring software on this computer. It only reads: it changes nothing and sends nothing over the internet. If something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result to your journal first and talk to a help service.</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Start the check</translation>
    </message>
    <message>
        <source>Reads the settings and programs of this computer; takes a few seconds</source>
        <translation>Reads the settings and programs of this computer; takes a few seconds</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>Stops the check</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>Every check and its result so far</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>Findings grouped by what they mean; expand one to read more</translation>
    </message>
    <message>
        <source>The check itself could not run. Nothing was changed on this computer. Try again, or ask a help service to look with you.</source>
        <translation>The check itself could not run. Nothing was changed on this computer. Try again, or ask a help service to look with you.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</translation>
    </message>
    <message>
        <source>computer-check.pdf</source>
        <translation>computer-check.pdf</translation>
    </message>
    <message>
        <source>Computer check of %s</source>
        <translation>Computer check of %s</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>The check is finished.</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>&amp;Print checklist</source>
        <translation>&amp;Print checklist</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Print checklist</translation>
    </message>
    <message>
        <source>Prints this checklist to fill in on paper</source>
        <translation>Prints this checklist to fill in on paper</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Save as PD&amp;F</translation>
    </message>
    <message>
        <source>Save checklist as PDF</source>
        <translation>Save checklist as PDF</translation>
    </message>
    <message>
        <source>Saves this checklist as a PDF file</source>
        <translation>Saves this checklist as a PDF file</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Choose a checklist to read or print</source>
        <translation>Choose a checklist to read or print</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>The text of the chosen checklist</source>
        <translation>The text of the chosen checklist</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DangerDialog</name>
    <message>
        <source>In danger now?</source>
        <translation>In danger now?</translation>
    </message>
    <message>
        <source>If you are in danger now, call for help.</source>
        <translation>If you are in danger now, call for help.</translation>
    </message>
    <message>
        <source>Region: %s</source>
        <translation>Region: %s</translation>
    </message>
    <message>
        <source>If you cannot talk, stay on the line: emergency services can still try to help. This screen is not saved anywhere.</source>
        <translation>If you cannot talk, stay on the line: emergency services can still try to help. This screen is not saved anywhere.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your private data</source>
        <translation>Your private data</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Change &amp;passphrase...</translation>
    </message>
    <message>
        <source>Choose a new passphrase for your data</source>
        <translation>Choose a new passphrase for your data</translation>
    </message>
    <message>
        <source>Save an encrypted &amp;backup...</source>
        <translation>Save an encrypted &amp;backup...</translation>
    </message>
    <message>
        <source>A copy to move to another computer; it needs your passphrase</source>
        <translation>A copy to move to another computer; it needs your passphrase</translation>
    </message>
    <message>
        <source>Brings in a backup made on another computer</source>
        <translation>Brings in a backup made on another computer</translation>
    </message>
    <message>
        <source>Load a back&amp;up...</source>
        <translation>Load a back&amp;up...</translation>
    </message>
    <message>
        <source>&amp;Erase all my data...</source>
        <translation>&amp;Erase all my data...</translation>
    </message>
    <message>
        <source>Deletes everything the kit saved on this computer</source>
        <translation>Deletes everything the kit saved on this computer</translation>
    </message>
    <message>
        <source>Your data is open.</source>
        <translation>Your data is open.</translation>
    </message>
    <message>
        <source>Unlock your data (in Digital separation or Journal) to change the passphrase or make a backup.</source>
        <translation>Unlock your data (in Digital separation or Journal) to change the passphrase or make a backup.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>New passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>The two passphrases are not the same. Nothing was changed.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters. Nothing was changed.</source>
        <translation>Please use at least 8 characters. Nothing was changed.</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Save an encrypted backup</translation>
    </message>
    <message>
        <source>Backup files (*.db)</source>
        <translation>Backup files (*.db)</translation>
    </message>
    <message>
        <source>Load a backup</source>
        <translation>Load a backup</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Passphrase of the backup:</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>That passphrase does not open this backup.</translation>
    </message>
    <message>
        <source>There is already data on this computer. To replace it, first erase all data here.</source>
        <translation>There is already data on this computer. To replace it, first erase all data here.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a backup of the kit.</source>
        <translation>This file could not be loaded as a backup of the kit.</translation>
    </message>
    <message>
        <source>Erase all my data?</source>
        <translation>Erase all my data?</translation>
    </message>
    <message>
        <source>This deletes everything the kit saved on this computer. It cannot be undone.</source>
        <translation>This deletes everything the kit saved on this computer. It cannot be undone.</translation>
    </message>
    <message>
        <source>You will lose:</source>
        <translation>You will lose:</translation>
    </message>
    <message>
        <source>nothing is saved yet</source>
        <translation>nothing is saved yet</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Erase everything</translation>
    </message>
    <message>
        <source>Erase all my data</source>
        <translation>Erase all my data</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation>Your current passphrase:</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>That is not your current passphrase. Nothing was changed.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, also for the backups on this computer. A backup you saved elsewhere still opens with the old passphrase: delete it, or keep it safe.</source>
        <translation>Your passphrase is changed, also for the backups on this computer. A backup you saved elsewhere still opens with the old passphrase: delete it, or keep it safe.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Wait %n second(s), then try again.</source>
        <translation><numerusform>Too many wrong passphrases. Wait %n second(s), then try again.</numerusform><numerusform>Too many wrong passphrases. Wait %n second(s), then try again.</numerusform></translation></message>
    <message>
        <source>That folder is a link to another place, so nothing was saved. Choose a real folder.</source>
        <translation>That folder is a link to another place, so nothing was saved. Choose a real folder.</translation>
    </message>
    <message>
        <source>The backup could not be saved there. Choose a new file name in a folder with enough free space.</source>
        <translation>The backup could not be saved there. Choose a new file name in a folder with enough free space.</translation>
    </message>
    <message>
        <source>The encrypted backup is saved as:
%s

It opens with your current passphrase, also after you change it here.</source>
        <translation>The encrypted backup is saved as:
%s

It opens with your current passphrase, also after you change it here.</translation>
    </message>
    <message>
        <source>This file is an ordinary database, not a backup of the kit. Nothing was changed.</source>
        <translation>This file is an ordinary database, not a backup of the kit. Nothing was changed.</translation>
    </message>
    <message>
        <source>This file holds data of another program, not a backup of the kit. Nothing was changed.</source>
        <translation>This file holds data of another program, not a backup of the kit. Nothing was changed.</translation>
    </message>
    <message>
        <source>The kit's data folder on this computer is erased, with your settings.</source>
        <translation>The kit's data folder on this computer is erased, with your settings.</translation>
    </message>
    <message>
        <source>The files are erased, but the keychain entry could not be removed. Remove 'Ontkoppel' from the system keychain yourself.</source>
        <translation>The files are erased, but the keychain entry could not be removed. Remove 'Ontkoppel' from the system keychain yourself.</translation>
    </message>
    <message>
        <source>Not everything could be erased. These files are still in the data folder:</source>
        <translation>Not everything could be erased. These files are still in the data folder:</translation>
    </message>
    <message>
        <source>Not erased: journal exports and backups you saved elsewhere (for example on a USB stick or in a cloud folder). A backup saved elsewhere still opens with the passphrase it was saved with, also after you changed the passphrase.</source>
        <translation>Not erased: journal exports and backups you saved elsewhere (for example on a USB stick or in a cloud folder). A backup saved elsewhere still opens with the passphrase it was saved with, also after you changed the passphrase.</translation>
    </message>
    <message>
        <source>The encrypted backup is saved.</source>
        <translation>The encrypted backup is saved.</translation>
    </message>
    <message>
        <source>The backup is loaded. Your data is open.</source>
        <translation>The backup is loaded. Your data is open.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Every kind of help</source>
        <translation>Every kind of help</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Shows the services for this region</source>
        <translation>Shows the services for this region</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Kind of help</translation>
    </message>
    <message>
        <source>Shows only services that help with this</source>
        <translation>Shows only services that help with this</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search in the names and descriptions</source>
        <translation>Search in the names and descriptions</translation>
    </message>
    <message>
        <source>Print &amp;handout</source>
        <translation>Print &amp;handout</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>Prints every service of this region on paper</source>
        <translation>Prints every service of this region on paper</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>Save handout as PD&amp;F</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Save handout as PDF</translation>
    </message>
    <message>
        <source>Saves every service of this region as a PDF file</source>
        <translation>Saves every service of this region as a PDF file</translation>
    </message>
    <message>
        <source>Help services</source>
        <translation>Help services</translation>
    </message>
    <message>
        <source>Choose a service to see its number and QR code</source>
        <translation>Choose a service to see its number and QR code</translation>
    </message>
    <message>
        <source>Help handout</source>
        <translation>Help handout</translation>
    </message>
    <message>
        <source>help-handout.pdf</source>
        <translation>help-handout.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Kind of help:</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry details</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <source>All fields, files and changes of the chosen entry</source>
        <translation>All fields, files and changes of the chosen entry</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>Choose an entry to see it here.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Preview of %s</source>
        <translation>Preview of %s</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>file added</source>
        <translation>file added</translation>
    </message>
    <message>
        <source>file removed</source>
        <translation>file removed</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Change entry</source>
        <translation>Change entry</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>New journal entry</translation>
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation>Add &amp;files...</translation>
    </message>
    <message>
        <source>Also keep where each file was on this computer</source>
        <translation>Also keep where each file was on this computer</translation>
    </message>
    <message>
        <source>Off by default: the file's folder can reveal private information.</source>
        <translation>Off by default: the file's folder can reveal private information.</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;When did it happen?</translation>
    </message>
    <message>
        <source>Date and time of the incident, not of writing</source>
        <translation>Date and time of the incident, not of writing</translation>
    </message>
    <message>
        <source>The kind of incident</source>
        <translation>The kind of incident</translation>
    </message>
    <message>
        <source>Wh&amp;at happened?</source>
        <translation>Wh&amp;at happened?</translation>
    </message>
    <message>
        <source>Whe&amp;re? (app, website, place)</source>
        <translation>Whe&amp;re? (app, website, place)</translation>
    </message>
    <message>
        <source>For example WhatsApp, Instagram or at home</source>
        <translation>For example WhatsApp, Instagram or at home</translation>
    </message>
    <message>
        <source>&amp;People involved</source>
        <translation>&amp;People involved</translation>
    </message>
    <message>
        <source>Who did it, who saw it; free text</source>
        <translation>Who did it, who saw it; free text</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>What happened, in your own words</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Screenshots, photos, videos or documents to add</source>
        <translation>Screenshots, photos, videos or documents to add</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Choose files to copy into the encrypted journal</source>
        <translation>Choose files to copy into the encrypted journal</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Saves the entry (Ctrl+Enter)</source>
        <translation>Saves the entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <source>Please write a few words about what happened.</source>
        <translation>Please write a few words about what happened.</translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>the end</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>No notes for this slide.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes for this &amp;slide</source>
        <translation>Notes for this &amp;slide</translation>
    </message>
    <message>
        <source>Session &amp;guide</source>
        <translation>Session &amp;guide</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
    <message>
        <source>Only on your screen, never on the projected one</source>
        <translation>Only on your screen, never on the projected one</translation>
    </message>
    <message>
        <source>Notes for this slide</source>
        <translation>Notes for this slide</translation>
    </message>
    <message>
        <source>Points to bring out and answer explanations; only you see these</source>
        <translation>Points to bring out and answer explanations; only you see these</translation>
    </message>
    <message>
        <source>Session guide</source>
        <translation>Session guide</translation>
    </message>
    <message>
        <source>How to open, the timed outline, and what to do if someone tells about abuse</source>
        <translation>How to open, the timed outline, and what to do if someone tells about abuse</translation>
    </message>
    <message>
        <source>&amp;Previous slide</source>
        <translation>&amp;Previous slide</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Previous slide</translation>
    </message>
    <message>
        <source>Shows the previous slide on the projected screen (Page Up)</source>
        <translation>Shows the previous slide on the projected screen (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next slide</source>
        <translation>&amp;Next slide</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>Shows the next slide on the projected screen (Page Down)</source>
        <translation>Shows the next slide on the projected screen (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>&amp;Blank screen</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <source>Makes the projected screen black, or shows the slide again</source>
        <translation>Makes the projected screen black, or shows the slide again</translation>
    </message>
    <message>
        <source>&amp;End presentation</source>
        <translation>&amp;End presentation</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>End presentation</translation>
    </message>
    <message>
        <source>Closes the projected screen and these notes</source>
        <translation>Closes the projected screen and these notes</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>If someone tells about abuse</translation>
    </message>
    <message>
        <source>Opens the disclosure protocol on your screen only; you can print it</source>
        <translation>Opens the disclosure protocol on your screen only; you can print it</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>Get it removed</translation>
    </message>
    <message>
        <source>Opens the steps to get intimate images taken offline, on your screen only; you can print it</source>
        <translation>Opens the steps to get intimate images taken offline, on your screen only; you can print it</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Module &amp;library</source>
        <translation>Module &amp;library</translation>
    </message>
    <message>
        <source>Session l&amp;og</source>
        <translation>Session l&amp;og</translation>
    </message>
    <message>
        <source>The modules for parents, and the log of the sessions you gave</source>
        <translation>The modules for parents, and the log of the sessions you gave</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>&lt; &amp;Back to my plan</source>
        <translation>&lt; &amp;Back to my plan</translation>
    </message>
    <message>
        <source>Back to my plan</source>
        <translation>Back to my plan</translation>
    </message>
    <message>
        <source>Shows the list of guides in your plan</source>
        <translation>Shows the list of guides in your plan</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>Sources: %1. Checked on %2.</translation>
    </message>
    <message>
        <source>Back to my &amp;plan</source>
        <translation>Back to my &amp;plan</translation>
    </message>
    <message>
        <source>End of the guide: shows the list of guides in your plan</source>
        <translation>End of the guide: shows the list of guides in your plan</translation>
    </message>
    <message>
        <source>&amp;Next guide</source>
        <translation>&amp;Next guide</translation>
    </message>
    <message>
        <source>Next guide: %s</source>
        <translation>Next guide: %s</translation>
    </message>
    <message>
        <source>Opens the next guide of your plan</source>
        <translation>Opens the next guide of your plan</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over and end the session</source>
        <translation>Hand over and end the session</translation>
    </message>
    <message>
        <source>Give the person what they need to go on alone, then erase the session. Nothing of it stays on this computer.</source>
        <translation>Give the person what they need to go on alone, then erase the session. Nothing of it stays on this computer.</translation>
    </message>
    <message>
        <source>1. &amp;Print the summary</source>
        <translation>1. &amp;Print the summary</translation>
    </message>
    <message>
        <source>2. &amp;Take it home on the phone (QR code)</source>
        <translation>2. &amp;Take it home on the phone (QR code)</translation>
    </message>
    <message>
        <source>3. &amp;Erase and end the session</source>
        <translation>3. &amp;Erase and end the session</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Not yet</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help services</source>
        <translation>Help services</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>Help services and your rights</source>
        <translation>Help services and your rights</translation>
    </message>
</context>
<context>
    <name>HelperOpening</name>
    <message>
        <source>Before you start together</source>
        <translation>Before you start together</translation>
    </message>
    <message>
        <source>This is a guest session: nothing is saved on this computer. Go through these three points with the person first.</source>
        <translation>This is a guest session: nothing is saved on this computer. Go through these three points with the person first.</translation>
    </message>
    <message>
        <source>The person wants to do this now, and knows they can stop at any time</source>
        <translation>The person wants to do this now, and knows they can stop at any time</translation>
    </message>
    <message>
        <source>Ask, do not assume. They decide which steps to take, and when.</source>
        <translation>Ask, do not assume. They decide which steps to take, and when.</translation>
    </message>
    <message>
        <source>The other person is not nearby and cannot see or hear us</source>
        <translation>The other person is not nearby and cannot see or hear us</translation>
    </message>
    <message>
        <source>If they are, stop here and agree on a safer moment.</source>
        <translation>If they are, stop here and agree on a safer moment.</translation>
    </message>
    <message>
        <source>This computer and the person's phone are safe to use</source>
        <translation>This computer and the person's phone are safe to use</translation>
    </message>
    <message>
        <source>Not shared with, bought or set up by the other person. If you are not sure, check this computer first, and use the phone only for steps the other person cannot notice.</source>
        <translation>Not shared with, bought or set up by the other person. If you are not sure, check this computer first, and use the phone only for steps the other person cannot notice.</translation>
    </message>
    <message>
        <source>Check this &amp;computer</source>
        <translation>Check this &amp;computer</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Check this computer</translation>
    </message>
    <message>
        <source>Opens the computer check, which changes nothing</source>
        <translation>Opens the computer check, which changes nothing</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>&amp;Start the questions</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Start the questions</translation>
    </message>
    <message>
        <source>Tick the three points first</source>
        <translation>Tick the three points first</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Your situation</source>
        <translation>Your situation</translation>
    </message>
    <message>
        <source>Tick what applies to you. You can skip any question. The answers only choose which guides go into your plan, and in which order.</source>
        <translation>Tick what applies to you. You can skip any question. The answers only choose which guides go into your plan, and in which order.</translation>
    </message>
    <message>
        <source>1. Do you feel in danger right now?</source>
        <translation>1. Do you feel in danger right now?</translation>
    </message>
    <message>
        <source>2. Which devices do you use?</source>
        <translation>2. Which devices do you use?</translation>
    </message>
    <message>
        <source>3. Which e-mail do you use?</source>
        <translation>3. Which e-mail do you use?</translation>
    </message>
    <message>
        <source>4. Which accounts and apps do you use?</source>
        <translation>4. Which accounts and apps do you use?</translation>
    </message>
    <message>
        <source>5. Money and identity</source>
        <translation>5. Money and identity</translation>
    </message>
    <message>
        <source>6. At home</source>
        <translation>6. At home</translation>
    </message>
    <message>
        <source>7. Sharing</source>
        <translation>7. Sharing</translation>
    </message>
    <message>
        <source>8. Children</source>
        <translation>8. Children</translation>
    </message>
    <message>
        <source>9. Living situation</source>
        <translation>9. Living situation</translation>
    </message>
    <message>
        <source>10. Does it seem that the other person...</source>
        <translation>10. Does it seem that the other person...</translation>
    </message>
    <message>
        <source>Tick if this applies to you</source>
        <translation>Tick if this applies to you</translation>
    </message>
    <message>
        <source>&amp;Make my plan</source>
        <translation>&amp;Make my plan</translation>
    </message>
    <message>
        <source>Make my plan</source>
        <translation>Make my plan</translation>
    </message>
    <message>
        <source>Builds an ordered list of guides from your answers</source>
        <translation>Builds an ordered list of guides from your answers</translation>
    </message>
</context>
<context>
    <name>JournalHome</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation>Write down something that happened (Ctrl+N)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Change the chosen entry; the earlier version is kept</source>
        <translation>Change the chosen entry; the earlier version is kept</translation>
    </message>
    <message>
        <source>Hide the chosen entry; this is recorded in its history</source>
        <translation>Hide the chosen entry; this is recorded in its history</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Save a report with all files and their hashes, for the police or a lawyer</source>
        <translation>Save a report with all files and their hashes, for the police or a lawyer</translation>
    </message>
    <message>
        <source>Ex&amp;port...</source>
        <translation>Ex&amp;port...</translation>
    </message>
    <message>
        <source>About your &amp;journal</source>
        <translation>About your &amp;journal</translation>
    </message>
    <message>
        <source>Where your journal is kept and who can see it</source>
        <translation>Where your journal is kept and who can see it</translation>
    </message>
    <message>
        <source>Every kind of incident</source>
        <translation>Every kind of incident</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Per&amp;iod:</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>Shows only entries of this kind</source>
        <translation>Shows only entries of this kind</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Shows only incidents in this period</source>
        <translation>Shows only incidents in this period</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <source>Your entries, oldest incident first</source>
        <translation>Your entries, oldest incident first</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Delete this entry?</translation>
    </message>
    <message>
        <source>The entry is hidden from the list and the export. Its history records that it was deleted.</source>
        <translation>The entry is hidden from the list and the export. Its history records that it was deleted.</translation>
    </message>
    <message>
        <source>Copying files into your encrypted journal...</source>
        <translation>Copying files into your encrypted journal...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Adding files</translation>
    </message>
    <message>
        <source>Adding the file was cancelled. Nothing of it was kept.</source>
        <translation>Adding the file was cancelled. Nothing of it was kept.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it still exists and that you may open it.</source>
        <translation>A file could not be read. Check that it still exists and that you may open it.</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. In a guest session every file stays in memory: keep your progress on this computer first (with a passphrase), then add the file again.</source>
        <translation>There was not enough memory to add this file. In a guest session every file stays in memory: keep your progress on this computer first (with a passphrase), then add the file again.</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. Close other programs, then try again.</source>
        <translation>There was not enough memory to add this file. Close other programs, then try again.</translation>
    </message>
    <message>
        <source>A file could not be added. Your journal itself is unchanged.</source>
        <translation>A file could not be added. Your journal itself is unchanged.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation>Choose an empty folder for the export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The export could not be written there. Choose an empty folder with enough free space.</source>
        <translation>The export could not be written there. Choose an empty folder with enough free space.</translation>
    </message>
    <message>
        <source>The export is ready in:
%s

It is NOT encrypted. Keep it somewhere safe, or give it straight to the police or your lawyer.</source>
        <translation>The export is ready in:
%s

It is NOT encrypted. Keep it somewhere safe, or give it straight to the police or your lawyer.</translation>
    </message>
    <message>
        <source>That folder is a link to another place, so nothing was written. Choose a real folder.</source>
        <translation>That folder is a link to another place, so nothing was written. Choose a real folder.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>The files are added to the entry.</source>
        <translation>The files are added to the entry.</translation>
    </message>
    <message>
        <source>The export is ready.</source>
        <translation>The export is ready.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>The last 7 days</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>The last 30 days</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates of my choice</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Your journal is empty. Write down what happened, as soon as you can: when, what, and where. Add screenshots, messages or other files as evidence. Everything stays encrypted on this computer; you decide if and when to export it.</source>
        <translation>Your journal is empty. Write down what happened, as soon as you can: when, what, and where. Add screenshots, messages or other files as evidence. Everything stays encrypted on this computer; you decide if and when to export it.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>JournalPrivacy</name>
    <message>
        <source>About your journal</source>
        <translation>About your journal</translation>
    </message>
    <message>
        <source>Your journal stays with you</source>
        <translation>Your journal stays with you</translation>
    </message>
    <message>
        <source>Your journal is kept only on this computer, encrypted with your passphrase. Nothing is sent over the internet. The makers of the kit cannot see it.</source>
        <translation>Your journal is kept only on this computer, encrypted with your passphrase. Nothing is sent over the internet. The makers of the kit cannot see it.</translation>
    </message>
    <message>
        <source>Anyone who knows your passphrase can read it. If you chose to remember the passphrase on this computer, anyone who can log in as you can read it too.</source>
        <translation>Anyone who knows your passphrase can read it. If you chose to remember the passphrase on this computer, anyone who can log in as you can read it too.</translation>
    </message>
    <message>
        <source>You decide who gets a copy. 'Export' makes a report with your files and their fingerprints (SHA-256), for the police or a lawyer. The export is not encrypted.</source>
        <translation>You decide who gets a copy. 'Export' makes a report with your files and their fingerprints (SHA-256), for the police or a lawyer. The export is not encrypted.</translation>
    </message>
    <message>
        <source>You can erase everything at any time in Settings, with 'Erase all my data'. Your rights under the GDPR stay yours: the data is yours alone.</source>
        <translation>You can erase everything at any time in Settings, with 'Erase all my data'. Your rights under the GDPR stay yours: the data is yours alone.</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep my progress</source>
        <translation>Keep my progress</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
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
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</source>
        <translation>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</translation>
    </message>
    <message>
        <source>Closes the kit at once and locks your data. You can also press Esc twice.</source>
        <translation>Closes the kit at once and locks your data. You can also press Esc twice.</translation>
    </message>
    <message>
        <source>Quits the kit at once and locks your data</source>
        <translation>Quits the kit at once and locks your data</translation>
    </message>
    <message>
        <source>Choose a part of the kit. Ctrl+1 to Ctrl+%1 jump straight to one.</source>
        <translation>Choose a part of the kit. Ctrl+1 to Ctrl+%1 jump straight to one.</translation>
    </message>
</context>
<context>
    <name>ModuleFilters</name>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Any length</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Up to %1</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>&amp;Age group</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Shows only modules for parents of children of this age</source>
        <translation>Shows only modules for parents of children of this age</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Shows only modules about this topic</source>
        <translation>Shows only modules about this topic</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Shows only modules that fit in this time</source>
        <translation>Shows only modules that fit in this time</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>%1 of %2 modules</source>
        <translation>%1 of %2 modules</translation>
    </message>
    <message>
        <source>No module fits these filters. Choose "All" in one of them.</source>
        <translation>No module fits these filters. Choose "All" in one of them.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Save handout as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Shows the module full screen for a group, one slide at a time, with your notes in a separate window</source>
        <translation>Shows the module full screen for a group, one slide at a time, with your notes in a separate window</translation>
    </message>
    <message>
        <source>&amp;Group quiz</source>
        <translation>&amp;Group quiz</translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation>Group quiz</translation>
    </message>
    <message>
        <source>Count by hand how many people chose each answer; no names are kept</source>
        <translation>Count by hand how many people chose each answer; no names are kept</translation>
    </message>
    <message>
        <source>&amp;Self-study</source>
        <translation>&amp;Self-study</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Self-study</translation>
    </message>
    <message>
        <source>Read the module and do the quiz on your own</source>
        <translation>Read the module and do the quiz on your own</translation>
    </message>
    <message>
        <source>P&amp;rint handout</source>
        <translation>P&amp;rint handout</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>Prints the one-page handout with the help numbers of your region</source>
        <translation>Prints the one-page handout with the help numbers of your region</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>Save handout as PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the one-page handout with the help numbers of your region as a PDF file</source>
        <translation>Saves the one-page handout with the help numbers of your region as a PDF file</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>If someone tells about abuse</translation>
    </message>
    <message>
        <source>The disclosure protocol for every module: what to say, the limits of confidentiality and where to refer. Printable</source>
        <translation>The disclosure protocol for every module: what to say, the limits of confidentiality and where to refer. Printable</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>Get it removed</translation>
    </message>
    <message>
        <source>How to get intimate images taken offline, by country and age. Printable</source>
        <translation>How to get intimate images taken offline, by country and age. Printable</translation>
    </message>
    <message>
        <source>Family media plan</source>
        <translation>Family media plan</translation>
    </message>
    <message>
        <source>A plan to fill in together at home: when, where and which screens, and what to do when something goes wrong. Printable</source>
        <translation>A plan to fill in together at home: when, where and which screens, and what to do when something goes wrong. Printable</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Choose a module to see its overview</source>
        <translation>Choose a module to see its overview</translation>
    </message>
</context>
<context>
    <name>ModuleOverview</name>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 situations, %2 quiz questions</source>
        <translation>%1 situations, %2 quiz questions</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Learning goals</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Facts checked on %1</source>
        <translation>Facts checked on %1</translation>
    </message>
    <message>
        <source>Module overview</source>
        <translation>Module overview</translation>
    </message>
    <message>
        <source>Summary, learning goals, length, ages and sources of the chosen module</source>
        <translation>Summary, learning goals, length, ages and sources of the chosen module</translation>
    </message>
</context>
<context>
    <name>ModuleQuiz</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>You answered %1 questions right.</source>
        <translation>You answered %1 questions right.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Choose this answer, then check it</source>
        <translation>Choose this answer, then check it</translation>
    </message>
    <message>
        <source>Score so far: %1 of %2</source>
        <translation>Score so far: %1 of %2</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>See my &amp;score</source>
        <translation>See my &amp;score</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <source>Not quite. The right answer is %1.</source>
        <translation>Not quite. The right answer is %1.</translation>
    </message>
    <message>
        <source>✔ right answer</source>
        <translation>✔ right answer</translation>
    </message>
    <message>
        <source>✘ wrong answer</source>
        <translation>✘ wrong answer</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>your answer</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ right</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ wrong</translation>
    </message>
    <message>
        <source>&amp;Check my answer</source>
        <translation>&amp;Check my answer</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Check my answer</translation>
    </message>
    <message>
        <source>Shows whether your answer is right, and explains every answer</source>
        <translation>Shows whether your answer is right, and explains every answer</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Goes to the next question, or to your score after the last one</source>
        <translation>Goes to the next question, or to your score after the last one</translation>
    </message>
    <message>
        <source>S&amp;tart again</source>
        <translation>S&amp;tart again</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Clears your answers and starts the quiz again</source>
        <translation>Clears your answers and starts the quiz again</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Why each answer is right or wrong</source>
        <translation>Why each answer is right or wrong</translation>
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
        <translation>This check looks at a phone that is connected to this computer with a USB cable: known spy apps, apps that can read the screen or the notifications, admin apps, apps from outside the store, profiles and device management. It only reads: it changes nothing, removes nothing and sends nothing over the internet. It takes a few minutes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start:&lt;/b&gt; if something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result in your journal first and talk to a help service. This kit never removes anything.</source>
        <translation>&lt;b&gt;Before you start:&lt;/b&gt; if something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result in your journal first and talk to a help service. This kit never removes anything.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This leaves a trace on the phone.&lt;/b&gt; On Android, turning on USB debugging makes 'Developer options' visible in Settings and adds this computer to the phone's trusted computers. An iPhone remembers that it trusted this computer. After the check, we show how to undo this.</source>
        <translation>&lt;b&gt;This leaves a trace on the phone.&lt;/b&gt; On Android, turning on USB debugging makes 'Developer options' visible in Settings and adds this computer to the phone's trusted computers. An iPhone remembers that it trusted this computer. After the check, we show how to undo this.</translation>
    </message>
    <message>
        <source>A clean result is not proof. This check cannot see your Google or iCloud account; the guides in Digital separation show how to secure those.</source>
        <translation>A clean result is not proof. This check cannot see your Google or iCloud account; the guides in Digital separation show how to secure those.</translation>
    </message>
    <message>
        <source>&amp;Android phone</source>
        <translation>&amp;Android phone</translation>
    </message>
    <message>
        <source>i&amp;Phone</source>
        <translation>i&amp;Phone</translation>
    </message>
    <message>
        <source>The person who uses this phone is here and agrees to the &amp;check</source>
        <translation>The person who uses this phone is here and agrees to the &amp;check</translation>
    </message>
    <message>
        <source>Phone b&amp;rand:</source>
        <translation>Phone b&amp;rand:</translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation>Samsung</translation>
    </message>
    <message>
        <source>Google Pixel or another phone with plain Android</source>
        <translation>Google Pixel or another phone with plain Android</translation>
    </message>
    <message>
        <source>Xiaomi, Redmi or POCO</source>
        <translation>Xiaomi, Redmi or POCO</translation>
    </message>
    <message>
        <source>Oppo, realme or OnePlus</source>
        <translation>Oppo, realme or OnePlus</translation>
    </message>
    <message>
        <source>Another brand</source>
        <translation>Another brand</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Shows how to connect the phone</source>
        <translation>Shows how to connect the phone</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Goes back to the first page</source>
        <translation>Goes back to the first page</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Start the check</translation>
    </message>
    <message>
        <source>Connects to the phone and reads its apps and settings</source>
        <translation>Connects to the phone and reads its apps and settings</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>Stops the check</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Shows the set-up steps again, to check again</source>
        <translation>Shows the set-up steps again, to check again</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Android phone</translation>
    </message>
    <message>
        <source>Check an Android phone</source>
        <translation>Check an Android phone</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Check an iPhone</source>
        <translation>Check an iPhone</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The check starts only when the person who uses the phone agrees</source>
        <translation>The check starts only when the person who uses the phone agrees</translation>
    </message>
    <message>
        <source>Phone brand</source>
        <translation>Phone brand</translation>
    </message>
    <message>
        <source>The steps to turn on USB debugging differ per brand</source>
        <translation>The steps to turn on USB debugging differ per brand</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <source>How many parts of the check are done</source>
        <translation>How many parts of the check are done</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>Every check and its result so far</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>Findings grouped by what they mean; expand one to read more</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone, then the page with the software information. Tap the build number 7 times. Enter the phone's PIN if it asks.</source>
        <translation>Open Settings and the page about the phone, then the page with the software information. Tap the build number 7 times. Enter the phone's PIN if it asks.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Tap the version of the phone's software (HyperOS or MIUI) 7 times. Enter the PIN if it asks.</source>
        <translation>Open Settings and the page about the phone. Tap the version of the phone's software (HyperOS or MIUI) 7 times. Enter the PIN if it asks.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the device (on older phones: about the phone), then the page with the version. Tap the build number 7 times. Enter the PIN if it asks.</source>
        <translation>Open Settings and the page about the device (on older phones: about the phone), then the page with the version. Tap the build number 7 times. Enter the PIN if it asks.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Find the build number (sometimes one page deeper, with the software information or the version) and tap it 7 times.</source>
        <translation>Open Settings and the page about the phone. Find the build number (sometimes one page deeper, with the software information or the version) and tap it 7 times.</translation>
    </message>
    <message>
        <source>Go back to Settings. The developer options are now at the bottom: open them and turn on USB debugging.</source>
        <translation>Go back to Settings. The developer options are now at the bottom: open them and turn on USB debugging.</translation>
    </message>
    <message>
        <source>Go back to Settings and open 'Developer options' (on a Pixel, with the system settings). Turn on 'USB debugging'.</source>
        <translation>Go back to Settings and open 'Developer options' (on a Pixel, with the system settings). Turn on 'USB debugging'.</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the additional settings, then the developer options, and turn on USB debugging.</source>
        <translation>Go back to Settings. Open the additional settings, then the developer options, and turn on USB debugging.</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the system settings (on older phones: the additional settings), then the developer options, and turn on USB debugging.</source>
        <translation>Go back to Settings. Open the system settings (on older phones: the additional settings), then the developer options, and turn on USB debugging.</translation>
    </message>
    <message>
        <source>Go back to Settings. Find the developer options (often with the system settings or the additional settings) and turn on USB debugging.</source>
        <translation>Go back to Settings. Find the developer options (often with the system settings or the additional settings) and turn on USB debugging.</translation>
    </message>
    <message>
        <source>Open Settings &gt; About phone. Tap 'Build number' 7 times. Enter the phone's PIN if it asks.</source>
        <translation>Open Settings &gt; About phone. Tap 'Build number' 7 times. Enter the phone's PIN if it asks.</translation>
    </message>
    <message>
        <source>Unlock the phone.</source>
        <translation>Unlock the phone.</translation>
    </message>
    <message>
        <source>Connect the phone to this computer with a USB cable that can carry data.</source>
        <translation>Connect the phone to this computer with a USB cable that can carry data.</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the phone, the message 'Allow USB debugging?' appears: tap 'Allow'. Do not tick 'Always allow from this computer'. You have about 45 seconds.</source>
        <translation>Press 'Start the check' below. On the phone, the message 'Allow USB debugging?' appears: tap 'Allow'. Do not tick 'Always allow from this computer'. You have about 45 seconds.</translation>
    </message>
    <message>
        <source>Keep the phone unlocked until the check is done.</source>
        <translation>Keep the phone unlocked until the check is done.</translation>
    </message>
    <message>
        <source>Unlock the iPhone and connect it to this computer with its cable.</source>
        <translation>Unlock the iPhone and connect it to this computer with its cable.</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the iPhone, the message 'Trust This Computer?' appears: tap 'Trust' and enter the iPhone's passcode.</source>
        <translation>Press 'Start the check' below. On the iPhone, the message 'Trust This Computer?' appears: tap 'Trust' and enter the iPhone's passcode.</translation>
    </message>
    <message>
        <source>Keep the iPhone unlocked until the check is done.</source>
        <translation>Keep the iPhone unlocked until the check is done.</translation>
    </message>
    <message>
        <source>On Windows, this needs Apple Devices or iTunes (for 'Apple Mobile Device Support'). On Linux, it needs usbmuxd. On a Mac, nothing extra is needed.</source>
        <translation>On Windows, this needs Apple Devices or iTunes (for 'Apple Mobile Device Support'). On Linux, it needs usbmuxd. On a Mac, nothing extra is needed.</translation>
    </message>
    <message>
        <source>Nothing was changed on the phone.</source>
        <translation>Nothing was changed on the phone.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</translation>
    </message>
    <message>
        <source>phone-check.pdf</source>
        <translation>phone-check.pdf</translation>
    </message>
    <message>
        <source>Phone check of %s</source>
        <translation>Phone check of %s</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Account guides</source>
        <translation>&amp;Account guides</translation>
    </message>
    <message>
        <source>Opens Digital separation: the guides to secure a Google account or Apple ID, which this check cannot see</source>
        <translation>Opens Digital separation: the guides to secure a Google account or Apple ID, which this check cannot see</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>%1 of %2 steps done or not needed</source>
        <translation>%1 of %2 steps done or not needed</translation>
    </message>
    <message>
        <source>Open any other guide...</source>
        <translation>Open any other guide...</translation>
    </message>
    <message>
        <source>Save my plan as PDF</source>
        <translation>Save my plan as PDF</translation>
    </message>
    <message>
        <source>my-plan.pdf</source>
        <translation>my-plan.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Continue where I left off</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Continue where I left off</translation>
    </message>
    <message>
        <source>Opens the first step that is not done yet</source>
        <translation>Opens the first step that is not done yet</translation>
    </message>
    <message>
        <source>&amp;Print my plan</source>
        <translation>&amp;Print my plan</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>Print my plan</translation>
    </message>
    <message>
        <source>Prints the open steps in large type</source>
        <translation>Prints the open steps in large type</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Save as PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the open steps as a PDF file</source>
        <translation>Saves the open steps as a PDF file</translation>
    </message>
    <message>
        <source>Take it &amp;home (QR code)</source>
        <translation>Take it &amp;home (QR code)</translation>
    </message>
    <message>
        <source>Take it home with a QR code</source>
        <translation>Take it home with a QR code</translation>
    </message>
    <message>
        <source>Shows QR codes with the open steps as text, to scan with your phone</source>
        <translation>Shows QR codes with the open steps as text, to scan with your phone</translation>
    </message>
    <message>
        <source>Change my &amp;answers</source>
        <translation>Change my &amp;answers</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Change my answers</translation>
    </message>
    <message>
        <source>Goes back to the questions; your ticks are kept</source>
        <translation>Goes back to the questions; your ticks are kept</translation>
    </message>
    <message>
        <source>Hand over and end session</source>
        <translation>Hand over and end session</translation>
    </message>
    <message>
        <source>Hand &amp;over and end session</source>
        <translation>Hand &amp;over and end session</translation>
    </message>
    <message>
        <source>Prints the plan, shows the QR code, then erases this guest session</source>
        <translation>Prints the plan, shows the QR code, then erases this guest session</translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>All guides</translation>
    </message>
    <message>
        <source>Open a guide that is not in your plan</source>
        <translation>Open a guide that is not in your plan</translation>
    </message>
    <message>
        <source>&amp;Other guides:</source>
        <translation>&amp;Other guides:</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Your phone</translation>
    </message>
    <message>
        <source>Your Apple account</source>
        <translation>Your Apple account</translation>
    </message>
    <message>
        <source>Your Google account</source>
        <translation>Your Google account</translation>
    </message>
    <message>
        <source>Your Microsoft account</source>
        <translation>Your Microsoft account</translation>
    </message>
    <message>
        <source>Your Samsung account</source>
        <translation>Your Samsung account</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Your computer</translation>
    </message>
    <message>
        <source>Apps and social media</source>
        <translation>Apps and social media</translation>
    </message>
    <message>
        <source>Money and identity</source>
        <translation>Money and identity</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>Other steps</translation>
    </message>
    <message>
        <source>Everyone who leaves a partner needs this.</source>
        <translation>Everyone who leaves a partner needs this.</translation>
    </message>
    <message>
        <source>Because: %s.</source>
        <translation>Because: %s.</translation>
    </message>
    <message>
        <source>Today: start with these steps</source>
        <translation>Today: start with these steps</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open step: %s</source>
        <translation>Open step: %s</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message>
        <source>Open guide: %s</source>
        <translation>Open guide: %s</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>{n} steps open</source>
        <translation>{n} steps open</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>To do:</translation>
    </message>
    <message>
        <source>notes.pdf</source>
        <translation>notes.pdf</translation>
    </message>
    <message>
        <source>Neutral &amp;title on paper</source>
        <translation>Neutral &amp;title on paper</translation>
    </message>
    <message>
        <source>Neutral title on paper</source>
        <translation>Neutral title on paper</translation>
    </message>
    <message>
        <source>The printed plan and the codes are headed 'My notes', so a glance does not tell what they are</source>
        <translation>The printed plan and the codes are headed 'My notes', so a glance does not tell what they are</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up and Page Down go to the next or previous slide; Home and End to the first or last; B blanks the screen; Esc ends the presentation</source>
        <translation>Arrow keys, Page Up and Page Down go to the next or previous slide; Home and End to the first or last; B blanks the screen; Esc ends the presentation</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Previous slide</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Left arrow or Page Up</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>Right arrow, Page Down or Space</translation>
    </message>
    <message>
        <source>&amp;End (Esc)</source>
        <translation>&amp;End (Esc)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>End the presentation</translation>
    </message>
    <message>
        <source>Closes presenter mode</source>
        <translation>Closes presenter mode</translation>
    </message>
</context>
<context>
    <name>QuizTally</name>
    <message>
        <source>Group quiz</source>
        <translation>Group quiz</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>One less for answer %1</source>
        <translation>One less for answer %1</translation>
    </message>
    <message>
        <source>Counts one person less who chose: %1</source>
        <translation>Counts one person less who chose: %1</translation>
    </message>
    <message>
        <source>One more for answer %1</source>
        <translation>One more for answer %1</translation>
    </message>
    <message>
        <source>Counts one more person who chose: %1</source>
        <translation>Counts one more person who chose: %1</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Answer %1: %2</translation>
    </message>
    <message>
        <source>Open your private data to save the session. It is saved as soon as the data is open.</source>
        <translation>Open your private data to save the session. It is saved as soon as the data is open.</translation>
    </message>
    <message>
        <source>Saved in the session log.</source>
        <translation>Saved in the session log.</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Back to the library</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <source>Leaves the group quiz; the counts stay until you choose another module</source>
        <translation>Leaves the group quiz; the counts stay until you choose another module</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Previous question</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Shows the counts of the question before</source>
        <translation>Shows the counts of the question before</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Shows the counts of the next question</source>
        <translation>Shows the counts of the next question</translation>
    </message>
    <message>
        <source>&amp;Clear all counts</source>
        <translation>&amp;Clear all counts</translation>
    </message>
    <message>
        <source>Clear all counts</source>
        <translation>Clear all counts</translation>
    </message>
    <message>
        <source>Sets every count of this quiz back to zero</source>
        <translation>Sets every count of this quiz back to zero</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Logs the date, the number of participants and the counts. No names are saved.</source>
        <translation>Logs the date, the number of participants and the counts. No names are saved.</translation>
    </message>
    <message>
        <source>Number of part&amp;icipants</source>
        <translation>Number of part&amp;icipants</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>How many people took part in the session</source>
        <translation>How many people took part in the session</translation>
    </message>
    <message>
        <source>Session da&amp;te</source>
        <translation>Session da&amp;te</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>The day the session was given</source>
        <translation>The day the session was given</translation>
    </message>
</context>
<context>
    <name>ResultKeeping</name>
    <message>
        <source>Save to &amp;journal</source>
        <translation>Save to &amp;journal</translation>
    </message>
    <message>
        <source>Stores the result, with its fingerprint (SHA-256), in your encrypted journal</source>
        <translation>Stores the result, with its fingerprint (SHA-256), in your encrypted journal</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Prints the result</source>
        <translation>Prints the result</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Save as PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the result as a PDF file</source>
        <translation>Saves the result as a PDF file</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation>Save to journal</translation>
    </message>
    <message>
        <source>Open your journal first: go to Journal and unlock it, then save the result again.</source>
        <translation>Open your journal first: go to Journal and unlock it, then save the result again.</translation>
    </message>
    <message>
        <source>The result is saved in your journal.</source>
        <translation>The result is saved in your journal.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 could not be checked.</source>
        <translation>%1 need attention, %2 could not be checked.</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <source>Rights pages</source>
        <translation>Rights pages</translation>
    </message>
    <message>
        <source>Choose a topic to read about your rights</source>
        <translation>Choose a topic to read about your rights</translation>
    </message>
    <message>
        <source>Rights page</source>
        <translation>Rights page</translation>
    </message>
    <message>
        <source>General information about the law, not legal advice</source>
        <translation>General information about the law, not legal advice</translation>
    </message>
    <message>
        <source>There are no rights pages for this region yet.</source>
        <translation>There are no rights pages for this region yet.</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>Sources: %1. Checked on %2.</translation>
    </message>
</context>
<context>
    <name>SelfStudy</name>
    <message>
        <source>Open the tab "Do the quiz" (Alt+Q) when you are ready. Nobody sees your answers, and nothing is saved.</source>
        <translation>Open the tab "Do the quiz" (Alt+Q) when you are ready. Nobody sees your answers, and nothing is saved.</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Back to the library</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <source>Leaves self-study and shows every module</source>
        <translation>Leaves self-study and shows every module</translation>
    </message>
    <message>
        <source>&amp;Read the module</source>
        <translation>&amp;Read the module</translation>
    </message>
    <message>
        <source>Do the &amp;quiz</source>
        <translation>Do the &amp;quiz</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Self-study</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>What you will learn</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Think about it</source>
        <translation>Think about it</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Now try the quiz</source>
        <translation>Now try the quiz</translation>
    </message>
    <message>
        <source>Read the module, then answer the quiz on your own</source>
        <translation>Read the module, then answer the quiz on your own</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Module text</translation>
    </message>
    <message>
        <source>The learning goals, key messages and situations of this module</source>
        <translation>The learning goals, key messages and situations of this module</translation>
    </message>
</context>
<context>
    <name>SeparationHome</name>
    <message>
        <source>My plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Your plan and checklists</source>
        <translation>Your plan and checklists</translation>
    </message>
</context>
<context>
    <name>SeparationPage</name>
    <message>
        <source>You saved progress on this computer before. Open it to see your ticks and notes.</source>
        <translation>You saved progress on this computer before. Open it to see your ticks and notes.</translation>
    </message>
    <message>
        <source>&amp;Open my saved progress...</source>
        <translation>&amp;Open my saved progress...</translation>
    </message>
    <message>
        <source>Asks for your passphrase</source>
        <translation>Asks for your passphrase</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep my progress on this computer?&lt;/b&gt; Until you choose, your ticks and notes are kept only while the kit is open.</source>
        <translation>&lt;b&gt;Keep my progress on this computer?&lt;/b&gt; Until you choose, your ticks and notes are kept only while the kit is open.</translation>
    </message>
    <message>
        <source>&amp;Keep my progress...</source>
        <translation>&amp;Keep my progress...</translation>
    </message>
    <message>
        <source>Choose a passphrase to save your ticks and notes, encrypted, on this computer</source>
        <translation>Choose a passphrase to save your ticks and notes, encrypted, on this computer</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Keep my progress</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Open &amp;website</source>
        <translation>Open &amp;website</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Open website</translation>
    </message>
    <message>
        <source>Opens the service's website in your browser, after you confirm</source>
        <translation>Opens the service's website in your browser, after you confirm</translation>
    </message>
    <message>
        <source>&amp;Print this entry</source>
        <translation>&amp;Print this entry</translation>
    </message>
    <message>
        <source>Print this entry</source>
        <translation>Print this entry</translation>
    </message>
    <message>
        <source>Prints this service with its number and QR code</source>
        <translation>Prints this service with its number and QR code</translation>
    </message>
    <message>
        <source>Phone number %s</source>
        <translation>Phone number %s</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>See the website</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>chat on the website</source>
        <translation>chat on the website</translation>
    </message>
    <message>
        <source>Checked on %s. If the number does not work, look on the website.</source>
        <translation>Checked on %s. If the number does not work, look on the website.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Scan with your phone camera to call or open: %s</source>
        <translation>Scan with your phone camera to call or open: %s</translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>No sessions logged yet. Save one from the group quiz.</source>
        <translation>No sessions logged yet. Save one from the group quiz.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export the session log</source>
        <translation>Export the session log</translation>
    </message>
    <message>
        <source>sessions.csv</source>
        <translation>sessions.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>The sessions you gave: the module, the date, the number of participants and how many people chose each quiz answer. No names or other personal details are kept. Export the log as CSV for your organisation's reporting. The answer letters in the export (q1-a, q1-b, ...) follow the order in the module text, not the shuffled order shown during the session.</source>
        <translation>The sessions you gave: the module, the date, the number of participants and how many people chose each quiz answer. No names or other personal details are kept. Export the log as CSV for your organisation's reporting. The answer letters in the export (q1-a, q1-b, ...) follow the order in the module text, not the shuffled order shown during the session.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Answers counted</source>
        <translation>Answers counted</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Logged sessions</translation>
    </message>
    <message>
        <source>One row per session: date, module, participants, answers counted</source>
        <translation>One row per session: date, module, participants, answers counted</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>&amp;Export CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Saves the session log as a CSV file for reporting</source>
        <translation>Saves the session log as a CSV file for reporting</translation>
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
        <source>Discreet &amp;mode</source>
        <translation>Discreet &amp;mode</translation>
    </message>
    <message>
        <source>Shows a neutral name and icon</source>
        <translation>Shows a neutral name and icon</translation>
    </message>
    <message>
        <source>Locks your private data after this many idle minutes</source>
        <translation>Locks your private data after this many idle minutes</translation>
    </message>
    <message>
        <source>Lo&amp;ck after (minutes)</source>
        <translation>Lo&amp;ck after (minutes)</translation>
    </message>
    <message>
        <source>&amp;About this kit</source>
        <translation>&amp;About this kit</translation>
    </message>
    <message>
        <source>About this kit</source>
        <translation>About this kit</translation>
    </message>
    <message>
        <source>Version, licences and the dates the content was checked</source>
        <translation>Version, licences and the dates the content was checked</translation>
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
    <message>
        <source>Dar&amp;k colours</source>
        <translation>Dar&amp;k colours</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Light text on a dark background</translation>
    </message>
    <message>
        <source>Use dark colours</source>
        <translation>Use dark colours</translation>
    </message>
</context>
<context>
    <name>SharedPageDialog</name>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Prints this page with the help numbers of your region</source>
        <translation>Prints this page with the help numbers of your region</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Save as PD&amp;F</translation>
    </message>
    <message>
        <source>Saves this page as a PDF file</source>
        <translation>Saves this page as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Closes this window</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
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
    <message>
        <source>Look for spy apps on an Android phone or iPhone, with a USB cable</source>
        <translation>Look for spy apps on an Android phone or iPhone, with a USB cable</translation>
    </message>
    <message>
        <source>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet. You can start reading at once: nothing is saved unless you choose to.</source>
        <translation>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet. You can start reading at once: nothing is saved unless you choose to.</translation>
    </message>
    <message>
        <source>I'm helping someone</source>
        <translation>I'm helping someone</translation>
    </message>
    <message>
        <source>For volunteers and help workers: a guest session that saves nothing, with a short safety check first and a hand-over at the end</source>
        <translation>For volunteers and help workers: a guest session that saves nothing, with a short safety check first and a hand-over at the end</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Tick when you have done this step</source>
        <translation>Tick when you have done this step</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Not for me</translation>
    </message>
    <message>
        <source>Mark this step as not needed for you</source>
        <translation>Mark this step as not needed for you</translation>
    </message>
    <message>
        <source>Private note (only on this computer, encrypted)</source>
        <translation>Private note (only on this computer, encrypted)</translation>
    </message>
    <message>
        <source>Private note for step %s</source>
        <translation>Private note for step %s</translation>
    </message>
    <message>
        <source>Saved encrypted as you type</source>
        <translation>Saved encrypted as you type</translation>
    </message>
    <message>
        <source>Add to &amp;journal</source>
        <translation>Add to &amp;journal</translation>
    </message>
    <message>
        <source>Add to journal</source>
        <translation>Add to journal</translation>
    </message>
    <message>
        <source>Opens the journal to save evidence before you change anything</source>
        <translation>Opens the journal to save evidence before you change anything</translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation>step %1, %2</translation>
    </message>
    <message>
        <source>+ Add a private &amp;note</source>
        <translation>+ Add a private &amp;note</translation>
    </message>
    <message>
        <source>Add a private note to step %s</source>
        <translation>Add a private note to step %s</translation>
    </message>
    <message>
        <source>Opens a box for a note that only you can read</source>
        <translation>Opens a box for a note that only you can read</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <source>Take your plan home</source>
        <translation>Take your plan home</translation>
    </message>
    <message>
        <source>Scan with your phone camera. The code holds only the text of your open steps, no link. Save it as a note on your phone, in a safe place.</source>
        <translation>Scan with your phone camera. The code holds only the text of your open steps, no link. Save it as a note on your phone, in a safe place.</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>QR code %1 of %2</translation>
    </message>
    <message>
        <source>Holds part of your open steps as text</source>
        <translation>Holds part of your open steps as text</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous code</source>
        <translation>&lt; &amp;Previous code</translation>
    </message>
    <message>
        <source>&amp;Next code &gt;</source>
        <translation>&amp;Next code &gt;</translation>
    </message>
    <message>
        <source>Previous code</source>
        <translation>Previous code</translation>
    </message>
    <message>
        <source>Shows the code before this one</source>
        <translation>Shows the code before this one</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Next code</translation>
    </message>
    <message>
        <source>Shows the next code to scan</source>
        <translation>Shows the next code to scan</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Code %1 of %2</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>No answers counted yet</source>
        <translation>No answers counted yet</translation>
    </message>
    <message>
        <source>Chart of the answers</source>
        <translation>Chart of the answers</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Keep your progress private</source>
        <translation>Keep your progress private</translation>
    </message>
    <message>
        <source>Choose a passphrase. Everything you save is encrypted with it on this computer. Nobody can read it without the passphrase, and nobody can recover it for you, so choose one you will remember, for example four unusual words.</source>
        <translation>Choose a passphrase. Everything you save is encrypted with it on this computer. Nobody can read it without the passphrase, and nobody can recover it for you, so choose one you will remember, for example four unusual words.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Unlock your private data</source>
        <translation>Unlock your private data</translation>
    </message>
    <message>
        <source>Type your passphrase to open what you saved before.</source>
        <translation>Type your passphrase to open what you saved before.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keychain)</source>
        <translation>Remember on this computer (in the system keychain)</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer as you could then open your data without the passphrase.</source>
        <translation>Anyone who can log in to this computer as you could then open your data without the passphrase.</translation>
    </message>
    <message>
        <source>&amp;Guest session (save nothing)</source>
        <translation>&amp;Guest session (save nothing)</translation>
    </message>
    <message>
        <source>For use at a help desk: nothing is written to this computer and all is gone when the kit closes.</source>
        <translation>For use at a help desk: nothing is written to this computer and all is gone when the kit closes.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase that protects your data</source>
        <translation>The passphrase that protects your data</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation>Type the same passphrase again</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>Guest session</source>
        <translation>Guest session</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Earlier copies of your data that can be restored</source>
        <translation>Earlier copies of your data that can be restored</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Replaces the damaged data with the chosen backup</source>
        <translation>Replaces the damaged data with the chosen backup</translation>
    </message>
    <message>
        <source>Re&amp;store this backup</source>
        <translation>Re&amp;store this backup</translation>
    </message>
    <message numerus="yes">
        <source>Please use at least %n characters.</source>
        <translation><numerusform>Please use at least %n characters.</numerusform><numerusform>Please use at least %n characters.</numerusform></translation></message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>The two passphrases are not the same. Please type them again.</translation>
    </message>
    <message>
        <source>That passphrase does not open your data. Check Caps Lock and try again.</source>
        <translation>That passphrase does not open your data. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <source>Your data file is damaged or incomplete, so it was not opened and nothing was deleted. You can restore a backup below, or ask for help before you do anything else.</source>
        <translation>Your data file is damaged or incomplete, so it was not opened and nothing was deleted. You can restore a backup below, or ask for help before you do anything else.</translation>
    </message>
    <message>
        <source>Your data is open in another window of the kit. Close that one first.</source>
        <translation>Your data is open in another window of the kit. Close that one first.</translation>
    </message>
    <message>
        <source>Your data could not be opened. Check that the data folder is readable and not full.</source>
        <translation>Your data could not be opened. Check that the data folder is readable and not full.</translation>
    </message>
    <message>
        <source>Not remembered: %s</source>
        <translation>Not remembered: %s</translation>
    </message>
    <message>
        <source>Not remembered: the system keychain did not answer.</source>
        <translation>Not remembered: the system keychain did not answer.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup above, then restore again.</source>
        <translation>Type the passphrase of the backup above, then restore again.</translation>
    </message>
    <message>
        <source>This backup could not be restored. Try an older one.</source>
        <translation>This backup could not be restored. Try an older one.</translation>
    </message>
    <message>
        <source>The data file of the kit was replaced by another, unencrypted file. It was not opened or changed. Ask for help before you do anything else.</source>
        <translation>The data file of the kit was replaced by another, unencrypted file. It was not opened or changed. Ask for help before you do anything else.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>Last change: %1, %n entries.</source>
        <translation><numerusform>Last change: %1, %n entries.</numerusform><numerusform>Last change: %1, %n entries.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n failed attempt(s) to unlock since your last unlock.</source>
        <translation><numerusform>%n failed attempt(s) to unlock since your last unlock.</numerusform><numerusform>%n failed attempt(s) to unlock since your last unlock.</numerusform></translation></message>
    <message>
        <source>Entries may be missing</source>
        <translation>Entries may be missing</translation>
    </message>
    <message>
        <source>This data file is older than your last backup: entries may be missing. Someone may have put an older copy in its place. Restore the newest backup?</source>
        <translation>This data file is older than your last backup: entries may be missing. Someone may have put an older copy in its place. Restore the newest backup?</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restore the newest backup</translation>
    </message>
    <message>
        <source>This data file is older than the last one this computer saw: entries may be missing. Someone may have put an older copy in its place. Check your journal, and ask for help if things are missing.</source>
        <translation>This data file is older than the last one this computer saw: entries may be missing. Someone may have put an older copy in its place. Check your journal, and ask for help if things are missing.</translation>
    </message>
    <message>
        <source>&amp;Keep this data</source>
        <translation>&amp;Keep this data</translation>
    </message>
    <message>
        <source>The backup could not be restored. Your data file was kept as it was.</source>
        <translation>The backup could not be restored. Your data file was kept as it was.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation><numerusform>Too many wrong passphrases. You can try again in %n second(s).</numerusform><numerusform>Too many wrong passphrases. You can try again in %n second(s).</numerusform></translation></message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
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
    <message>
        <source>Where to find help</source>
        <translation>Where to find help</translation>
    </message>
    <message>
        <source>You are not alone. These services listen, help and know the way. Many are free and some are anonymous.</source>
        <translation>You are not alone. These services listen, help and know the way. Many are free and some are anonymous.</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>See the website</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>Numbers can change: if a number does not work, look on the service's website.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>My plan: the steps still to do</source>
        <translation>My plan: the steps still to do</translation>
    </message>
    <message>
        <source>Do the steps in this order, at your own pace. Tick them off when done.</source>
        <translation>Do the steps in this order, at your own pace. Tick them off when done.</translation>
    </message>
    <message>
        <source>All steps are done or marked 'not for me'. Well done.</source>
        <translation>All steps are done or marked 'not for me'. Well done.</translation>
    </message>
    <message>
        <source>Help is there for you</source>
        <translation>Help is there for you</translation>
    </message>
    <message>
        <source>Scan with your phone camera to take the open steps with you as text:</source>
        <translation>Scan with your phone camera to take the open steps with you as text:</translation>
    </message>
    <message>
        <source>My plan, open steps:</source>
        <translation>My plan, open steps:</translation>
    </message>
    <message>
        <source>everyone needs this</source>
        <translation>everyone needs this</translation>
    </message>
    <message>
        <source>the other person knew your passwords or had your phone</source>
        <translation>the other person knew your passwords or had your phone</translation>
    </message>
    <message>
        <source>you have children together</source>
        <translation>you have children together</translation>
    </message>
    <message>
        <source>you still live together</source>
        <translation>you still live together</translation>
    </message>
    <message>
        <source>the other person seems to know where you are</source>
        <translation>the other person seems to know where you are</translation>
    </message>
    <message>
        <source>the other person seems to know what you say or write</source>
        <translation>the other person seems to know what you say or write</translation>
    </message>
    <message>
        <source>the other person controls money or buys in your name</source>
        <translation>the other person controls money or buys in your name</translation>
    </message>
    <message>
        <source>you said: %s</source>
        <translation>you said: %s</translation>
    </message>
    <message>
        <source>Yes, I feel in danger now</source>
        <translation>Yes, I feel in danger now</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>iPhone or iPad</translation>
    </message>
    <message>
        <source>Android phone or tablet (Samsung, Google Pixel, ...)</source>
        <translation>Android phone or tablet (Samsung, Google Pixel, ...)</translation>
    </message>
    <message>
        <source>Windows computer</source>
        <translation>Windows computer</translation>
    </message>
    <message>
        <source>Mac computer</source>
        <translation>Mac computer</translation>
    </message>
    <message>
        <source>A computer or tablet that we shared</source>
        <translation>A computer or tablet that we shared</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook or Hotmail</source>
        <translation>Outlook or Hotmail</translation>
    </message>
    <message>
        <source>Mail from my internet provider (Telenet, Proximus, ...)</source>
        <translation>Mail from my internet provider (Telenet, Proximus, ...)</translation>
    </message>
    <message>
        <source>Apple account (iCloud)</source>
        <translation>Apple account (iCloud)</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Google account</translation>
    </message>
    <message>
        <source>Microsoft account</source>
        <translation>Microsoft account</translation>
    </message>
    <message>
        <source>Samsung account</source>
        <translation>Samsung account</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Facebook or Messenger</source>
        <translation>Facebook or Messenger</translation>
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
        <translation>Banking app or a joint account</translation>
    </message>
    <message>
        <source>itsme</source>
        <translation>itsme</translation>
    </message>
    <message>
        <source>Belgian government websites (My Citizen Profile, eBox)</source>
        <translation>Belgian government websites (My Citizen Profile, eBox)</translation>
    </message>
    <message>
        <source>DigiD (Netherlands)</source>
        <translation>DigiD (Netherlands)</translation>
    </message>
    <message>
        <source>Payconiq</source>
        <translation>Payconiq</translation>
    </message>
    <message>
        <source>Web shops or parcel services</source>
        <translation>Web shops or parcel services</translation>
    </message>
    <message>
        <source>The home Wi-Fi router</source>
        <translation>The home Wi-Fi router</translation>
    </message>
    <message>
        <source>Smart speakers, cameras, doorbells or locks</source>
        <translation>Smart speakers, cameras, doorbells or locks</translation>
    </message>
    <message>
        <source>A car with an app</source>
        <translation>A car with an app</translation>
    </message>
    <message>
        <source>A password manager</source>
        <translation>A password manager</translation>
    </message>
    <message>
        <source>Netflix, Spotify, Disney+ or other streaming</source>
        <translation>Netflix, Spotify, Disney+ or other streaming</translation>
    </message>
    <message>
        <source>The other person knew my passwords or had my phone</source>
        <translation>The other person knew my passwords or had my phone</translation>
    </message>
    <message>
        <source>We have children together</source>
        <translation>We have children together</translation>
    </message>
    <message>
        <source>We still live together</source>
        <translation>We still live together</translation>
    </message>
    <message>
        <source>...knows where I am or where I have been</source>
        <translation>...knows where I am or where I have been</translation>
    </message>
    <message>
        <source>...knows what I say, write or search</source>
        <translation>...knows what I say, write or search</translation>
    </message>
    <message>
        <source>...controls my money, or buys things in my name</source>
        <translation>...controls my money, or buys things in my name</translation>
    </message>
    <message>
        <source>Phone check</source>
        <translation>Phone check</translation>
    </message>
    <message>
        <source>you use an iPhone or iPad</source>
        <translation>you use an iPhone or iPad</translation>
    </message>
    <message>
        <source>you use an Android phone</source>
        <translation>you use an Android phone</translation>
    </message>
    <message>
        <source>you use a Windows computer</source>
        <translation>you use a Windows computer</translation>
    </message>
    <message>
        <source>you use a Mac</source>
        <translation>you use a Mac</translation>
    </message>
    <message>
        <source>you shared a computer or tablet</source>
        <translation>you shared a computer or tablet</translation>
    </message>
    <message>
        <source>you use %s</source>
        <translation>you use %s</translation>
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
<context>
    <name>module_labels</name>
    <message>
        <source>0 to 3 years</source>
        <translation>0 to 3 years</translation>
    </message>
    <message>
        <source>3 to 6 years</source>
        <translation>3 to 6 years</translation>
    </message>
    <message>
        <source>6 to 12 years</source>
        <translation>6 to 12 years</translation>
    </message>
    <message>
        <source>12 to 18 years</source>
        <translation>12 to 18 years</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Agreements at home</source>
        <translation>Agreements at home</translation>
    </message>
    <message>
        <source>Bystanders</source>
        <translation>Bystanders</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Cyberbullying</translation>
    </message>
    <message>
        <source>Dating and partner violence</source>
        <translation>Dating and partner violence</translation>
    </message>
    <message>
        <source>Deepnudes and AI images</source>
        <translation>Deepnudes and AI images</translation>
    </message>
    <message>
        <source>Doxing</source>
        <translation>Doxing</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>Grooming</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Online harassment</translation>
    </message>
    <message>
        <source>Sharing intimate images without consent</source>
        <translation>Sharing intimate images without consent</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Location sharing</translation>
    </message>
    <message>
        <source>Online contacts</source>
        <translation>Online contacts</translation>
    </message>
    <message>
        <source>Media parenting</source>
        <translation>Media parenting</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Screen time</source>
        <translation>Screen time</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Sexism</source>
        <translation>Sexism</translation>
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
        <translation>Victim blaming</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Help in your region</source>
        <translation>Help in your region</translation>
    </message>
    <message>
        <source>Emergency and police</source>
        <translation>Emergency and police</translation>
    </message>
    <message>
        <source>Help lines for violence and abuse</source>
        <translation>Help lines for violence and abuse</translation>
    </message>
    <message>
        <source>Scan with your phone camera to open:</source>
        <translation>Scan with your phone camera to open:</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>Numbers can change: if a number does not work, look on the service's website.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>Points to bring out</source>
        <translation>Points to bring out</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Wrong answer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>What we will learn</source>
        <translation>What we will learn</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Learning goals</translation>
    </message>
    <message>
        <source>Key message %1 of %2</source>
        <translation>Key message %1 of %2</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>What would you do?</source>
        <translation>What would you do?</translation>
    </message>
    <message>
        <source>Scenario %1 of %2</source>
        <translation>Scenario %1 of %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>You are not alone</source>
        <translation>You are not alone</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Where to find help</translation>
    </message>
</context>
</TS>
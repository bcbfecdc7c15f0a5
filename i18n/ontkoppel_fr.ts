<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this kit</source>
        <translation>À propos de ce kit</translation>
    </message>
    <message>
        <source>The version of the kit, the licences of the kit, of Qt and of the included data, and when the content was last checked</source>
        <translation>La version du kit, les licences du kit, de Qt et des données incluses, et la date de la dernière vérification du contenu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
    <message>
        <source>An offline kit for digital safety. It works without internet and keeps your data encrypted on this device.</source>
        <translation>Un kit hors ligne pour la sécurité numérique. Il fonctionne sans internet et garde vos données chiffrées sur cet appareil.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>The kit: %s</source>
        <translation>Le kit : %s</translation>
    </message>
    <message>
        <source>Qt %1 and Qt for Python (PySide6) %2: %3</source>
        <translation>Qt %1 et Qt for Python (PySide6) %2 : %3</translation>
    </message>
    <message>
        <source>Included data</source>
        <translation>Données incluses</translation>
    </message>
    <message>
        <source>Content last checked</source>
        <translation>Dernière vérification du contenu</translation>
    </message>
    <message>
        <source>Licence of %s</source>
        <translation>Licence de %s</translation>
    </message>
    <message>
        <source>The content could not be read.</source>
        <translation>Le contenu n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Family &amp; media modules</source>
        <translation>Modules Famille &amp; médias</translation>
    </message>
    <message>
        <source>Rights pages</source>
        <translation>Pages sur vos droits</translation>
    </message>
    <message>
        <source>All content</source>
        <translation>Tout le contenu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Oldest check</source>
        <translation>Vérification la plus ancienne</translation>
    </message>
    <message>
        <source>Newest check</source>
        <translation>Vérification la plus récente</translation>
    </message>
    <message>
        <source>Icons: Lucide %s (ISC licence), https://lucide.dev</source>
        <translation>Icônes : Lucide %s (licence ISC), https://lucide.dev</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>This check looks for remote access, sharing and signs of monitoring software on this computer. It only reads: it changes nothing and sends nothing over the internet. If something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result to your journal first and talk to a help service.</source>
        <translation>Cette vérification cherche sur cet ordinateur un accès à distance, un partage et des signes de logiciel de surveillance. Elle ne fait que lire : elle ne change rien et n'envoie rien sur internet. Si quelque chose est trouvé, ne le supprimez pas tout de suite. L'autre personne pourrait le remarquer, et c'est une preuve. Enregistrez d'abord le résultat dans votre journal et parlez-en à un service d'aide.</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Lancer la vérification</translation>
    </message>
    <message>
        <source>Reads the settings and programs of this computer; takes a few seconds</source>
        <translation>Lit les paramètres et les programmes de cet ordinateur ; cela prend quelques secondes</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>Arrête la vérification</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>Chaque contrôle et son résultat jusqu'ici</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>Ce qui a été trouvé, classé selon ce que cela veut dire ; ouvrez un élément pour en savoir plus</translation>
    </message>
    <message>
        <source>The check itself could not run. Nothing was changed on this computer. Try again, or ask a help service to look with you.</source>
        <translation>La vérification elle-même n'a pas pu se faire. Rien n'a été changé sur cet ordinateur. Réessayez, ou demandez à un service d'aide de regarder avec vous.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>Demande votre attention : %1. Bon à savoir : %2. Impossible à vérifier : %3. Semble en ordre : %4.</translation>
    </message>
    <message>
        <source>computer-check.pdf</source>
        <translation>verification-ordinateur.pdf</translation>
    </message>
    <message>
        <source>Computer check of %s</source>
        <translation>Vérification de l'ordinateur du %s</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>La vérification est terminée.</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>&amp;Print checklist</source>
        <translation>&amp;Imprimer la liste</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Imprimer la liste</translation>
    </message>
    <message>
        <source>Prints this checklist to fill in on paper</source>
        <translation>Imprime cette liste pour la remplir sur papier</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Enregistrer en PD&amp;F</translation>
    </message>
    <message>
        <source>Save checklist as PDF</source>
        <translation>Enregistrer la liste en PDF</translation>
    </message>
    <message>
        <source>Saves this checklist as a PDF file</source>
        <translation>Enregistre cette liste dans un fichier PDF</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Choose a checklist to read or print</source>
        <translation>Choisissez une liste à lire ou à imprimer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>The text of the chosen checklist</source>
        <translation>Le texte de la liste choisie</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DangerDialog</name>
    <message>
        <source>In danger now?</source>
        <translation>En danger maintenant ?</translation>
    </message>
    <message>
        <source>If you are in danger now, call for help.</source>
        <translation>Si vous êtes en danger maintenant, appelez à l'aide.</translation>
    </message>
    <message>
        <source>Region: %s</source>
        <translation>Région : %s</translation>
    </message>
    <message>
        <source>If you cannot talk, stay on the line: emergency services can still try to help. This screen is not saved anywhere.</source>
        <translation>Si vous ne pouvez pas parler, restez en ligne : les secours peuvent quand même essayer de vous aider. Cet écran n'est enregistré nulle part.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your private data</source>
        <translation>Vos données privées</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>C&amp;hanger la phrase secrète...</translation>
    </message>
    <message>
        <source>Choose a new passphrase for your data</source>
        <translation>Choisissez une nouvelle phrase secrète pour vos données</translation>
    </message>
    <message>
        <source>Save an encrypted &amp;backup...</source>
        <translation>&amp;Enregistrer une sauvegarde chiffrée...</translation>
    </message>
    <message>
        <source>A copy to move to another computer; it needs your passphrase</source>
        <translation>Une copie à emporter sur un autre ordinateur ; il faut votre phrase secrète pour l'ouvrir</translation>
    </message>
    <message>
        <source>Brings in a backup made on another computer</source>
        <translation>Importe une sauvegarde faite sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Load a back&amp;up...</source>
        <translation>&amp;Importer une sauvegarde...</translation>
    </message>
    <message>
        <source>&amp;Erase all my data...</source>
        <translation>E&amp;ffacer toutes mes données...</translation>
    </message>
    <message>
        <source>Deletes everything the kit saved on this computer</source>
        <translation>Supprime tout ce que le kit a enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your data is open.</source>
        <translation>Vos données sont ouvertes.</translation>
    </message>
    <message>
        <source>Unlock your data (in Digital separation or Journal) to change the passphrase or make a backup.</source>
        <translation>Déverrouillez vos données (dans Séparation numérique ou Journal) pour changer la phrase secrète ou faire une sauvegarde.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Nouvelle phrase secrète (au moins 8 caractères) :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Tapez-la encore une fois :</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>Les deux phrases secrètes ne sont pas les mêmes. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters. Nothing was changed.</source>
        <translation>Utilisez au moins 8 caractères. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Enregistrer une sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>Backup files (*.db)</source>
        <translation>Fichiers de sauvegarde (*.db)</translation>
    </message>
    <message>
        <source>Load a backup</source>
        <translation>Importer une sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Cette phrase secrète n'ouvre pas cette sauvegarde.</translation>
    </message>
    <message>
        <source>There is already data on this computer. To replace it, first erase all data here.</source>
        <translation>Il y a déjà des données sur cet ordinateur. Pour les remplacer, effacez d'abord toutes les données ici.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a backup of the kit.</source>
        <translation>Ce fichier n'a pas pu être importé comme sauvegarde du kit.</translation>
    </message>
    <message>
        <source>Erase all my data?</source>
        <translation>Effacer toutes mes données ?</translation>
    </message>
    <message>
        <source>This deletes everything the kit saved on this computer. It cannot be undone.</source>
        <translation>Cela supprime tout ce que le kit a enregistré sur cet ordinateur. Vous ne pourrez pas revenir en arrière.</translation>
    </message>
    <message>
        <source>You will lose:</source>
        <translation>Vous allez perdre :</translation>
    </message>
    <message>
        <source>nothing is saved yet</source>
        <translation>rien n'est encore enregistré</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Erase all my data</source>
        <translation>Effacer toutes mes données</translation>
    </message>
    <message>
        <source>Your current passphrase:</source>
        <translation>Votre phrase secrète actuelle :</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Ce n'est pas votre phrase secrète actuelle. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, also for the backups on this computer. A backup you saved elsewhere still opens with the old passphrase: delete it, or keep it safe.</source>
        <translation>Votre phrase secrète a été changée, y compris pour les sauvegardes sur cet ordinateur. Une sauvegarde enregistrée ailleurs s'ouvre encore avec l'ancienne phrase secrète : supprimez-la, ou gardez-la en lieu sûr.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>That folder is a link to another place, so nothing was saved. Choose a real folder.</source>
        <translation>Ce dossier est un lien vers un autre endroit, donc rien n'a été enregistré. Choisissez un vrai dossier.</translation>
    </message>
    <message>
        <source>The backup could not be saved there. Choose a new file name in a folder with enough free space.</source>
        <translation>La sauvegarde n'a pas pu être enregistrée à cet endroit. Choisissez un nouveau nom de fichier dans un dossier avec assez d'espace libre.</translation>
    </message>
    <message>
        <source>The encrypted backup is saved as:
%s

It opens with your current passphrase, also after you change it here.</source>
        <translation>La sauvegarde chiffrée est enregistrée sous :
%s

Elle s'ouvre avec votre phrase secrète actuelle, même si vous la changez ici plus tard.</translation>
    </message>
    <message>
        <source>This file is an ordinary database, not a backup of the kit. Nothing was changed.</source>
        <translation>Ce fichier est une base de données ordinaire, pas une sauvegarde du kit. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>This file holds data of another program, not a backup of the kit. Nothing was changed.</source>
        <translation>Ce fichier contient les données d'un autre programme, pas une sauvegarde du kit. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>The kit's data folder on this computer is erased, with your settings.</source>
        <translation>Le dossier de données du kit sur cet ordinateur est effacé, avec vos paramètres.</translation>
    </message>
    <message>
        <source>The files are erased, but the keychain entry could not be removed. Remove 'Ontkoppel' from the system keychain yourself.</source>
        <translation>Les fichiers sont effacés, mais l'entrée du trousseau n'a pas pu être supprimée. Supprimez vous-même « Ontkoppel » du trousseau du système.</translation>
    </message>
    <message>
        <source>Not everything could be erased. These files are still in the data folder:</source>
        <translation>Tout n'a pas pu être effacé. Ces fichiers sont encore dans le dossier de données :</translation>
    </message>
    <message>
        <source>Not erased: journal exports and backups you saved elsewhere (for example on a USB stick or in a cloud folder). A backup saved elsewhere still opens with the passphrase it was saved with, also after you changed the passphrase.</source>
        <translation>Pas effacés : les exports de votre journal et les sauvegardes enregistrées ailleurs (par exemple sur une clé USB ou dans un dossier cloud). Une telle sauvegarde s'ouvre encore avec la phrase secrète utilisée lors de son enregistrement, même si vous l'avez changée depuis.</translation>
    </message>
    <message>
        <source>The encrypted backup is saved.</source>
        <translation>La sauvegarde chiffrée est enregistrée.</translation>
    </message>
    <message>
        <source>The backup is loaded. Your data is open.</source>
        <translation>La sauvegarde est importée. Vos données sont ouvertes.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Every kind of help</source>
        <translation>Tous les types d'aide</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Shows the services for this region</source>
        <translation>Affiche les services de cette région</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Type d'aide</translation>
    </message>
    <message>
        <source>Shows only services that help with this</source>
        <translation>Affiche seulement les services qui aident dans ce domaine</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search in the names and descriptions</source>
        <translation>Rechercher dans les noms et les descriptions</translation>
    </message>
    <message>
        <source>Print &amp;handout</source>
        <translation>&amp;Imprimer la fiche</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Prints every service of this region on paper</source>
        <translation>Imprime sur papier tous les services de cette région</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>Enregistrer la fiche en PD&amp;F</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>Saves every service of this region as a PDF file</source>
        <translation>Enregistre tous les services de cette région dans un fichier PDF</translation>
    </message>
    <message>
        <source>Help services</source>
        <translation>Services d'aide</translation>
    </message>
    <message>
        <source>Choose a service to see its number and QR code</source>
        <translation>Choisissez un service pour voir son numéro et son code QR</translation>
    </message>
    <message>
        <source>Help handout</source>
        <translation>Fiche d'aide</translation>
    </message>
    <message>
        <source>help-handout.pdf</source>
        <translation>fiche-aide.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Type d'aide :</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry details</source>
        <translation>Détails de l'entrée</translation>
    </message>
    <message>
        <source>All fields, files and changes of the chosen entry</source>
        <translation>Tous les champs, fichiers et changements de l'entrée choisie</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>Choisissez une entrée pour la voir ici.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Personnes impliquées</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Preview of %s</source>
        <translation>Aperçu de %s</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrite</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>file added</source>
        <translation>fichier ajouté</translation>
    </message>
    <message>
        <source>file removed</source>
        <translation>fichier retiré</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Change entry</source>
        <translation>Modifier l'entrée</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nouvelle entrée dans le journal</translation>
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation>Ajouter des &amp;fichiers...</translation>
    </message>
    <message>
        <source>Also keep where each file was on this computer</source>
        <translation>Garder aussi l'endroit où se trouvait chaque fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Off by default: the file's folder can reveal private information.</source>
        <translation>Désactivé par défaut : le dossier d'un fichier peut révéler des informations privées.</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Quand est-ce arrivé ?</translation>
    </message>
    <message>
        <source>Date and time of the incident, not of writing</source>
        <translation>Date et heure des faits, pas du moment où vous écrivez</translation>
    </message>
    <message>
        <source>The kind of incident</source>
        <translation>Le type de faits</translation>
    </message>
    <message>
        <source>Wh&amp;at happened?</source>
        <translation>Qu'est-ce qui s'est &amp;passé ?</translation>
    </message>
    <message>
        <source>Whe&amp;re? (app, website, place)</source>
        <translation>&amp;Où ? (application, site web, lieu)</translation>
    </message>
    <message>
        <source>For example WhatsApp, Instagram or at home</source>
        <translation>Par exemple WhatsApp, Instagram ou à la maison</translation>
    </message>
    <message>
        <source>&amp;People involved</source>
        <translation>Personnes &amp;impliquées</translation>
    </message>
    <message>
        <source>Who did it, who saw it; free text</source>
        <translation>Qui l'a fait, qui l'a vu ; texte libre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Ce qui s'est passé, avec vos propres mots</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Screenshots, photos, videos or documents to add</source>
        <translation>Captures d'écran, photos, vidéos ou documents à ajouter</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Choose files to copy into the encrypted journal</source>
        <translation>Choisissez des fichiers à copier dans le journal chiffré</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Saves the entry (Ctrl+Enter)</source>
        <translation>Enregistre l'entrée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Choisir des fichiers</translation>
    </message>
    <message>
        <source>Please write a few words about what happened.</source>
        <translation>Écrivez quelques mots sur ce qui s'est passé.</translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant :</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes for this &amp;slide</source>
        <translation>Notes pour cette &amp;diapositive</translation>
    </message>
    <message>
        <source>Session &amp;guide</source>
        <translation>Dé&amp;roulé de la séance</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes pour l'animation</translation>
    </message>
    <message>
        <source>Only on your screen, never on the projected one</source>
        <translation>Seulement sur votre écran, jamais sur l'écran projeté</translation>
    </message>
    <message>
        <source>Notes for this slide</source>
        <translation>Notes pour cette diapositive</translation>
    </message>
    <message>
        <source>Points to bring out and answer explanations; only you see these</source>
        <translation>Points à faire ressortir et explications des réponses ; visibles seulement par vous</translation>
    </message>
    <message>
        <source>Session guide</source>
        <translation>Déroulé de la séance</translation>
    </message>
    <message>
        <source>How to open, the timed outline, and what to do if someone tells about abuse</source>
        <translation>Comment commencer, le déroulé minuté, et que faire si quelqu'un parle de violences</translation>
    </message>
    <message>
        <source>&amp;Previous slide</source>
        <translation>Diapositive &amp;précédente</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>Shows the previous slide on the projected screen (Page Up)</source>
        <translation>Affiche la diapositive précédente sur l'écran projeté (Pg préc.)</translation>
    </message>
    <message>
        <source>&amp;Next slide</source>
        <translation>Diapositive &amp;suivante</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Shows the next slide on the projected screen (Page Down)</source>
        <translation>Affiche la diapositive suivante sur l'écran projeté (Pg suiv.)</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Makes the projected screen black, or shows the slide again</source>
        <translation>Rend l'écran projeté noir, ou affiche à nouveau la diapositive</translation>
    </message>
    <message>
        <source>&amp;End presentation</source>
        <translation>&amp;Terminer la présentation</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
    <message>
        <source>Closes the projected screen and these notes</source>
        <translation>Ferme l'écran projeté et ces notes</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>Si quelqu'un parle de violences</translation>
    </message>
    <message>
        <source>Opens the disclosure protocol on your screen only; you can print it</source>
        <translation>Ouvre le protocole en cas de révélation, sur votre écran seulement ; vous pouvez l'imprimer</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>Faire retirer</translation>
    </message>
    <message>
        <source>Opens the steps to get intimate images taken offline, on your screen only; you can print it</source>
        <translation>Ouvre les étapes pour faire retirer des images intimes, sur votre écran seulement ; vous pouvez les imprimer</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Module &amp;library</source>
        <translation>&amp;Bibliothèque de modules</translation>
    </message>
    <message>
        <source>Session l&amp;og</source>
        <translation>&amp;Registre des séances</translation>
    </message>
    <message>
        <source>The modules for parents, and the log of the sessions you gave</source>
        <translation>Les modules pour les parents, et le registre des séances que vous avez animées</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>&lt; &amp;Back to my plan</source>
        <translation>&lt; &amp;Retour à mon plan</translation>
    </message>
    <message>
        <source>Back to my plan</source>
        <translation>Retour à mon plan</translation>
    </message>
    <message>
        <source>Shows the list of guides in your plan</source>
        <translation>Affiche la liste des guides de votre plan</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c'est important</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>Sources : %1. Vérifié le %2.</translation>
    </message>
    <message>
        <source>Back to my &amp;plan</source>
        <translation>Retour à mon &amp;plan</translation>
    </message>
    <message>
        <source>End of the guide: shows the list of guides in your plan</source>
        <translation>Fin du guide : affiche la liste des guides de votre plan</translation>
    </message>
    <message>
        <source>&amp;Next guide</source>
        <translation>Guide &amp;suivant</translation>
    </message>
    <message>
        <source>Next guide: %s</source>
        <translation>Guide suivant : %s</translation>
    </message>
    <message>
        <source>Opens the next guide of your plan</source>
        <translation>Ouvre le guide suivant de votre plan</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over and end the session</source>
        <translation>Remettre le plan et terminer la session</translation>
    </message>
    <message>
        <source>Give the person what they need to go on alone, then erase the session. Nothing of it stays on this computer.</source>
        <translation>Donnez à la personne ce qu'il lui faut pour continuer seule, puis effacez la session. Rien n'en reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>1. &amp;Print the summary</source>
        <translation>1. &amp;Imprimer le résumé</translation>
    </message>
    <message>
        <source>2. &amp;Take it home on the phone (QR code)</source>
        <translation>2. &amp;Emporter sur le téléphone (code QR)</translation>
    </message>
    <message>
        <source>3. &amp;Erase and end the session</source>
        <translation>3. E&amp;ffacer et terminer la session</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Pas encore</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help services</source>
        <translation>Services d'aide</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>Help services and your rights</source>
        <translation>Services d'aide et vos droits</translation>
    </message>
</context>
<context>
    <name>HelperOpening</name>
    <message>
        <source>Before you start together</source>
        <translation>Avant de commencer ensemble</translation>
    </message>
    <message>
        <source>This is a guest session: nothing is saved on this computer. Go through these three points with the person first.</source>
        <translation>C'est une session invité : rien n'est enregistré sur cet ordinateur. Passez d'abord ces trois points en revue avec la personne.</translation>
    </message>
    <message>
        <source>The person wants to do this now, and knows they can stop at any time</source>
        <translation>La personne veut le faire maintenant et sait qu'elle peut arrêter à tout moment</translation>
    </message>
    <message>
        <source>Ask, do not assume. They decide which steps to take, and when.</source>
        <translation>Demandez, ne supposez pas. C'est elle qui choisit les étapes, et le moment.</translation>
    </message>
    <message>
        <source>The other person is not nearby and cannot see or hear us</source>
        <translation>L'autre personne n'est pas à proximité et ne peut ni nous voir ni nous entendre</translation>
    </message>
    <message>
        <source>If they are, stop here and agree on a safer moment.</source>
        <translation>Si c'est le cas, arrêtez ici et convenez d'un moment plus sûr.</translation>
    </message>
    <message>
        <source>This computer and the person's phone are safe to use</source>
        <translation>Cet ordinateur et le téléphone de la personne peuvent être utilisés sans risque</translation>
    </message>
    <message>
        <source>Not shared with, bought or set up by the other person. If you are not sure, check this computer first, and use the phone only for steps the other person cannot notice.</source>
        <translation>Ni partagés avec l'autre personne, ni achetés ou configurés par elle. En cas de doute, vérifiez d'abord cet ordinateur, et n'utilisez le téléphone que pour des étapes que l'autre personne ne peut pas remarquer.</translation>
    </message>
    <message>
        <source>Check this &amp;computer</source>
        <translation>&amp;Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>Opens the computer check, which changes nothing</source>
        <translation>Ouvre la vérification de l'ordinateur, qui ne change rien</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>&amp;Commencer les questions</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Commencer les questions</translation>
    </message>
    <message>
        <source>Tick the three points first</source>
        <translation>Cochez d'abord les trois points</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Your situation</source>
        <translation>Votre situation</translation>
    </message>
    <message>
        <source>Tick what applies to you. You can skip any question. The answers only choose which guides go into your plan, and in which order.</source>
        <translation>Cochez ce qui vous concerne. Vous pouvez passer n'importe quelle question. Vos réponses servent seulement à choisir les guides de votre plan, et leur ordre.</translation>
    </message>
    <message>
        <source>1. Do you feel in danger right now?</source>
        <translation>1. Vous sentez-vous en danger en ce moment ?</translation>
    </message>
    <message>
        <source>2. Which devices do you use?</source>
        <translation>2. Quels appareils utilisez-vous ?</translation>
    </message>
    <message>
        <source>3. Which e-mail do you use?</source>
        <translation>3. Quelle adresse e-mail utilisez-vous ?</translation>
    </message>
    <message>
        <source>4. Which accounts and apps do you use?</source>
        <translation>4. Quels comptes et quelles applications utilisez-vous ?</translation>
    </message>
    <message>
        <source>5. Money and identity</source>
        <translation>5. Argent et identité</translation>
    </message>
    <message>
        <source>6. At home</source>
        <translation>6. À la maison</translation>
    </message>
    <message>
        <source>7. Sharing</source>
        <translation>7. Partage</translation>
    </message>
    <message>
        <source>8. Children</source>
        <translation>8. Enfants</translation>
    </message>
    <message>
        <source>9. Living situation</source>
        <translation>9. Logement</translation>
    </message>
    <message>
        <source>10. Does it seem that the other person...</source>
        <translation>10. Avez-vous l'impression que l'autre personne...</translation>
    </message>
    <message>
        <source>Tick if this applies to you</source>
        <translation>Cochez si cela vous concerne</translation>
    </message>
    <message>
        <source>&amp;Make my plan</source>
        <translation>&amp;Créer mon plan</translation>
    </message>
    <message>
        <source>Make my plan</source>
        <translation>Créer mon plan</translation>
    </message>
    <message>
        <source>Builds an ordered list of guides from your answers</source>
        <translation>Crée à partir de vos réponses une liste de guides, dans l'ordre</translation>
    </message>
</context>
<context>
    <name>JournalHome</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation>Notez quelque chose qui s'est passé (Ctrl+N)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Change the chosen entry; the earlier version is kept</source>
        <translation>Modifiez l'entrée choisie ; la version précédente est gardée</translation>
    </message>
    <message>
        <source>Hide the chosen entry; this is recorded in its history</source>
        <translation>Masquez l'entrée choisie ; cela est noté dans son historique</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Save a report with all files and their hashes, for the police or a lawyer</source>
        <translation>Enregistrez un rapport avec tous les fichiers et leurs empreintes, pour la police ou pour un avocat ou une avocate</translation>
    </message>
    <message>
        <source>Ex&amp;port...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>About your &amp;journal</source>
        <translation>À propos de votre &amp;journal</translation>
    </message>
    <message>
        <source>Where your journal is kept and who can see it</source>
        <translation>Où votre journal est gardé et qui peut le voir</translation>
    </message>
    <message>
        <source>Every kind of incident</source>
        <translation>Tous les types de faits</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Pér&amp;iode :</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Shows only entries of this kind</source>
        <translation>Affiche seulement les entrées de ce type</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Shows only incidents in this period</source>
        <translation>Affiche seulement les faits de cette période</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Your entries, oldest incident first</source>
        <translation>Vos entrées, les faits les plus anciens d'abord</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée ?</translation>
    </message>
    <message>
        <source>The entry is hidden from the list and the export. Its history records that it was deleted.</source>
        <translation>L'entrée disparaît de la liste et de l'export. Son historique garde la trace de sa suppression.</translation>
    </message>
    <message>
        <source>Copying files into your encrypted journal...</source>
        <translation>Copie des fichiers dans votre journal chiffré...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Ajout de fichiers</translation>
    </message>
    <message>
        <source>Adding the file was cancelled. Nothing of it was kept.</source>
        <translation>L'ajout du fichier a été annulé. Rien n'en a été gardé.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it still exists and that you may open it.</source>
        <translation>Un fichier n'a pas pu être lu. Vérifiez qu'il existe encore et que vous avez le droit de l'ouvrir.</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. In a guest session every file stays in memory: keep your progress on this computer first (with a passphrase), then add the file again.</source>
        <translation>La mémoire ne suffisait pas pour ajouter ce fichier. Dans une session invité, chaque fichier reste en mémoire. Gardez d'abord votre progression sur cet ordinateur (avec une phrase secrète), puis ajoutez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>There was not enough memory to add this file. Close other programs, then try again.</source>
        <translation>La mémoire ne suffisait pas pour ajouter ce fichier. Fermez d'autres programmes, puis réessayez.</translation>
    </message>
    <message>
        <source>A file could not be added. Your journal itself is unchanged.</source>
        <translation>Un fichier n'a pas pu être ajouté. Votre journal lui-même n'a pas changé.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation>Choisissez un dossier vide pour l'export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The export could not be written there. Choose an empty folder with enough free space.</source>
        <translation>L'export n'a pas pu être écrit à cet endroit. Choisissez un dossier vide avec assez d'espace libre.</translation>
    </message>
    <message>
        <source>The export is ready in:
%s

It is NOT encrypted. Keep it somewhere safe, or give it straight to the police or your lawyer.</source>
        <translation>L'export est prêt dans :
%s

Il n'est PAS chiffré. Gardez-le dans un endroit sûr, ou donnez-le directement à la police ou à votre avocat ou avocate.</translation>
    </message>
    <message>
        <source>That folder is a link to another place, so nothing was written. Choose a real folder.</source>
        <translation>Ce dossier est un lien vers un autre endroit, donc rien n'a été écrit. Choisissez un vrai dossier.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>The files are added to the entry.</source>
        <translation>Les fichiers sont ajoutés à l'entrée.</translation>
    </message>
    <message>
        <source>The export is ready.</source>
        <translation>L'export est prêt.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates de mon choix</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Your journal is empty. Write down what happened, as soon as you can: when, what, and where. Add screenshots, messages or other files as evidence. Everything stays encrypted on this computer; you decide if and when to export it.</source>
        <translation>Votre journal est vide. Notez ce qui s'est passé, dès que vous le pouvez : quand, quoi et où. Ajoutez des captures d'écran, des messages ou d'autres fichiers comme preuves. Tout reste chiffré sur cet ordinateur ; vous décidez si et quand l'exporter.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>JournalPrivacy</name>
    <message>
        <source>About your journal</source>
        <translation>À propos de votre journal</translation>
    </message>
    <message>
        <source>Your journal stays with you</source>
        <translation>Votre journal reste avec vous</translation>
    </message>
    <message>
        <source>Your journal is kept only on this computer, encrypted with your passphrase. Nothing is sent over the internet. The makers of the kit cannot see it.</source>
        <translation>Votre journal est gardé uniquement sur cet ordinateur, chiffré avec votre phrase secrète. Rien n'est envoyé sur internet. Les créateurs du kit ne peuvent pas le voir.</translation>
    </message>
    <message>
        <source>Anyone who knows your passphrase can read it. If you chose to remember the passphrase on this computer, anyone who can log in as you can read it too.</source>
        <translation>Toute personne qui connaît votre phrase secrète peut le lire. Si vous avez choisi de retenir la phrase secrète sur cet ordinateur, toute personne qui peut se connecter à votre session peut aussi le lire.</translation>
    </message>
    <message>
        <source>You decide who gets a copy. 'Export' makes a report with your files and their fingerprints (SHA-256), for the police or a lawyer. The export is not encrypted.</source>
        <translation>Vous décidez qui reçoit une copie. « Exporter » crée un rapport avec vos fichiers et leurs empreintes (SHA-256), pour la police ou pour un avocat ou une avocate. L'export n'est pas chiffré.</translation>
    </message>
    <message>
        <source>You can erase everything at any time in Settings, with 'Erase all my data'. Your rights under the GDPR stay yours: the data is yours alone.</source>
        <translation>Vous pouvez tout effacer à tout moment dans Paramètres, avec « Effacer toutes mes données ». Vos droits selon le RGPD restent les vôtres : les données n'appartiennent qu'à vous.</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep my progress</source>
        <translation>Garder ma progression</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>In &amp;danger now?</source>
        <translation>En &amp;danger maintenant ?</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>En danger maintenant</translation>
    </message>
    <message>
        <source>Shows the emergency numbers for your region</source>
        <translation>Affiche les numéros d'urgence de votre région</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>&amp;Sortie rapide</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Guest session: nothing is saved on this computer. Everything is gone when you close the kit.</source>
        <translation>Session invité : rien n'est enregistré sur cet ordinateur. Tout disparaît quand vous fermez le kit.</translation>
    </message>
    <message>
        <source>Closes the kit at once and locks your data. You can also press Esc twice.</source>
        <translation>Ferme le kit tout de suite et verrouille vos données. Vous pouvez aussi appuyer deux fois sur Échap.</translation>
    </message>
    <message>
        <source>Quits the kit at once and locks your data</source>
        <translation>Quitte le kit tout de suite et verrouille vos données</translation>
    </message>
    <message>
        <source>Choose a part of the kit. Ctrl+1 to Ctrl+%1 jump straight to one.</source>
        <translation>Choisissez une partie du kit. Ctrl+1 à Ctrl+%1 y mènent directement.</translation>
    </message>
</context>
<context>
    <name>ModuleFilters</name>
    <message>
        <source>All ages</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Toutes les durées</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Jusqu'à %1</translation>
    </message>
    <message>
        <source>&amp;Age group</source>
        <translation>&amp;Tranche d'âge</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>Su&amp;jet</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d'âge</translation>
    </message>
    <message>
        <source>Shows only modules for parents of children of this age</source>
        <translation>Affiche seulement les modules pour les parents d'enfants de cet âge</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Shows only modules about this topic</source>
        <translation>Affiche seulement les modules sur ce sujet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Shows only modules that fit in this time</source>
        <translation>Affiche seulement les modules qui tiennent dans cette durée</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>%1 of %2 modules</source>
        <translation>%1 modules sur %2</translation>
    </message>
    <message>
        <source>No module fits these filters. Choose "All" in one of them.</source>
        <translation>Aucun module ne correspond à ces filtres. Remettez l'un des filtres sur « Tous » ou « Toutes ».</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Shows the module full screen for a group, one slide at a time, with your notes in a separate window</source>
        <translation>Affiche le module en plein écran pour un groupe, une diapositive à la fois, avec vos notes dans une fenêtre à part</translation>
    </message>
    <message>
        <source>&amp;Group quiz</source>
        <translation>&amp;Quiz de groupe</translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation>Quiz de groupe</translation>
    </message>
    <message>
        <source>Count by hand how many people chose each answer; no names are kept</source>
        <translation>Comptez à la main combien de personnes ont choisi chaque réponse ; aucun nom n'est gardé</translation>
    </message>
    <message>
        <source>&amp;Self-study</source>
        <translation>Étude en &amp;autonomie</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Étude en autonomie</translation>
    </message>
    <message>
        <source>Read the module and do the quiz on your own</source>
        <translation>Lisez le module et faites le quiz par vous-même</translation>
    </message>
    <message>
        <source>P&amp;rint handout</source>
        <translation>&amp;Imprimer la fiche</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Prints the one-page handout with the help numbers of your region</source>
        <translation>Imprime la fiche d'une page, avec les numéros d'aide de votre région</translation>
    </message>
    <message>
        <source>Save handout as PD&amp;F</source>
        <translation>Enregistrer la fiche en PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the one-page handout with the help numbers of your region as a PDF file</source>
        <translation>Enregistre la fiche d'une page, avec les numéros d'aide de votre région, dans un fichier PDF</translation>
    </message>
    <message>
        <source>If someone tells about abuse</source>
        <translation>Si quelqu'un parle de violences</translation>
    </message>
    <message>
        <source>The disclosure protocol for every module: what to say, the limits of confidentiality and where to refer. Printable</source>
        <translation>Le protocole en cas de révélation, pour chaque module : quoi dire, les limites de la confidentialité et vers qui orienter. À imprimer</translation>
    </message>
    <message>
        <source>Get it removed</source>
        <translation>Faire retirer</translation>
    </message>
    <message>
        <source>How to get intimate images taken offline, by country and age. Printable</source>
        <translation>Comment faire retirer des images intimes, selon le pays et l'âge. À imprimer</translation>
    </message>
    <message>
        <source>Family media plan</source>
        <translation>Plan média familial</translation>
    </message>
    <message>
        <source>A plan to fill in together at home: when, where and which screens, and what to do when something goes wrong. Printable</source>
        <translation>Un plan à remplir ensemble à la maison : quand, où et quels écrans, et que faire si quelque chose tourne mal. À imprimer</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Choose a module to see its overview</source>
        <translation>Choisissez un module pour voir sa présentation</translation>
    </message>
</context>
<context>
    <name>ModuleOverview</name>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Tranches d'âge</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>%1 situations, %2 quiz questions</source>
        <translation>%1 situations, %2 questions de quiz</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Objectifs d'apprentissage</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Facts checked on %1</source>
        <translation>Faits vérifiés le %1</translation>
    </message>
    <message>
        <source>Module overview</source>
        <translation>Présentation du module</translation>
    </message>
    <message>
        <source>Summary, learning goals, length, ages and sources of the chosen module</source>
        <translation>Résumé, objectifs, durée, âges et sources du module choisi</translation>
    </message>
</context>
<context>
    <name>ModuleQuiz</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <source>You answered %1 questions right.</source>
        <translation>Bonnes réponses : %1.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score : %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Choose this answer, then check it</source>
        <translation>Choisissez cette réponse, puis vérifiez-la</translation>
    </message>
    <message>
        <source>Score so far: %1 of %2</source>
        <translation>Score jusqu'ici : %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question suiva&amp;nte</translation>
    </message>
    <message>
        <source>See my &amp;score</source>
        <translation>Voir mon s&amp;core</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Bonne réponse !</translation>
    </message>
    <message>
        <source>Not quite. The right answer is %1.</source>
        <translation>Pas tout à fait. La bonne réponse est %1.</translation>
    </message>
    <message>
        <source>✔ right answer</source>
        <translation>✔ bonne réponse</translation>
    </message>
    <message>
        <source>✘ wrong answer</source>
        <translation>✘ mauvaise réponse</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>votre réponse</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ juste</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ faux</translation>
    </message>
    <message>
        <source>&amp;Check my answer</source>
        <translation>&amp;Vérifier ma réponse</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
    <message>
        <source>Shows whether your answer is right, and explains every answer</source>
        <translation>Affiche si votre réponse est juste, et explique chaque réponse</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Goes to the next question, or to your score after the last one</source>
        <translation>Passe à la question suivante, ou à votre score après la dernière</translation>
    </message>
    <message>
        <source>S&amp;tart again</source>
        <translation>Rec&amp;ommencer</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Clears your answers and starts the quiz again</source>
        <translation>Efface vos réponses et recommence le quiz</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Why each answer is right or wrong</source>
        <translation>Pourquoi chaque réponse est juste ou fausse</translation>
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
        <translation>Cette vérification examine un téléphone branché à cet ordinateur par un câble USB : applications espionnes connues, applications qui peuvent lire l'écran ou les notifications, applications d'administration, applications installées hors de la boutique officielle, profils et gestion de l'appareil. Elle ne fait que lire : elle ne change rien, ne supprime rien et n'envoie rien sur internet. Cela prend quelques minutes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start:&lt;/b&gt; if something is found, do not remove it straight away. The other person may notice, and it is evidence. Save the result in your journal first and talk to a help service. This kit never removes anything.</source>
        <translation>&lt;b&gt;Avant de commencer :&lt;/b&gt; si quelque chose est trouvé, ne le supprimez pas tout de suite. L'autre personne pourrait le remarquer, et c'est une preuve. Enregistrez d'abord le résultat dans votre journal et parlez-en à un service d'aide. Ce kit ne supprime jamais rien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This leaves a trace on the phone.&lt;/b&gt; On Android, turning on USB debugging makes 'Developer options' visible in Settings and adds this computer to the phone's trusted computers. An iPhone remembers that it trusted this computer. After the check, we show how to undo this.</source>
        <translation>&lt;b&gt;Cela laisse une trace sur le téléphone.&lt;/b&gt; Sur Android, activer le débogage USB rend « Options pour les développeurs » visible dans les Paramètres et ajoute cet ordinateur aux ordinateurs de confiance du téléphone. Un iPhone se souvient qu'il a fait confiance à cet ordinateur. Après la vérification, nous vous montrons comment annuler cela.</translation>
    </message>
    <message>
        <source>A clean result is not proof. This check cannot see your Google or iCloud account; the guides in Digital separation show how to secure those.</source>
        <translation>Si rien n'est trouvé, ce n'est pas la preuve qu'il n'y a rien. Cette vérification ne voit pas votre compte Google ou iCloud ; les guides de Séparation numérique expliquent comment les sécuriser.</translation>
    </message>
    <message>
        <source>&amp;Android phone</source>
        <translation>Téléphone &amp;Android</translation>
    </message>
    <message>
        <source>i&amp;Phone</source>
        <translation>i&amp;Phone</translation>
    </message>
    <message>
        <source>The person who uses this phone is here and agrees to the &amp;check</source>
        <translation>La personne qui utilise ce téléphone est présente et accepte la vérifi&amp;cation</translation>
    </message>
    <message>
        <source>Phone b&amp;rand:</source>
        <translation>&amp;Marque du téléphone :</translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation>Samsung</translation>
    </message>
    <message>
        <source>Google Pixel or another phone with plain Android</source>
        <translation>Google Pixel ou un autre téléphone avec Android de base</translation>
    </message>
    <message>
        <source>Xiaomi, Redmi or POCO</source>
        <translation>Xiaomi, Redmi ou POCO</translation>
    </message>
    <message>
        <source>Oppo, realme or OnePlus</source>
        <translation>Oppo, realme ou OnePlus</translation>
    </message>
    <message>
        <source>Another brand</source>
        <translation>Une autre marque</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Shows how to connect the phone</source>
        <translation>Affiche comment brancher le téléphone</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Goes back to the first page</source>
        <translation>Revient à la première page</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Lancer la vérification</translation>
    </message>
    <message>
        <source>Connects to the phone and reads its apps and settings</source>
        <translation>Se connecte au téléphone et lit ses applications et paramètres</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stops the check</source>
        <translation>Arrête la vérification</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Shows the set-up steps again, to check again</source>
        <translation>Affiche à nouveau les étapes, pour vérifier encore une fois</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Téléphone Android</translation>
    </message>
    <message>
        <source>Check an Android phone</source>
        <translation>Vérifier un téléphone Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Check an iPhone</source>
        <translation>Vérifier un iPhone</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>The check starts only when the person who uses the phone agrees</source>
        <translation>La vérification ne démarre que si la personne qui utilise le téléphone est d'accord</translation>
    </message>
    <message>
        <source>Phone brand</source>
        <translation>Marque du téléphone</translation>
    </message>
    <message>
        <source>The steps to turn on USB debugging differ per brand</source>
        <translation>Les étapes pour activer le débogage USB varient selon la marque</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <source>How many parts of the check are done</source>
        <translation>Combien de parties de la vérification sont faites</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Every check and its result so far</source>
        <translation>Chaque contrôle et son résultat jusqu'ici</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Findings grouped by what they mean; expand one to read more</source>
        <translation>Ce qui a été trouvé, classé selon ce que cela veut dire ; ouvrez un élément pour en savoir plus</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone, then the page with the software information. Tap the build number 7 times. Enter the phone's PIN if it asks.</source>
        <translation>Ouvrez les Paramètres et la page sur le téléphone, puis la page des informations sur le logiciel. Touchez 7 fois le numéro de build. Entrez le code PIN du téléphone s'il le demande.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Tap the version of the phone's software (HyperOS or MIUI) 7 times. Enter the PIN if it asks.</source>
        <translation>Ouvrez les Paramètres et la page sur le téléphone. Touchez 7 fois la version du logiciel du téléphone (HyperOS ou MIUI). Entrez le code PIN s'il le demande.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the device (on older phones: about the phone), then the page with the version. Tap the build number 7 times. Enter the PIN if it asks.</source>
        <translation>Ouvrez les Paramètres et la page sur l'appareil (sur les anciens téléphones : sur le téléphone), puis la page de la version. Touchez 7 fois le numéro de build. Entrez le code PIN s'il le demande.</translation>
    </message>
    <message>
        <source>Open Settings and the page about the phone. Find the build number (sometimes one page deeper, with the software information or the version) and tap it 7 times.</source>
        <translation>Ouvrez les Paramètres et la page sur le téléphone. Cherchez le numéro de build (parfois une page plus loin, avec les informations sur le logiciel ou la version) et touchez-le 7 fois.</translation>
    </message>
    <message>
        <source>Go back to Settings. The developer options are now at the bottom: open them and turn on USB debugging.</source>
        <translation>Revenez aux Paramètres. Les options pour les développeurs sont maintenant tout en bas : ouvrez-les et activez le débogage USB.</translation>
    </message>
    <message>
        <source>Go back to Settings and open 'Developer options' (on a Pixel, with the system settings). Turn on 'USB debugging'.</source>
        <translation>Revenez aux Paramètres et ouvrez « Options pour les développeurs » (sur un Pixel, avec les paramètres du système). Activez « Débogage USB ».</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the additional settings, then the developer options, and turn on USB debugging.</source>
        <translation>Revenez aux Paramètres. Ouvrez les paramètres supplémentaires, puis les options pour les développeurs, et activez le débogage USB.</translation>
    </message>
    <message>
        <source>Go back to Settings. Open the system settings (on older phones: the additional settings), then the developer options, and turn on USB debugging.</source>
        <translation>Revenez aux Paramètres. Ouvrez les paramètres du système (sur les anciens téléphones : les paramètres supplémentaires), puis les options pour les développeurs, et activez le débogage USB.</translation>
    </message>
    <message>
        <source>Go back to Settings. Find the developer options (often with the system settings or the additional settings) and turn on USB debugging.</source>
        <translation>Revenez aux Paramètres. Cherchez les options pour les développeurs (souvent avec les paramètres du système ou les paramètres supplémentaires) et activez le débogage USB.</translation>
    </message>
    <message>
        <source>Open Settings &gt; About phone. Tap 'Build number' 7 times. Enter the phone's PIN if it asks.</source>
        <translation>Ouvrez les Paramètres et la page sur le téléphone. Touchez 7 fois le numéro de build. Entrez le code PIN du téléphone s'il le demande.</translation>
    </message>
    <message>
        <source>Unlock the phone.</source>
        <translation>Déverrouillez le téléphone.</translation>
    </message>
    <message>
        <source>Connect the phone to this computer with a USB cable that can carry data.</source>
        <translation>Branchez le téléphone à cet ordinateur avec un câble USB qui transmet les données.</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the phone, the message 'Allow USB debugging?' appears: tap 'Allow'. Do not tick 'Always allow from this computer'. You have about 45 seconds.</source>
        <translation>Appuyez ci-dessous sur « Lancer la vérification ». Sur le téléphone, le message « Autoriser le débogage USB ? » apparaît : touchez « Autoriser ». Ne cochez pas « Toujours autoriser sur cet ordinateur ». Vous avez environ 45 secondes.</translation>
    </message>
    <message>
        <source>Keep the phone unlocked until the check is done.</source>
        <translation>Gardez le téléphone déverrouillé jusqu'à la fin de la vérification.</translation>
    </message>
    <message>
        <source>Unlock the iPhone and connect it to this computer with its cable.</source>
        <translation>Déverrouillez l'iPhone et branchez-le à cet ordinateur avec son câble.</translation>
    </message>
    <message>
        <source>Press 'Start the check' below. On the iPhone, the message 'Trust This Computer?' appears: tap 'Trust' and enter the iPhone's passcode.</source>
        <translation>Appuyez ci-dessous sur « Lancer la vérification ». Sur l'iPhone, un message demande si vous faites confiance à cet ordinateur : choisissez de lui faire confiance et entrez le code de l'iPhone.</translation>
    </message>
    <message>
        <source>Keep the iPhone unlocked until the check is done.</source>
        <translation>Gardez l'iPhone déverrouillé jusqu'à la fin de la vérification.</translation>
    </message>
    <message>
        <source>On Windows, this needs Apple Devices or iTunes (for 'Apple Mobile Device Support'). On Linux, it needs usbmuxd. On a Mac, nothing extra is needed.</source>
        <translation>Sous Windows, il faut Apple Devices ou iTunes (pour « Apple Mobile Device Support »). Sous Linux, il faut usbmuxd. Sur un Mac, rien de plus n'est nécessaire.</translation>
    </message>
    <message>
        <source>Nothing was changed on the phone.</source>
        <translation>Rien n'a été modifié sur le téléphone.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.</source>
        <translation>Demande votre attention : %1. Bon à savoir : %2. Impossible à vérifier : %3. Semble en ordre : %4.</translation>
    </message>
    <message>
        <source>phone-check.pdf</source>
        <translation>verification-telephone.pdf</translation>
    </message>
    <message>
        <source>Phone check of %s</source>
        <translation>Vérification du téléphone du %s</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Account guides</source>
        <translation>Guides des &amp;comptes</translation>
    </message>
    <message>
        <source>Opens Digital separation: the guides to secure a Google account or Apple ID, which this check cannot see</source>
        <translation>Ouvre Séparation numérique : les guides pour sécuriser un compte Google ou un identifiant Apple, que cette vérification ne voit pas</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>%1 of %2 steps done or not needed</source>
        <translation>%1 étapes sur %2 faites ou pas nécessaires</translation>
    </message>
    <message>
        <source>Open any other guide...</source>
        <translation>Ouvrir un autre guide...</translation>
    </message>
    <message>
        <source>Save my plan as PDF</source>
        <translation>Enregistrer mon plan en PDF</translation>
    </message>
    <message>
        <source>my-plan.pdf</source>
        <translation>mon-plan.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Reprendre là où j'en étais</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Reprendre là où j'en étais</translation>
    </message>
    <message>
        <source>Opens the first step that is not done yet</source>
        <translation>Ouvre la première étape qui n'est pas encore faite</translation>
    </message>
    <message>
        <source>&amp;Print my plan</source>
        <translation>&amp;Imprimer mon plan</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>Imprimer mon plan</translation>
    </message>
    <message>
        <source>Prints the open steps in large type</source>
        <translation>Imprime les étapes restantes en grands caractères</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Enregistrer en PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the open steps as a PDF file</source>
        <translation>Enregistre les étapes restantes dans un fichier PDF</translation>
    </message>
    <message>
        <source>Take it &amp;home (QR code)</source>
        <translation>&amp;Emporter chez moi (code QR)</translation>
    </message>
    <message>
        <source>Take it home with a QR code</source>
        <translation>Emporter chez moi avec un code QR</translation>
    </message>
    <message>
        <source>Shows QR codes with the open steps as text, to scan with your phone</source>
        <translation>Affiche des codes QR avec les étapes restantes sous forme de texte, à scanner avec votre téléphone</translation>
    </message>
    <message>
        <source>Change my &amp;answers</source>
        <translation>Modifier mes ré&amp;ponses</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Modifier mes réponses</translation>
    </message>
    <message>
        <source>Goes back to the questions; your ticks are kept</source>
        <translation>Revient aux questions ; vos coches sont gardées</translation>
    </message>
    <message>
        <source>Hand over and end session</source>
        <translation>Remettre le plan et terminer la session</translation>
    </message>
    <message>
        <source>Hand &amp;over and end session</source>
        <translation>Remettre le plan et &amp;terminer la session</translation>
    </message>
    <message>
        <source>Prints the plan, shows the QR code, then erases this guest session</source>
        <translation>Imprime le plan, affiche le code QR, puis efface cette session invité</translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>Tous les guides</translation>
    </message>
    <message>
        <source>Open a guide that is not in your plan</source>
        <translation>Ouvrez un guide qui n'est pas dans votre plan</translation>
    </message>
    <message>
        <source>&amp;Other guides:</source>
        <translation>&amp;Autres guides :</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Votre e-mail</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Votre téléphone</translation>
    </message>
    <message>
        <source>Your Apple account</source>
        <translation>Votre compte Apple</translation>
    </message>
    <message>
        <source>Your Google account</source>
        <translation>Votre compte Google</translation>
    </message>
    <message>
        <source>Your Microsoft account</source>
        <translation>Votre compte Microsoft</translation>
    </message>
    <message>
        <source>Your Samsung account</source>
        <translation>Votre compte Samsung</translation>
    </message>
    <message>
        <source>Your computer</source>
        <translation>Votre ordinateur</translation>
    </message>
    <message>
        <source>Apps and social media</source>
        <translation>Applications et réseaux sociaux</translation>
    </message>
    <message>
        <source>Money and identity</source>
        <translation>Argent et identité</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>À la maison</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>Autres étapes</translation>
    </message>
    <message>
        <source>Everyone who leaves a partner needs this.</source>
        <translation>Toute personne qui quitte son ou sa partenaire en a besoin.</translation>
    </message>
    <message>
        <source>Because: %s.</source>
        <translation>Parce que : %s.</translation>
    </message>
    <message>
        <source>Today: start with these steps</source>
        <translation>Aujourd'hui : commencez par ces étapes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open step: %s</source>
        <translation>Ouvrir l'étape : %s</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Étapes faites : %1 sur %2</translation>
    </message>
    <message>
        <source>Open guide: %s</source>
        <translation>Ouvrir le guide : %s</translation>
    </message>
    <message>
        <source>next</source>
        <translation>étape suivante</translation>
    </message>
    <message>
        <source>{n} steps open</source>
        <translation>étapes restantes : {n}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>À faire :</translation>
    </message>
    <message>
        <source>notes.pdf</source>
        <translation>notes.pdf</translation>
    </message>
    <message>
        <source>Neutral &amp;title on paper</source>
        <translation>&amp;Titre neutre sur papier</translation>
    </message>
    <message>
        <source>Neutral title on paper</source>
        <translation>Titre neutre sur papier</translation>
    </message>
    <message>
        <source>The printed plan and the codes are headed 'My notes', so a glance does not tell what they are</source>
        <translation>Le plan imprimé et les codes portent le titre « Mes notes » : on ne voit pas au premier coup d'œil de quoi il s'agit</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up and Page Down go to the next or previous slide; Home and End to the first or last; B blanks the screen; Esc ends the presentation</source>
        <translation>Les flèches, Pg préc. et Pg suiv. passent à la diapositive suivante ou précédente ; Début et Fin vont à la première ou à la dernière ; B rend l'écran noir ; Échap termine la présentation</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Flèche gauche ou Pg préc.</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>Flèche droite, Pg suiv. ou Espace</translation>
    </message>
    <message>
        <source>&amp;End (Esc)</source>
        <translation>&amp;Terminer (Échap)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
    <message>
        <source>Closes presenter mode</source>
        <translation>Ferme le mode présentation</translation>
    </message>
</context>
<context>
    <name>QuizTally</name>
    <message>
        <source>Group quiz</source>
        <translation>Quiz de groupe</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>One less for answer %1</source>
        <translation>Un de moins pour la réponse %1</translation>
    </message>
    <message>
        <source>Counts one person less who chose: %1</source>
        <translation>Compte une personne de moins ayant choisi : %1</translation>
    </message>
    <message>
        <source>One more for answer %1</source>
        <translation>Un de plus pour la réponse %1</translation>
    </message>
    <message>
        <source>Counts one more person who chose: %1</source>
        <translation>Compte une personne de plus ayant choisi : %1</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Réponse %1 : %2</translation>
    </message>
    <message>
        <source>Open your private data to save the session. It is saved as soon as the data is open.</source>
        <translation>Ouvrez vos données privées pour enregistrer la séance. Elle est enregistrée dès que les données sont ouvertes.</translation>
    </message>
    <message>
        <source>Saved in the session log.</source>
        <translation>Enregistré dans le registre des séances.</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>Re&amp;tour à la bibliothèque</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <source>Leaves the group quiz; the counts stay until you choose another module</source>
        <translation>Quitte le quiz de groupe ; les décomptes restent jusqu'à ce que vous choisissiez un autre module</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Shows the counts of the question before</source>
        <translation>Affiche les décomptes de la question précédente</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question suiva&amp;nte</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Shows the counts of the next question</source>
        <translation>Affiche les décomptes de la question suivante</translation>
    </message>
    <message>
        <source>&amp;Clear all counts</source>
        <translation>Remettre tout à &amp;zéro</translation>
    </message>
    <message>
        <source>Clear all counts</source>
        <translation>Remettre tout à zéro</translation>
    </message>
    <message>
        <source>Sets every count of this quiz back to zero</source>
        <translation>Remet à zéro chaque décompte de ce quiz</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Enre&amp;gistrer la séance</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la séance</translation>
    </message>
    <message>
        <source>Logs the date, the number of participants and the counts. No names are saved.</source>
        <translation>Note la date, le nombre de personnes présentes et les décomptes. Aucun nom n'est enregistré.</translation>
    </message>
    <message>
        <source>Number of part&amp;icipants</source>
        <translation>No&amp;mbre de personnes présentes</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de personnes présentes</translation>
    </message>
    <message>
        <source>How many people took part in the session</source>
        <translation>Combien de personnes ont participé à la séance</translation>
    </message>
    <message>
        <source>Session da&amp;te</source>
        <translation>Date de la séan&amp;ce</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>The day the session was given</source>
        <translation>Le jour où la séance a eu lieu</translation>
    </message>
</context>
<context>
    <name>ResultKeeping</name>
    <message>
        <source>Save to &amp;journal</source>
        <translation>Enregistrer dans le &amp;journal</translation>
    </message>
    <message>
        <source>Stores the result, with its fingerprint (SHA-256), in your encrypted journal</source>
        <translation>Enregistre le résultat, avec son empreinte (SHA-256), dans votre journal chiffré</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Prints the result</source>
        <translation>Imprime le résultat</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Enregistrer en PD&amp;F</translation>
    </message>
    <message>
        <source>Saves the result as a PDF file</source>
        <translation>Enregistre le résultat dans un fichier PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation>Enregistrer dans le journal</translation>
    </message>
    <message>
        <source>Open your journal first: go to Journal and unlock it, then save the result again.</source>
        <translation>Ouvrez d'abord votre journal : allez dans Journal et déverrouillez-le, puis enregistrez à nouveau le résultat.</translation>
    </message>
    <message>
        <source>The result is saved in your journal.</source>
        <translation>Le résultat est enregistré dans votre journal.</translation>
    </message>
    <message>
        <source>%1 need attention, %2 could not be checked.</source>
        <translation>Demande votre attention : %1. Impossible à vérifier : %2.</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <source>Rights pages</source>
        <translation>Pages sur vos droits</translation>
    </message>
    <message>
        <source>Choose a topic to read about your rights</source>
        <translation>Choisissez un sujet pour en savoir plus sur vos droits</translation>
    </message>
    <message>
        <source>Rights page</source>
        <translation>Page sur vos droits</translation>
    </message>
    <message>
        <source>General information about the law, not legal advice</source>
        <translation>Informations générales sur la loi, pas un avis juridique</translation>
    </message>
    <message>
        <source>There are no rights pages for this region yet.</source>
        <translation>Il n'y a pas encore de pages sur vos droits pour cette région.</translation>
    </message>
    <message>
        <source>Sources: %1. Checked on %2.</source>
        <translation>Sources : %1. Vérifié le %2.</translation>
    </message>
</context>
<context>
    <name>SelfStudy</name>
    <message>
        <source>Open the tab "Do the quiz" (Alt+Q) when you are ready. Nobody sees your answers, and nothing is saved.</source>
        <translation>Ouvrez l'onglet « Faire le quiz » (Alt+Q) quand vous le souhaitez. Personne ne voit vos réponses, et rien n'est enregistré.</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>Re&amp;tour à la bibliothèque</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <source>Leaves self-study and shows every module</source>
        <translation>Quitte l'étude en autonomie et affiche tous les modules</translation>
    </message>
    <message>
        <source>&amp;Read the module</source>
        <translation>&amp;Lire le module</translation>
    </message>
    <message>
        <source>Do the &amp;quiz</source>
        <translation>Faire le &amp;quiz</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Étude en autonomie</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>Ce que vous allez apprendre</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Think about it</source>
        <translation>Réfléchissez</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Now try the quiz</source>
        <translation>Faites maintenant le quiz</translation>
    </message>
    <message>
        <source>Read the module, then answer the quiz on your own</source>
        <translation>Lisez le module, puis répondez au quiz par vous-même</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Texte du module</translation>
    </message>
    <message>
        <source>The learning goals, key messages and situations of this module</source>
        <translation>Les objectifs, les messages clés et les situations de ce module</translation>
    </message>
</context>
<context>
    <name>SeparationHome</name>
    <message>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Your plan and checklists</source>
        <translation>Votre plan et vos listes de contrôle</translation>
    </message>
</context>
<context>
    <name>SeparationPage</name>
    <message>
        <source>You saved progress on this computer before. Open it to see your ticks and notes.</source>
        <translation>Vous avez déjà enregistré votre progression sur cet ordinateur. Ouvrez-la pour voir vos coches et vos notes.</translation>
    </message>
    <message>
        <source>&amp;Open my saved progress...</source>
        <translation>&amp;Ouvrir ma progression enregistrée...</translation>
    </message>
    <message>
        <source>Asks for your passphrase</source>
        <translation>Demande votre phrase secrète</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep my progress on this computer?&lt;/b&gt; Until you choose, your ticks and notes are kept only while the kit is open.</source>
        <translation>&lt;b&gt;Garder ma progression sur cet ordinateur ?&lt;/b&gt; Tant que vous ne l'avez pas choisi, vos coches et vos notes ne sont gardées que pendant que le kit est ouvert.</translation>
    </message>
    <message>
        <source>&amp;Keep my progress...</source>
        <translation>&amp;Garder ma progression...</translation>
    </message>
    <message>
        <source>Choose a passphrase to save your ticks and notes, encrypted, on this computer</source>
        <translation>Choisissez une phrase secrète pour enregistrer vos coches et vos notes, chiffrées, sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Garder ma progression</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Open &amp;website</source>
        <translation>Ouvrir le site &amp;web</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Ouvrir le site web</translation>
    </message>
    <message>
        <source>Opens the service's website in your browser, after you confirm</source>
        <translation>Ouvre le site web du service dans votre navigateur, après votre confirmation</translation>
    </message>
    <message>
        <source>&amp;Print this entry</source>
        <translation>Im&amp;primer ce service</translation>
    </message>
    <message>
        <source>Print this entry</source>
        <translation>Imprimer ce service</translation>
    </message>
    <message>
        <source>Prints this service with its number and QR code</source>
        <translation>Imprime ce service avec son numéro et son code QR</translation>
    </message>
    <message>
        <source>Phone number %s</source>
        <translation>Numéro de téléphone %s</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>Voir le site web</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>chat on the website</source>
        <translation>chat sur le site web</translation>
    </message>
    <message>
        <source>Checked on %s. If the number does not work, look on the website.</source>
        <translation>Vérifié le %s. Si le numéro ne fonctionne pas, regardez sur le site web.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Scan with your phone camera to call or open: %s</source>
        <translation>Scannez avec l'appareil photo de votre téléphone pour appeler ou ouvrir : %s</translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>No sessions logged yet. Save one from the group quiz.</source>
        <translation>Aucune séance n'est encore notée. Enregistrez-en une depuis le quiz de groupe.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export the session log</source>
        <translation>Exporter le registre des séances</translation>
    </message>
    <message>
        <source>sessions.csv</source>
        <translation>seances.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The sessions you gave: the module, the date, the number of participants and how many people chose each quiz answer. No names or other personal details are kept. Export the log as CSV for your organisation's reporting. The answer letters in the export (q1-a, q1-b, ...) follow the order in the module text, not the shuffled order shown during the session.</source>
        <translation>Les séances que vous avez animées : le module, la date, le nombre de personnes présentes et combien de personnes ont choisi chaque réponse du quiz. Aucun nom ni autre donnée personnelle n'est gardé. Exportez le registre en CSV pour les rapports de votre organisation. Les lettres des réponses dans l'export (q1-a, q1-b, ...) suivent l'ordre du texte du module, pas l'ordre mélangé affiché pendant la séance.</translation>
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
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Answers counted</source>
        <translation>Réponses comptées</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Séances notées</translation>
    </message>
    <message>
        <source>One row per session: date, module, participants, answers counted</source>
        <translation>Une ligne par séance : date, module, personnes présentes, réponses comptées</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>E&amp;xporter en CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Saves the session log as a CSV file for reporting</source>
        <translation>Enregistre le registre des séances dans un fichier CSV pour les rapports</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language of the kit and its texts</source>
        <translation>La langue du kit et de ses textes</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown</source>
        <translation>Détermine les services d'aide et les lois qui sont affichés</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>Makes all text larger, up to 200 percent</source>
        <translation>Agrandit tout le texte, jusqu'à 200 %</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Black text on white, with strong borders</source>
        <translation>Texte noir sur blanc, avec des bords bien marqués</translation>
    </message>
    <message>
        <source>Discreet &amp;mode</source>
        <translation>&amp;Mode discret</translation>
    </message>
    <message>
        <source>Shows a neutral name and icon</source>
        <translation>Affiche un nom et une icône neutres</translation>
    </message>
    <message>
        <source>Locks your private data after this many idle minutes</source>
        <translation>Verrouille vos données privées après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <source>Lo&amp;ck after (minutes)</source>
        <translation>&amp;Verrouiller après (minutes)</translation>
    </message>
    <message>
        <source>&amp;About this kit</source>
        <translation>À &amp;propos de ce kit</translation>
    </message>
    <message>
        <source>About this kit</source>
        <translation>À propos de ce kit</translation>
    </message>
    <message>
        <source>Version, licences and the dates the content was checked</source>
        <translation>Version, licences et dates de vérification du contenu</translation>
    </message>
    <message>
        <source>Use high contrast colours</source>
        <translation>Utiliser des couleurs à contraste élevé</translation>
    </message>
    <message>
        <source>Use the neutral name "Notes"</source>
        <translation>Utiliser le nom neutre « Notes »</translation>
    </message>
    <message>
        <source>Discreet mode hides the kit from a quick look: it shows a neutral name, icon and window title, and leaves no recent-files entries, tray icon or notifications. It does not hide the kit from someone who searches this computer.</source>
        <translation>Le mode discret cache le kit à un regard rapide : il affiche un nom, une icône et un titre de fenêtre neutres, et ne laisse aucune trace dans les fichiers récents, la zone de notification ou les notifications. Il ne cache pas le kit à quelqu'un qui fouille cet ordinateur.</translation>
    </message>
    <message>
        <source>Dar&amp;k colours</source>
        <translation>Couleurs s&amp;ombres</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>Use dark colours</source>
        <translation>Utiliser des couleurs sombres</translation>
    </message>
</context>
<context>
    <name>SharedPageDialog</name>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Prints this page with the help numbers of your region</source>
        <translation>Imprime cette page avec les numéros d'aide de votre région</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Enregistrer en PD&amp;F</translation>
    </message>
    <message>
        <source>Saves this page as a PDF file</source>
        <translation>Enregistre cette page en fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Où habitez-vous ?</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Decides which help services and laws are shown first</source>
        <translation>Détermine les services d'aide et les lois qui sont affichés en premier</translation>
    </message>
    <message>
        <source>Secure your accounts, step by step, with a personal plan</source>
        <translation>Sécurisez vos comptes, étape par étape, avec un plan personnel</translation>
    </message>
    <message>
        <source>Sessions for parents about sexting, bullying and more</source>
        <translation>Des séances pour les parents sur le sexting, le harcèlement et plus encore</translation>
    </message>
    <message>
        <source>Look for remote access and monitoring on this computer</source>
        <translation>Recherchez les accès à distance et les logiciels de surveillance sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keep incidents and evidence, encrypted</source>
        <translation>Notez les faits et gardez les preuves, de façon chiffrée</translation>
    </message>
    <message>
        <source>Help lines and your rights, for your region</source>
        <translation>Lignes d'aide et vos droits, pour votre région</translation>
    </message>
    <message>
        <source>Press Esc twice, or the Quick exit button, to hide the kit at once.</source>
        <translation>Appuyez deux fois sur Échap, ou sur le bouton Sortie rapide, pour cacher le kit tout de suite.</translation>
    </message>
    <message>
        <source>Look for spy apps on an Android phone or iPhone, with a USB cable</source>
        <translation>Cherchez des applications espionnes sur un téléphone Android ou un iPhone, avec un câble USB</translation>
    </message>
    <message>
        <source>This kit helps you take back control of your accounts and devices, talk with children about life online, check this computer, keep a private journal and find help. It works without internet. You can start reading at once: nothing is saved unless you choose to.</source>
        <translation>Ce kit vous aide à reprendre le contrôle de vos comptes et de vos appareils, à parler avec les enfants de leur vie en ligne, à vérifier cet ordinateur, à tenir un journal privé et à trouver de l'aide. Il fonctionne sans internet. Vous pouvez commencer à lire tout de suite : rien n'est enregistré sans votre accord.</translation>
    </message>
    <message>
        <source>I'm helping someone</source>
        <translation>J'aide quelqu'un</translation>
    </message>
    <message>
        <source>For volunteers and help workers: a guest session that saves nothing, with a short safety check first and a hand-over at the end</source>
        <translation>Pour les bénévoles et les intervenants : une session invité qui n'enregistre rien, avec d'abord une courte vérification de sécurité et une remise à la fin</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Tick when you have done this step</source>
        <translation>Cochez quand vous avez fait cette étape</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Pas pour moi</translation>
    </message>
    <message>
        <source>Mark this step as not needed for you</source>
        <translation>Indiquez que cette étape n'est pas nécessaire pour vous</translation>
    </message>
    <message>
        <source>Private note (only on this computer, encrypted)</source>
        <translation>Note privée (seulement sur cet ordinateur, chiffrée)</translation>
    </message>
    <message>
        <source>Private note for step %s</source>
        <translation>Note privée pour l'étape %s</translation>
    </message>
    <message>
        <source>Saved encrypted as you type</source>
        <translation>Enregistrée de façon chiffrée pendant que vous tapez</translation>
    </message>
    <message>
        <source>Add to &amp;journal</source>
        <translation>Ajouter au &amp;journal</translation>
    </message>
    <message>
        <source>Add to journal</source>
        <translation>Ajouter au journal</translation>
    </message>
    <message>
        <source>Opens the journal to save evidence before you change anything</source>
        <translation>Ouvre le journal pour garder des preuves avant de changer quoi que ce soit</translation>
    </message>
    <message>
        <source>step %1, %2</source>
        <translation>étape %1, %2</translation>
    </message>
    <message>
        <source>+ Add a private &amp;note</source>
        <translation>+ Ajouter une &amp;note privée</translation>
    </message>
    <message>
        <source>Add a private note to step %s</source>
        <translation>Ajouter une note privée à l'étape %s</translation>
    </message>
    <message>
        <source>Opens a box for a note that only you can read</source>
        <translation>Ouvre une zone pour une note que personne d'autre que vous ne peut lire</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <source>Take your plan home</source>
        <translation>Emportez votre plan chez vous</translation>
    </message>
    <message>
        <source>Scan with your phone camera. The code holds only the text of your open steps, no link. Save it as a note on your phone, in a safe place.</source>
        <translation>Scannez avec l'appareil photo de votre téléphone. Le code contient seulement le texte de vos étapes restantes, pas de lien. Enregistrez-le comme note sur votre téléphone, dans un endroit sûr.</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>Code QR %1 sur %2</translation>
    </message>
    <message>
        <source>Holds part of your open steps as text</source>
        <translation>Contient une partie de vos étapes restantes sous forme de texte</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous code</source>
        <translation>&lt; Code &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next code &gt;</source>
        <translation>Code &amp;suivant &gt;</translation>
    </message>
    <message>
        <source>Previous code</source>
        <translation>Code précédent</translation>
    </message>
    <message>
        <source>Shows the code before this one</source>
        <translation>Affiche le code d'avant</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Code suivant</translation>
    </message>
    <message>
        <source>Shows the next code to scan</source>
        <translation>Affiche le code suivant à scanner</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Code %1 sur %2</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>No answers counted yet</source>
        <translation>Aucune réponse comptée pour l'instant</translation>
    </message>
    <message>
        <source>Chart of the answers</source>
        <translation>Graphique des réponses</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Keep your progress private</source>
        <translation>Gardez votre progression privée</translation>
    </message>
    <message>
        <source>Choose a passphrase. Everything you save is encrypted with it on this computer. Nobody can read it without the passphrase, and nobody can recover it for you, so choose one you will remember, for example four unusual words.</source>
        <translation>Choisissez une phrase secrète. Tout ce que vous enregistrez est chiffré avec elle sur cet ordinateur. Personne ne peut le lire sans la phrase secrète, et personne ne peut la retrouver pour vous : choisissez-en donc une dont vous vous souviendrez, par exemple quatre mots inhabituels.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Unlock your private data</source>
        <translation>Déverrouiller vos données privées</translation>
    </message>
    <message>
        <source>Type your passphrase to open what you saved before.</source>
        <translation>Tapez votre phrase secrète pour ouvrir ce que vous avez enregistré auparavant.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keychain)</source>
        <translation>Retenir sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer as you could then open your data without the passphrase.</source>
        <translation>Toute personne qui peut se connecter à votre session sur cet ordinateur pourra alors ouvrir vos données sans la phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Guest session (save nothing)</source>
        <translation>Session &amp;invité (ne rien enregistrer)</translation>
    </message>
    <message>
        <source>For use at a help desk: nothing is written to this computer and all is gone when the kit closes.</source>
        <translation>Pour une permanence d'aide : rien n'est écrit sur cet ordinateur et tout disparaît quand le kit se ferme.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase that protects your data</source>
        <translation>La phrase secrète qui protège vos données</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation>Tapez encore une fois la même phrase secrète</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Retenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>Guest session</source>
        <translation>Session invité</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Earlier copies of your data that can be restored</source>
        <translation>Copies précédentes de vos données, qui peuvent être restaurées</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Replaces the damaged data with the chosen backup</source>
        <translation>Remplace les données abîmées par la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Re&amp;store this backup</source>
        <translation>Res&amp;taurer cette sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Please use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas les mêmes. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <source>That passphrase does not open your data. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète n'ouvre pas vos données. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <source>Your data file is damaged or incomplete, so it was not opened and nothing was deleted. You can restore a backup below, or ask for help before you do anything else.</source>
        <translation>Votre fichier de données est abîmé ou incomplet : il n'a donc pas été ouvert et rien n'a été supprimé. Vous pouvez restaurer une sauvegarde ci-dessous, ou demander de l'aide avant de faire autre chose.</translation>
    </message>
    <message>
        <source>Your data is open in another window of the kit. Close that one first.</source>
        <translation>Vos données sont ouvertes dans une autre fenêtre du kit. Fermez d'abord celle-là.</translation>
    </message>
    <message>
        <source>Your data could not be opened. Check that the data folder is readable and not full.</source>
        <translation>Vos données n'ont pas pu être ouvertes. Vérifiez que le dossier des données peut être lu et qu'il n'est pas plein.</translation>
    </message>
    <message>
        <source>Not remembered: %s</source>
        <translation>Pas retenue : %s</translation>
    </message>
    <message>
        <source>Not remembered: the system keychain did not answer.</source>
        <translation>Pas retenue : le trousseau du système n'a pas répondu.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup above, then restore again.</source>
        <translation>Tapez ci-dessus la phrase secrète de la sauvegarde, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <source>This backup could not be restored. Try an older one.</source>
        <translation>Cette sauvegarde n'a pas pu être restaurée. Essayez-en une plus ancienne.</translation>
    </message>
    <message>
        <source>The data file of the kit was replaced by another, unencrypted file. It was not opened or changed. Ask for help before you do anything else.</source>
        <translation>Le fichier de données du kit a été remplacé par un autre fichier, non chiffré. Il n'a été ni ouvert ni modifié. Demandez de l'aide avant de faire autre chose.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l'instant</translation>
    </message>
    <message numerus="yes">
        <source>Last change: %1, %n entries.</source>
        <translation>
            <numerusform>Dernière modification : %1, %n entrée dans le journal.</numerusform>
            <numerusform>Dernière modification : %1, %n entrées dans le journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) to unlock since your last unlock.</source>
        <translation>
            <numerusform>%n tentative de déverrouillage échouée depuis votre dernier déverrouillage.</numerusform>
            <numerusform>%n tentatives de déverrouillage échouées depuis votre dernier déverrouillage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries may be missing</source>
        <translation>Des entrées peuvent manquer</translation>
    </message>
    <message>
        <source>This data file is older than your last backup: entries may be missing. Someone may have put an older copy in its place. Restore the newest backup?</source>
        <translation>Ce fichier de données est plus ancien que votre dernière sauvegarde : des entrées peuvent manquer. Quelqu'un a peut-être mis une copie plus ancienne à sa place. Restaurer la sauvegarde la plus récente ?</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>This data file is older than the last one this computer saw: entries may be missing. Someone may have put an older copy in its place. Check your journal, and ask for help if things are missing.</source>
        <translation>Ce fichier de données est plus ancien que le dernier vu par cet ordinateur : des entrées peuvent manquer. Quelqu'un a peut-être mis une copie plus ancienne à sa place. Vérifiez votre journal, et demandez de l'aide s'il manque quelque chose.</translation>
    </message>
    <message>
        <source>&amp;Keep this data</source>
        <translation>&amp;Garder ces données</translation>
    </message>
    <message>
        <source>The backup could not be restored. Your data file was kept as it was.</source>
        <translation>La sauvegarde n'a pas pu être restaurée. Votre fichier de données est resté tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>L'autre personne peut le remarquer :</translation>
    </message>
    <message>
        <source>Save evidence first:</source>
        <translation>Gardez d'abord des preuves :</translation>
    </message>
    <message>
        <source>Your safety:</source>
        <translation>Votre sécurité :</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>Conseil :</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Pays-Bas</translation>
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
        <translation>Violence à la maison</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violence sexuelle</translation>
    </message>
    <message>
        <source>Intimate images online</source>
        <translation>Images intimes en ligne</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Enfants et jeunes</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Psychological help</source>
        <translation>Aide psychologique</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Quelqu'un à qui parler</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Aide médicale</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Où trouver de l'aide</translation>
    </message>
    <message>
        <source>You are not alone. These services listen, help and know the way. Many are free and some are anonymous.</source>
        <translation>Vous n'êtes pas seul ou seule. Ces services écoutent, aident et connaissent les démarches. Beaucoup sont gratuits et certains sont anonymes.</translation>
    </message>
    <message>
        <source>See the website</source>
        <translation>Voir le site web</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>Les numéros peuvent changer : si un numéro ne fonctionne pas, regardez sur le site web du service.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>My plan: the steps still to do</source>
        <translation>Mon plan : les étapes qui restent à faire</translation>
    </message>
    <message>
        <source>Do the steps in this order, at your own pace. Tick them off when done.</source>
        <translation>Faites les étapes dans cet ordre, à votre rythme. Cochez-les quand elles sont faites.</translation>
    </message>
    <message>
        <source>All steps are done or marked 'not for me'. Well done.</source>
        <translation>Toutes les étapes sont faites ou indiquées « pas pour moi ». Bravo.</translation>
    </message>
    <message>
        <source>Help is there for you</source>
        <translation>De l'aide est là pour vous</translation>
    </message>
    <message>
        <source>Scan with your phone camera to take the open steps with you as text:</source>
        <translation>Scannez avec l'appareil photo de votre téléphone pour emporter les étapes restantes sous forme de texte :</translation>
    </message>
    <message>
        <source>My plan, open steps:</source>
        <translation>Mon plan, étapes restantes :</translation>
    </message>
    <message>
        <source>everyone needs this</source>
        <translation>tout le monde en a besoin</translation>
    </message>
    <message>
        <source>the other person knew your passwords or had your phone</source>
        <translation>l'autre personne connaissait vos mots de passe ou avait votre téléphone</translation>
    </message>
    <message>
        <source>you have children together</source>
        <translation>vous avez des enfants ensemble</translation>
    </message>
    <message>
        <source>you still live together</source>
        <translation>vous vivez encore ensemble</translation>
    </message>
    <message>
        <source>the other person seems to know where you are</source>
        <translation>l'autre personne semble savoir où vous êtes</translation>
    </message>
    <message>
        <source>the other person seems to know what you say or write</source>
        <translation>l'autre personne semble savoir ce que vous dites ou écrivez</translation>
    </message>
    <message>
        <source>the other person controls money or buys in your name</source>
        <translation>l'autre personne contrôle l'argent ou achète en votre nom</translation>
    </message>
    <message>
        <source>you said: %s</source>
        <translation>vous avez dit : %s</translation>
    </message>
    <message>
        <source>Yes, I feel in danger now</source>
        <translation>Oui, je me sens en danger maintenant</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>iPhone ou iPad</translation>
    </message>
    <message>
        <source>Android phone or tablet (Samsung, Google Pixel, ...)</source>
        <translation>Téléphone ou tablette Android (Samsung, Google Pixel, ...)</translation>
    </message>
    <message>
        <source>Windows computer</source>
        <translation>Ordinateur Windows</translation>
    </message>
    <message>
        <source>Mac computer</source>
        <translation>Ordinateur Mac</translation>
    </message>
    <message>
        <source>A computer or tablet that we shared</source>
        <translation>Un ordinateur ou une tablette que nous partagions</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook or Hotmail</source>
        <translation>Outlook ou Hotmail</translation>
    </message>
    <message>
        <source>Mail from my internet provider (Telenet, Proximus, ...)</source>
        <translation>E-mail de mon fournisseur internet (Proximus, Telenet, VOO, ...)</translation>
    </message>
    <message>
        <source>Apple account (iCloud)</source>
        <translation>Compte Apple (iCloud)</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Compte Google</translation>
    </message>
    <message>
        <source>Microsoft account</source>
        <translation>Compte Microsoft</translation>
    </message>
    <message>
        <source>Samsung account</source>
        <translation>Compte Samsung</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Facebook or Messenger</source>
        <translation>Facebook ou Messenger</translation>
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
        <translation>Application bancaire ou compte commun</translation>
    </message>
    <message>
        <source>itsme</source>
        <translation>itsme</translation>
    </message>
    <message>
        <source>Belgian government websites (My Citizen Profile, eBox)</source>
        <translation>Sites web des autorités belges (Mon dossier, eBox)</translation>
    </message>
    <message>
        <source>DigiD (Netherlands)</source>
        <translation>DigiD (Pays-Bas)</translation>
    </message>
    <message>
        <source>Payconiq</source>
        <translation>Payconiq</translation>
    </message>
    <message>
        <source>Web shops or parcel services</source>
        <translation>Boutiques en ligne ou services de colis</translation>
    </message>
    <message>
        <source>The home Wi-Fi router</source>
        <translation>Le routeur Wi-Fi de la maison</translation>
    </message>
    <message>
        <source>Smart speakers, cameras, doorbells or locks</source>
        <translation>Enceintes, caméras, sonnettes ou serrures connectées</translation>
    </message>
    <message>
        <source>A car with an app</source>
        <translation>Une voiture avec une application</translation>
    </message>
    <message>
        <source>A password manager</source>
        <translation>Un gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>Netflix, Spotify, Disney+ or other streaming</source>
        <translation>Netflix, Spotify, Disney+ ou un autre service de streaming</translation>
    </message>
    <message>
        <source>The other person knew my passwords or had my phone</source>
        <translation>L'autre personne connaissait mes mots de passe ou avait mon téléphone</translation>
    </message>
    <message>
        <source>We have children together</source>
        <translation>Nous avons des enfants ensemble</translation>
    </message>
    <message>
        <source>We still live together</source>
        <translation>Nous vivons encore ensemble</translation>
    </message>
    <message>
        <source>...knows where I am or where I have been</source>
        <translation>...sait où je suis ou connaît mes déplacements</translation>
    </message>
    <message>
        <source>...knows what I say, write or search</source>
        <translation>...sait ce que je dis, écris ou recherche</translation>
    </message>
    <message>
        <source>...controls my money, or buys things in my name</source>
        <translation>...contrôle mon argent, ou achète des choses en mon nom</translation>
    </message>
    <message>
        <source>Phone check</source>
        <translation>Vérification du téléphone</translation>
    </message>
    <message>
        <source>you use an iPhone or iPad</source>
        <translation>vous utilisez un iPhone ou un iPad</translation>
    </message>
    <message>
        <source>you use an Android phone</source>
        <translation>vous utilisez un téléphone Android</translation>
    </message>
    <message>
        <source>you use a Windows computer</source>
        <translation>vous utilisez un ordinateur Windows</translation>
    </message>
    <message>
        <source>you use a Mac</source>
        <translation>vous utilisez un Mac</translation>
    </message>
    <message>
        <source>you shared a computer or tablet</source>
        <translation>vous partagiez un ordinateur ou une tablette</translation>
    </message>
    <message>
        <source>you use %s</source>
        <translation>vous utilisez : %s</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Open in your browser?</source>
        <translation>Ouvrir dans votre navigateur ?</translation>
    </message>
    <message>
        <source>This opens a web page in your browser:
%s</source>
        <translation>Cela ouvre une page web dans votre navigateur :
%s</translation>
    </message>
    <message>
        <source>The kit itself stays offline. Your browser may keep this page in its history, where someone else who uses this computer could see it. A private window leaves less behind.</source>
        <translation>Le kit lui-même reste hors ligne. Votre navigateur peut garder cette page dans son historique, où une autre personne qui utilise cet ordinateur pourrait la voir. Une fenêtre de navigation privée laisse moins de traces.</translation>
    </message>
</context>
<context>
    <name>module_labels</name>
    <message>
        <source>0 to 3 years</source>
        <translation>0 à 3 ans</translation>
    </message>
    <message>
        <source>3 to 6 years</source>
        <translation>3 à 6 ans</translation>
    </message>
    <message>
        <source>6 to 12 years</source>
        <translation>6 à 12 ans</translation>
    </message>
    <message>
        <source>12 to 18 years</source>
        <translation>12 à 18 ans</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Agreements at home</source>
        <translation>Accords en famille</translation>
    </message>
    <message>
        <source>Bystanders</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Cyberharcèlement</translation>
    </message>
    <message>
        <source>Dating and partner violence</source>
        <translation>Violence amoureuse et conjugale</translation>
    </message>
    <message>
        <source>Deepnudes and AI images</source>
        <translation>Deepnudes et images créées par IA</translation>
    </message>
    <message>
        <source>Doxing</source>
        <translation>Doxing</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>Grooming</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Harcèlement en ligne</translation>
    </message>
    <message>
        <source>Sharing intimate images without consent</source>
        <translation>Partage d'images intimes sans consentement</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Partage de la position</translation>
    </message>
    <message>
        <source>Online contacts</source>
        <translation>Contacts en ligne</translation>
    </message>
    <message>
        <source>Media parenting</source>
        <translation>Éducation aux médias</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>Screen time</source>
        <translation>Temps d'écran</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Sexism</source>
        <translation>Sexisme</translation>
    </message>
    <message>
        <source>Sexting</source>
        <translation>Sexting</translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation>Sextorsion</translation>
    </message>
    <message>
        <source>Stalkerware</source>
        <translation>Stalkerware</translation>
    </message>
    <message>
        <source>Victim blaming</source>
        <translation>Culpabilisation des victimes</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Help in your region</source>
        <translation>Aide dans votre région</translation>
    </message>
    <message>
        <source>Emergency and police</source>
        <translation>Urgences et police</translation>
    </message>
    <message>
        <source>Help lines for violence and abuse</source>
        <translation>Lignes d'aide en cas de violences ou de maltraitance</translation>
    </message>
    <message>
        <source>Scan with your phone camera to open:</source>
        <translation>Scannez avec l'appareil photo de votre téléphone pour ouvrir :</translation>
    </message>
    <message>
        <source>Numbers can change: if a number does not work, look on the service's website.</source>
        <translation>Les numéros peuvent changer : si un numéro ne fonctionne pas, regardez sur le site web du service.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>Points to bring out</source>
        <translation>Points à faire ressortir</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>What we will learn</source>
        <translation>Ce que nous allons apprendre</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Objectifs d'apprentissage</translation>
    </message>
    <message>
        <source>Key message %1 of %2</source>
        <translation>Message clé %1 sur %2</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>What would you do?</source>
        <translation>Que feriez-vous ?</translation>
    </message>
    <message>
        <source>Scenario %1 of %2</source>
        <translation>Situation %1 sur %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>You are not alone</source>
        <translation>Personne ne doit affronter cela sans aide</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Où trouver de l'aide</translation>
    </message>
</context>
</TS>
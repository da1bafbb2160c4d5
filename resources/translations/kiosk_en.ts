<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutController</name>
    <message>
        <source>À propos de Kiosk %1</source>
        <translation>About Kiosk %1</translation>
    </message>
    <message>
        <source>%1 (police)</source>
        <translation>%1 (font)</translation>
    </message>
    <message>
        <source>Ce composant n'est livré avec aucun texte de licence.</source>
        <translation>This component comes with no licence text.</translation>
    </message>
</context>
<context>
    <name>AboutView</name>
    <message>
        <source>Touchez un composant pour lire sa licence.</source>
        <translation>Tap a component to read its licence.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Arrivées</source>
        <translation>Arrived</translation>
    </message>
</context>
<context>
    <name>BadgeOutput</name>
    <message>
        <source>Badge imprimé sur « %1 ».</source>
        <translation>Badge printed on '%1'.</translation>
    </message>
    <message>
        <source>%2 badges imprimés sur « %1 ».</source>
        <translation>%2 badges printed on '%1'.</translation>
    </message>
    <message>
        <source>Ce poste n'a pas d'imprimante : le badge est enregistré sur le poste. Touchez « Voir le badge » pour l'afficher et l'imprimer.</source>
        <translation>This station has no printer: the badge is saved on the station. Tap 'Show the badge' to see and print it.</translation>
    </message>
    <message>
        <source>Ce poste n'a pas d'imprimante : les %2 badges sont enregistrés sur le poste. Touchez « Voir les badges » pour les afficher et les imprimer.</source>
        <translation>This station has no printer: the %2 badges are kept on the station. Touch 'Show the badges' to see and print them.</translation>
    </message>
</context>
<context>
    <name>ClassFormController</name>
    <message>
        <source>À corriger avant l'inscription :</source>
        <translation>To correct before registering:</translation>
    </message>
    <message>
        <source>Le fichier contient plusieurs classes : importez-le depuis le mode organisateur, ou gardez une seule classe.</source>
        <translation>The file contains several classes: import it from organiser mode, or keep just one class.</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) à inscrire dans la classe %1.</source>
        <translation>
            <numerusform>%n person to register in class %1.</numerusform>
            <numerusform>%n people to register in class %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personnes déjà inscrites, ignorées : %1.</source>
        <translation>Already registered, skipped: %1.</translation>
    </message>
    <message>
        <source>Homonymes lignes %1 et %2 : %3 (les deux lignes sont gardées, vérifiez).</source>
        <translation>Same name on lines %1 and %2: %3 (both kept, please check).</translation>
    </message>
    <message>
        <source>Jour de visite : %1.</source>
        <translation>Visit day: %1.</translation>
    </message>
    <message>
        <source>Classe inscrite : %1</source>
        <translation>Class registered: %1</translation>
    </message>
</context>
<context>
    <name>ClassFormView</name>
    <message>
        <source>Inscrire une classe</source>
        <translation>Register a class</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Élèves : un par ligne (NOM Prénom), collés ou tapés</source>
        <translation>Pupils: one per line (LAST NAME First name), pasted or typed</translation>
    </message>
    <message>
        <source>DUPONT Marie
LEFÈVRE Zoé
…</source>
        <translation>DUPONT Marie
LEFÈVRE Zoé
…</translation>
    </message>
    <message>
        <source>Importer un fichier (CSV, Excel)…</source>
        <translation>Import a file (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Retirer le fichier</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <source>Vérifier la liste</source>
        <translation>Check the list</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Inscrire la classe et imprimer les badges</source>
        <translation>Register the class and print the badges</translation>
    </message>
    <message>
        <source>Voir les badges</source>
        <translation>Show the badges</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Mis à jour à %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n personne(s) encore à l'intérieur après la fin du créneau %2</source>
        <translation>
            <numerusform>%1: %n person still inside after the end of slot %2</numerusform>
            <numerusform>%1: %n people still inside after the end of slot %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>sur le site</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>avec les classes</source>
        <translation>with the classes</translation>
    </message>
    <message>
        <source>en visite individuelle</source>
        <translation>visiting on their own</translation>
    </message>
    <message>
        <source>Arrivées aujourd'hui, par catégorie</source>
        <translation>Arrived today, by category</translation>
    </message>
    <message>
        <source>Classes et élèves par créneau</source>
        <translation>Classes and pupils by time slot</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Mise en page : %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message>
        <source>Préparation des badges…</source>
        <translation>Preparing badges…</translation>
    </message>
    <message numerus="yes">
        <source>Badges (%n)</source>
        <translation>
            <numerusform>Badge (%n)</numerusform>
            <numerusform>Badges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Badges annulés : aucun fichier écrit.</source>
        <translation>Badges cancelled: no file written.</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Feuilles de présence</source>
        <translation>Attendance sheets</translation>
    </message>
    <message>
        <source>Personnes sur le site</source>
        <translation>People on site</translation>
    </message>
    <message>
        <source>Lettres aux enseignants</source>
        <translation>Letters to teachers</translation>
    </message>
    <message>
        <source>Présentation des badges</source>
        <translation>Badge design</translation>
    </message>
    <message>
        <source>Bilan du jour</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>Bilan de l'événement</source>
        <translation>Event report</translation>
    </message>
    <message>
        <source>Document prêt : %1</source>
        <translation>Document ready: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Badges et documents</source>
        <translation>Badges and documents</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Listes et bilans</source>
        <translation>Lists and reports</translation>
    </message>
    <message>
        <source>Une classe</source>
        <translation>One class</translation>
    </message>
    <message>
        <source>Un jour</source>
        <translation>One day</translation>
    </message>
    <message>
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Créer les badges</source>
        <translation>Create badges</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Jour :</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Feuilles de présence</source>
        <translation>Attendance sheets</translation>
    </message>
    <message>
        <source>Personnes sur le site</source>
        <translation>People on site</translation>
    </message>
    <message>
        <source>Bilan du jour</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>Bilan de l'événement</source>
        <translation>Event report</translation>
    </message>
    <message>
        <source>Lettres aux enseignants</source>
        <translation>Letters to teachers</translation>
    </message>
    <message>
        <source>Aperçu de la présentation</source>
        <translation>Preview the badge design</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>FileChooserController</name>
    <message>
        <source>Choisir une liste d'élèves</source>
        <translation>Choose a pupil list</translation>
    </message>
    <message>
        <source>Choisir la présentation des badges</source>
        <translation>Choose the badge design</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>Clé USB « %1 »</source>
        <translation>USB stick “%1”</translation>
    </message>
    <message>
        <source>Dossier du poste « %1 »</source>
        <translation>Station folder “%1”</translation>
    </message>
    <message>
        <source>Aucune clé USB n'est branchée. Branchez-en une : elle s'affichera ici.</source>
        <translation>No USB stick is plugged in. Plug one in: it will show here.</translation>
    </message>
    <message>
        <source>Choisissez la liste des élèves (CSV, texte ou Excel).</source>
        <translation>Choose the pupil list (CSV, text or Excel).</translation>
    </message>
    <message>
        <source>Choisissez le fichier de présentation des badges (.toml ou .json).</source>
        <translation>Choose the badge design file (.toml or .json).</translation>
    </message>
    <message>
        <source>Choisissez le dossier où enregistrer le PDF.</source>
        <translation>Choose the folder to save the PDF in.</translation>
    </message>
    <message>
        <source>Aucune liste (CSV, texte ou Excel) dans ce dossier.</source>
        <translation>No list (CSV, text or Excel) in this folder.</translation>
    </message>
    <message>
        <source>Aucun fichier de présentation (.toml ou .json) dans ce dossier.</source>
        <translation>No design file (.toml or .json) in this folder.</translation>
    </message>
    <message>
        <source>Aucun sous-dossier ici : enregistrez dans ce dossier.</source>
        <translation>No sub-folder here: save in this folder.</translation>
    </message>
</context>
<context>
    <name>FileChooserView</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dossier parent</source>
        <translation>Up one folder</translation>
    </message>
    <message>
        <source>Nom du fichier :</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Enregistrer ici</source>
        <translation>Save here</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Scannez votre badge ou le code de votre classe</source>
        <translation>Scan your badge or your class code</translation>
    </message>
    <message>
        <source>Rechercher une personne</source>
        <translation>Find someone</translation>
    </message>
    <message>
        <source>Inscrire un visiteur</source>
        <translation>Register a visitor</translation>
    </message>
    <message>
        <source>Inscrire une classe</source>
        <translation>Register a class</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Organisateur</source>
        <translation>Organiser</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Sans créneau</source>
        <translation>No time slot</translation>
    </message>
    <message>
        <source>Les choix ont changé : refaites l'aperçu avant d'importer.</source>
        <translation>The choices have changed: preview again before importing.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Importation en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Aucun fichier choisi (CSV ou Excel)</source>
        <translation>No file chosen (CSV or Excel)</translation>
    </message>
</context>
<context>
    <name>ImportNamesModel</name>
    <message>
        <source>Déjà dans la liste de la classe</source>
        <translation>Already on the class list</translation>
    </message>
    <message>
        <source>⚠ Homonyme : ligne %1</source>
        <translation>⚠ Same name: line %1</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>⚠ %1 (lignes %2 et %3)</source>
        <translation>⚠ %1 (lines %2 and %3)</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>À inscrire</source>
        <translation>To register</translation>
    </message>
    <message>
        <source>Déjà sur la liste</source>
        <translation>Already on the list</translation>
    </message>
    <message>
        <source>Homonymes</source>
        <translation>Namesakes</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Importer des listes et des réservations</source>
        <translation>Import rosters and bookings</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Jour de visite</source>
        <translation>Visit day</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Enseignant</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Tél.</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Seulement si le fichier n'a pas de colonne « Classe » :</source>
        <translation>Only if the file has no 'Class' column:</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imprimer les badges…</source>
        <translation>Print the badges…</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Poste : %1</source>
        <translation>Station: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hors ligne — %n passage(s) en attente</source>
        <translation>
            <numerusform>Offline — %n scan waiting</numerusform>
            <numerusform>Offline — %n scans waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Base : connectée</source>
        <translation>Database: connected</translation>
    </message>
    <message>
        <source>Base injoignable, nouvelle tentative…</source>
        <translation>Database unreachable, trying again…</translation>
    </message>
    <message>
        <source>Imprimante : %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>Imprimante introuvable : %1</source>
        <translation>Printer not found: %1</translation>
    </message>
    <message>
        <source>Imprimante : aucune (PDF)</source>
        <translation>Printer: none (PDF)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>OrganiserView</name>
    <message>
        <source>Mode organisateur</source>
        <translation>Organiser mode</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Importer des listes
et des réservations</source>
        <translation>Import rosters
and bookings</translation>
    </message>
    <message>
        <source>Badges et documents</source>
        <translation>Badges and documents</translation>
    </message>
    <message>
        <source>Réglages du poste</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <source>Touchez encore pour quitter</source>
        <translation>Tap again to quit</translation>
    </message>
    <message>
        <source>Quitter le mode kiosque</source>
        <translation>Exit kiosk mode</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Sur place depuis %1</source>
        <translation>On site since %1</translation>
    </message>
    <message>
        <source>Sur place</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Pas sur place</source>
        <translation>Not on site</translation>
    </message>
</context>
<context>
    <name>PersonController</name>
    <message>
        <source>Sur place</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Sur place, entrée enregistrée à %1</source>
        <translation>On site, entry recorded at %1</translation>
    </message>
    <message>
        <source>Pas sur place, sortie enregistrée à %1</source>
        <translation>Not on site, exit recorded at %1</translation>
    </message>
    <message>
        <source>Pas sur place, aucune entrée enregistrée</source>
        <translation>Not on site, no entry recorded</translation>
    </message>
    <message>
        <source>Badge refait avec le même code.</source>
        <translation>Badge made again with the same code.</translation>
    </message>
    <message>
        <source>Badge de %1</source>
        <translation>Badge of %1</translation>
    </message>
    <message>
        <source>Préparation du badge…</source>
        <translation>Preparing the badge…</translation>
    </message>
    <message>
        <source>Nom corrigé : le badge garde le même code.</source>
        <translation>Name corrected: the badge keeps the same code.</translation>
    </message>
</context>
<context>
    <name>PersonScreenView</name>
    <message>
        <source>Enregistrer l'entrée</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Enregistrer la sortie</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Réimprimer le badge</source>
        <translation>Reprint the badge</translation>
    </message>
    <message>
        <source>Voir le badge</source>
        <translation>Show the badge</translation>
    </message>
    <message>
        <source>Corriger le nom</source>
        <translation>Correct the name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Enregistrer le nom</source>
        <translation>Save the name</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retour à la recherche</source>
        <translation>Back to search</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>PinController</name>
    <message numerus="yes">
        <source>Code faux. Essais restants : %n</source>
        <translation>
            <numerusform>Wrong PIN. Tries left: %n</numerusform>
            <numerusform>Wrong PIN. Tries left: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez 4 à 8 chiffres, autres que le code d'origine.</source>
        <translation>Choose 4 to 8 digits, other than the factory PIN.</translation>
    </message>
    <message>
        <source>Les deux codes diffèrent : choisissez-le à nouveau.</source>
        <translation>The two PINs differ: choose it again.</translation>
    </message>
    <message>
        <source>Nouveau code organisateur</source>
        <translation>New organiser PIN</translation>
    </message>
    <message>
        <source>Nouveau code de l'accueil</source>
        <translation>New reception PIN</translation>
    </message>
    <message>
        <source>Code de l'accueil</source>
        <translation>Reception PIN</translation>
    </message>
    <message>
        <source>Code organisateur</source>
        <translation>Organiser code</translation>
    </message>
    <message>
        <source>Le code d'origine est encore en place : choisissez-en un autre (4 à 8 chiffres).</source>
        <translation>The factory PIN is still in place: choose another one (4 to 8 digits).</translation>
    </message>
    <message>
        <source>Tapez le nouveau code une seconde fois.</source>
        <translation>Type the new PIN a second time.</translation>
    </message>
    <message>
        <source>Saisissez le code (4 à 8 chiffres).</source>
        <translation>Enter the code (4 to 8 digits).</translation>
    </message>
    <message numerus="yes">
        <source>Trois codes faux : clavier bloqué encore %n s.</source>
        <translation>
            <numerusform>Three wrong PINs: keypad locked for %n more second.</numerusform>
            <numerusform>Three wrong PINs: keypad locked for %n more seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinView</name>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ResultController</name>
    <message>
        <source>Bienvenue !</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Bon retour !</source>
        <translation>Welcome back!</translation>
    </message>
    <message>
        <source>Entrée déjà enregistrée</source>
        <translation>Entry already recorded</translation>
    </message>
    <message>
        <source>Aucune entrée aujourd'hui</source>
        <translation>No entry today</translation>
    </message>
    <message>
        <source>Visite prévue un autre jour</source>
        <translation>Visit booked for another day</translation>
    </message>
    <message>
        <source>Code non reconnu</source>
        <translation>Code not recognised</translation>
    </message>
    <message>
        <source>à %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Classe attendue le %1.</source>
        <translation>Class expected on %1.</translation>
    </message>
    <message>
        <source>Au revoir !</source>
        <translation>Goodbye!</translation>
    </message>
    <message>
        <source>Hors ligne : la base confirmera à son retour.</source>
        <translation>Offline: the database will confirm when it is back.</translation>
    </message>
    <message>
        <source>Badge inconnu</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Adressez-vous à l'accueil.</source>
        <translation>Please ask at reception.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Accepter quand même</source>
        <translation>Accept anyway</translation>
    </message>
</context>
<context>
    <name>RosterController</name>
    <message>
        <source>Déjà sur place : %1</source>
        <translation>Already on site: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) enregistrée(s)</source>
        <translation>
            <numerusform>%n check-in recorded</numerusform>
            <numerusform>%n check-ins recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Absences : %1</source>
        <translation>Absent: %1</translation>
    </message>
    <message>
        <source>Hors ligne : la base confirmera à son retour.</source>
        <translation>Offline: the database will confirm when it is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n sortie(s) enregistrée(s)</source>
        <translation>
            <numerusform>%n check-out recorded</numerusform>
            <numerusform>%n check-outs recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Comptage au départ : %1</source>
        <translation>Head count at departure: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n élève(s) encore à l'intérieur : %1</source>
        <translation>
            <numerusform>%n pupil still inside: %1</numerusform>
            <numerusform>%n pupils still inside: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) encore à l'intérieur : %1</source>
        <translation>
            <numerusform>%n person still inside: %1</numerusform>
            <numerusform>%n people still inside: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsable : %1</source>
        <translation>Teacher in charge: %1</translation>
    </message>
    <message>
        <source>Touchez une ligne pour décocher une personne absente.</source>
        <translation>Tap a row to untick anyone absent.</translation>
    </message>
    <message>
        <source>Attention : cette classe est attendue le %1, pas aujourd'hui.</source>
        <translation>Warning: this class is expected on %1, not today.</translation>
    </message>
    <message>
        <source>Confirmer quand même l'entrée aujourd'hui</source>
        <translation>Confirm check-in today anyway</translation>
    </message>
    <message numerus="yes">
        <source>Confirmer l'entrée de %n personne(s)</source>
        <translation>
            <numerusform>Confirm check-in for %n person</numerusform>
            <numerusform>Confirm check-in for %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Décochez qui manque : ces personnes restent comptées à l'intérieur.</source>
        <translation>Untick whoever is missing: they stay counted inside.</translation>
    </message>
    <message numerus="yes">
        <source>Confirmer la sortie de %n personne(s)</source>
        <translation>
            <numerusform>Confirm check-out for %n person</numerusform>
            <numerusform>Confirm check-out for %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterForm</name>
    <message>
        <source>Tapez le début du nom : les établissements connus s'affichent</source>
        <translation>Type the start of the name: known schools will appear</translation>
    </message>
    <message>
        <source>par ex. 4e B</source>
        <translation>e.g. 4e B</translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Départ · nom</source>
        <translation>Leaving · name</translation>
    </message>
    <message>
        <source>Présence · nom</source>
        <translation>Present · name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Homonyme dans la classe : vérifiez le prénom</source>
        <translation>Same name in the class: check the first name</translation>
    </message>
    <message>
        <source>Encore à l'intérieur</source>
        <translation>Still inside</translation>
    </message>
    <message>
        <source>Entrée à %1</source>
        <translation>Entered at %1</translation>
    </message>
    <message>
        <source>Arrivée ? Touchez ici</source>
        <translation>Arrived? Tap here</translation>
    </message>
    <message>
        <source>Sortie à %1</source>
        <translation>Left at %1</translation>
    </message>
    <message>
        <source>Pas d'entrée</source>
        <translation>No entry today</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Départ</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Tout cocher</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n personne(s) — précisez le nom.</source>
        <translation>
            <numerusform>More than %n person — type more of the name.</numerusform>
            <numerusform>More than %n people — type more of the name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rechercher une personne</source>
        <translation>Find someone</translation>
    </message>
    <message>
        <source>Nom, prénom, école, classe ou code du badge</source>
        <translation>Last name, first name, school, class or badge code</translation>
    </message>
    <message>
        <source>Aucune personne trouvée. Vérifiez l'orthographe ou tapez moins de lettres.</source>
        <translation>No one found. Check the spelling or type fewer letters.</translation>
    </message>
    <message>
        <source>Tapez les premières lettres du nom.</source>
        <translation>Type the first few letters of the name.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Kiosk %1 — schéma de la base : %2</source>
        <translation>Kiosk %1 — database schema: %2</translation>
    </message>
    <message>
        <source>le %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Réglages du poste</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Nom du poste</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Mise en page des badges</source>
        <translation>Badge layout</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Rôle du poste</source>
        <translation>Station role</translation>
    </message>
    <message>
        <source>Les visiteurs s'inscrivent seuls</source>
        <translation>Visitors register themselves</translation>
    </message>
    <message>
        <source>Décalage horizontal (mm)</source>
        <translation>Horizontal offset (mm)</translation>
    </message>
    <message>
        <source>Imprimante des badges</source>
        <translation>Badge printer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Présentation des badges (fichier)</source>
        <translation>Badge design (file)</translation>
    </message>
    <message>
        <source>Décalage vertical (mm)</source>
        <translation>Vertical offset (mm)</translation>
    </message>
    <message>
        <source>Entrée des groupes (lettres)</source>
        <translation>Groups' entrance (letters)</translation>
    </message>
    <message>
        <source>Téléphone de l'organisation (lettres)</source>
        <translation>Organiser's phone (letters)</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Dossier des fichiers</source>
        <translation>Files folder</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Autre base (au prochain démarrage)</source>
        <translation>Other database (from next start-up)</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Sauvegardes gardées</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>Nouveau code de l'accueil</source>
        <translation>New reception PIN</translation>
    </message>
    <message>
        <source>Code de l'accueil, encore</source>
        <translation>Reception PIN, again</translation>
    </message>
    <message>
        <source>Nouveau code organisateur</source>
        <translation>New organiser PIN</translation>
    </message>
    <message>
        <source>Code organisateur, encore</source>
        <translation>Organiser PIN, again</translation>
    </message>
    <message>
        <source>Accueil (code de l'accueil)</source>
        <translation>Reception desk (reception PIN)</translation>
    </message>
    <message>
        <source>Entrée en libre-service</source>
        <translation>Self-service entrance</translation>
    </message>
    <message>
        <source>4 à 8 chiffres ; vide : le code reste</source>
        <translation>4 to 8 digits; empty: the PIN stays</translation>
    </message>
    <message>
        <source>vide : le dossier Documents ; les clés USB s'ajoutent</source>
        <translation>empty: the Documents folder; USB sticks are added</translation>
    </message>
    <message>
        <source>vide : pas de sauvegarde automatique</source>
        <translation>empty: no automatic backup</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <source>Entrée enregistrée dès l'inscription ici</source>
        <translation>A visitor registered here is checked in</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>vide : la présentation du support ; fichier .toml ou .json</source>
        <translation>empty: the stock's own look; a .toml or .json file</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>fichier SQLite ou postgresql://…</source>
        <translation>SQLite file or postgresql://…</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Licences et composants</source>
        <translation>Licences and components</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aucune : le badge s'ouvre en PDF</source>
        <translation>None: the badge opens as a PDF</translation>
    </message>
    <message>
        <source>%1 (introuvable)</source>
        <translation>%1 (not found)</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <source>Créneau</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Arrivées</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
</context>
<context>
    <name>Toggle</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TroubleView</name>
    <message>
        <source>Un souci technique est survenu</source>
        <translation>A technical problem has occurred</translation>
    </message>
    <message>
        <source>Merci d'appeler un membre de l'équipe d'accueil. Le poste reste utilisable.</source>
        <translation>Please call a member of the reception team. This station can still be used.</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>VisitorController</name>
    <message>
        <source>Indiquez l'organisation (journal, entreprise, stand…).</source>
        <translation>Please enter your organisation (newspaper, company, stand…).</translation>
    </message>
    <message>
        <source>Badge de %1</source>
        <translation>Badge of %1</translation>
    </message>
    <message>
        <source>Bienvenue, %1 !</source>
        <translation>Welcome, %1!</translation>
    </message>
    <message>
        <source>Badge non imprimé : %1</source>
        <translation>Badge not printed: %1</translation>
    </message>
    <message>
        <source>Inscription enregistrée. Scannez le badge à l'entrée.</source>
        <translation>Registered. Scan the badge at the entrance.</translation>
    </message>
    <message>
        <source>Inscription et entrée enregistrées à %1 : inutile de scanner le badge.</source>
        <translation>Registered and checked in at %1: no need to scan the badge.</translation>
    </message>
    <message>
        <source>Inscription enregistrée ; entrée non enregistrée : %1</source>
        <translation>Registered; entry not recorded: %1</translation>
    </message>
    <message>
        <source>Impression du badge…</source>
        <translation>Printing your badge…</translation>
    </message>
</context>
<context>
    <name>VisitorView</name>
    <message>
        <source>Inscrire un visiteur</source>
        <translation>Register a visitor</translation>
    </message>
    <message>
        <source>Vous êtes :</source>
        <translation>You are:</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Enregistrer et imprimer le badge</source>
        <translation>Save and print the badge</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <source>Inscrire un autre visiteur</source>
        <translation>Register another visitor</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Voir le badge</source>
        <translation>Show the badge</translation>
    </message>
</context>
</TS>
